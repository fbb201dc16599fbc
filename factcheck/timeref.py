"""Publication time from a dateline ("Thursday 9 November 2017 15:25, UK")."""

from __future__ import annotations

import datetime as dt

# Zones named in datelines. Countries map to their zone, so daylight saving is applied.
ZONES = {
    "UK": "Europe/London",
    "GMT": "Europe/London",
    "BST": "Europe/London",
    "UTC": "UTC",
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CT": "America/Chicago",
    "PT": "America/Los_Angeles",
}


def parse_dateline(line: str) -> dt.datetime | None:
    """The moment a dateline names, time-zone aware when it names a zone; None if none."""
    from dateutil import parser as _parser  # imported when a dateline is read
    from dateutil import tz as _tz

    zone = None
    words = line.replace(",", " ").split()
    for w in words:
        if w.upper() in ZONES:
            zone = _tz.gettz(ZONES[w.upper()])
    cleaned = " ".join(w for w in words if w.upper() not in ZONES)
    try:
        when = _parser.parse(cleaned, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    if zone is not None and when.tzinfo is None:
        when = when.replace(tzinfo=zone)
    return when
