<?xml version="1.0" encoding="UTF-8"?>
<!-- The register of places (places.html); the entry layout is in ../registers.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:web="urn:tei-toolkit:web"
    exclude-result-prefixes="#all" expand-text="yes">
  <xsl:import href="../web.xsl"/>

  <xsl:template name="xsl:initial-template">
    <xsl:call-template name="web:register-page">
      <xsl:with-param name="register" select="'places'"/>
      <xsl:with-param name="intro" select="'The places named in the documents and in their notes, with every mention'"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
