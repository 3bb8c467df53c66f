"""Allow ``python -m tei``."""

from tei.cli import main

raise SystemExit(main())
