<?xml version="1.0" encoding="UTF-8"?>
<!--
  The parameters of the print edition (HTML for WeasyPrint and LaTeX alike): every value Python
  passes (tei/print/params.py sets them).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- The edition's title (edition.toml [edition] title). -->
  <xsl:param name="edition-title" as="xs:string" select="'Edition'"/>
  <!-- The editors' names, in order. -->
  <xsl:param name="editors" as="xs:string*" select="()"/>
  <!-- The editors' introduction, one string per paragraph (plain text). -->
  <xsl:param name="introduction" as="xs:string*" select="()"/>
  <!-- Language of the edition's own words (html/@lang, hyphenation). -->
  <xsl:param name="language" as="xs:string" select="'en'"/>
  <!-- The date of this edition (ISO), printed on the title page. -->
  <xsl:param name="edition-date" as="xs:string" select="''"/>
  <!-- Every document of the edition, parsed once. -->
  <xsl:param name="documents" as="document-node()*" select="()"/>
  <!-- 'book' (title page, contents, principles, documents, sources, indexes) or 'document'
       (one document on its own: the documents parameter holds it, number is its number). -->
  <xsl:param name="layout" as="xs:string" select="'book'"/>
  <!-- With layout 'document': the document's number in edition order. -->
  <xsl:param name="number" as="xs:integer" select="0"/>
  <!-- The page each anchor fell on in the first rendering, as "anchor page" (empty on the first
       pass): the indexes and the list of sources cite each page once. -->
  <xsl:param name="anchor-pages" as="xs:string*" select="()"/>
  <!-- The address of the print stylesheet, relative to the HTML. -->
  <xsl:param name="css" as="xs:string" select="'print.css'"/>
</xsl:stylesheet>
