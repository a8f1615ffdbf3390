"""iltod (Ил тод, "transparent"): public action plans and their progress, published from git."""

__version__ = "0.1.0"
