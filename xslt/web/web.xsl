<?xml version="1.0" encoding="UTF-8"?>
<!--
  The web edition's library: the shared building blocks (common/) and the web's own modules.
  Every page stylesheet (document.xsl, pages/*.xsl) imports this one module and adds only what
  its page needs.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    exclude-result-prefixes="#all" expand-text="yes">
  <xsl:import href="../common/edition.xsl"/>
  <xsl:include href="params.xsl"/>
  <xsl:include href="layout.xsl"/>
  <xsl:include href="text.xsl"/>
  <xsl:include href="names.xsl"/>
  <xsl:include href="readings.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="registers.xsl"/>
</xsl:stylesheet>
