"""Pure-Python core: run-of-show, schedule, live timers, session events and their fold.

Nothing here imports Qt, asyncio event loops, HTTP, keyring or sqlite3; time comes in as
an argument. A test in tests/unit and an import-linter contract keep it that way.
"""
