<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode print, readings: the edited reading in the text (lemma, correction, regularisation; an
  abbreviation as written) with the call of its lettered textual note at the foot of the page:
  "Malnasan] Malnasanu in the published Hungarian and Russian versions".
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:print="urn:tei-toolkit:print"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="tei:choice[tei:abbr]" mode="print">
    <span class="abbr"><xsl:apply-templates select="tei:abbr/node()" mode="print"/></span>
  </xsl:template>

  <xsl:template match="tei:choice[tei:sic] | tei:choice[tei:orig]" mode="print">
    <span class="alt"><xsl:apply-templates select="(tei:corr, tei:reg)[1]/node()" mode="print"/></span>
    <xsl:call-template name="print:textual-note"/>
  </xsl:template>

  <xsl:template match="tei:choice" mode="print">
    <xsl:apply-templates select="*[1]/node()" mode="print"/>
  </xsl:template>

  <xsl:template match="tei:app" mode="print">
    <span class="app"><xsl:apply-templates select="tei:lem/node()" mode="print"/></span>
    <xsl:call-template name="print:textual-note"/>
  </xsl:template>

  <!-- A textual note of its own in the text. -->
  <xsl:template match="tei:note[@type = 'textual'][not(parent::tei:app)]" mode="print" priority="2">
    <xsl:call-template name="print:textual-note"/>
  </xsl:template>

  <!-- The lettered footnote of a textual site: the wording (common/apparatus.xsl), the app's own
       notes, the editors' notes without a call that comment on it, and the numbered notes it refers to. -->
  <xsl:template name="print:textual-note">
    <xsl:param name="in-note" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="ed:is-textual-site(.)">
      <xsl:choose>
        <xsl:when test="$in-note"><sup class="call call-textual">{ed:textual-label(.)}</sup></xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="print:textual-footnote"/>
          <xsl:apply-templates select="print:calls-inside(.)" mode="print-inner"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template name="print:textual-footnote">
    <xsl:param name="inner" as="xs:boolean" select="false()"/>
    <span class="fn fn-textual{' fn-inner'[$inner]}" data-label="{ed:textual-label(.)}" id="{print:anchor(.)}-tn">
      <xsl:choose>
        <xsl:when test="self::tei:note">
          <xsl:apply-templates mode="print"><xsl:with-param name="in-note" select="true()" tunnel="yes"/></xsl:apply-templates>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="wording" as="node()*"><xsl:apply-templates select="." mode="ed:textual-note"/></xsl:variable>
          <xsl:apply-templates select="$wording" mode="print-wording"/>
          <xsl:for-each select="tei:note, print:folded-notes(.)">
            <xsl:text>. </xsl:text>
            <xsl:apply-templates mode="print"><xsl:with-param name="in-note" select="true()" tunnel="yes"/></xsl:apply-templates>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:variable name="see" select="print:notes-on(.)"/>
      <xsl:if test="exists($see)">
        <xsl:text> </xsl:text>
        <span class="editorial">({ed:label('see-note')} {string-join($see ! ed:note-label(.), ', ')})</span>
      </xsl:if>
    </span>
  </xsl:template>

  <!-- The wording's markers as HTML: readings roman, the editors' words italic. -->
  <xsl:mode name="print-wording" on-no-match="shallow-skip" warning-on-no-match="no"/>
  <xsl:template match="ed:lemma" mode="print-wording"><span class="lemma">{.}</span></xsl:template>
  <xsl:template match="ed:sep" mode="print-wording"><span class="sep">{.}</span></xsl:template>
  <xsl:template match="ed:reading" mode="print-wording">
    <span class="{if (@omitted) then 'editorial' else 'reading'}">{.}</span>
  </xsl:template>
  <xsl:template match="ed:witnesses" mode="print-wording"><span class="editorial">{.}</span></xsl:template>
  <xsl:template match="text()" mode="print-wording">
    <xsl:if test="normalize-space()"><span class="editorial">{.}</span></xsl:if>
    <xsl:if test="not(normalize-space())">{.}</xsl:if>
  </xsl:template>
  <xsl:template match="*" mode="print-wording" priority="-10">
    <xsl:message>[W-XSLT-UNHANDLED] unhandled element {name()} in mode print-wording</xsl:message>
  </xsl:template>
</xsl:stylesheet>
