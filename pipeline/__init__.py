"""Recommendations pipeline for UN intergovernmental working groups."""

__version__ = "0.1.0"
