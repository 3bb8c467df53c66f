<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode web: TEI text (body, notes, header values) as HTML: divisions, blocks and inline
  elements here; names in names.xsl, readings in readings.xsl, note calls in notes.xsl.  Source
  text is only ever output as text nodes and attribute values, which the serialiser escapes.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:web="urn:tei-toolkit:web"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:mode name="web" on-no-match="text-only-copy" warning-on-no-match="no"/>

  <!-- ===== Divisions and blocks ===== -->

  <xsl:template match="tei:text | tei:body | tei:front | tei:back | tei:abstract" mode="web">
    <xsl:apply-templates mode="web"/>
  </xsl:template>

  <!-- The title head is the page's h1; end notes are listed with the other notes. -->
  <xsl:template match="tei:body/tei:head[. is ed:title-head(ancestor::tei:TEI)] | tei:back/tei:div[@type = 'notes'][not(* except tei:note)]" mode="web" priority="2"/>

  <xsl:template match="tei:div" mode="web">
    <section class="div div-{(@type, 'plain')[1]}" id="{ed:anchor-id(.)}">
      <xsl:call-template name="web:lang"/>
      <xsl:apply-templates mode="web"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:div/tei:head | tei:body/tei:head | tei:back/tei:head" mode="web">
    <xsl:element name="h{min((max((count(ancestor::tei:div) + 1, 2)), 6))}">
      <xsl:attribute name="class">head</xsl:attribute>
      <xsl:apply-templates mode="web"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:head" mode="web">
    <p class="head"><xsl:apply-templates mode="web"/></p>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab" mode="web">
    <p class="{local-name()}"><xsl:call-template name="web:lang"/><xsl:apply-templates mode="web"/></p>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:salute | tei:signed | tei:byline | tei:docDate | tei:trailer" mode="web">
    <p class="{local-name()}"><xsl:apply-templates mode="web"/></p>
  </xsl:template>

  <xsl:template match="tei:opener | tei:closer | tei:postscript | tei:argument | tei:epigraph" mode="web">
    <div class="{local-name()}"><xsl:apply-templates mode="web"/></div>
  </xsl:template>

  <!-- Speaker turns: the speaker opens the first paragraph of the speech. -->
  <xsl:template match="tei:sp" mode="web">
    <div class="sp"><xsl:apply-templates mode="web"/></div>
  </xsl:template>

  <xsl:template match="tei:sp/tei:speaker[following-sibling::*[1][self::tei:p]]" mode="web"/>

  <xsl:template match="tei:sp/tei:p[preceding-sibling::*[1][self::tei:speaker]]" mode="web">
    <p class="p speech">
      <span class="speaker"><xsl:apply-templates select="preceding-sibling::tei:speaker[1]/node()" mode="web"/></span>
      <xsl:text> </xsl:text>
      <xsl:apply-templates mode="web"/>
    </p>
  </xsl:template>

  <xsl:template match="tei:speaker" mode="web">
    <p class="speaker"><xsl:apply-templates mode="web"/></p>
  </xsl:template>

  <xsl:template match="tei:list" mode="web">
    <div class="list list-{(@type, 'plain')[1]}">
      <xsl:apply-templates select="tei:head" mode="web"/>
      <xsl:element name="{if (tei:label or @rend = ('numbered', 'ordered')) then 'ol' else 'ul'}">
        <!-- The source's own labels ("1.") are printed; the list adds no numbers of its own. -->
        <xsl:if test="tei:label"><xsl:attribute name="class" select="'labelled'"/></xsl:if>
        <xsl:apply-templates select="tei:item" mode="web"/>
      </xsl:element>
    </div>
  </xsl:template>

  <xsl:template match="tei:item" mode="web">
    <li>
      <xsl:variable name="label" select="preceding-sibling::*[1][self::tei:label]"/>
      <xsl:if test="$label"><span class="label"><xsl:apply-templates select="$label/node()" mode="web"/></span><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates mode="web"/>
    </li>
  </xsl:template>

  <xsl:template match="tei:label" mode="web">
    <span class="label"><xsl:apply-templates mode="web"/></span>
  </xsl:template>

  <xsl:template match="tei:quote[@rend = ('block', 'blockquote')] | tei:quote[tei:p | tei:lg]" mode="web">
    <blockquote class="quote"><xsl:apply-templates mode="web"/></blockquote>
  </xsl:template>

  <xsl:template match="tei:lg" mode="web">
    <div class="lg"><xsl:apply-templates mode="web"/></div>
  </xsl:template>

  <xsl:template match="tei:l" mode="web">
    <span class="l"><xsl:apply-templates mode="web"/></span>
  </xsl:template>

  <xsl:template match="tei:table" mode="web">
    <table class="table">
      <xsl:for-each select="tei:head[1]"><caption><xsl:apply-templates mode="web"/></caption></xsl:for-each>
      <tbody><xsl:apply-templates select="tei:row" mode="web"/></tbody>
    </table>
  </xsl:template>

  <xsl:template match="tei:row" mode="web">
    <tr><xsl:apply-templates mode="web"/></tr>
  </xsl:template>

  <xsl:template match="tei:cell" mode="web">
    <xsl:element name="{if (@role = 'label' or parent::tei:row/@role = 'label') then 'th' else 'td'}">
      <xsl:apply-templates mode="web"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:figure" mode="web">
    <figure class="figure">
      <xsl:for-each select="tei:head[1]"><figcaption><xsl:apply-templates mode="web"/></figcaption></xsl:for-each>
      <xsl:apply-templates select="tei:p | tei:figDesc" mode="web"/>
    </figure>
  </xsl:template>

  <xsl:template match="tei:figDesc" mode="web">
    <p class="figdesc"><xsl:apply-templates mode="web"/></p>
  </xsl:template>

  <xsl:template match="tei:floatingText" mode="web">
    <div class="floating-text"><xsl:apply-templates select="tei:body/node()" mode="web"/></div>
  </xsl:template>

  <!-- ===== Inline ===== -->

  <xsl:template match="tei:lb" mode="web"><br/></xsl:template>

  <xsl:template match="tei:pb" mode="web">
    <xsl:if test="@n"><span class="pb">[p. {@n}]</span></xsl:if>
  </xsl:template>

  <xsl:template match="tei:milestone | tei:anchor | tei:cb | tei:fw" mode="web">
    <xsl:if test="@xml:id"><span id="{ed:anchor-id(.)}"></span></xsl:if>
  </xsl:template>

  <xsl:template match="tei:gap" mode="web">
    <span class="gap" title="{ed:gap-reason(.)}"><span aria-hidden="true">[…]</span><span class="visually-hidden">[{ed:gap-reason(.)}]</span></span>
  </xsl:template>

  <xsl:template match="tei:hi" mode="web">
    <span class="hi{tokenize(@rend) ! (' hi-' || ed:slug(.))}"><xsl:apply-templates mode="web"/></span>
  </xsl:template>

  <xsl:template match="tei:emph" mode="web">
    <em><xsl:apply-templates mode="web"/></em>
  </xsl:template>

  <xsl:template match="tei:foreign | tei:term | tei:gloss | tei:mentioned | tei:soCalled | tei:distinct | tei:seg | tei:s
                       | tei:w | tei:c | tei:pc | tei:num | tei:measure | tei:q | tei:said | tei:quote | tei:cit | tei:span
                       | tei:roleName | tei:forename | tei:surname | tei:addName | tei:genName | tei:nameLink
                       | tei:settlement | tei:country | tei:region | tei:district | tei:bloc | tei:geogName[not(@ref)]
                       | tei:biblScope | tei:publisher | tei:pubPlace | tei:author | tei:editor | tei:idno | tei:funder
                       | tei:sponsor | tei:textLang | tei:language | tei:collection | tei:institution | tei:msName
                       | tei:occupation | tei:affiliation | tei:desc | tei:addrLine | tei:email | tei:docAuthor
                       | tei:damage | tei:geo" mode="web">
    <span class="{local-name()}{@type ! (' ' || local-name(..) || '-' || ed:slug(.))}">
      <xsl:call-template name="web:lang"/>
      <xsl:apply-templates mode="web"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:title" mode="web">
    <cite class="title title-{(@level, 'm')[1]}"><xsl:call-template name="web:lang"/><xsl:apply-templates mode="web"/></cite>
  </xsl:template>

  <xsl:template match="tei:bibl" mode="web">
    <span class="bibl bibl-{(@type, 'plain')[1]}" id="{ed:anchor-id(.)}"><xsl:apply-templates mode="web"/></span>
  </xsl:template>

  <xsl:template match="tei:add" mode="web">
    <ins class="add"><xsl:apply-templates mode="web"/></ins>
  </xsl:template>

  <xsl:template match="tei:del" mode="web">
    <del class="del"><xsl:apply-templates mode="web"/></del>
  </xsl:template>

  <xsl:template match="tei:unclear" mode="web">
    <span class="unclear" title="{ed:label('unclear')}"><xsl:apply-templates mode="web"/><span class="visually-hidden"> ({ed:label('unclear')})</span></span>
  </xsl:template>

  <xsl:template match="tei:supplied" mode="web">
    <span class="supplied" title="{ed:supplied-reason(.)}"><span class="bracket" aria-hidden="true">[</span><xsl:apply-templates mode="web"/><span class="bracket" aria-hidden="true">]</span><span class="visually-hidden"> ({ed:supplied-reason(.)})</span></span>
  </xsl:template>

  <xsl:template match="tei:date | tei:time" mode="web">
    <xsl:variable name="machine" select="ed:machine-date(.)"/>
    <xsl:choose>
      <xsl:when test="$machine">
        <time class="{local-name()}" datetime="{$machine}" id="{ed:anchor-id(.)}"><xsl:apply-templates mode="web"/></time>
      </xsl:when>
      <xsl:otherwise><span class="{local-name()}"><xsl:apply-templates mode="web"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Links the source gives: http(s) addresses and pointers inside the document; anything else stays text. -->
  <xsl:template match="tei:ref | tei:ptr" mode="web">
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="href" select="web:target-href(.)"/>
    <xsl:choose>
      <xsl:when test="$href and not($in-link)">
        <a class="ref" href="{$href}"><xsl:apply-templates mode="web"/><xsl:if test="self::tei:ptr">{@target}</xsl:if></a>
      </xsl:when>
      <xsl:otherwise><span class="ref"><xsl:apply-templates mode="web"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="web:target-href" as="xs:string?">
    <xsl:param name="ref" as="element()"/>
    <xsl:variable name="target" select="ed:entry($ref, $ref/@target)"/>
    <xsl:sequence select="if ($target) then '#' || ed:anchor-id($target) else ed:safe-url(tokenize($ref/@target)[1])"/>
  </xsl:function>

  <!-- ===== Header values ===== -->

  <xsl:template match="tei:msIdentifier" mode="web">
    <xsl:apply-templates select="." mode="web-signature"/>
  </xsl:template>

  <xsl:template match="tei:resp | tei:respStmt" mode="web">
    <xsl:apply-templates mode="web"/>
  </xsl:template>

  <!-- ===== Everything else is reported ===== -->

  <xsl:template match="*" mode="web" priority="-10">
    <xsl:message>[W-XSLT-UNHANDLED] unhandled element {name()} in mode web ({ed:where(.)})</xsl:message>
    <xsl:apply-templates mode="web"/>
  </xsl:template>

  <!-- xml:lang of the source as lang in HTML. -->
  <xsl:template name="web:lang">
    <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
  </xsl:template>
</xsl:stylesheet>
