"""Extractors: pure functions from a segmented Document to typed records."""
