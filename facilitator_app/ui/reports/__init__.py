"""Printed documents: the run sheet and the event report (painted pages, PDF)."""
