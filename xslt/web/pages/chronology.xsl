<?xml version="1.0" encoding="UTF-8"?>
<!--
  The chronology (chronology.html): every dated date in the documents' text and notes, in time
  order, grouped by day, each linking to its place with its context.
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
    <xsl:variable name="events" select="$web:ordered ! ed:dated-events(tei:TEI)"/>
    <xsl:result-document href="chronology.html">
      <xsl:call-template name="web:page">
        <xsl:with-param name="title" select="ed:label('chronology')"/>
        <xsl:with-param name="section" select="'chronology'"/>
        <xsl:with-param name="content" as="node()*">
          <h1>{ed:label('chronology')}</h1>
          <p class="lead">
            <xsl:choose>
              <xsl:when test="exists($events)">Every date named in the documents and in their notes, in time order.</xsl:when>
              <xsl:otherwise>No dates are marked in the documents yet.</xsl:otherwise>
            </xsl:choose>
          </p>
          <ol class="chronology">
            <xsl:for-each-group select="$events" group-by="substring(ed:date-value(.), 1, 10)">
              <xsl:sort select="current-grouping-key()"/>
              <li class="day">
                <h2><time datetime="{current-grouping-key()}">{ed:format-date(current-grouping-key())}</time></h2>
                <ul class="events">
                  <xsl:for-each select="current-group()">
                    <xsl:sort select="ed:date-key(.)"/>
                    <li>
                      <xsl:if test="ed:date-label(.) ne ed:format-date(current-grouping-key())">
                        <span class="event-date">{ed:date-label(.)}: </span>
                      </xsl:if>
                      <xsl:call-template name="web:context-link">
                        <xsl:with-param name="element" select="."/>
                        <xsl:with-param name="stem" select="ed:stem(.)"/>
                      </xsl:call-template>
                      <span class="event-document"> — <cite>{ed:title(ancestor::tei:TEI)}</cite></span>
                    </li>
                  </xsl:for-each>
                </ul>
              </li>
            </xsl:for-each-group>
          </ol>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>
</xsl:stylesheet>
