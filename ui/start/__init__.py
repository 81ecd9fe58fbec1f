"""The start page: recent assessments, new, open, examples."""
