<?xml version="1.0" encoding="UTF-8"?>
<!--
  The back matter: the archival sources cited (by repository, each signature with the pages
  that cite it) and the indexes of persons and places (each entry with its identification and
  the pages where it is mentioned, each page once; "n" when only in footnotes there).  Page
  numbers are printed by the renderer from the anchors chosen here.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:print="urn:tei-toolkit:print"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- The sections of the back matter this book has: maps {'id', 'title', 'kind'}. -->
  <xsl:function name="print:back-matter" as="map(xs:string, xs:string)*">
    <xsl:sequence select="(
      map {'id': 'sources-cited', 'title': ed:label('sources-cited'), 'kind': 'sources'}[exists(print:sources-cited())],
      for $register in ('persons', 'places')
      return map {'id': 'index-' || $register, 'title': ed:label('index.' || $register), 'kind': $register}
             [exists(print:index-entries($register))])"/>
  </xsl:function>

  <xsl:template name="print:back-section">
    <xsl:param name="section" as="map(xs:string, xs:string)"/>
    <section class="back-matter {if ($section?kind eq 'sources') then 'sources-cited' else 'index'}" id="{$section?id}">
      <h2 class="back-head" data-running="{$section?title}">{$section?title}</h2>
      <div class="back-body">
        <xsl:choose>
          <xsl:when test="$section?kind eq 'sources'"><xsl:call-template name="print:sources-cited"/></xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="print:index"><xsl:with-param name="register" select="$section?kind"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="print:sources-cited">
    <xsl:for-each select="print:sources-cited()">
      <div class="repository">
        <h3 class="repository-name">{?name}<xsl:if test="?short ne ?name"> ({?short})</xsl:if></h3>
        <xsl:for-each select="?signatures">
          <p class="source-entry">
            <span class="source-signature">{(?text[.], ?short)[1]}</span>
            <xsl:call-template name="print:page-refs"><xsl:with-param name="elements" select="?sites"/></xsl:call-template>
          </p>
        </xsl:for-each>
      </div>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="print:index">
    <xsl:param name="register" as="xs:string"/>
    <!-- On the second pass, entries none of whose mentions was printed are left out. -->
    <xsl:for-each select="print:index-entries($register)[empty($anchor-pages) or exists(print:page-refs(?mentions))]">
      <xsl:variable name="entry" select="?entry"/>
      <p class="index-entry" id="index-{$entry/@xml:id}">
        <span class="index-name">{if ($register eq 'persons') then ed:index-name($entry) else ed:display-name($entry)}</span>
        <xsl:variable name="about" select="($entry/self::tei:person ! ed:life-dates(.), ed:role($entry) ! replace(normalize-space(ed:plain(node())), '\.$', ''))"/>
        <xsl:if test="exists($about)"><xsl:text> </xsl:text><span class="index-about">({string-join($about, '; ')})</span></xsl:if>
        <xsl:call-template name="print:page-refs">
          <xsl:with-param name="elements" select="?mentions"/>
          <xsl:with-param name="lead" select="', '"/>
        </xsl:call-template>
      </p>
    </xsl:for-each>
  </xsl:template>

  <!-- Links to the pages the elements are on, each page once; the renderer prints the numbers. -->
  <xsl:template name="print:page-refs">
    <xsl:param name="elements" as="element()*"/>
    <xsl:param name="lead" as="xs:string" select="' '"/>
    <xsl:variable name="refs" select="print:page-refs($elements)"/>
    <xsl:if test="exists($refs)">
      <span class="page-refs">
        <xsl:for-each select="$refs">
          <xsl:text>{if (position() eq 1) then $lead else ', '}</xsl:text>
          <a class="pageref{' in-note'[current()?note]}" href="#{?anchor}"></a>
        </xsl:for-each>
      </span>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
