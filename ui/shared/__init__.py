"""Widgets, words and plumbing every window uses: theme, languages, settings, messages, table models."""
