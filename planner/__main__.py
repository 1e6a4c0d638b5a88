"""`python -m planner` runs the `planner` command."""

import sys

from planner.app import main

sys.exit(main())
