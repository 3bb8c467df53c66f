"""Editorial decisions as data: the ``<stem>.edits.toml`` sidecar beside each source.

A sidecar lists what the editors decided about one document (readings of
other witnesses, corrections, regularised scan slips, supplied words and
headings), each with the note or the words that justify it.
:mod:`tei.edits.sidecar` reads and checks it, :mod:`tei.edits.locate` finds
every entry in the TEI tree before anything is changed, and
:mod:`tei.edits.apply` encodes the decisions; the transform
:mod:`tei.transforms.edits` runs the three in order, all or nothing.
"""
