<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which notes a document has, in which order, and what they are called.  Two series per
  document: the notes of the source and its editors (numbered as in the source), and the
  textual notes on readings, corrections and regularisations (lettered a, b, c … in text order).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- Whether a note belongs to the textual series rather than to the numbered notes. -->
  <xsl:function name="ed:is-textual-note" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="$note/@type = 'textual' or exists($note/parent::tei:app)"/>
  </xsl:function>

  <!-- The numbered notes of a document's text (body, back, notes inside notes excluded), in
       number order: numbered notes by their number (stable: unnumbered ones keep text order). -->
  <xsl:function name="ed:notes" as="element(tei:note)*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="notes" select="$tei/tei:text//tei:note[not(ancestor::tei:note)][not(ed:is-textual-note(.))]
                                       [not(ed:is-note-on-reading(.))]"/>
    <xsl:sequence select="sort($notes, (), function ($note) {
        if ($note/@n castable as xs:integer) then xs:integer($note/@n) else 1000000 })"/>
  </xsl:function>

  <!-- An editor's end note (no call in the text) that justifies a reading it points at with
       @target: it belongs to that reading's textual note, not to the numbered series. -->
  <xsl:function name="ed:is-note-on-reading" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="$note/@place = 'end' and exists($note/@target)
        and (some $target in ed:entries($note, $note/@target) satisfies ed:is-textual-site($target))"/>
  </xsl:function>

  <!-- The editor's end notes that justify a textual site (see ed:is-note-on-reading). -->
  <xsl:function name="ed:notes-on-reading" as="element(tei:note)*">
    <xsl:param name="site" as="element()"/>
    <xsl:variable name="id" select="string($site/@xml:id)"/>
    <xsl:sequence select="if ($id) then $site/ancestor::tei:TEI[1]/tei:text//tei:note[@place = 'end'][@target]
        [('#' || $id) = tokenize(@target)] else ()"/>
  </xsl:function>

  <!-- The mark of a note: its number (@n), "*" for an unnumbered source note, else its place in the series. -->
  <xsl:function name="ed:note-label" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="
      if (normalize-space($note/@n)) then normalize-space($note/@n)
      else if ($note/@type = 'source') then ed:label('note.source.mark')
      else string(count(ed:notes($note/ancestor::tei:TEI[1])[. &lt;&lt; $note]) + 1)"/>
  </xsl:function>

  <!-- What kind of note it is, in words ("Translator's note"); empty for untyped notes. -->
  <xsl:function name="ed:note-kind" as="xs:string?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="$note/@type ! ed:label('note.' || ., string(.))"/>
  </xsl:function>

  <!-- The places of the text that get a textual note: variant readings, corrections,
       regularisations and textual notes of their own, in text order (nested ones excluded). -->
  <xsl:function name="ed:textual-sites" as="element()*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="key('ed:textual-candidates', 'site', root($tei))[ed:is-textual-site(.)]
                          [ancestor::tei:TEI[1] is $tei]"/>
  </xsl:function>

  <xsl:key name="ed:textual-candidates" match="tei:app | tei:choice[tei:sic or tei:orig] | tei:note[@type = 'textual']"
           use="'site'"/>

  <xsl:function name="ed:is-textual-site" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element[self::tei:app or self::tei:choice[tei:sic or tei:orig]
                                          or self::tei:note[@type = 'textual'][not(parent::tei:app)]]
                                         [ancestor::tei:text]
                                         [not(ancestor::tei:app | ancestor::tei:choice[tei:sic or tei:orig])])"/>
  </xsl:function>

  <!-- The letter of a textual note: a, b, … z, aa, ab … -->
  <xsl:function name="ed:textual-label" as="xs:string">
    <xsl:param name="site" as="element()"/>
    <xsl:variable name="before" select="key('ed:textual-candidates', 'site', root($site))[. &lt;&lt; $site][ed:is-textual-site(.)]"/>
    <xsl:sequence select="ed:letters(count($before) + 1)"/>
  </xsl:function>

  <xsl:function name="ed:letters" as="xs:string">
    <xsl:param name="number" as="xs:integer"/>
    <xsl:sequence select="if ($number le 26) then codepoints-to-string(96 + $number)
                          else ed:letters(($number - 1) idiv 26) || ed:letters(($number - 1) mod 26 + 1)"/>
  </xsl:function>

  <!-- Where in a document an element stands, in words, when not in the text itself:
       "note 3", "source note", "document description"; () in the text. -->
  <xsl:function name="ed:place-label" as="xs:string?">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="note" select="$element/ancestor::tei:note[last()]"/>
    <xsl:sequence select="
      if ($note/@type = 'source') then ed:label('note.source.where')
      else if ($note) then 'note ' || ed:note-label($note)
      else if ($element/ancestor::tei:teiHeader) then ed:label('in-header')
      else ()"/>
  </xsl:function>

  <!-- The numbered notes that comment on a textual site: inside it, or pointing at it with @target. -->
  <xsl:function name="ed:notes-on" as="element(tei:note)*">
    <xsl:param name="site" as="element()"/>
    <xsl:variable name="id" select="string($site/@xml:id)"/>
    <xsl:sequence select="$site/ancestor::tei:TEI[1]/tei:text//tei:note[not(ed:is-textual-note(.))]
        [not(ed:is-note-on-reading(.))]
        [exists(ancestor::* intersect $site) or ($id and ('#' || $id) = tokenize(@target))]"/>
  </xsl:function>
</xsl:stylesheet>
