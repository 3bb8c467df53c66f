<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition as a whole: the order of its documents, their titles, and where entries are
  mentioned (with a short context), so that every edition lists and numbers them alike.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- Documents in edition order: by date (undated last), then title, then file name. -->
  <xsl:function name="ed:edition-order" as="document-node()*">
    <xsl:param name="documents" as="document-node()*"/>
    <xsl:sequence select="sort($documents, (), function ($doc) {
        ed:date-key(ed:document-date($doc/tei:TEI)), ed:natural-key(ed:title($doc/tei:TEI)), ed:stem($doc) })"/>
  </xsl:function>

  <!-- The document's title as plain text (main title, else the first title, else the text's head). -->
  <xsl:function name="ed:title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="titles" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="(($titles[@type = 'main'], $titles, $tei/tei:text/tei:body/tei:head) ! ed:plain(.))[.][1]
                          => string()"/>
  </xsl:function>

  <!-- The head that carries the title in the text (rendered as the page's or chapter's title). -->
  <xsl:function name="ed:title-head" as="element(tei:head)?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/tei:text/tei:body/tei:head[@type = 'title' or not(@type)][1]
                          [empty(preceding-sibling::tei:div)]"/>
  </xsl:function>

  <!-- The elements that refer to register entries (outside standOff): persName, placeName, orgName, rs …
       (in the edited reading: not those in other witnesses' readings or the source side of corrections;
       not the credits of the publication the document is printed in). -->
  <xsl:function name="ed:references" as="element()*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/(tei:teiHeader | tei:text)//*[@ref][ed:register-of(.)]
                          [not(ancestor::tei:rdg or ancestor::tei:sic or ancestor::tei:orig)][not(ed:is-credit(.))]"/>
  </xsl:function>

  <!-- Whether a name is a credit of a publication in the header (the editors of the FRUS volume a
       document is printed in): who made the book, not someone the document mentions. -->
  <xsl:function name="ed:is-credit" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/ancestor::tei:editor[ancestor::tei:teiHeader])"/>
  </xsl:function>

  <!-- The register entries of a kind ('persons', 'places', 'organisations') the documents refer to
       other than in credits, each once (by xml:id; the first copy wins), sorted by sort name. -->
  <xsl:function name="ed:register-entries" as="element()*">
    <xsl:param name="documents" as="document-node()*"/>
    <xsl:param name="register" as="xs:string"/>
    <xsl:variable name="entries" as="element()*">
      <xsl:for-each-group select="$documents/tei:TEI/tei:standOff//*[@xml:id][ed:register-of(.) = $register]
                                  [self::tei:person or self::tei:personGrp or self::tei:place or self::tei:org]"
                          group-by="string(@xml:id)">
        <xsl:variable name="id" select="current-grouping-key()"/>
        <xsl:if test="exists($documents ! key('ed:references', $id, .)[ancestor::tei:teiHeader or ancestor::tei:text][not(ed:is-credit(.))])">
          <xsl:sequence select="current-group()[1]"/>
        </xsl:if>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:sequence select="sort($entries, (), function ($entry) { ed:natural-key(ed:sort-name($entry)), string($entry/@xml:id) })"/>
  </xsl:function>

  <!-- The mentions of the entry with this id in one document, in text order. -->
  <xsl:function name="ed:mentions" as="element()*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="key('ed:references', $id, root($tei))[ancestor::tei:teiHeader or ancestor::tei:text]
                          [ed:register-of(.)][not(ancestor::tei:rdg or ancestor::tei:sic or ancestor::tei:orig)][not(ed:is-credit(.))]"/>
  </xsl:function>

  <xsl:key name="ed:references" match="*[@ref]" use="ed:ids(@ref)"/>

  <!-- The block a mention stands in, for its context. -->
  <xsl:function name="ed:context-block" as="element()">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="($element/ancestor::*[self::tei:p or self::tei:item or self::tei:head or self::tei:note
        or self::tei:dateline or self::tei:speaker or self::tei:closer or self::tei:l or self::tei:cell or self::tei:ab
        or self::tei:label or self::tei:bibl[@type = 'citation'] or self::tei:respStmt or self::tei:msIdentifier
        or self::tei:titleStmt or self::tei:abstract][1], $element/..)[1]"/>
  </xsl:function>

  <!-- A short context of a mention: map {'before': …, 'text': …, 'after': …}, about $width characters
       a side; 'before' and 'after' keep the space that separates them from the mention. -->
  <xsl:function name="ed:context" as="map(xs:string, xs:string)">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="block" select="ed:context-block($element)"/>
    <xsl:variable name="visible" select="$block//text()[ed:visible-in($block, .)]"/>
    <xsl:variable name="before" select="replace(replace(string-join($visible[. &lt;&lt; $element]), '\s+', ' '), '^ ', '')"/>
    <xsl:variable name="after" select="replace(replace(string-join($visible[. >> $element][not(ancestor::* intersect $element)]), '\s+', ' '), ' $', '')"/>
    <xsl:sequence select="map {
      'before': if (string-length($before) le $width) then $before
                else '… ' || replace(substring($before, string-length($before) - $width), '^\S*\s', ''),
      'text': ed:plain($element),
      'after': if (string-length($after) le $width) then $after
               else replace(substring($after, 1, $width), '\s\S*$', '') || ' …'
    }"/>
  </xsl:function>

  <!-- Whether a text node shows in the edited reading of $block (not in a note or on the source side). -->
  <xsl:function name="ed:visible-in" as="xs:boolean">
    <xsl:param name="block" as="element()"/>
    <xsl:param name="text" as="text()"/>
    <xsl:sequence select="empty(($text/ancestor::* except $block/ancestor-or-self::*)
        [self::tei:note or self::tei:rdg or self::tei:rdgGrp or self::tei:sic or self::tei:orig or self::tei:expan
         or self::tei:witDetail or self::tei:fw])"/>
  </xsl:function>

  <!-- Every dated date in a document's text and notes (for chronologies), in text order; dates of
       publications in bibliographic references are not events. -->
  <xsl:function name="ed:dated-events" as="element()*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/tei:text//tei:date[ed:is-dated(.)]
                          [not(ancestor::tei:bibl[not(@type = 'archival')] or ancestor::tei:biblStruct)]
                          [not(ancestor::tei:rdg or ancestor::tei:sic or ancestor::tei:orig)]"/>
  </xsl:function>
</xsl:stylesheet>
