"""The section's models, one module per subject; Django finds them through this module."""

from news import articles, calendar, debates, events, press

__all__ = ["articles", "calendar", "debates", "events", "press"]
