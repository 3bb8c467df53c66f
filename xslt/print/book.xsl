<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print edition as one paged HTML document for WeasyPrint (assets/print.css sets pages,
  running heads, footnotes and page references).  Layout 'book': title page, contents,
  introduction, editorial principles, the documents in edition order, the archival sources
  cited and the indexes.  Layout 'document': one document on its own.
  The book is made in two steps: the HTML, then a pass that separates note calls that would
  run together ("3,4"; "a,5").
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:print="urn:tei-toolkit:print"
    exclude-result-prefixes="#all" expand-text="yes">
  <xsl:import href="print.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <xsl:template name="xsl:initial-template">
    <xsl:variable name="book" as="element()">
      <html lang="{$language}">
        <head>
          <meta charset="UTF-8"/>
          <title>{if ($layout eq 'document') then $print:ordered[1]/tei:TEI ! ed:title(.) else $edition-title}</title>
          <xsl:if test="exists($editors)"><meta name="author" content="{ed:join($editors, 'and')}"/></xsl:if>
          <meta name="generator" content="tei toolkit"/>
          <link rel="stylesheet" href="{$css}"/>
        </head>
        <body class="layout-{$layout}">
          <xsl:choose>
            <xsl:when test="$layout eq 'document'">
              <p class="edition-line" data-running="{$edition-title}">{$edition-title}</p>
              <xsl:apply-templates select="$print:ordered ! tei:TEI" mode="print-document"/>
            </xsl:when>
            <xsl:otherwise><xsl:call-template name="print:book"/></xsl:otherwise>
          </xsl:choose>
        </body>
      </html>
    </xsl:variable>
    <xsl:apply-templates select="$book" mode="print-calls"/>
  </xsl:template>

  <xsl:template name="print:book">
    <xsl:variable name="back" select="print:back-matter()"/>
    <xsl:call-template name="print:title-page"/>
    <xsl:call-template name="print:contents"><xsl:with-param name="back" select="$back"/></xsl:call-template>
    <xsl:call-template name="print:introduction"/>
    <xsl:call-template name="print:principles"/>
    <main class="documents">
      <xsl:for-each select="$print:ordered ! tei:TEI">
        <xsl:apply-templates select="." mode="print-document">
          <xsl:with-param name="first" select="position() eq 1"/>
        </xsl:apply-templates>
      </xsl:for-each>
    </main>
    <xsl:for-each select="$back">
      <xsl:call-template name="print:back-section"><xsl:with-param name="section" select="."/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- ===== Calls that would run together get a separator ===== -->

  <xsl:mode name="print-calls" on-no-match="shallow-copy"/>

  <xsl:template match="span[contains-token(@class, 'fn')][not(contains-token(@class, 'fn-inner'))]
                       [print:ends-with-call(print:before(.))]" mode="print-calls">
    <xsl:copy>
      <xsl:apply-templates select="@*" mode="print-calls"/>
      <xsl:attribute name="class" select="@class || ' after-call'"/>
      <xsl:apply-templates mode="print-calls"/>
    </xsl:copy>
  </xsl:template>

  <!-- The nearest node before an element that is not white space (nor a footnote without a call). -->
  <xsl:function name="print:before" as="node()?">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="$element/preceding-sibling::node()[not(self::text()[not(normalize-space())])]
                          [not(self::span[contains-token(@class, 'fn-inner')])][1]"/>
  </xsl:function>

  <!-- Whether what is printed before a call ends with another call. -->
  <xsl:function name="print:ends-with-call" as="xs:boolean">
    <xsl:param name="node" as="node()?"/>
    <xsl:sequence select="if ($node/self::span[contains-token(@class, 'fn')]) then true()
        else if ($node instance of element()) then print:ends-with-call($node/node()[not(self::text()[not(normalize-space())])]
                                                   [not(self::span[contains-token(@class, 'fn-inner')])][last()])
        else false()"/>
  </xsl:function>
</xsl:stylesheet>
