"""tei: raw archival text to validated TEI P5 critical editions."""

__version__ = "0.1.0"
