"""``python -m ui [FILE.lhc]``: the desktop app without the command-line front end."""

import sys

from .app import run

sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
