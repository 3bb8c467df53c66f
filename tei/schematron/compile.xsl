<?xml version="1.0" encoding="UTF-8"?>
<!--
  ISO Schematron (XPath 2/3 query binding) to XSLT 3.0.

  Each pattern becomes a mode that walks the whole document; within a pattern
  the first rule whose context matches a node fires (priorities in document
  order), as ISO Schematron requires. Asserts and reports produce SVRL
  failed-assert / successful-report elements with the assertion id (or the
  pattern id), the role, the location as an XPath path() and the texts of the
  diagnostics they name. Supported: ns, let (schema, pattern, rule), pattern,
  rule, assert, report, value-of, name, emph/dir/span, diagnostics, and
  xsl:key/xsl:function children of the schema. Abstract patterns, includes and
  phases are not (the profile and tei_all use none).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:axsl="urn:x-tei-toolkit:alias"
    xmlns:sch="http://purl.oclc.org/dsdl/schematron"
    xmlns:svrl="http://purl.oclc.org/dsdl/svrl"
    xmlns:ed="urn:x-tei-toolkit:ed"
    exclude-result-prefixes="sch ed">

  <xsl:namespace-alias stylesheet-prefix="axsl" result-prefix="xsl"/>
  <xsl:output method="xml" indent="yes"/>
  <xsl:key name="diagnostic" match="sch:diagnostic" use="@id"/>

  <xsl:template match="/sch:schema">
    <axsl:stylesheet version="3.0">
      <xsl:for-each select="sch:ns">
        <xsl:namespace name="{@prefix}" select="string(@uri)"/>
      </xsl:for-each>
      <xsl:copy-of select="*[namespace-uri() = 'http://www.w3.org/1999/XSL/Transform']"/>
      <xsl:apply-templates select="sch:let | sch:pattern/sch:let" mode="global"/>
      <axsl:template match="/">
        <svrl:schematron-output>
          <xsl:for-each select="sch:pattern">
            <axsl:apply-templates select="/" mode="{ed:mode(.)}"/>
          </xsl:for-each>
        </svrl:schematron-output>
      </axsl:template>
      <xsl:apply-templates select="sch:pattern"/>
    </axsl:stylesheet>
  </xsl:template>

  <xsl:function name="ed:mode" visibility="private">
    <xsl:param name="pattern" as="element(sch:pattern)"/>
    <xsl:sequence select="'p' || count($pattern/preceding-sibling::sch:pattern) + 1"/>
  </xsl:function>

  <xsl:template match="sch:let" mode="global">
    <axsl:variable name="{@name}" select="{@value}"/>
  </xsl:template>

  <xsl:template match="sch:pattern">
    <xsl:variable name="mode" select="ed:mode(.)"/>
    <xsl:variable name="rules" select="sch:rule"/>
    <xsl:for-each select="$rules">
      <axsl:template match="{@context}" mode="{$mode}" priority="{count($rules) - position() + 1}">
        <xsl:apply-templates select="sch:let" mode="local"/>
        <xsl:apply-templates select="sch:assert | sch:report"/>
        <axsl:apply-templates select="@* | node()" mode="{$mode}"/>
      </axsl:template>
    </xsl:for-each>
    <axsl:template match="/ | @* | node()" mode="{$mode}" priority="-1">
      <axsl:apply-templates select="@* | node()" mode="{$mode}"/>
    </axsl:template>
  </xsl:template>

  <xsl:template match="sch:let" mode="local">
    <axsl:variable name="{@name}" select="{@value}"/>
  </xsl:template>

  <xsl:template match="sch:assert">
    <axsl:if test="not({@test})">
      <svrl:failed-assert>
        <xsl:call-template name="finding"/>
      </svrl:failed-assert>
    </axsl:if>
  </xsl:template>

  <xsl:template match="sch:report">
    <axsl:if test="{@test}">
      <svrl:successful-report>
        <xsl:call-template name="finding"/>
      </svrl:successful-report>
    </axsl:if>
  </xsl:template>

  <xsl:template name="finding">
    <xsl:attribute name="id" select="(@id, ../../@id)[1]"/>
    <xsl:attribute name="role" select="(@role, ../@role, 'error')[1]"/>
    <axsl:attribute name="location" select="path(.)"/>
    <svrl:text>
      <xsl:apply-templates mode="text"/>
    </svrl:text>
    <xsl:variable name="schema" select="root(.)"/>
    <xsl:for-each select="tokenize(@diagnostics)">
      <svrl:diagnostic-reference diagnostic="{.}">
        <xsl:apply-templates select="key('diagnostic', ., $schema)/node()" mode="text"/>
      </svrl:diagnostic-reference>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="text()" mode="text">
    <axsl:text>
      <xsl:value-of select="."/>
    </axsl:text>
  </xsl:template>

  <xsl:template match="sch:value-of" mode="text">
    <axsl:value-of select="{@select}"/>
  </xsl:template>

  <xsl:template match="sch:name" mode="text">
    <axsl:value-of select="name({(@path, '.')[1]})"/>
  </xsl:template>

  <xsl:template match="sch:emph | sch:dir | sch:span" mode="text">
    <xsl:apply-templates mode="text"/>
  </xsl:template>
</xsl:stylesheet>
