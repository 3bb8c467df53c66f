<?xml version="1.0" encoding="UTF-8"?>
<!--
  The search page (search.html): a form that assets/search.js answers from the offline Pagefind
  index of the documents and their notes.  Search needs the site served over http (tei serve).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:web="urn:tei-toolkit:web"
    exclude-result-prefixes="#all" expand-text="yes">
  <xsl:import href="../web.xsl"/>

  <xsl:template name="xsl:initial-template">
    <xsl:result-document href="search.html">
      <xsl:call-template name="web:page">
        <xsl:with-param name="title" select="ed:label('search')"/>
        <xsl:with-param name="section" select="'search'"/>
        <xsl:with-param name="scripts" select="'search.js'"/>
        <xsl:with-param name="content" as="node()*">
          <h1>{ed:label('search')}</h1>
          <form class="search-form" role="search" action="search.html" method="get">
            <label for="search-input">Search the documents and their notes</label>
            <div class="search-row">
              <input type="search" id="search-input" name="q" autocomplete="off" spellcheck="false"/>
              <button type="submit">{ed:label('search')}</button>
            </div>
          </form>
          <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
          <ol id="search-results" class="search-results"></ol>
          <noscript>
            <p class="notice">Search needs JavaScript. The <a href="persons.html">registers</a>, the
              <a href="chronology.html">chronology</a> and the <a href="index.html">list of documents</a> work without it.</p>
          </noscript>
          <p class="notice" id="search-offline" hidden="">Search needs the site to be served over http: run
            <code>tei serve</code> and open the address it prints. Everything else works from the files.</p>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>
</xsl:stylesheet>
