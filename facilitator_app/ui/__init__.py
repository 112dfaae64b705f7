"""Qt widgets and item models over the domain state; no file or network I/O here."""
