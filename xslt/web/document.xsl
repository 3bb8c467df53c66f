<?xml version="1.0" encoding="UTF-8"?>
<!--
  One page per document (documents/<name>.html): title, date and summary; the reading text with
  its note calls; the notes and textual notes; the metadata panel, how to cite and the TEI
  download; the previous and next documents.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:web="urn:tei-toolkit:web"
    exclude-result-prefixes="#all" expand-text="yes">
  <xsl:import href="web.xsl"/>

  <xsl:variable name="web:root" as="xs:string" select="'../'"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI" mode="web-document"/>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="web-document">
    <xsl:variable name="date" select="ed:document-date(.)"/>
    <xsl:variable name="summary" select="tei:teiHeader/tei:profileDesc/tei:abstract[normalize-space()][1]"/>
    <xsl:call-template name="web:page">
      <xsl:with-param name="title" select="ed:title(.)"/>
      <xsl:with-param name="section" select="'documents'"/>
      <xsl:with-param name="lang" select="(@xml:lang, $language)[1]"/>
      <xsl:with-param name="description" select="$summary ! ed:plain(.)"/>
      <xsl:with-param name="canonical" select="web:document-path(ed:stem(.))"/>
      <xsl:with-param name="content" as="node()*">
        <article class="document" data-pagefind-body="">
          <header class="document-header">
            <p class="kicker">
              <xsl:if test="$number gt 0"><span class="document-number">{ed:label('document')} {$number}</span></xsl:if>
              <xsl:for-each select="$date">
                <xsl:if test="$number gt 0"> · </xsl:if>
                <time datetime="{ed:machine-date(.)}">{ed:date-label(.)}</time>
              </xsl:for-each>
            </p>
            <h1 data-pagefind-meta="title">
              <xsl:variable name="head" select="ed:title-head(.)"/>
              <xsl:choose>
                <xsl:when test="$head"><xsl:apply-templates select="$head/node()" mode="web"/></xsl:when>
                <xsl:otherwise>{ed:title(.)}</xsl:otherwise>
              </xsl:choose>
            </h1>
            <xsl:for-each select="ed:signature-sites(.)[1] ! ed:signature(.)">
              <p class="document-source">{ed:signature-text(.)}</p>
            </xsl:for-each>
            <xsl:for-each select="$summary">
              <div class="summary"><span class="visually-hidden">{ed:label('summary')}: </span><xsl:apply-templates mode="web"/></div>
            </xsl:for-each>
          </header>
          <div class="document-layout">
            <div class="document-main">
              <xsl:if test="ed:textual-sites(.) or .//tei:supplied">
                <xsl:call-template name="web:reading-switch"/>
              </xsl:if>
              <div class="reading-text">
                <xsl:call-template name="web:lang"/>
                <xsl:apply-templates select="tei:text" mode="web"/>
              </div>
              <xsl:call-template name="web:notes"><xsl:with-param name="tei" select="."/></xsl:call-template>
              <xsl:call-template name="web:textual-notes"><xsl:with-param name="tei" select="."/></xsl:call-template>
            </div>
            <aside class="document-aside" aria-labelledby="about-heading">
              <h2 id="about-heading">{ed:label('about-document')}</h2>
              <xsl:call-template name="web:metadata"><xsl:with-param name="tei" select="."/></xsl:call-template>
              <xsl:call-template name="web:how-to-cite"><xsl:with-param name="tei" select="."/></xsl:call-template>
            </aside>
          </div>
          <xsl:call-template name="web:neighbours"/>
        </article>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Edited text or the readings of the sources; works by CSS alone, remembered by edition.js. -->
  <xsl:template name="web:reading-switch">
    <fieldset class="reading-switch" data-pagefind-ignore="">
      <legend>Show</legend>
      <label><input type="radio" name="reading" value="edited" checked=""/> {ed:label('reading.edited')}</label>
      <label><input type="radio" name="reading" value="source"/> {ed:label('reading.source')}</label>
    </fieldset>
  </xsl:template>

  <xsl:template name="web:neighbours">
    <xsl:if test="exists(($previous, $next))">
      <nav class="neighbours" aria-label="Previous and next document" data-pagefind-ignore="">
        <xsl:if test="exists($previous)">
          <a class="previous" href="{$previous[1]}.html" rel="prev"><span class="neighbour-label">{ed:label('previous')}</span> {$previous[2]}</a>
        </xsl:if>
        <xsl:if test="exists($next)">
          <a class="next" href="{$next[1]}.html" rel="next"><span class="neighbour-label">{ed:label('next')}</span> {$next[2]}</a>
        </xsl:if>
      </nav>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
