import sys

from facilitator_app.start import main

sys.exit(main())
