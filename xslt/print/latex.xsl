<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print edition as LaTeX for publishers (XeLaTeX with reledmac): the same book as book.xsl —
  title page, contents, introduction, editorial principles, the documents in edition order, the
  archival sources cited, indexes of persons and places — with line-numbered text, the textual
  notes as a line-keyed critical apparatus, the notes of the sources as familiar footnotes with
  their numbers, and \edindex for every person and place.  What to print comes from the same
  shared modules (common/, print/shared.xsl) as the HTML book.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:print="urn:tei-toolkit:print"
    xmlns:latex="urn:tei-toolkit:latex"
    exclude-result-prefixes="#all" expand-text="yes">
  <xsl:import href="print.xsl"/>
  <xsl:include href="latex/text.xsl"/>
  <xsl:include href="latex/notes.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="latex:title" select="latex:escape($edition-title)"/>

  <xsl:template name="xsl:initial-template">
    <xsl:call-template name="latex:preamble"/>
    <xsl:text>\begin{{document}}&#10;\frontmatter&#10;</xsl:text>
    <xsl:call-template name="latex:title-page"/>
    <xsl:text>\tableofcontents&#10;</xsl:text>
    <xsl:if test="exists($introduction)">
      <xsl:call-template name="latex:chapter"><xsl:with-param name="title" select="ed:label('introduction')"/></xsl:call-template>
      <xsl:for-each select="$introduction">{latex:escape(.)}&#10;&#10;</xsl:for-each>
    </xsl:if>
    <xsl:call-template name="latex:principles"/>
    <xsl:text>\mainmatter&#10;</xsl:text>
    <xsl:for-each select="$print:ordered">
      <xsl:apply-templates select="tei:TEI" mode="latex-document"/>
    </xsl:for-each>
    <xsl:text>\backmatter&#10;</xsl:text>
    <xsl:call-template name="latex:sources-cited"/>
    <xsl:for-each select="('persons', 'places')[exists(print:index-entries(.))]">
      <xsl:text>\cleardoublepage\markboth{{{$latex:title}}}{{{latex:escape(ed:label('index.' || .))}}}&#10;</xsl:text>
      <xsl:text>\printindex[{.}]&#10;</xsl:text>
    </xsl:for-each>
    <xsl:text>\end{{document}}&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="latex:preamble">
    <xsl:text>% The print edition as LaTeX (tei toolkit). Typeset with XeLaTeX: xelatex twice, makeindex
% for persons.idx and places.idx, xelatex twice more (tei build --print-format latex --pdf does).
\documentclass[10pt,twoside,openany]{{book}}
\usepackage[paperwidth=156mm,paperheight=234mm,inner=18mm,outer=22mm,top=22mm,bottom=26mm]{{geometry}}
\usepackage{{fontspec}}
\IfFontExistsTF{{Linux Libertine O}}{{\setmainfont{{Linux Libertine O}}[Numbers=OldStyle]}}{{}}
\usepackage[noautomatic]{{imakeidx}}
\usepackage[noeledsec,noend]{{reledmac}}
% After reledmac, which makes \edindex write to the indexes that \makeindex declares.
\makeindex[name=persons,title={{{latex:escape(ed:label('index.persons'))}}},columns=2,intoc]
\makeindex[name=places,title={{{latex:escape(ed:label('index.places'))}}},columns=2,intoc]
% The indexes cite pages (reledmac's default, page-line, needs a fourth pass).
\renewcommand{{\thepageline}}{{\thepage}}
\firstlinenum{{5}}
\linenumincrement{{5}}
\Xarrangement[A]{{paragraph}}
\pagestyle{{myheadings}}
% Blank pages carry no running head.
\makeatletter\renewcommand{{\cleardoublepage}}{{\clearpage\if@twoside\ifodd\c@page\else
  \hbox{{}}\thispagestyle{{empty}}\newpage\fi\fi}}\makeatother
% A note keeps the number the source gives it.
\newcommand{{\setnote}}[1]{{\setcounter{{footnoteA}}{{\numexpr#1-1\relax}}}}
% A document's heading: number, title, running title, the title's notes.
\newcommand{{\edocument}}[4]{{\clearpage\setcounter{{footnoteA}}{{0}}%
  \addcontentsline{{toc}}{{section}}{{\protect\numberline{{#1}}#2}}%
  \markboth{{{$latex:title}}}{{#3}}\thispagestyle{{plain}}%
  \begin{{center}}{{\scshape {latex:escape(ed:label('document'))} #1}}\par\medskip{{\Large #2#4\par}}\end{{center}}}}
\title{{{$latex:title}}}
\author{{{latex:escape(ed:join($editors, 'and'))}}}
\date{{{latex:escape(ed:format-date($edition-date))}}}
</xsl:text>
  </xsl:template>

  <xsl:template name="latex:title-page">
    <xsl:text>\begin{{titlepage}}\centering\vspace*{{40mm}}{{\LARGE {$latex:title}\par}}\vspace{{20mm}}&#10;</xsl:text>
    <xsl:if test="exists($editors)">
      <xsl:text>{{\itshape {latex:escape(ed:label('editors'))}\par}}{latex:escape(ed:join($editors, 'and'))}\par&#10;</xsl:text>
    </xsl:if>
    <xsl:text>\vfill{{\scshape {latex:escape(ed:format-date($edition-date))}}}\par\end{{titlepage}}&#10;</xsl:text>
  </xsl:template>

  <!-- An unnumbered chapter of the front or back matter, in the contents and the running heads. -->
  <xsl:template name="latex:chapter">
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="escaped" select="latex:escape($title)"/>
    <xsl:text>\chapter*{{{$escaped}}}\addcontentsline{{toc}}{{chapter}}{{{$escaped}}}\markboth{{{$latex:title}}}{{{$escaped}}}&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="latex:principles">
    <xsl:call-template name="latex:chapter"><xsl:with-param name="title" select="ed:label('principles')"/></xsl:call-template>
    <xsl:for-each select="print:principles($print:ordered)">
      <xsl:text>\section*{{{latex:escape(ed:label('principle.' || ?key, ed:capitalise(?key)))}}}&#10;</xsl:text>
      <xsl:for-each select="?shared">
        <xsl:apply-templates mode="latex"/>
        <xsl:text>&#10;&#10;</xsl:text>
      </xsl:for-each>
      <xsl:for-each select="?particular">
        <xsl:text>{{\small\emph{{{latex:escape(ed:label(if (count(?numbers) eq 1) then 'document' else 'documents'))} {string-join(?numbers ! string(.), ', ')}:}} </xsl:text>
        <xsl:apply-templates select="?p/node()" mode="latex"/>
        <xsl:text>\par}}&#10;&#10;</xsl:text>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:text>\section*{{{latex:escape(ed:label('principle.conventions'))}}}&#10;</xsl:text>
    <xsl:text>The textual notes form a critical apparatus keyed to the line numbers of the text; notes of the sources and of the editors are numbered footnotes, as in the sources. Words supplied by the editors stand in square brackets; [\ldots] marks an omission.&#10;&#10;</xsl:text>
  </xsl:template>

  <!-- One document: heading, date, source line, credits, summary, the numbered text, end notes. -->
  <xsl:template match="tei:TEI" mode="latex-document">
    <xsl:text>\edocument{{{print:number(.)}}}{{{latex:escape(ed:title(.))}}}{{{latex:escape(print:running-title(.))}}}{{</xsl:text>
    <xsl:for-each select="ed:title-head(.)//tei:note[not(ancestor::tei:note)]">
      <xsl:call-template name="latex:footnote"/>
    </xsl:for-each>
    <xsl:text>}}&#10;</xsl:text>
    <xsl:text>\begin{{center}}</xsl:text>
    <xsl:for-each select="ed:document-date(.)">\emph{{{latex:escape(ed:date-label(.))}}}\par\smallskip&#10;</xsl:for-each>
    <xsl:text>{{\small </xsl:text>
    <xsl:for-each select="ed:signature-sites(.)[1]">{latex:escape(print:signature-line(.))}\par&#10;</xsl:for-each>
    <xsl:for-each select="ed:metadata(.)[?key = ('compiler', 'translator', 'resp', 'language')]">
      <xsl:if test="position() gt 1"> \textperiodcentered{{}} </xsl:if>
      <xsl:choose>
        <xsl:when test="?key eq 'language'">{latex:escape(?label || ': ' || ?text)}</xsl:when>
        <xsl:otherwise>{latex:escape(?label)} <xsl:apply-templates select="?nodes" mode="latex"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <xsl:text>\par}}\end{{center}}&#10;</xsl:text>
    <xsl:for-each select="tei:teiHeader/tei:profileDesc/tei:abstract[normalize-space()][1]">
      <xsl:text>\begin{{quote}}\small </xsl:text>
      <xsl:apply-templates mode="latex"><xsl:with-param name="in-note" select="true()" tunnel="yes"/></xsl:apply-templates>
      <xsl:text>\end{{quote}}&#10;</xsl:text>
    </xsl:for-each>
    <xsl:text>\beginnumbering&#10;</xsl:text>
    <xsl:apply-templates select="tei:text" mode="latex"><xsl:with-param name="numbered" select="true()" tunnel="yes"/></xsl:apply-templates>
    <xsl:text>\endnumbering&#10;</xsl:text>
    <xsl:variable name="end" select="tei:text//tei:note[print:is-end-note(.)][print:end-note-place(.) eq 'end']"/>
    <xsl:if test="$end">
      <xsl:text>\subsection*{{{latex:escape(ed:label('end-notes'))}}}&#10;</xsl:text>
      <xsl:for-each select="$end">
        <xsl:text>{{\small {latex:escape(ed:note-label(.))}~</xsl:text>
        <xsl:apply-templates mode="latex"><xsl:with-param name="in-note" select="true()" tunnel="yes"/></xsl:apply-templates>
        <xsl:text>\par}}&#10;</xsl:text>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="latex-document" priority="-10">
    <xsl:message>[W-XSLT-UNHANDLED] unhandled element {name()} in mode latex-document ({ed:where(.)})</xsl:message>
  </xsl:template>

  <!-- The archival sources, by repository, each signature with the documents that cite it. -->
  <xsl:template name="latex:sources-cited">
    <xsl:variable name="repositories" select="print:sources-cited()"/>
    <xsl:if test="exists($repositories)">
      <xsl:call-template name="latex:chapter"><xsl:with-param name="title" select="ed:label('sources-cited')"/></xsl:call-template>
      <xsl:for-each select="$repositories">
        <xsl:variable name="short" select="?short[. ne current()?name]"/>
        <xsl:text>\section*{{{latex:escape(?name || $short ! (' (' || . || ')'))}}}&#10;</xsl:text>
        <xsl:for-each select="?signatures">
          <xsl:variable name="numbers" select="distinct-values(?sites ! print:number(.))"/>
          <xsl:text>{{\noindent\hangindent=1.2em {latex:escape((?text[.], '—')[1])}, </xsl:text>
          <xsl:text>\emph{{{latex:escape(ed:label(if (count($numbers) eq 1) then 'document' else 'documents'))}}} {string-join($numbers ! string(.), ', ')}\par}}&#10;</xsl:text>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
