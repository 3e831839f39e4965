"""The PySide6 desktop app (``hirelint.ui``): a thin layer over the public hirelint API."""
