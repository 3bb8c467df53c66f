<?xml version="1.0" encoding="UTF-8"?>
<!--
  Register pages (persons, places, organisations): one entry per register entry the documents
  hold, with its name, dates, role, other name forms, authority links, and every mention —
  document, date and a short context — linking to the exact place.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:web="urn:tei-toolkit:web"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- Documents in edition order, computed once per page. -->
  <xsl:variable name="web:ordered" as="document-node()*" select="ed:edition-order($documents)"/>

  <xsl:template name="web:register-page">
    <xsl:param name="register" as="xs:string"/>
    <xsl:param name="intro" as="xs:string"/>
    <xsl:variable name="entries" select="ed:register-entries($documents, $register)"/>
    <xsl:result-document href="{$register}.html">
      <xsl:call-template name="web:page">
        <xsl:with-param name="title" select="ed:label($register)"/>
        <xsl:with-param name="section" select="$register"/>
        <xsl:with-param name="content" as="node()*">
          <h1>{ed:label($register)}</h1>
          <p class="lead">
            <xsl:choose>
              <xsl:when test="$entries">{$intro}. {count($entries)} {if (count($entries) eq 1) then 'entry' else 'entries'}.</xsl:when>
              <xsl:otherwise>No {lower-case(ed:label($register))} are identified in the documents yet.</xsl:otherwise>
            </xsl:choose>
          </p>
          <xsl:if test="count($entries) gt 12">
            <xsl:call-template name="web:letters"><xsl:with-param name="entries" select="$entries"/></xsl:call-template>
          </xsl:if>
          <div class="register">
            <xsl:apply-templates select="$entries" mode="web-entry"/>
          </div>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <!-- A jump list A–Z for long registers. -->
  <xsl:template name="web:letters">
    <xsl:param name="entries" as="element()*"/>
    <nav class="letters" aria-label="Initial letters">
      <ul>
        <xsl:for-each-group select="$entries" group-by="upper-case(substring(ed:base-letters(ed:sort-name(.)), 1, 1))">
          <li><a href="#{current-group()[1]/@xml:id}">{current-grouping-key()}</a></li>
        </xsl:for-each-group>
      </ul>
    </nav>
  </xsl:template>

  <xsl:template match="*" mode="web-entry" priority="-10">
    <xsl:message>[W-XSLT-UNHANDLED] unhandled element {name()} in mode web-entry ({ed:where(.)})</xsl:message>
  </xsl:template>

  <xsl:template match="tei:person | tei:personGrp | tei:place | tei:org" mode="web-entry">
    <xsl:variable name="id" select="string(@xml:id)"/>
    <section class="entry" id="{$id}" aria-labelledby="{$id}-name">
      <h2 id="{$id}-name">
        <span class="entry-name">{if (self::tei:person) then ed:index-name(.) else ed:display-name(.)}</span>
        <xsl:if test="self::tei:org and ed:short-name(.) ne ed:display-name(.)"> ({ed:short-name(.)})</xsl:if>
        <xsl:for-each select="self::tei:person ! ed:life-dates(.)"><span class="entry-dates"> ({.})</span></xsl:for-each>
      </h2>
      <xsl:for-each select="ed:role(.)">
        <p class="entry-role">{ed:plain(node())}</p>
      </xsl:for-each>
      <xsl:variable name="forms" select="ed:name-forms(.)"/>
      <xsl:if test="exists($forms)">
        <p class="entry-forms"><span class="field-label">{ed:label('name-forms')}:</span> {string-join($forms, '; ')}</p>
      </xsl:if>
      <xsl:for-each select="tei:location/tei:geo[normalize-space()]">
        <p class="entry-geo">Coordinates: {normalize-space()}</p>
      </xsl:for-each>
      <xsl:variable name="links" select="ed:authority-links(.)"/>
      <xsl:if test="exists($links)">
        <p class="entry-authority"><span class="field-label">{ed:label('authority')}:</span>
          <xsl:for-each select="$links">
            <xsl:text> </xsl:text>
            <xsl:choose>
              <xsl:when test="?url"><a href="{?url}" class="authority">{?label} {?id}</a></xsl:when>
              <xsl:otherwise><span class="authority">{?label} {?id}</span></xsl:otherwise>
            </xsl:choose>
            <xsl:if test="position() ne last()"> ·</xsl:if>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:call-template name="web:mentions"><xsl:with-param name="id" select="$id"/></xsl:call-template>
    </section>
  </xsl:template>

  <!-- Every mention of an entry, by document in edition order, each with its context. -->
  <xsl:template name="web:mentions">
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="where" as="element()*">
      <xsl:for-each select="$web:ordered">
        <xsl:variable name="tei" select="tei:TEI"/>
        <xsl:variable name="mentions" select="ed:mentions($tei, $id)"/>
        <xsl:if test="$mentions">
          <li>
            <a class="mention-document" href="{web:document-href(ed:stem(.))}">{ed:title($tei)}</a>
            <xsl:for-each select="ed:document-date($tei)">, <span class="mention-date">{ed:date-label(.)}</span></xsl:for-each>
            <ul class="contexts">
              <xsl:for-each select="$mentions">
                <li>
                  <xsl:call-template name="web:context-link">
                    <xsl:with-param name="element" select="."/>
                    <xsl:with-param name="stem" select="ed:stem(.)"/>
                  </xsl:call-template>
                </li>
              </xsl:for-each>
            </ul>
          </li>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="$where">
      <h3 class="mentions-heading">{ed:label('mentions')}</h3>
      <ul class="mentions">
        <xsl:sequence select="$where"/>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- A link to the exact place of an element, showing its context: "… before **name** after …". -->
  <xsl:template name="web:context-link">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="stem" as="xs:string"/>
    <xsl:variable name="context" select="ed:context($element, 70)"/>
    <a class="context" href="{web:document-href($stem)}#{ed:anchor-id($element)}">
      <xsl:for-each select="ed:place-label($element)">
        <span class="context-where">{.}: </span>
      </xsl:for-each>
      <xsl:text>{$context?before}</xsl:text>
      <strong>{$context?text}</strong>
      <xsl:text>{$context?after}</xsl:text>
    </a>
  </xsl:template>
</xsl:stylesheet>
