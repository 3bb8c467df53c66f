<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode latex: names, readings and notes.
  - A person or place with a register entry is indexed where it stands (\edindex in numbered
    text, so the index can cite lines; \index elsewhere), under its index name.
  - A variant reading, correction or regularisation is \edtext with its textual note in the
    line-keyed critical apparatus (\Afootnote); inside a footnote, where reledmac numbers no
    lines, the textual note follows the reading in brackets.
  - A numbered note is a familiar footnote (\footnoteA) with the number of the source; end
    notes are printed as in the HTML book (with their reading, after their target, or after
    the text).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:print="urn:tei-toolkit:print"
    xmlns:latex="urn:tei-toolkit:latex"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- ===== Names ===== -->

  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:geogName | tei:name | tei:rs" mode="latex">
    <xsl:param name="numbered" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="in-note" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:apply-templates mode="latex"/>
    <xsl:variable name="register" select="ed:register-of(.)[. = ('persons', 'places')]"/>
    <xsl:variable name="entry" select="ed:entry(., @ref)"/>
    <xsl:if test="$register and $entry and not(ancestor::tei:rdg or ancestor::tei:sic or ancestor::tei:orig or ed:is-credit(.))">
      <xsl:text>{if ($numbered and not($in-note)) then '\edindex' else '\index'}[{$register}]{{{latex:index-entry($entry)}}}</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- "Khrushchev, Nikita@Khrushchev, Nikita (1894–1971)", "Malnasan, Aurel@Mălnășan, Aurel": sort
       key (without diacritics: makeindex sorts by code point), then what is printed. -->
  <xsl:function name="latex:index-entry" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="name" select="if ($entry/self::tei:person) then ed:index-name($entry) else ed:display-name($entry)"/>
    <xsl:variable name="printed" select="string-join(($name, $entry/self::tei:person ! ed:life-dates(.) ! ('(' || . || ')')), ' ')"/>
    <xsl:sequence select="latex:index-key(ed:base-letters($name)) || ('@' || latex:index-key($printed))[$printed ne ed:base-letters($name)]"/>
  </xsl:function>

  <!-- ===== Readings ===== -->

  <xsl:template match="tei:choice[tei:abbr]" mode="latex">
    <xsl:apply-templates select="tei:abbr/node()" mode="latex"/>
  </xsl:template>

  <xsl:template match="tei:choice[tei:sic] | tei:choice[tei:orig]" mode="latex">
    <xsl:call-template name="latex:reading">
      <xsl:with-param name="edited" select="(tei:corr, tei:reg)[1]/node()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:choice" mode="latex">
    <xsl:apply-templates select="*[1]/node()" mode="latex"/>
  </xsl:template>

  <xsl:template match="tei:app" mode="latex">
    <xsl:call-template name="latex:reading">
      <xsl:with-param name="edited" select="tei:lem/node()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:app/tei:note | tei:note[print:is-end-note(.)]" mode="latex" priority="3"/>

  <xsl:template match="tei:note[@type = 'textual'][not(parent::tei:app)]" mode="latex" priority="2">
    <xsl:call-template name="latex:reading">
      <xsl:with-param name="edited" select="()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The edited reading with its textual note: \edtext{reading}{\lemma{…}\Afootnote{note}} in
       numbered text, "reading [note]" elsewhere. -->
  <xsl:template name="latex:reading">
    <xsl:param name="edited" as="node()*"/>
    <xsl:param name="numbered" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="in-note" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="note" as="xs:string">
      <xsl:value-of><xsl:call-template name="latex:textual-note"/></xsl:value-of>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="not(ed:is-textual-site(.))"><xsl:apply-templates select="$edited" mode="latex"/></xsl:when>
      <xsl:when test="$numbered and not($in-note)">
        <xsl:text>\edtext{{</xsl:text>
        <xsl:apply-templates select="$edited" mode="latex"/>
        <xsl:text>}}{{\lemma{{{latex:escape(ed:plain($edited))}}}\Afootnote{{{$note}}}}}</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$edited" mode="latex"/>
        <xsl:text> [{$note}]</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The textual note: the wording (common/apparatus.xsl) without the lemma, which reledmac
       prints itself; the app's own notes and the end notes on it; "see note n". -->
  <xsl:template name="latex:textual-note">
    <xsl:choose>
      <xsl:when test="self::tei:note">
        <xsl:apply-templates mode="latex"><xsl:with-param name="in-note" select="true()" tunnel="yes"/></xsl:apply-templates>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="wording" as="node()*"><xsl:apply-templates select="." mode="ed:textual-note"/></xsl:variable>
        <!-- reledmac prints the lemma and its "]": the wording after them. -->
        <xsl:variable name="sep" select="(index-of($wording ! exists(self::ed:sep), true())[1], 0)[1]"/>
        <xsl:apply-templates select="subsequence($wording, $sep + 1)[not(position() eq 1 and self::text()[not(normalize-space())])]"
                             mode="latex-wording"/>
        <xsl:for-each select="tei:note, print:folded-notes(.)">
          <xsl:text>. </xsl:text>
          <xsl:apply-templates mode="latex"><xsl:with-param name="in-note" select="true()" tunnel="yes"/></xsl:apply-templates>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:variable name="see" select="print:notes-on(.)"/>
    <xsl:if test="exists($see)"> \emph{{({ed:label('see-note')} {string-join($see ! ed:note-label(.), ', ')})}}</xsl:if>
  </xsl:template>

  <xsl:mode name="latex-wording" on-no-match="shallow-skip" warning-on-no-match="no"/>
  <xsl:template match="ed:reading[not(@omitted)]" mode="latex-wording">{latex:escape(.)}</xsl:template>
  <xsl:template match="ed:reading | ed:witnesses" mode="latex-wording">\emph{{{latex:escape(.)}}}</xsl:template>
  <xsl:template match="text()" mode="latex-wording">
    <xsl:text>{if (normalize-space()) then '\emph{' || latex:escape(.) || '}' else latex:escape(.)}</xsl:text>
  </xsl:template>
  <xsl:template match="*" mode="latex-wording" priority="-10">
    <xsl:message>[W-XSLT-UNHANDLED] unhandled element {name()} in mode latex-wording</xsl:message>
  </xsl:template>

  <!-- ===== Notes ===== -->

  <xsl:template match="tei:note" mode="latex">
    <xsl:call-template name="latex:footnote"/>
  </xsl:template>

  <!-- A familiar footnote numbered as in the source (\setnote); inside a footnote, in brackets. -->
  <xsl:template name="latex:footnote">
    <xsl:param name="in-note" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="label" select="ed:note-label(.)"/>
    <xsl:choose>
      <xsl:when test="$in-note">
        <xsl:text> [{latex:escape($label)}: </xsl:text>
        <xsl:apply-templates mode="latex"/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$label castable as xs:integer">\setnote{{{$label}}}</xsl:if>
        <xsl:text>\footnoteA{{</xsl:text>
        <xsl:apply-templates mode="latex"><xsl:with-param name="in-note" select="true()" tunnel="yes"/></xsl:apply-templates>
        <xsl:text>}}</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The footnotes of end notes that comment on the current element. -->
  <xsl:template name="latex:notes-after">
    <xsl:for-each select="self::*[@xml:id] ! print:notes-after(.)">
      <xsl:call-template name="latex:footnote"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="*[@xml:id][not(self::tei:p or self::tei:ab or self::tei:head or self::tei:dateline or self::tei:salute
                        or self::tei:signed or self::tei:byline or self::tei:docDate or self::tei:trailer)]
                        [exists(print:notes-after(.))]" mode="latex" priority="5">
    <xsl:next-match/>
    <xsl:call-template name="latex:notes-after"/>
  </xsl:template>
</xsl:stylesheet>
