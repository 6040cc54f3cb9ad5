"""Run the command line as `python -m conflictevents`."""

import sys

from conflictevents.cli import main

sys.exit(main())
