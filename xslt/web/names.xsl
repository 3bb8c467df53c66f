<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode web, names: persons, places and organisations as links into their registers (with an id,
  so that registers link back to the exact mention); repositories as links into the archival
  sources.  Note calls inside a link are held back and output after it (links cannot nest).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:web="urn:tei-toolkit:web"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:geogName[@ref] | tei:name | tei:rs" mode="web">
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="register" select="ed:register-of(.)"/>
    <xsl:variable name="id" select="ed:ids(@ref)[1]"/>
    <xsl:variable name="class" select="'name name-' || ($register, 'other')[1] || (' unresolved'[not($id)])"/>
    <xsl:choose>
      <xsl:when test="@type = 'repository' and not($in-link)">
        <a class="name name-repository" id="{ed:anchor-id(.)}" title="{ed:repository-full-name(.)}"
           href="{$web:root}archives.html#{web:signature-anchor(.)}">
          <xsl:apply-templates mode="web"><xsl:with-param name="in-link" select="true()" tunnel="yes"/></xsl:apply-templates>
        </a>
        <xsl:call-template name="web:held-back-calls"/>
      </xsl:when>
      <xsl:when test="$register and $id and not($in-link) and not(ed:is-credit(.))">
        <a class="{$class}" id="{ed:anchor-id(.)}" href="{web:register-href($register, $id)}">
          <xsl:apply-templates mode="web"><xsl:with-param name="in-link" select="true()" tunnel="yes"/></xsl:apply-templates>
        </a>
        <xsl:call-template name="web:held-back-calls"/>
      </xsl:when>
      <xsl:otherwise>
        <span class="{$class}">
          <xsl:if test="$id"><xsl:attribute name="id" select="ed:anchor-id(.)"/></xsl:if>
          <xsl:apply-templates mode="web"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The tree node of the archives register that a repository name's signature leads to. -->
  <xsl:function name="web:signature-anchor" as="xs:string">
    <xsl:param name="repository" as="element()"/>
    <xsl:variable name="site" select="$repository/ancestor::*[self::tei:bibl[@type = 'archival'] or self::tei:msIdentifier][1]"/>
    <xsl:variable name="signature" select="$site ! ed:signature(.)"/>
    <xsl:sequence select="if (exists($signature)) then ed:signature-anchor($signature?key, array:flatten($signature?levels))
                          else ed:signature-anchor(ed:repository-key($repository), ())"
                  xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
  </xsl:function>

  <!-- Note calls and textual-note calls inside a link, output after it. -->
  <xsl:template name="web:held-back-calls">
    <xsl:apply-templates select=".//tei:note[not(ancestor::tei:note[ancestor::* intersect current()])]
                                 | .//*[ed:is-textual-site(.)]" mode="web-call"/>
  </xsl:template>

</xsl:stylesheet>
