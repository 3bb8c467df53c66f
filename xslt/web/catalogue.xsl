<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition's documents in edition order, one line each: file name, tab, title.  The build
  reads it to number the documents and give each page its previous and next document.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    exclude-result-prefixes="#all" expand-text="yes">
  <xsl:import href="web.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template name="xsl:initial-template">
    <xsl:for-each select="ed:edition-order($documents)">
      <xsl:text>{ed:stem(.)}&#9;{translate(ed:title(tei:TEI), '&#9;&#10;', '  ')}&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
