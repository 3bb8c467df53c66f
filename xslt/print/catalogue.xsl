<?xml version="1.0" encoding="UTF-8"?>
<!-- The documents in edition order, as their places in the documents parameter (1, 2 …), one a
     line: the build numbers the documents and names their PDFs by it. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ed="urn:tei-toolkit:edition"
    exclude-result-prefixes="#all" expand-text="yes">
  <xsl:import href="../common/edition.xsl"/>
  <xsl:include href="params.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template name="xsl:initial-template">
    <xsl:variable name="given" select="$documents ! generate-id(.)"/>
    <xsl:for-each select="ed:edition-order($documents)">{index-of($given, generate-id(.))}&#10;</xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
