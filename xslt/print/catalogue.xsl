<?xml version="1.0" encoding="UTF-8"?>
<!-- The documents in edition order, one file name a line: the build names the PDF of each
     document after it and gives each its number. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ed="urn:tei-toolkit:edition"
    exclude-result-prefixes="#all" expand-text="yes">
  <xsl:import href="../common/edition.xsl"/>
  <xsl:include href="params.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template name="xsl:initial-template">
    <xsl:for-each select="ed:edition-order($documents)">{ed:stem(.)}&#10;</xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
