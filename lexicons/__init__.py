"""Data only: hirelint's Swedish lexicons (YAML), installed as the ``hirelint.lexicons`` package.

No code lives here; ``hirelint.resources`` finds these files and ``hirelint.rules`` reads them.
"""
