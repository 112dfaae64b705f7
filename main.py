"""Thin entry point: ``python main.py`` takes the same arguments as ``facilitator-console``."""

import sys

from facilitator_app.start import main

if __name__ == "__main__":
    sys.exit(main())
