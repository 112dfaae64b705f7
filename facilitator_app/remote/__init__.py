"""The remote: a local control API and state feed for Stream Decks (Companion), scripts,
OBS browser sources, tablets and phones. HTTP and WebSocket (aiohttp) and OSC over UDP
(python-osc) on the app's one asyncio loop; every control request runs a command of the
registry by id, so a key, a button and a remote can never disagree. No Qt here."""
