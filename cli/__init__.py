"""The ``legalcheck`` command-line interface."""
