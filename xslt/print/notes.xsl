<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode print, notes: the notes of the sources and of the editors as numbered footnotes where
  their calls stand (labels from common/notes.xsl).  A note the source gave no call is printed
  with the reading it comments on, as a footnote after the element it targets, or after the
  document's text.  Calls inside a footnote (a note in a note, a reading corrected in a note)
  are printed as plain marks, and their footnotes follow the footnote they stand in.  Calls
  that would run together ("34") are separated later (book.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:print="urn:tei-toolkit:print"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- A note in the app is part of its textual note; an end note is printed where it belongs. -->
  <xsl:template match="tei:app/tei:note | tei:note[print:is-end-note(.)]" mode="print" priority="3"/>

  <xsl:template match="tei:note" mode="print">
    <xsl:call-template name="print:footnote"/>
  </xsl:template>

  <!-- A numbered footnote: its label, its kind when the document mixes kinds, its text; then the
       footnotes called inside it.  Inside a footnote, only the call. -->
  <xsl:template name="print:footnote">
    <xsl:param name="in-note" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="inner" as="xs:boolean" select="false()"/>
    <xsl:choose>
      <xsl:when test="$in-note and not($inner)"><sup class="call">{ed:note-label(.)}</sup></xsl:when>
      <xsl:otherwise>
        <span class="fn fn-note note-{(@type, 'plain')[1]}{' fn-inner'[$inner]}" data-label="{ed:note-label(.)}" id="{print:anchor(.)}">
          <xsl:call-template name="print:lang"/>
          <xsl:call-template name="print:note-kind"/>
          <xsl:apply-templates mode="print"><xsl:with-param name="in-note" select="true()" tunnel="yes"/></xsl:apply-templates>
        </span>
        <xsl:if test="not($inner)">
          <xsl:apply-templates select="print:calls-inside(.)" mode="print-inner"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The footnotes called inside a footnote, after it (with no call of their own in the text). -->
  <xsl:mode name="print-inner" on-no-match="fail"/>

  <xsl:template match="tei:note[not(ed:is-textual-note(.))]" mode="print-inner">
    <xsl:call-template name="print:footnote"><xsl:with-param name="inner" select="true()"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="*[ed:is-textual-site(.)]" mode="print-inner" priority="2">
    <xsl:call-template name="print:textual-footnote"><xsl:with-param name="inner" select="true()"/></xsl:call-template>
  </xsl:template>

  <!-- What is called inside the text of a footnote made from $source (a note, or a textual site
       with its notes): notes, textual sites and end notes placed after elements there. -->
  <xsl:function name="print:calls-inside" as="element()*">
    <xsl:param name="source" as="element()"/>
    <xsl:variable name="roots" select="if ($source/self::tei:note) then $source
                                       else ($source/tei:note, print:folded-notes($source))"/>
    <xsl:sequence select="($roots//tei:note[not(parent::tei:app)][not(print:is-end-note(.))]
                           | $roots//*[ed:is-textual-site(.)]
                           | $roots//*[@xml:id] ! print:notes-after(.))"/>
  </xsl:function>

  <!-- The kind of a note ("Translator's note:") when the numbered notes printed in the document are
       of more than one kind (end notes printed with a textual note do not count), unless the note
       begins by saying it ("Source: …" is not printed "Source note: Source: …"). -->
  <xsl:template name="print:note-kind">
    <xsl:variable name="numbered" select="ed:notes(ancestor::tei:TEI[1])
                                          [not(print:is-end-note(.) and print:end-note-place(.) eq 'textual')]"/>
    <xsl:variable name="kinds" select="distinct-values($numbered/string(@type))"/>
    <xsl:variable name="kind-word" select="tokenize(ed:note-kind(.))[1]"/>
    <xsl:if test="count($kinds) gt 1 and @type
                  and not(starts-with(lower-case(ed:plain(node())), lower-case($kind-word) || ':'))">
      <span class="note-kind">{ed:note-kind(.)}: </span>
    </xsl:if>
  </xsl:template>

  <!-- Inline elements that an end note comments on: the footnote is called after them. -->
  <xsl:template match="*[@xml:id][not(self::tei:p or self::tei:ab or self::tei:head or self::tei:dateline or self::tei:salute
                        or self::tei:signed or self::tei:byline or self::tei:docDate or self::tei:trailer)]
                        [exists(print:notes-after(.))]" mode="print" priority="5">
    <xsl:next-match/>
    <xsl:call-template name="print:notes-after"/>
  </xsl:template>

  <!-- The footnotes of end notes that comment on the current element. -->
  <xsl:template name="print:notes-after">
    <xsl:for-each select="self::*[@xml:id] ! print:notes-after(.)">
      <xsl:call-template name="print:footnote"/>
    </xsl:for-each>
  </xsl:template>

  <!-- End notes that comment on nothing in the text: after the document's text. -->
  <xsl:template name="print:end-notes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="notes" select="$tei/tei:text//tei:note[print:is-end-note(.)][print:end-note-place(.) eq 'end']"/>
    <xsl:if test="$notes">
      <section class="end-notes">
        <h2 class="end-notes-head">{ed:label('end-notes')}</h2>
        <xsl:for-each select="$notes">
          <p class="end-note" id="{print:anchor(.)}">
            <span class="end-note-label">{ed:note-label(.)}</span>
            <xsl:text> </xsl:text>
            <xsl:call-template name="print:note-kind"/>
            <xsl:apply-templates mode="print"><xsl:with-param name="in-note" select="true()" tunnel="yes"/></xsl:apply-templates>
          </p>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
