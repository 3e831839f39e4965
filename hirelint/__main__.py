"""Allow ``python -m hirelint``."""

from hirelint.cli import main

raise SystemExit(main())
