"""``python -m hirelint.ui [FILE]`` starts the desktop app (also the frozen app's entry)."""

import sys

from hirelint.ui.app import main

sys.exit(main())
