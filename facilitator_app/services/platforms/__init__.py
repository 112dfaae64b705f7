"""Clients of the meeting platforms behind one interface (rehearsal now; Zoom, Webex and
Microsoft Teams are the next step of platform sync)."""
