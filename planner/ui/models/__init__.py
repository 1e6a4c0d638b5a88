"""Qt item models that adapt the core workspace to the views."""
