"""Widgets: the only package that builds Qt widgets."""
