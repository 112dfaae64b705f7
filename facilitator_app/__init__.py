"""Facilitator Console: the producer's cockpit for digital conferences."""

__version__ = "0.1.0"
