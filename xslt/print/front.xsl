<?xml version="1.0" encoding="UTF-8"?>
<!--
  The front matter: title page, table of contents (page numbers by the renderer from the
  anchors), the editors' introduction and the editorial principles gathered from the
  documents' encodingDesc.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:print="urn:tei-toolkit:print"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="print:title-page">
    <section class="title-page" id="title-page">
      <h1 class="book-title" data-running="{$edition-title}">{$edition-title}</h1>
      <xsl:if test="exists($editors)">
        <p class="book-editors"><span class="book-editors-label">{ed:label('editors')}</span><br/>{ed:join($editors, 'and')}</p>
      </xsl:if>
      <xsl:if test="$edition-date">
        <p class="book-date">{ed:format-date($edition-date)}</p>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- The contents: front matter, the documents with number, title and date, the back matter. -->
  <xsl:template name="print:contents">
    <xsl:param name="back" as="map(xs:string, xs:string)*"/>
    <nav class="contents" id="contents">
      <h2 class="front-head" data-running="{ed:label('contents')}">{ed:label('contents')}</h2>
      <ol class="toc">
        <xsl:if test="exists($introduction)">
          <li class="toc-front"><a href="#introduction">{ed:label('introduction')}</a></li>
        </xsl:if>
        <li class="toc-front"><a href="#principles">{ed:label('principles')}</a></li>
        <li class="toc-part">{ed:label('documents')}</li>
        <xsl:for-each select="$print:ordered ! tei:TEI">
          <li class="toc-document">
            <a href="#{print:document-anchor(.)}">
              <span class="toc-number">{position()}</span>
              <span class="toc-title">{ed:title(.)}<xsl:for-each select="ed:document-date(.)[not(ed:states-date(ed:title(current()), .))]"><span class="toc-date">, {ed:date-label(.)}</span></xsl:for-each></span>
            </a>
          </li>
        </xsl:for-each>
        <xsl:for-each select="$back">
          <li class="toc-back"><a href="#{?id}">{?title}</a></li>
        </xsl:for-each>
      </ol>
    </nav>
  </xsl:template>

  <xsl:template name="print:introduction">
    <xsl:if test="exists($introduction)">
      <section class="front-matter introduction" id="introduction">
        <h2 class="front-head" data-running="{ed:label('introduction')}">{ed:label('introduction')}</h2>
        <xsl:for-each select="$introduction"><p>{.}</p></xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The principles every document shares, then those of particular documents, then how this
       edition prints notes, readings and additions. -->
  <xsl:template name="print:principles">
    <section class="front-matter principles" id="principles">
      <h2 class="front-head" data-running="{ed:label('principles')}">{ed:label('principles')}</h2>
      <xsl:for-each select="print:principles($print:ordered)">
          <h3>{ed:label('principle.' || ?key, ed:capitalise(?key))}</h3>
          <xsl:for-each select="?shared">
            <p><xsl:apply-templates mode="print"/></p>
          </xsl:for-each>
          <xsl:for-each select="?particular">
            <p class="particular">
              <span class="particular-documents">{ed:label(if (count(?numbers) eq 1) then 'document' else 'documents')} {string-join(?numbers ! string(.), ', ')}:</span>
              <xsl:text> </xsl:text>
              <xsl:apply-templates select="?p/node()" mode="print"/>
            </p>
          </xsl:for-each>
        </xsl:for-each>
      <h3>{ed:label('principle.conventions')}</h3>
      <p>{ed:label('conventions')}</p>
    </section>
  </xsl:template>
</xsl:stylesheet>
