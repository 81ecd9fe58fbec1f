"""The report dialog: choices, rendering in a worker thread, progress."""
