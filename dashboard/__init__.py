"""Planpuls: follow a communication action plan — goals, measures, owners, channels."""

__version__ = "0.1.0"
