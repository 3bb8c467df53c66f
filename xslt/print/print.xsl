<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print edition's library: the shared building blocks (common/) and the print modules.
  book.xsl (paged HTML for WeasyPrint) imports it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    exclude-result-prefixes="#all" expand-text="yes">
  <xsl:import href="../common/edition.xsl"/>
  <xsl:include href="params.xsl"/>
  <xsl:include href="shared.xsl"/>
  <xsl:include href="text.xsl"/>
  <xsl:include href="names.xsl"/>
  <xsl:include href="readings.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="document.xsl"/>
  <xsl:include href="front.xsl"/>
  <xsl:include href="back.xsl"/>
</xsl:stylesheet>
