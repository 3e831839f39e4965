"""Cheap language analysis: a real dictionary (SAOL-derived word lists), number words, and the
concept recogniser that finds protected attributes, exclusion frames and unmeasured must-haves
productively rather than as listed phrases."""
