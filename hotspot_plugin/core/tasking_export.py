"""Exports of a tasking schedule for phones and calendars: iCalendar, GPX and GeoJSON.

Places are described by :class:`PlaceInfo` in WGS 84 (longitude, latitude), which the QGIS side
computes from the geofence layer. Only treated taskings (with a window) become events or waypoints;
windows are the taskings' aware datetimes (UTC in iCalendar and GPX, local with offset in GeoJSON).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Dict, List, Optional, Sequence
from xml.sax.saxutils import escape

from .tasking import SCHEDULE_FIELDS, Tasking

PRODID = "-//Hot spot policing QGIS plugin//Tasking schedule//EN"
UID_DOMAIN = "hotspot-policing.qgis"


@dataclass
class PlaceInfo:
    """A place for export: label, centroid (lon, lat) and optionally its polygon as a GeoJSON geometry."""

    fence_id: str
    name: str
    lon: float
    lat: float
    geometry: Optional[dict] = None


def _ics_text(text: str) -> str:
    """RFC 5545 §3.3.11 TEXT escaping."""
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "")
    )


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character."""
    out, current = [], ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return "\r\n ".join(out)


def _ics_time(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def uid(tasking: Tasking) -> str:
    """Stable across exports: the same tasking keeps its UID, so calendars update rather than duplicate."""
    return f"{tasking.task_id}@{UID_DOMAIN}"


def to_ics(taskings: Sequence[Tasking], places: Dict[str, PlaceInfo], stamp: Optional[datetime] = None) -> str:
    """An iCalendar (RFC 5545) calendar with one VEVENT per treated tasking, times in UTC.

    ``stamp`` is the DTSTAMP (the export time, UTC); pass a fixed one for byte-identical files.
    """
    stamp = stamp or datetime.now(timezone.utc)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Hot spot taskings",
    ]
    for task in taskings:
        if not task.window_start or not task.window_end:
            continue
        place = places.get(str(task.fence_id))
        label = place.name if place and place.name else f"Place {task.fence_id}"
        summary = f"Hot spot patrol: {label} ({task.minutes} min)"
        description = (
            f"Task {task.task_id}. Patrol {label} for {task.minutes} minutes in this window. "
            f"Team {task.team or '-'}, shift {task.shift or '-'}, visit {task.visit_order or '-'}."
            + (" Changed by hand." if task.source == "manual" else "")
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid(task)}",
            f"DTSTAMP:{_ics_time(stamp)}",
            f"DTSTART:{_ics_time(task.window_start)}",
            f"DTEND:{_ics_time(task.window_end)}",
            f"SUMMARY:{_ics_text(summary)}",
            f"DESCRIPTION:{_ics_text(description)}",
            f"LOCATION:{_ics_text(label)}",
        ]
        if place is not None:
            lines.append(f"GEO:{place.lat:.6f};{place.lon:.6f}")
        if task.team:
            lines.append(f"CATEGORIES:{_ics_text(task.team)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def to_gpx(taskings: Sequence[Tasking], places: Dict[str, PlaceInfo]) -> str:
    """GPX 1.1 with one waypoint per treated tasking at the fence centroid, timed at the window start."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gpx version="1.1" creator="Hot spot policing QGIS plugin" xmlns="http://www.topografix.com/GPX/1/1">',
        "  <metadata><name>Hot spot taskings</name></metadata>",
    ]
    for task in taskings:
        place = places.get(str(task.fence_id))
        if place is None or not task.window_start:
            continue
        start = task.window_start.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        label = place.name or f"Place {task.fence_id}"
        name = f"{task.visit_order or 0:02d} {label}"
        window = f"{task.window_start.isoformat(timespec='seconds')} to {task.window_end.isoformat(timespec='seconds')}"
        desc = f"{window}, {task.minutes} min, team {task.team or '-'}"
        out += [
            f'  <wpt lat="{place.lat:.7f}" lon="{place.lon:.7f}">',
            f"    <time>{start}</time>",
            f"    <name>{escape(name)}</name>",
            f"    <desc>{escape(desc)}</desc>",
            f"    <type>{escape(task.arm)}</type>",
            "  </wpt>",
        ]
    out.append("</gpx>")
    return "\n".join(out) + "\n"


def to_geojson(taskings: Sequence[Tasking], places: Dict[str, PlaceInfo]) -> str:
    """A GeoJSON FeatureCollection (RFC 7946, WGS 84): one feature per tasking with the fence polygon
    (or its centroid when no polygon is known) and every schedule field."""
    features: List[dict] = []
    for task in taskings:
        place = places.get(str(task.fence_id))
        geometry = None
        if place is not None:
            geometry = place.geometry or {"type": "Point", "coordinates": [round(place.lon, 7), round(place.lat, 7)]}
        properties = dict(zip(SCHEDULE_FIELDS, task.as_text_row()))
        properties["name"] = place.name if place else None
        features.append({"type": "Feature", "id": task.task_id, "geometry": geometry, "properties": properties})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)
