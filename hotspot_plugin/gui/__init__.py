"""Docks, dialogs and map tools: thin GUI adapters over the analysis package."""
