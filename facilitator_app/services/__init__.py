"""I/O with the world: the session folder, settings, paths, sound, secrets, the clock."""
