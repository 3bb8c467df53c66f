<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition's documents in edition order, one line each: place in the documents parameter (1, 2 …),
  tab, file name as in its URI, tab, title.  The build reads it to number the documents and give each
  page its previous and next document; it finds each document by its place, not by its name.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    exclude-result-prefixes="#all" expand-text="yes">
  <xsl:import href="web.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template name="xsl:initial-template">
    <xsl:variable name="given" select="$documents ! generate-id(.)"/>
    <xsl:for-each select="ed:edition-order($documents)">
      <xsl:text>{index-of($given, generate-id(.))}&#9;{ed:stem(.)}&#9;{translate(ed:title(tei:TEI), '&#9;&#10;', '  ')}&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
