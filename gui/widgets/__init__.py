"""Reusable widgets: the error banner with its expandable detail, the progress panel with Cancel."""
