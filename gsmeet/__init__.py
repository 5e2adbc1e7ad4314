"""gsmeet: run committee sessions and produce their minutes."""

__version__ = "0.1.0"
