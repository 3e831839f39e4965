"""Renderers: one module per output format (terminal text, JSON, Markdown rule table)."""
