"""Printed and PDF reports through Qt's print system."""
