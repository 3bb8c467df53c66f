"""The web edition: a static site made from the edition's TEI by the stylesheets in ``xslt/web``.

:func:`tei.web.build.build` is registered as the ``web`` edition in :mod:`tei.editions`.
Python here only orders the work (which stylesheet runs on what, what is unchanged since the
last build, where files go); what pages show is decided in XSLT.
"""
