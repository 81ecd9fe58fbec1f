"""The 法治体检报告: a report model built from an assessment, HTML templates and PDF rendering.

Import ``reports.render`` for the API (``render_report``, ``ReportOptions``); this package
itself loads nothing heavy, so the app can import it at start-up for free.
"""
