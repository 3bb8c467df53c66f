<?xml version="1.0" encoding="UTF-8"?>
<!--
  The shared building blocks of every edition (web, print): what to show and in what order.
  Editions import this one module; it includes the topic modules below.  Nothing here writes
  HTML: functions return strings, maps and TEI nodes, and mode ed:plain / ed:textual-note
  return text and a few ed: elements that each edition renders in its own way.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    exclude-result-prefixes="#all" expand-text="yes">
  <xsl:include href="functions.xsl"/>
  <xsl:include href="labels.xsl"/>
  <xsl:include href="dates.xsl"/>
  <xsl:include href="names.xsl"/>
  <xsl:include href="plain.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="apparatus.xsl"/>
  <xsl:include href="signatures.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="documents.xsl"/>
</xsl:stylesheet>
