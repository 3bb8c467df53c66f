"""The print edition: a book made from the edition's TEI by the stylesheets in ``xslt/print``.

``book.xsl`` writes paged HTML, WeasyPrint sets it as a PDF (:mod:`tei.print.render`), twice
when the book has indexes, so that each index cites the pages its entries fell on in the first
setting, each page once.  ``latex.xsl`` writes the same book as reledmac LaTeX for publishers
(:mod:`tei.print.latex`).  :func:`tei.print.build.build` is registered as the ``print``
edition in :mod:`tei.editions`.
"""
