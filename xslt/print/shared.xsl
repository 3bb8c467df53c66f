<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the print edition decides whatever it is typeset with (HTML for WeasyPrint, LaTeX):
  document numbers and anchors, where notes without a call go, the running title, the editorial
  principles gathered from the documents, and the entries of the indexes and of the list of
  archival sources with the pages they cite (each page once).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:print="urn:tei-toolkit:print"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- The documents in edition order (common/documents.xsl), computed once. -->
  <xsl:variable name="print:ordered" as="document-node()*" select="ed:edition-order($documents)"/>

  <xsl:variable name="print:numbers" as="map(xs:string, xs:integer)"
                select="map:merge(for $i in 1 to count($print:ordered) return map {generate-id($print:ordered[$i]): $i})"/>

  <!-- The page of each anchor in the first rendering (empty on the first pass). -->
  <xsl:variable name="print:pages" as="map(xs:string, xs:integer)"
                select="map:merge(for $pair in $anchor-pages
                                  return map {substring-before($pair, ' '): xs:integer(substring-after($pair, ' '))},
                                  map {'duplicates': 'use-first'})"/>

  <!-- A document's number in edition order. -->
  <xsl:function name="print:number" as="xs:integer">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="if ($layout eq 'document' and $number gt 0) then $number
                          else ($print:numbers(generate-id(root($node))), 0)[1]"/>
  </xsl:function>

  <!-- The anchor of an element, unique in the whole book: "d2-persName-3". -->
  <xsl:function name="print:anchor" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="'d' || print:number($element) || '-' || ed:anchor-id($element)"/>
  </xsl:function>

  <!-- The anchor of a document's heading (the table of contents points to it). -->
  <xsl:function name="print:document-anchor" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="'document-' || print:number($tei)"/>
  </xsl:function>

  <!-- The title in running heads: the document's title, shortened at a word to about 60 characters. -->
  <xsl:function name="print:running-title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="title" select="ed:title($tei)"/>
    <xsl:sequence select="if (string-length($title) le 64) then $title
                          else replace(substring($title, 1, 60), '[\s,;:.(]+\S*$', '') || ' …'"/>
  </xsl:function>

  <!-- ===== Notes without a call in the text (end notes of the converter) ===== -->

  <!-- A note kept at the end because the source gave it no call (place="end", outside the body). -->
  <xsl:function name="print:is-end-note" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="$note/@place = 'end' and empty($note/ancestor::tei:body) and empty($note/ancestor::tei:note)
                          and exists($note/ancestor::tei:text)"/>
  </xsl:function>

  <xsl:key name="print:end-notes" match="tei:note[@place = 'end'][@target][not(ancestor::tei:body)]" use="ed:ids(@target)"/>

  <!-- The elements in the text an end note comments on (its @target), outside the end notes. -->
  <xsl:function name="print:note-targets" as="element()*">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="ed:entries($note, $note/@target)[ancestor::tei:text][not(ancestor-or-self::tei:note[print:is-end-note(.)])]"/>
  </xsl:function>

  <!-- Where an end note is printed: 'textual' (with the textual note of the reading it comments
       on), 'after' (a footnote called after the element it comments on) or 'end' (after the
       document's text). -->
  <xsl:function name="print:end-note-place" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="targets" select="print:note-targets($note)"/>
    <xsl:sequence select="if (some $t in $targets satisfies ed:is-textual-site($t)) then 'textual'
                          else if (exists($targets)) then 'after' else 'end'"/>
  </xsl:function>

  <!-- The end notes that are part of a reading's textual note. -->
  <xsl:function name="print:folded-notes" as="element(tei:note)*">
    <xsl:param name="site" as="element()"/>
    <xsl:sequence select="$site/@xml:id ! key('print:end-notes', string(.), root($site))
                          [print:is-end-note(.)][print:end-note-place(.) eq 'textual']"/>
  </xsl:function>

  <!-- The end notes whose footnote is called after this element (the first element each targets). -->
  <xsl:function name="print:notes-after" as="element(tei:note)*">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="$element/@xml:id ! key('print:end-notes', string(.), root($element))
                          [print:is-end-note(.)][print:end-note-place(.) eq 'after'][print:note-targets(.)[1] is $element]"/>
  </xsl:function>

  <!-- The numbered notes a textual note refers to ("see note 3"): those not printed inside it. -->
  <xsl:function name="print:notes-on" as="element(tei:note)*">
    <xsl:param name="site" as="element()"/>
    <xsl:sequence select="ed:notes-on($site) except print:folded-notes($site)"/>
  </xsl:function>

  <!-- ===== Editorial principles, gathered from the documents' editorialDecl ===== -->

  <!-- One map per kind of principle (normalization, correction …) in the order they first come:
         'key'        the element's name
         'shared'     the paragraphs every document that states this kind has (one copy each)
         'particular' maps {'numbers': document numbers, 'p': paragraph} for the others -->
  <xsl:function name="print:principles" as="map(*)*">
    <xsl:param name="documents" as="document-node()*"/>
    <xsl:variable name="sections" select="$documents ! tei:TEI/tei:teiHeader/tei:encodingDesc/tei:editorialDecl/*"/>
    <xsl:for-each-group select="$sections" group-by="local-name()">
      <xsl:variable name="holders" select="count(current-group())"/>
      <xsl:variable name="paragraphs" as="map(*)*">
        <xsl:for-each-group select="current-group() ! tei:p" group-by="ed:plain(.)">
          <xsl:sequence select="map {'p': current-group()[1], 'count': count(current-group()),
                                     'numbers': sort(distinct-values(current-group() ! print:number(.)))}"/>
        </xsl:for-each-group>
      </xsl:variable>
      <xsl:sequence select="map {'key': current-grouping-key(),
                                 'shared': $paragraphs[?count eq $holders]?p,
                                 'particular': sort($paragraphs[?count ne $holders], (), function ($p) { $p?numbers[1] })}"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- ===== Indexes and the list of sources: the pages of anchors, each page once ===== -->

  <!-- The register entries of a kind that the documents mention, with their mentions in edition order. -->
  <xsl:function name="print:index-entries" as="map(*)*">
    <xsl:param name="register" as="xs:string"/>
    <xsl:for-each select="ed:register-entries($print:ordered, $register)">
      <xsl:variable name="id" select="string(@xml:id)"/>
      <xsl:variable name="mentions" select="$print:ordered ! ed:mentions(tei:TEI, $id)"/>
      <xsl:if test="exists($mentions)">
        <xsl:sequence select="map {'entry': ., 'mentions': $mentions}"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

  <!-- The pages the elements fell on, each once, in page order: maps {'anchor': the first anchor on
       that page, 'page': its page, 'note': true when every one on that page is in a footnote}.
       Elements that were not printed have no page and are left out. -->
  <xsl:function name="print:page-refs" as="map(*)*">
    <xsl:param name="elements" as="element()*"/>
    <xsl:variable name="placed" as="map(*)*" select="for $e in $elements return
        let $anchor := print:anchor($e) return
        if (map:contains($print:pages, $anchor))
        then map {'anchor': $anchor, 'page': $print:pages($anchor), 'note': exists($e/ancestor::tei:note)}
        else ()"/>
    <xsl:for-each-group select="$placed" group-by="?page">
      <xsl:sort select="current-grouping-key()"/>
      <xsl:sequence select="map {'anchor': current-group()[1]?anchor, 'page': current-grouping-key(),
                                 'note': every $m in current-group() satisfies $m?note}"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The archival signatures the documents cite, by repository: maps {'repository': its first
       element, 'name': full name, 'short': short name, 'signatures': maps {'text': the signature
       without the repository, 'sites': the citing elements}}, sorted by name and signature. -->
  <xsl:function name="print:sources-cited" as="map(*)*">
    <xsl:variable name="records" as="map(*)*" select="$print:ordered ! ed:signature-sites(tei:TEI) ! ed:signature(.)"/>
    <xsl:for-each-group select="$records" group-by="?key">
      <xsl:sort select="ed:natural-key(ed:repository-full-name(current-group()[1]?repository))"/>
      <xsl:variable name="repository" select="current-group()[1]?repository"/>
      <xsl:variable name="signatures" as="map(*)*">
        <xsl:for-each-group select="current-group()" group-by="print:signature-parts(.)">
          <xsl:sort select="ed:natural-key(current-grouping-key())"/>
          <xsl:sequence select="map {'text': current-grouping-key(), 'sites': current-group()?site}"/>
        </xsl:for-each-group>
      </xsl:variable>
      <xsl:sequence select="map {'repository': $repository, 'name': ed:repository-full-name($repository),
                                 'short': ed:repository-short-name($repository), 'signatures': $signatures}"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- A signature without its repository: "Malin Collection, fond 3, opis 12, delo 1005, listy 67-69". -->
  <xsl:function name="print:signature-parts" as="xs:string">
    <xsl:param name="signature" as="map(*)"/>
    <xsl:variable name="levels" select="array:flatten($signature?levels)"/>
    <xsl:sequence select="string-join(($signature?collection[not(. = $levels?value)], $levels ! ed:level-text(.)), ', ')"/>
  </xsl:function>

  <!-- A signature in full: "Tsentr Khraneniya … (TsKhSD), Malin Collection, fond 3, …". -->
  <xsl:function name="print:signature-line" as="xs:string">
    <xsl:param name="site" as="element()"/>
    <xsl:variable name="signature" select="ed:signature($site)"/>
    <xsl:variable name="repository" select="$signature?repository"/>
    <xsl:variable name="full" select="$repository ! ed:repository-full-name(.)"/>
    <xsl:variable name="short" select="$repository ! ed:repository-short-name(.)"/>
    <xsl:sequence select="string-join(($full ! (. || (' (' || $short || ')')[$short ne $full]),
                                       print:signature-parts($signature)[.]), ', ')"/>
  </xsl:function>
</xsl:stylesheet>
