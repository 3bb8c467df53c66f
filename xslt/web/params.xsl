<?xml version="1.0" encoding="UTF-8"?>
<!--
  The parameters of the web edition: every value Python passes (tei/web/params.py sets them).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- The edition's title (edition.toml [edition] title). -->
  <xsl:param name="edition-title" as="xs:string" select="'Edition'"/>
  <!-- The editors' names, in order. -->
  <xsl:param name="editors" as="xs:string*" select="()"/>
  <!-- The introduction for the home page, one string per paragraph (plain text). -->
  <xsl:param name="introduction" as="xs:string*" select="()"/>
  <!-- The address the site is published at, ending in "/" ("" when unknown): stable URLs for citations. -->
  <xsl:param name="base-url" as="xs:string" select="''"/>
  <!-- Language of the edition's own words (html/@lang of pages that are not documents). -->
  <xsl:param name="language" as="xs:string" select="'en'"/>
  <!-- Every document of the edition, parsed once (collection pages: home, registers, chronology). -->
  <xsl:param name="documents" as="document-node()*" select="()"/>
  <!-- Document pages: the document's number in edition order (0 when unknown). -->
  <xsl:param name="number" as="xs:integer" select="0"/>
  <!-- Document pages: the previous and the next document in edition order, as (file name, title), or (). -->
  <xsl:param name="previous" as="xs:string*" select="()"/>
  <xsl:param name="next" as="xs:string*" select="()"/>
  <!-- Whether a download of all TEI files (tei/edition-tei.zip) exists. -->
  <xsl:param name="tei-archive" as="xs:boolean" select="false()"/>
  <!-- The data downloads the build wrote beside the site, as paths under data/ ("persons.csv",
       "dts/index.json" …), in order. -->
  <xsl:param name="data-files" as="xs:string*" select="()"/>
</xsl:stylesheet>
