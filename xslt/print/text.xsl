<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode print: TEI text (body, notes, header values) as paged HTML: divisions, blocks and inline
  elements here; names in names.xsl, readings in readings.xsl, footnotes in notes.xsl.  Source
  text is only ever output as text nodes and attribute values, which the serialiser escapes.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:print="urn:tei-toolkit:print"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:mode name="print" on-no-match="text-only-copy" warning-on-no-match="no"/>

  <!-- ===== Divisions and blocks ===== -->

  <xsl:template match="tei:text | tei:body | tei:front | tei:back | tei:abstract" mode="print">
    <xsl:apply-templates mode="print"/>
  </xsl:template>

  <!-- The title head is the document's heading; end notes are placed by notes.xsl. -->
  <xsl:template match="tei:body/tei:head[. is ed:title-head(ancestor::tei:TEI)]" mode="print" priority="2"/>
  <xsl:template match="tei:back/tei:div[@type = 'notes'][not(* except tei:note)]" mode="print" priority="2"/>

  <xsl:template match="tei:div" mode="print">
    <section class="div div-{(@type, 'plain')[1]}">
      <xsl:call-template name="print:lang"/>
      <xsl:apply-templates mode="print"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:div/tei:head | tei:body/tei:head | tei:back/tei:head" mode="print">
    <xsl:element name="h{min((count(ancestor::tei:div) + 2, 6))}">
      <xsl:attribute name="class">head</xsl:attribute>
      <xsl:apply-templates mode="print"/>
      <xsl:call-template name="print:notes-after"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:head" mode="print">
    <p class="head"><xsl:apply-templates mode="print"/><xsl:call-template name="print:notes-after"/></p>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab" mode="print">
    <xsl:param name="in-note" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:element name="{if ($in-note) then 'span' else 'p'}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:call-template name="print:lang"/>
      <xsl:apply-templates mode="print"/>
      <xsl:call-template name="print:notes-after"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:salute | tei:signed | tei:byline | tei:docDate | tei:trailer" mode="print">
    <p class="{local-name()}"><xsl:apply-templates mode="print"/><xsl:call-template name="print:notes-after"/></p>
  </xsl:template>

  <xsl:template match="tei:opener | tei:closer | tei:postscript | tei:argument | tei:epigraph" mode="print">
    <div class="{local-name()}"><xsl:apply-templates mode="print"/></div>
  </xsl:template>

  <!-- Speaker turns: the speaker opens the first paragraph of the speech. -->
  <xsl:template match="tei:sp" mode="print">
    <div class="sp"><xsl:apply-templates mode="print"/></div>
  </xsl:template>

  <xsl:template match="tei:sp/tei:speaker[following-sibling::*[1][self::tei:p]]" mode="print"/>

  <xsl:template match="tei:sp/tei:p[preceding-sibling::*[1][self::tei:speaker]]" mode="print">
    <p class="p speech">
      <span class="speaker"><xsl:apply-templates select="preceding-sibling::tei:speaker[1]/node()" mode="print"/></span>
      <xsl:text> </xsl:text>
      <xsl:apply-templates mode="print"/>
      <xsl:call-template name="print:notes-after"/>
    </p>
  </xsl:template>

  <xsl:template match="tei:speaker" mode="print">
    <p class="speaker"><xsl:apply-templates mode="print"/></p>
  </xsl:template>

  <xsl:template match="tei:list" mode="print">
    <div class="list list-{(@type, 'plain')[1]}">
      <xsl:apply-templates select="tei:head" mode="print"/>
      <xsl:element name="{if (tei:label or @rend = ('numbered', 'ordered')) then 'ol' else 'ul'}">
        <!-- The source's own labels ("1.") are printed; the list adds no numbers of its own. -->
        <xsl:if test="tei:label"><xsl:attribute name="class" select="'labelled'"/></xsl:if>
        <xsl:apply-templates select="tei:item" mode="print"/>
      </xsl:element>
    </div>
  </xsl:template>

  <xsl:template match="tei:item" mode="print">
    <li>
      <xsl:variable name="label" select="preceding-sibling::*[1][self::tei:label]"/>
      <xsl:if test="$label"><span class="label"><xsl:apply-templates select="$label/node()" mode="print"/></span><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates mode="print"/>
    </li>
  </xsl:template>

  <xsl:template match="tei:list/tei:label" mode="print"/>

  <xsl:template match="tei:label" mode="print">
    <span class="label"><xsl:apply-templates mode="print"/></span>
  </xsl:template>

  <xsl:template match="tei:quote[@rend = ('block', 'blockquote')] | tei:quote[tei:p | tei:lg]" mode="print">
    <blockquote class="quote"><xsl:apply-templates mode="print"/></blockquote>
  </xsl:template>

  <xsl:template match="tei:lg" mode="print">
    <div class="lg"><xsl:apply-templates mode="print"/></div>
  </xsl:template>

  <xsl:template match="tei:l" mode="print">
    <span class="l"><xsl:apply-templates mode="print"/></span>
  </xsl:template>

  <xsl:template match="tei:table" mode="print">
    <table class="table">
      <xsl:for-each select="tei:head[1]"><caption><xsl:apply-templates mode="print"/></caption></xsl:for-each>
      <tbody><xsl:apply-templates select="tei:row" mode="print"/></tbody>
    </table>
  </xsl:template>

  <xsl:template match="tei:row" mode="print">
    <tr><xsl:apply-templates select="tei:cell" mode="print"/></tr>
  </xsl:template>

  <xsl:template match="tei:cell" mode="print">
    <xsl:element name="{if (@role = 'label' or parent::tei:row/@role = 'label') then 'th' else 'td'}">
      <xsl:apply-templates mode="print"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:figure" mode="print">
    <figure class="figure">
      <xsl:for-each select="tei:head[1]"><figcaption><xsl:apply-templates mode="print"/></figcaption></xsl:for-each>
      <xsl:apply-templates select="tei:p | tei:figDesc" mode="print"/>
    </figure>
  </xsl:template>

  <xsl:template match="tei:figDesc" mode="print">
    <p class="figdesc"><xsl:apply-templates mode="print"/></p>
  </xsl:template>

  <xsl:template match="tei:floatingText" mode="print">
    <div class="floating-text"><xsl:apply-templates select="tei:body/node()" mode="print"/></div>
  </xsl:template>

  <!-- ===== Inline ===== -->

  <xsl:template match="tei:lb" mode="print"><br/></xsl:template>

  <xsl:template match="tei:pb" mode="print">
    <xsl:if test="@n"><span class="pb">[p. {@n}]</span></xsl:if>
  </xsl:template>

  <xsl:template match="tei:milestone | tei:anchor | tei:cb | tei:fw" mode="print"/>

  <xsl:template match="tei:gap" mode="print">
    <span class="gap">[…]</span>
  </xsl:template>

  <xsl:template match="tei:hi" mode="print">
    <span class="hi{tokenize(@rend) ! (' hi-' || ed:slug(.))}"><xsl:apply-templates mode="print"/></span>
  </xsl:template>

  <xsl:template match="tei:emph" mode="print">
    <em><xsl:apply-templates mode="print"/></em>
  </xsl:template>

  <xsl:template match="tei:foreign | tei:term | tei:gloss | tei:mentioned | tei:soCalled | tei:distinct | tei:seg | tei:s
                       | tei:w | tei:c | tei:pc | tei:num | tei:measure | tei:q | tei:said | tei:quote | tei:cit | tei:span
                       | tei:roleName | tei:forename | tei:surname | tei:addName | tei:genName | tei:nameLink
                       | tei:settlement | tei:country | tei:region | tei:district | tei:bloc
                       | tei:biblScope | tei:publisher | tei:pubPlace | tei:author | tei:editor | tei:idno | tei:funder
                       | tei:sponsor | tei:textLang | tei:language | tei:collection | tei:institution | tei:msName
                       | tei:occupation | tei:affiliation | tei:desc | tei:addrLine | tei:email | tei:docAuthor
                       | tei:damage | tei:geo | tei:resp | tei:respStmt | tei:add" mode="print">
    <span class="{local-name()}">
      <xsl:call-template name="print:lang"/>
      <xsl:apply-templates mode="print"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:title" mode="print">
    <cite class="title title-{(@level, 'm')[1]}"><xsl:call-template name="print:lang"/><xsl:apply-templates mode="print"/></cite>
  </xsl:template>

  <xsl:template match="tei:bibl" mode="print">
    <span class="bibl bibl-{(@type, 'plain')[1]}">
      <xsl:if test="@type = 'archival'"><xsl:attribute name="id" select="print:anchor(.)"/></xsl:if>
      <xsl:apply-templates mode="print"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:del" mode="print">
    <del class="del"><xsl:apply-templates mode="print"/></del>
  </xsl:template>

  <xsl:template match="tei:unclear" mode="print">
    <span class="unclear"><xsl:apply-templates mode="print"/>?</span>
  </xsl:template>

  <xsl:template match="tei:supplied" mode="print">
    <span class="supplied">[<xsl:apply-templates mode="print"/>]</span>
  </xsl:template>

  <xsl:template match="tei:date | tei:time" mode="print">
    <span class="{local-name()}"><xsl:apply-templates mode="print"/></span>
  </xsl:template>

  <!-- Links of the source are printed as their text (a pointer as its address). -->
  <xsl:template match="tei:ref | tei:ptr" mode="print">
    <span class="ref">
      <xsl:apply-templates mode="print"/>
      <xsl:if test="self::tei:ptr">{@target}</xsl:if>
    </span>
  </xsl:template>

  <!-- ===== Everything else is reported ===== -->

  <xsl:template match="*" mode="print" priority="-10">
    <xsl:message>[W-XSLT-UNHANDLED] unhandled element {name()} in mode print ({ed:where(.)})</xsl:message>
    <xsl:apply-templates mode="print"/>
  </xsl:template>

  <!-- xml:lang of the source as lang in HTML (hyphenation follows it). -->
  <xsl:template name="print:lang">
    <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
  </xsl:template>
</xsl:stylesheet>
