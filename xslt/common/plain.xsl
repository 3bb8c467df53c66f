<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode ed:plain: the edited reading as plain text, for titles, contexts, tooltips and the
  lemmas of textual notes.  Notes are left out; of each alternative the edited side is kept
  (lem, corr, reg), abbreviations stay as written, supplied text is bracketed, gaps are "[…]".
  ed:plain($node) gives it as one normalised string.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:mode name="ed:plain" on-no-match="text-only-copy" warning-on-no-match="no"/>

  <xsl:function name="ed:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="ed:plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($text))"/>
  </xsl:function>

  <!-- Left out: notes, the other side of alternatives, the source side of readings. -->
  <xsl:template match="tei:note | tei:rdg | tei:rdgGrp | tei:sic | tei:orig | tei:expan | tei:witDetail
                       | tei:pb | tei:fw | tei:figure | tei:del[@rend = 'invisible']" mode="ed:plain"/>

  <xsl:template match="tei:choice[tei:abbr]/tei:expan | tei:choice[tei:sic]/tei:sic" mode="ed:plain" priority="2"/>

  <xsl:template match="tei:supplied" mode="ed:plain">[<xsl:apply-templates mode="ed:plain"/>]</xsl:template>
  <xsl:template match="tei:gap" mode="ed:plain">[…]</xsl:template>
  <xsl:template match="tei:lb | tei:cb" mode="ed:plain"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="tei:p | tei:item | tei:head | tei:l | tei:ab | tei:speaker | tei:dateline | tei:closer
                       | tei:opener | tei:signed | tei:salute | tei:label | tei:cell | tei:row | tei:quote[@rend = ('block', 'blockquote')]"
                mode="ed:plain">
    <xsl:text> </xsl:text>
    <xsl:apply-templates mode="ed:plain"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- Elements whose text is simply part of the reading. -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:geogName | tei:name | tei:rs | tei:forename
                       | tei:surname | tei:roleName | tei:addName | tei:genName | tei:nameLink | tei:settlement
                       | tei:country | tei:region | tei:district | tei:bloc | tei:date | tei:time | tei:choice | tei:abbr
                       | tei:corr | tei:reg | tei:app | tei:lem | tei:hi | tei:emph | tei:foreign | tei:term | tei:gloss
                       | tei:title | tei:bibl | tei:biblScope | tei:publisher | tei:pubPlace | tei:author | tei:editor
                       | tei:idno | tei:repository | tei:collection | tei:institution | tei:ref | tei:ptr | tei:seg
                       | tei:q | tei:quote | tei:said | tei:mentioned | tei:soCalled | tei:distinct | tei:cit | tei:num
                       | tei:measure | tei:add | tei:del | tei:unclear | tei:damage | tei:s | tei:w | tei:c | tei:pc
                       | tei:anchor | tei:span | tei:list | tei:table | tei:lg | tei:sp | tei:div | tei:body | tei:back
                       | tei:front | tei:text | tei:TEI | tei:witness | tei:listWit | tei:desc | tei:occupation
                       | tei:affiliation | tei:msName | tei:altIdentifier | tei:msIdentifier | tei:docDate | tei:byline
                       | tei:docAuthor | tei:trailer | tei:postscript | tei:epigraph | tei:argument | tei:floatingText
                       | tei:abstract | tei:textLang | tei:language | tei:resp | tei:respStmt | tei:funder | tei:sponsor
                       | tei:orgName/tei:orgName | tei:email | tei:address | tei:addrLine | tei:street | tei:postCode
                       | tei:birth | tei:death | tei:floruit | tei:residence | tei:nationality | tei:location | tei:geo"
                mode="ed:plain">
    <xsl:apply-templates mode="ed:plain"/>
  </xsl:template>

  <xsl:template match="*" mode="ed:plain" priority="-10">
    <xsl:message>[W-XSLT-UNHANDLED] unhandled element {name()} in mode ed:plain ({ed:where(.)})</xsl:message>
    <xsl:apply-templates mode="ed:plain"/>
  </xsl:template>
</xsl:stylesheet>
