<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode web, readings: abbreviations with their expansion; corrections, regularisations and
  variant readings output both ways (class "edited" and class "source", shown by the reading
  switch) with the call of their lettered textual note.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:web="urn:tei-toolkit:web"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="tei:choice[tei:abbr]" mode="web">
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="expansion" select="ed:plain(tei:expan/node())"/>
    <abbr class="abbr" title="{$expansion}">
      <xsl:if test="not($in-link)"><xsl:attribute name="tabindex">0</xsl:attribute></xsl:if>
      <xsl:apply-templates select="tei:abbr/node()" mode="web"/>
    </abbr>
    <span class="visually-hidden expan"> ({$expansion})</span>
  </xsl:template>

  <xsl:template match="tei:choice[tei:sic] | tei:choice[tei:orig]" mode="web">
    <span class="alt" id="{ed:anchor-id(.)}">
      <xsl:if test="not(ed:is-textual-site(.))">
        <!-- Outside the text (in the header) there is no textual note: the wording is the tooltip. -->
        <xsl:variable name="wording" as="node()*"><xsl:apply-templates select="." mode="ed:textual-note"/></xsl:variable>
        <xsl:attribute name="title" select="normalize-space(string-join($wording))"/>
      </xsl:if>
      <span class="edited"><xsl:apply-templates select="(tei:corr, tei:reg)[1]/node()" mode="web"/></span>
      <span class="source"><xsl:apply-templates select="(tei:sic, tei:orig)[1]/node()" mode="web"/></span>
    </span>
    <xsl:call-template name="web:textual-call"/>
  </xsl:template>

  <xsl:template match="tei:choice" mode="web">
    <xsl:apply-templates select="*[1]" mode="web"/>
  </xsl:template>

  <xsl:template match="tei:choice/* | tei:lem | tei:rdg" mode="web">
    <xsl:apply-templates mode="web"/>
  </xsl:template>

  <xsl:template match="tei:abbr | tei:expan" mode="web">
    <span class="{local-name()}"><xsl:apply-templates mode="web"/></span>
  </xsl:template>

  <xsl:template match="tei:app" mode="web">
    <span class="app" id="{ed:anchor-id(.)}">
      <span class="edited lem"><xsl:apply-templates select="tei:lem/node()" mode="web"/></span>
      <span class="source">
        <xsl:for-each select="tei:rdg | tei:rdgGrp/tei:rdg">
          <xsl:if test="position() gt 1"><span class="rdg-sep"> / </span></xsl:if>
          <span class="rdg" data-wit="{@wit}">
            <xsl:apply-templates mode="web"/>
            <xsl:if test="not(normalize-space())"><span class="omitted">[{ed:label('textual.omitted')}]</span></xsl:if>
          </span>
        </xsl:for-each>
      </span>
    </span>
    <xsl:call-template name="web:textual-call"/>
  </xsl:template>

  <!-- A textual note of its own in the text: only its call here. -->
  <xsl:template match="tei:note[@type = 'textual'][not(parent::tei:app)]" mode="web" priority="2">
    <xsl:call-template name="web:textual-call"/>
  </xsl:template>

</xsl:stylesheet>
