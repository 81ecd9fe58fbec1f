"""Domain core of the legal risk health check: guide model, loader, scoring, file store.

Plain Python; nothing here imports Qt, WeasyPrint or the report layer.
"""
