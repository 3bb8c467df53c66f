<?xml version="1.0" encoding="UTF-8"?>
<!--
  The archival sources (archives.html): every signature cited in the documents' headers and
  notes as a tree repository → collection → fond → opis → delo → list, each citation linking
  back to its place.  Anchors come from ed:signature-anchor, so documents link to the node.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:web="urn:tei-toolkit:web"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    exclude-result-prefixes="#all" expand-text="yes">
  <xsl:import href="../web.xsl"/>

  <xsl:template name="xsl:initial-template">
    <xsl:variable name="records" as="map(*)*"
                  select="$web:ordered ! ed:signature-sites(tei:TEI) ! ed:signature(.)"/>
    <xsl:result-document href="archives.html">
      <xsl:call-template name="web:page">
        <xsl:with-param name="title" select="ed:label('archives')"/>
        <xsl:with-param name="section" select="'archives'"/>
        <xsl:with-param name="content" as="node()*">
          <h1>{ed:label('archives')}</h1>
          <p class="lead">
            <xsl:choose>
              <xsl:when test="exists($records)">Every archival file the documents come from or cite in their notes, by repository and signature.</xsl:when>
              <xsl:otherwise>No archival signatures are recorded in the documents yet.</xsl:otherwise>
            </xsl:choose>
          </p>
          <xsl:for-each-group select="$records" group-by="?key">
            <xsl:sort select="ed:natural-key(ed:repository-full-name(current-group()[1]?repository))"/>
            <xsl:variable name="repository" select="current-group()[1]?repository"/>
            <xsl:variable name="id" select="ed:signature-anchor(current-grouping-key(), ())"/>
            <section class="repository" id="{$id}" aria-labelledby="{$id}-name">
              <h2 id="{$id}-name">
                <xsl:text>{ed:repository-full-name($repository)}</xsl:text>
                <xsl:if test="ed:repository-short-name($repository) ne ed:repository-full-name($repository)"> ({ed:repository-short-name($repository)})</xsl:if>
              </h2>
              <xsl:for-each select="ed:repository-entry($repository) ! ed:role(.)">
                <p class="entry-role">{ed:plain(node())}</p>
              </xsl:for-each>
              <xsl:call-template name="web:tree">
                <xsl:with-param name="records" select="current-group()"/>
                <xsl:with-param name="depth" select="1"/>
              </xsl:call-template>
            </section>
          </xsl:for-each-group>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <!-- The records below one node: those that end here are citations, the others are grouped by their next level. -->
  <xsl:template name="web:tree">
    <xsl:param name="records" as="map(*)*"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:variable name="here" select="$records[array:size(?levels) lt $depth]"/>
    <xsl:if test="exists($here)">
      <ul class="citations">
        <xsl:for-each select="$here">
          <li><xsl:call-template name="web:citation"><xsl:with-param name="record" select="."/></xsl:call-template></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
    <xsl:variable name="deeper" select="$records[array:size(?levels) ge $depth]"/>
    <xsl:if test="exists($deeper)">
      <ul class="tree">
        <xsl:for-each-group select="$deeper" group-by="?levels($depth)?type || ' ' || ?levels($depth)?value">
          <xsl:sort select="ed:natural-key(?levels($depth)?value)"/>
          <xsl:variable name="path" select="array:subarray(?levels, 1, $depth) => array:flatten()"/>
          <li id="{ed:signature-anchor(?key, $path)}">
            <span class="level level-{?levels($depth)?type}">{ed:level-text(?levels($depth))}</span>
            <xsl:call-template name="web:tree">
              <xsl:with-param name="records" select="current-group()"/>
              <xsl:with-param name="depth" select="$depth + 1"/>
            </xsl:call-template>
          </li>
        </xsl:for-each-group>
      </ul>
    </xsl:if>
  </xsl:template>

  <xsl:template name="web:citation">
    <xsl:param name="record" as="map(*)"/>
    <xsl:variable name="site" select="$record?site"/>
    <xsl:variable name="tei" select="$site/ancestor::tei:TEI"/>
    <a href="{web:document-href(ed:stem($site))}#{ed:anchor-id($site)}">{ed:title($tei)}</a>
    <xsl:for-each select="ed:document-date($tei)">, {ed:date-label(.)}</xsl:for-each>
    <xsl:for-each select="$record?collection[not(. = array:flatten($record?levels)?value)]"> ({.})</xsl:for-each>
    <span class="citation-where"> — {(ed:place-label($site), 'text')[1]}</span>
  </xsl:template>
</xsl:stylesheet>
