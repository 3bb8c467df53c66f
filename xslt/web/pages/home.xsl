<?xml version="1.0" encoding="UTF-8"?>
<!--
  The home page (index.html): the edition's title, editors and introduction, the documents in
  edition order with date, signature and summary, and the ways into the edition.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:web="urn:tei-toolkit:web"
    exclude-result-prefixes="#all" expand-text="yes">
  <xsl:import href="../web.xsl"/>

  <xsl:template name="xsl:initial-template">
    <xsl:result-document href="index.html">
      <xsl:call-template name="web:page">
        <xsl:with-param name="title" select="$edition-title"/>
        <xsl:with-param name="section" select="'documents'"/>
        <xsl:with-param name="content" as="node()*">
          <header class="home-header">
            <h1>{$edition-title}</h1>
            <xsl:if test="exists($editors)">
              <p class="editors">{ed:label('editors')} {ed:join($editors, 'and')}</p>
            </xsl:if>
          </header>
          <div class="home-layout">
            <div class="home-main">
              <xsl:if test="exists($introduction)">
                <section class="introduction" aria-labelledby="introduction-heading">
                  <h2 id="introduction-heading">{ed:label('introduction')}</h2>
                  <xsl:for-each select="$introduction"><p>{.}</p></xsl:for-each>
                </section>
              </xsl:if>
              <section class="documents" aria-labelledby="documents-heading">
                <h2 id="documents-heading">{ed:label('documents')}</h2>
                <ol class="document-list">
                  <xsl:for-each select="$web:ordered">
                    <xsl:call-template name="web:document-card"><xsl:with-param name="number" select="position()"/></xsl:call-template>
                  </xsl:for-each>
                </ol>
              </section>
            </div>
            <xsl:call-template name="web:ways-in"/>
          </div>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <xsl:template name="web:document-card">
    <xsl:param name="number" as="xs:integer"/>
    <xsl:variable name="tei" select="tei:TEI"/>
    <xsl:variable name="date" select="ed:document-date($tei)"/>
    <xsl:variable name="signature" select="ed:signature-sites($tei)[1] ! ed:signature(.)"/>
    <li class="document-card">
      <p class="kicker">
        <span class="document-number">{ed:label('document')} {$number}</span>
        <xsl:for-each select="$date"> · <time datetime="{ed:machine-date(.)}">{ed:date-label(.)}</time></xsl:for-each>
      </p>
      <h3><a href="{web:document-href(ed:stem(.))}">{ed:title($tei)}</a></h3>
      <xsl:if test="exists($signature)">
        <p class="card-signature">{ed:signature-text($signature)}</p>
      </xsl:if>
      <xsl:for-each select="$tei/tei:teiHeader/tei:profileDesc/tei:abstract[normalize-space()][1]">
        <p class="card-summary">{ed:plain(.)}</p>
      </xsl:for-each>
    </li>
  </xsl:template>

  <xsl:template name="web:ways-in">
    <aside class="ways-in" aria-labelledby="ways-heading">
      <h2 id="ways-heading">Explore the edition</h2>
      <ul>
        <xsl:for-each select="('persons', 'places', 'organisations')">
          <li><a href="{.}.html">{ed:label(.)}</a> <span class="count">{count(ed:register-entries($documents, .))}</span></li>
        </xsl:for-each>
        <li><a href="archives.html">{ed:label('archives')}</a></li>
        <li><a href="chronology.html">{ed:label('chronology')}</a></li>
        <li><a href="search.html">{ed:label('search')}</a></li>
      </ul>
      <h2 id="downloads-heading">Downloads</h2>
      <ul>
        <xsl:if test="$tei-archive">
          <li><a href="tei/edition-tei.zip" download="">All documents as TEI (zip)</a></li>
        </xsl:if>
        <li>Each document’s TEI file is linked from its page.</li>
      </ul>
      <xsl:if test="exists($data-files)">
        <h2 id="data-heading">{ed:label('data')}</h2>
        <ul class="data-downloads">
          <xsl:for-each select="$data-files">
            <li><a href="data/{.}">{ed:label('data.' || ., .)}</a> <span class="file-name">{tokenize(., '/')[last()]}</span></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </aside>
  </xsl:template>
</xsl:stylesheet>
