<?xml version="1.0" encoding="UTF-8"?>
<!--
  The document's metadata panel (fields and order from common/metadata.xsl), its archival
  signature in full, "how to cite" and the TEI download.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:web="urn:tei-toolkit:web"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:mode name="web-signature" on-no-match="shallow-skip" warning-on-no-match="no"/>

  <xsl:template name="web:metadata">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <dl class="metadata">
      <xsl:for-each select="ed:metadata($tei)[?key ne 'summary']">
        <div class="field field-{?key}">
          <dt>{?label}</dt>
          <dd><xsl:apply-templates select="." mode="web-field"/></dd>
        </div>
      </xsl:for-each>
    </dl>
  </xsl:template>

  <xsl:mode name="web-field" on-no-match="fail"/>

  <!-- The value of one field (a map from ed:metadata): by its key, else its nodes in mode web. -->

  <xsl:template match=".[?key eq 'date']" mode="web-field">
    <xsl:variable name="machine" select="ed:machine-date(?nodes)"/>
    <xsl:choose>
      <xsl:when test="$machine"><time datetime="{$machine}">{?text}</time></xsl:when>
      <xsl:otherwise>{?text}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match=".[?key eq 'archive-link']" mode="web-field">
    <a class="ref" href="{?url}">{?url}</a>
  </xsl:template>

  <xsl:template match=".[?key eq 'language']" mode="web-field">{?text}</xsl:template>

  <!-- The credits note's words (it is metadata here, not a footnote of the text). -->
  <xsl:template match=".[?key eq 'credits']" mode="web-field">
    <xsl:apply-templates select="?nodes/node()" mode="web"/>
  </xsl:template>

  <xsl:template match=".[?key = ('compiler', 'translator', 'resp', 'sender', 'addressee')]" mode="web-field">
    <xsl:for-each select="?nodes">
      <xsl:if test="position() gt 1">, </xsl:if>
      <xsl:apply-templates select="." mode="web"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match=".[. instance of map(*)]" mode="web-field" priority="-1">
    <xsl:apply-templates select="?nodes" mode="web"/>
  </xsl:template>

  <!-- A signature in full: repository's full name (short name), collection, then the parts. -->
  <xsl:template match="tei:msIdentifier | tei:bibl" mode="web-signature">
    <xsl:variable name="signature" select="ed:signature(.)"/>
    <xsl:variable name="levels" select="array:flatten($signature?levels)"/>
    <xsl:variable name="repository" select="$signature?repository"/>
    <span class="signature" id="{ed:anchor-id(.)}">
      <xsl:if test="$repository">
        <a class="repository" href="{$web:root}archives.html#{ed:signature-anchor($signature?key, $levels)}">
          <xsl:variable name="full" select="ed:repository-full-name($repository)"/>
          <xsl:variable name="short" select="ed:repository-short-name($repository)"/>
          <span class="repository-name">{$full}</span>
          <xsl:if test="$short ne $full"> ({$short})</xsl:if>
        </a>
      </xsl:if>
      <xsl:variable name="parts" as="map(*)*"
                    select="($signature?collection[not(. = $levels?value)] ! map {'type': 'collection', 'value': .}, $levels)"/>
      <xsl:for-each select="$parts">
        <xsl:if test="$repository or position() gt 1">, </xsl:if>
        <span class="signature-part part-{?type}">{ed:level-text(.)}</span>
      </xsl:for-each>
    </span>
  </xsl:template>

  <xsl:template match="*" mode="web-signature" priority="-10">
    <xsl:message>[W-XSLT-UNHANDLED] unhandled element {name()} in mode web-signature ({ed:where(.)})</xsl:message>
  </xsl:template>

  <!-- How to cite, with the stable address when the edition has one. -->
  <xsl:template name="web:how-to-cite">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="date" select="ed:document-date($tei)"/>
    <xsl:variable name="path" select="web:document-path(ed:stem($tei))"/>
    <section class="how-to-cite" aria-labelledby="cite-heading" data-pagefind-ignore="">
      <h2 id="cite-heading">{ed:label('how-to-cite')}</h2>
      <p class="citation">
        <xsl:text>“{ed:title($tei)}”{$date ! (', ' || ed:date-label(.))}, in </xsl:text>
        <cite>{$edition-title}</cite>
        <xsl:if test="exists($editors)">, ed. {ed:join($editors, 'and')}</xsl:if>
        <xsl:text>, </xsl:text>
        <xsl:choose>
          <xsl:when test="$base-url"><a href="{$base-url}{$path}" class="stable-url">{$base-url}{$path}</a></xsl:when>
          <xsl:otherwise><span class="stable-url">{$path}</span></xsl:otherwise>
        </xsl:choose>
        <xsl:text>.</xsl:text>
      </p>
      <p class="download">
        <a href="{$web:root}tei/{ed:stem($tei)}.xml" download="" type="application/tei+xml">{ed:label('download-tei')}</a>
        <xsl:text> ({ed:stem($tei)}.xml)</xsl:text>
      </p>
    </section>
  </xsl:template>
</xsl:stylesheet>
