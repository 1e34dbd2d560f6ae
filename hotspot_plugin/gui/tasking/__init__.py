"""The Tasking schedule dock, in rooms: ``dock`` (the dock and its part), ``session`` (what the panels
share), ``schedule`` (the main panel: plan form, table, highlights, hand edits, route), ``plan`` (the
plan form), ``exports`` (CSV, iCalendar, GeoJSON, GPX, PDF), ``briefing`` (the print layout),
``delivery`` (the exception report) and ``model`` (the table model)."""
