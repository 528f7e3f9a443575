"""Publication dates as reconciliation compares them: by calendar day."""

from __future__ import annotations


def as_day(value: str | None) -> str | None:
    """The ISO day (YYYY-MM-DD) of an ISO date or timestamp; None when unknown.

    Sources give dates at different precision ("2022-04-28" vs "2022-04-28T14:05:00Z"); comparing
    the raw strings would put a same-day timestamp after the bare date, so everything is compared
    by day.
    """
    if not value:
        return None
    return value.strip()[:10] or None


def not_after(earlier: str | None, later: str | None) -> bool:
    """True when both days are known and ``earlier`` is on or before ``later``."""
    a, b = as_day(earlier), as_day(later)
    return a is not None and b is not None and a <= b
