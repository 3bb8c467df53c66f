<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes in the web edition: a call in the text (a link to the note at the end, described by the
  note's text for screen readers, shown as a popover by edition.js), the numbered notes and the
  lettered textual notes at the end, each with a link back to its call.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:web="urn:tei-toolkit:web"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:mode name="web-call" on-no-match="shallow-skip" warning-on-no-match="no"/>

  <!-- A note where it stands: its call (held back inside links; see text.xsl). -->
  <xsl:template match="tei:note" mode="web">
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="not($in-link)"><xsl:apply-templates select="." mode="web-call"/></xsl:if>
  </xsl:template>

  <xsl:template match="tei:note[ed:is-textual-note(.)]" mode="web-call" priority="2">
    <xsl:call-template name="web:textual-call"/>
  </xsl:template>

  <xsl:template match="tei:note" mode="web-call">
    <xsl:variable name="id" select="ed:anchor-id(.)"/>
    <xsl:variable name="label" select="ed:note-label(.)"/>
    <xsl:call-template name="web:call-separator"/>
    <sup class="call"><a class="noteref" href="#{$id}" id="ref-{$id}" role="doc-noteref"
       aria-label="Note {$label}" aria-describedby="{$id}-text">{$label}</a></sup>
  </xsl:template>

  <xsl:template match="*[ed:is-textual-site(.)]" mode="web-call">
    <xsl:call-template name="web:textual-call"/>
  </xsl:template>

  <xsl:template match="*" mode="web-call" priority="-10">
    <xsl:message>[W-XSLT-UNHANDLED] unhandled element {name()} in mode web-call ({ed:where(.)})</xsl:message>
  </xsl:template>

  <!-- The call of a textual note (letter), after its reading. -->
  <xsl:template name="web:textual-call">
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="not($in-link) and ed:is-textual-site(.)">
      <xsl:variable name="id" select="ed:anchor-id(.)"/>
      <xsl:variable name="label" select="ed:textual-label(.)"/>
      <sup class="call call-textual"><a class="tnref" href="#tn-{$id}" id="ref-tn-{$id}" role="doc-noteref"
         aria-label="Textual note {$label}" aria-describedby="tn-{$id}-text">{$label}</a></sup>
    </xsl:if>
  </xsl:template>

  <!-- A comma between two calls that would otherwise run together ("3,4"). -->
  <xsl:template name="web:call-separator">
    <xsl:variable name="previous" select="preceding-sibling::node()[1]"/>
    <xsl:variable name="calls" select="$previous/descendant-or-self::*[self::tei:note or ed:is-textual-site(.)]
                                       [not(ancestor::tei:note except $previous/ancestor-or-self::tei:note)]"/>
    <xsl:variable name="last" select="$calls[last()]"/>
    <xsl:if test="$last and not(normalize-space(string-join($previous//text()[. >> $last][not(ancestor::* intersect $last)])))
">
      <span class="call-sep" aria-hidden="true">,</span>
    </xsl:if>
  </xsl:template>

  <!-- The numbered notes of a document, at the end of its text. -->
  <xsl:template name="web:notes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="notes" select="ed:notes($tei)"/>
    <!-- When every note is of one kind, the heading says so once ("Translator's notes"). -->
    <xsl:variable name="kinds" select="distinct-values($notes/string(@type))"/>
    <xsl:variable name="one-kind" select="count($kinds) eq 1 and $kinds[1]"/>
    <xsl:if test="$notes">
      <section class="notes" aria-labelledby="notes-heading">
        <h2 id="notes-heading">{if ($one-kind) then ed:label('notes.' || $kinds[1], ed:label('notes')) else ed:label('notes')}</h2>
        <ol class="note-list">
          <xsl:for-each select="$notes">
            <xsl:variable name="id" select="ed:anchor-id(.)"/>
            <li class="note note-{(@type, 'plain')[1]}" id="{$id}">
              <xsl:choose>
                <xsl:when test="@place = 'end' and not(ancestor::tei:body)">
                  <span class="note-label">{ed:note-label(.)}</span>
                </xsl:when>
                <xsl:otherwise>
                  <a class="note-label" href="#ref-{$id}" aria-label="Back to the call of note {ed:note-label(.)}">{ed:note-label(.)}</a>
                </xsl:otherwise>
              </xsl:choose>
              <div class="note-body" id="{$id}-text">
                <xsl:call-template name="web:lang"/>
                <xsl:variable name="end" select="@place = 'end' and not(ancestor::tei:body)"/>
                <xsl:if test="(@type and not($one-kind)) or $end">
                  <span class="note-kind">
                    <xsl:value-of select="(ed:note-kind(.)[not($one-kind)], 'no call in the text'[$end])" separator=", "/>
                  </span>
                  <xsl:text> </xsl:text>
                </xsl:if>
                <xsl:apply-templates mode="web"/>
              </div>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The textual notes of a document: readings, corrections, regularisations, lettered. -->
  <xsl:template name="web:textual-notes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="sites" select="ed:textual-sites($tei)"/>
    <xsl:if test="$sites">
      <section class="notes textual-notes" aria-labelledby="textual-notes-heading">
        <h2 id="textual-notes-heading">{ed:label('textual-notes')}</h2>
        <ol class="note-list">
          <xsl:for-each select="$sites">
            <xsl:variable name="id" select="ed:anchor-id(.)"/>
            <li class="note note-textual" id="tn-{$id}">
              <a class="note-label" href="#ref-tn-{$id}" aria-label="Back to the reading of textual note {ed:textual-label(.)}">{ed:textual-label(.)}</a>
              <div class="note-body" id="tn-{$id}-text">
                <xsl:choose>
                  <xsl:when test="self::tei:note"><xsl:apply-templates mode="web"/></xsl:when>
                  <xsl:otherwise>
                    <xsl:variable name="wording" as="node()*"><xsl:apply-templates select="." mode="ed:textual-note"/></xsl:variable>
                    <xsl:apply-templates select="$wording" mode="web"/>
                    <xsl:for-each select="tei:note, ed:notes-on-reading(.)">
                      <xsl:text>. </xsl:text>
                      <xsl:apply-templates mode="web"/>
                    </xsl:for-each>
                  </xsl:otherwise>
                </xsl:choose>
                <xsl:for-each select="ed:notes-on(.)">
                  <xsl:text> (</xsl:text>
                  <a href="#{ed:anchor-id(.)}">{ed:label('see-note')} {ed:note-label(.)}</a>
                  <xsl:text>)</xsl:text>
                </xsl:for-each>
              </div>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The wording's markers (common/apparatus.xsl) as HTML. -->
  <xsl:template match="ed:lemma" mode="web"><span class="lemma">{.}</span></xsl:template>
  <xsl:template match="ed:sep" mode="web"><span class="sep">{.}</span></xsl:template>
  <xsl:template match="ed:reading" mode="web"><span class="reading">{.}</span></xsl:template>
  <xsl:template match="ed:witnesses" mode="web"><span class="witnesses">{.}</span></xsl:template>
</xsl:stylesheet>
