<?xml version="1.0" encoding="UTF-8"?>
<!--
  The wording of textual notes.  Mode ed:textual-note, applied to a textual site (app, or a
  choice with sic/corr or orig/reg), returns the note as text with four marker elements an
  edition renders in its own way:
    <ed:lemma>   the edited reading           <ed:sep>     the "]" after it
    <ed:reading> another reading (@wit)       <ed:witnesses> who has that reading
  e.g. Malnasan] Malnasanu in the published Hungarian and Russian versions
  Witnesses are named by the group they form in listWit (a nested listWit with a head whose
  witnesses are exactly those of the reading), or one by one, joined with "and".
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:mode name="ed:textual-note" on-no-match="shallow-skip" warning-on-no-match="no"/>

  <xsl:template match="tei:app" mode="ed:textual-note">
    <xsl:call-template name="ed:lemma">
      <xsl:with-param name="text" select="ed:plain(tei:lem/node())"/>
    </xsl:call-template>
    <xsl:for-each select="tei:rdg | tei:rdgGrp/tei:rdg">
      <xsl:if test="position() gt 1">; </xsl:if>
      <xsl:variable name="text" select="ed:plain(node())"/>
      <xsl:choose>
        <xsl:when test="$text"><ed:reading wit="{@wit}">{$text}</ed:reading></xsl:when>
        <xsl:otherwise><ed:reading wit="{@wit}" omitted="true">{ed:label('textual.omitted')}</ed:reading></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="normalize-space(@wit)">
        <xsl:text> {ed:label('textual.in')} </xsl:text>
        <ed:witnesses>{ed:witness-phrase(@wit, .)}</ed:witnesses>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:choice[tei:sic]" mode="ed:textual-note">
    <xsl:call-template name="ed:lemma">
      <xsl:with-param name="text" select="ed:plain(tei:corr/node())"/>
    </xsl:call-template>
    <ed:reading>{ed:plain(tei:sic/node())}</ed:reading>
    <xsl:text> {ed:label('textual.sic')}</xsl:text>
  </xsl:template>

  <xsl:template match="tei:choice[tei:orig]" mode="ed:textual-note">
    <xsl:call-template name="ed:lemma">
      <xsl:with-param name="text" select="ed:plain(tei:reg/node())"/>
    </xsl:call-template>
    <ed:reading>{ed:plain(tei:orig/node())}</ed:reading>
    <xsl:text> {ed:label('textual.orig')}</xsl:text>
  </xsl:template>

  <xsl:template match="*" mode="ed:textual-note" priority="-10">
    <xsl:message>[W-XSLT-UNHANDLED] unhandled element {name()} in mode ed:textual-note ({ed:where(.)})</xsl:message>
  </xsl:template>

  <xsl:template name="ed:lemma">
    <xsl:param name="text" as="xs:string"/>
    <ed:lemma>{if ($text) then $text else '(' || ed:label('textual.not-in-copy-text') || ')'}</ed:lemma>
    <ed:sep>]</ed:sep>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- Who has a reading, in words: a named group of witnesses, or the witnesses joined with "and". -->
  <xsl:function name="ed:witness-phrase" as="xs:string">
    <xsl:param name="wit" as="xs:string?"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="ids" select="distinct-values(ed:ids($wit))"/>
    <xsl:variable name="lists" select="root($context)//tei:listWit[tei:head]"/>
    <xsl:variable name="group" select="$lists[deep-equal(sort(distinct-values(.//tei:witness/@xml:id ! string())), sort($ids))][1]"/>
    <xsl:sequence select="if ($group) then ed:plain($group/tei:head)
        else ed:join(for $id in $ids return ed:witness-name(key('ed:id', $id, root($context)), $id), ed:label('textual.and'))"/>
  </xsl:function>

  <!-- A witness (or group) by name: a group's head, a witness's text, else its id. -->
  <xsl:function name="ed:witness-name" as="xs:string">
    <xsl:param name="witness" as="element()?"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="(if ($witness/self::tei:listWit) then ed:plain($witness/tei:head)
                           else ed:plain($witness/node()), $id)[.][1]"/>
  </xsl:function>

  <!-- The leaf witnesses of a document, in listWit order. -->
  <xsl:function name="ed:witnesses" as="element(tei:witness)*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/tei:teiHeader//tei:listWit//tei:witness"/>
  </xsl:function>

  <!-- The words for supplied text and gaps by their reason ("omitted in the source; supplied by the editors"). -->
  <xsl:function name="ed:supplied-reason" as="xs:string">
    <xsl:param name="supplied" as="element()"/>
    <xsl:sequence select="ed:label('supplied.' || $supplied/@reason, ed:label('supplied'))"/>
  </xsl:function>

  <xsl:function name="ed:gap-reason" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:sequence select="ed:label('gap.' || $gap/@reason, ed:label('gap'))"/>
  </xsl:function>
</xsl:stylesheet>
