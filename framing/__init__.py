"""framing: explainable media framing analysis."""

from framing._version import __version__

__all__ = ["__version__"]
