import sys

from facilitator_app.app import main

sys.exit(main())
