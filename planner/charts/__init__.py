"""Matplotlib figures built from core data (never pyplot, never a Qt backend)."""
