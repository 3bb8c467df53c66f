<?xml version="1.0" encoding="UTF-8"?>
<!--
  One document of the book: its number, title, date line, archival source line (the
  repository's full name and the signature), who compiled and translated it, its summary, then
  its text with footnotes, and the notes that have no place in the text.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:print="urn:tei-toolkit:print"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="tei:TEI" mode="print-document">
    <xsl:param name="first" as="xs:boolean" select="false()"/>
    <xsl:variable name="number" select="print:number(.)"/>
    <article class="document{' first-document'[$first]}" lang="{(@xml:lang, $language)[1]}">
      <header class="document-head">
        <p class="document-number">{ed:label('document')} {$number}</p>
        <h1 class="document-title" id="{print:document-anchor(.)}" data-running="{print:running-title(.)}"
            data-bookmark="{$number}. {ed:title(.)}">
          <xsl:variable name="head" select="ed:title-head(.)"/>
          <xsl:choose>
            <xsl:when test="$head"><xsl:apply-templates select="$head/node()" mode="print"/></xsl:when>
            <xsl:otherwise>{ed:title(.)}</xsl:otherwise>
          </xsl:choose>
        </h1>
        <xsl:for-each select="ed:document-date(.)">
          <p class="document-date">{ed:date-label(.)}</p>
        </xsl:for-each>
        <xsl:for-each select="ed:signature-sites(.)[1]">
          <p class="document-source" id="{print:anchor(.)}">{print:signature-line(.)}</p>
        </xsl:for-each>
        <xsl:call-template name="print:credits"/>
        <xsl:for-each select="tei:teiHeader/tei:profileDesc/tei:abstract[normalize-space()][1]">
          <div class="document-summary"><xsl:apply-templates mode="print"/></div>
        </xsl:for-each>
      </header>
      <div class="document-text">
        <xsl:apply-templates select="tei:text" mode="print"/>
      </div>
      <xsl:call-template name="print:end-notes"><xsl:with-param name="tei" select="."/></xsl:call-template>
    </article>
  </xsl:template>

  <!-- Who made the text the edition prints: compiler, translator, original language, earlier publication. -->
  <xsl:template name="print:credits">
    <xsl:variable name="fields" select="ed:metadata(.)[?key = ('compiler', 'translator', 'resp', 'language', 'publication')]"/>
    <xsl:if test="exists($fields)">
      <p class="document-credits">
        <xsl:for-each select="$fields">
          <xsl:if test="position() gt 1"><span class="sep"> · </span></xsl:if>
          <xsl:choose>
            <xsl:when test="?key eq 'publication'">
              <xsl:apply-templates select="?nodes" mode="print"/>
            </xsl:when>
            <xsl:when test="?key eq 'language'">{?label}: {?text}</xsl:when>
            <xsl:otherwise>
              <xsl:text>{?label} </xsl:text>
              <xsl:for-each select="?nodes">
                <xsl:if test="position() gt 1">, </xsl:if>
                <xsl:apply-templates select="." mode="print"/>
              </xsl:for-each>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="print-document" priority="-10">
    <xsl:message>[W-XSLT-UNHANDLED] unhandled element {name()} in mode print-document ({ed:where(.)})</xsl:message>
  </xsl:template>
</xsl:stylesheet>
