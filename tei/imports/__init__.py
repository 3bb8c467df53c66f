"""Third-party TEI as documents of the edition: declared sources, declared mappings, the same checks.

``[[sources.tei]]`` tables of the edition config list the files and their
convention (:mod:`tei.imports.sources`); each convention is an XSLT mapping
in ``xslt/import/`` (:mod:`tei.imports.conventions`); :mod:`tei.imports.run`
reads, checks, maps, enriches and validates each file and returns the same
results as a conversion, so ``tei build`` publishes them beside converted
documents.
"""

from tei.imports.run import import_all

__all__ = ["import_all"]
