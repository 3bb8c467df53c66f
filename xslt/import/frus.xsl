<?xml version="1.0" encoding="UTF-8"?>
<!--
  FRUS TEI (Office of the Historian) → the project's TEI conventions.

  The declared mapping (each rule is one template below):
    TEI/teiHeader                  → a new header: title from the document head, FRUS publication
                                     as sourceDesc/bibl[@type='publication'], the source note parsed
                                     into msDesc/msIdentifier, creation date from the dateline
    div[@type='document']          → body/head[@type='title'] + div[@type='document'] (n, xml:id kept)
    head/note[@type='source']      → note[@type='source'][@place='foot'] (kept in the head)
    note (footnotes)               → note[@type='editorial'][@place='foot'] (n, xml:id kept)
    persName/@corresp="#p_…"       → persName/@ref to the register entry whose idno[@type='frus']
                                     is p_… (parameter $persons); kept without @ref when unknown;
                                     persName/@ref="#id" (set by a correction) → that register entry
    persName|gloss/@type=from|to   → persName|orgName/@role = sender|addressee
    gloss/@target="#t_…"           → choice/abbr + expan from the volume's terms list ($terms);
                                     abbr alone when the term is unknown; as written inside an
                                     archival file number (748.5–MSP/10–2456: an identifier)
    ref/@target="#dNN…"            → the document's address on history.state.gov (not in this file)
    ref/@target="vol#pg_N"         → the page's address on history.state.gov
    quote/@rend='blockquote'       → quote/@rend='block'
    gap                            → gap/@reason='omitted'
    pb                             → dropped: the pagination of the printed FRUS volume, a later
                                     witness, not of the archival document; the page range stays
                                     in the header (bibl[@type='publication']/biblScope[@unit='page'])
    idno[@type='frus-volume'|'frus-document']
                                   → idno[@type='URI']: the volume's and the document's address on
                                     history.state.gov (the profile's closed list of idno types)
    teiHeader/encodingDesc         → replaced: it describes the FRUS encoding, which the mapping
                                     removes (declared below as a drop for the nothing-lost check)
    date/@calendar, frus:*, @facs  → dropped (frus:doc-dateTime-* become creation/date bounds
                                     when the dateline has no date)
    date/@when|@from|@to|@notBefore|@notAfter
                                   → kept when a W3C date; else dropped, the words kept, and
                                     reported once per value ([W-IMPORT-DATE])
    any other element              → kept: copied as itself where the project profile has it, else
                                     with its name as @type (div: @subtype) as div (body-level
                                     content where a division may stand), ab (elsewhere where
                                     paragraphs stand) or seg (inside a paragraph); reported once per element name over all files
                                     ([W-IMPORT-UNMAPPED])

  Messages to the toolkit are "[CODE] key path()", the key URI-encoded: W-IMPORT-UNMAPPED (an element
  this mapping does not know), W-IMPORT-PERSON (a FRUS person id the register lacks), W-IMPORT-DATE (a
  date value that is not a W3C date).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:ed="urn:tei-toolkit:functions"
    xmlns:imp="urn:tei-toolkit:import"
    xmlns="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:output method="xml" indent="no" encoding="UTF-8"/>

  <!-- What the toolkit needs to know about this mapping (see tei/imports/conventions.py). -->
  <imp:convention drops="encodingDesc" conformance="true"
      transforms="persons places orgs dates signatures bibl correspondence standoff"/>

  <!-- The project's person register (listPerson with idno[@type='frus']); empty when not given. -->
  <xsl:param name="persons" as="document-node()?" select="()"/>
  <!-- The FRUS volume's list of abbreviations (list[@type='terms']); empty when not given. -->
  <xsl:param name="terms" as="document-node()?" select="()"/>
  <!-- Version of the toolkit, recorded in appInfo. -->
  <xsl:param name="version" as="xs:string" select="'0'"/>
  <!-- Element names of the project profile: an unknown element is copied only when it is one. -->
  <xsl:param name="profile" as="xs:string*" select="()"/>

  <xsl:variable name="hsg" as="xs:string" select="'https://history.state.gov/historicaldocuments/'"/>
  <xsl:variable name="volume" as="xs:string"
      select="string((/tei:TEI/tei:teiHeader//tei:idno[@type='frus-volume'])[1])"/>
  <xsl:variable name="document" as="element(tei:div)" select="(//tei:div[@type='document'])[1]"/>
  <xsl:variable name="local-ids" as="xs:string*" select="$document//@xml:id ! string()"/>

  <xsl:key name="person-by-frus" match="tei:person" use="tei:idno[@type='frus']"/>
  <xsl:key name="person-by-id" match="tei:person" use="@xml:id"/>
  <xsl:key name="term-by-id" match="tei:term" use="@xml:id"/>

  <!-- ===== document ===== -->
  <xsl:template match="/tei:TEI">
    <TEI xml:lang="en" n="{$volume}_{$document/@xml:id}">
      <xsl:call-template name="header"/>
      <text>
        <body>
          <xsl:apply-templates select="$document"/>
        </body>
      </text>
    </TEI>
  </xsl:template>

  <xsl:template match="tei:div[@type='document']">
    <head type="title">
      <xsl:apply-templates select="tei:head/node()"/>
    </head>
    <div type="document">
      <xsl:copy-of select="@n, @xml:id"/>
      <xsl:apply-templates select="node() except tei:head"/>
    </div>
  </xsl:template>

  <!-- ===== header ===== -->
  <xsl:template name="header">
    <xsl:variable name="source" as="element(tei:note)?" select="$document/tei:head/tei:note[@type='source']"/>
    <teiHeader>
      <fileDesc>
        <titleStmt>
          <title type="main">{ed:title($document/tei:head)}</title>
        </titleStmt>
        <publicationStmt>
          <xsl:apply-templates select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/node()"/>
          <xsl:apply-templates select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:idno"/>
        </publicationStmt>
        <xsl:for-each select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:note">
          <notesStmt>
            <note type="editorial"><xsl:apply-templates/></note>
          </notesStmt>
        </xsl:for-each>
        <sourceDesc>
          <msDesc>
            <xsl:call-template name="ms-identifier">
              <xsl:with-param name="text" select="normalize-space($source)"/>
            </xsl:call-template>
          </msDesc>
          <xsl:apply-templates select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl" mode="publication"/>
        </sourceDesc>
      </fileDesc>
      <encodingDesc>
        <appInfo>
          <application ident="tei" version="{$version}">
            <label>tei toolkit: FRUS import (xslt/import/frus.xsl)</label>
          </application>
        </appInfo>
        <editorialDecl>
          <normalization>
            <p>Imported from the Office of the Historian's TEI edition by a declared mapping: person
              references point to the edition's register, abbreviations are expanded from the
              volume's list of abbreviations, references to documents not included point to
              history.state.gov, the page breaks of the printed volume are left out (its page range
              is given with the publication), and the FRUS-specific attributes
              (frus:doc-dateTime-min/max, date/@calendar, image ids) are not carried over. The text
              itself is unchanged.</p>
          </normalization>
        </editorialDecl>
      </encodingDesc>
      <profileDesc>
        <creation>
          <xsl:variable name="when" select="($document/tei:dateline//tei:date/@when[ed:w3c-date(.)])[1]"/>
          <date>
            <xsl:choose>
              <xsl:when test="$when">
                <xsl:attribute name="when" select="$when"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:for-each select="$document/@frus:doc-dateTime-min[ed:w3c-date(.)]">
                  <xsl:attribute name="notBefore" select="."/>
                </xsl:for-each>
                <xsl:for-each select="$document/@frus:doc-dateTime-max[ed:w3c-date(.)]">
                  <xsl:attribute name="notAfter" select="."/>
                </xsl:for-each>
              </xsl:otherwise>
            </xsl:choose>
          </date>
        </creation>
        <langUsage>
          <language ident="en">English</language>
        </langUsage>
      </profileDesc>
    </teiHeader>
  </xsl:template>

  <!-- "Source: Department of State, Central Files, 764.00/10–2456. Confidential." → msIdentifier -->
  <xsl:template name="ms-identifier">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="body" select="replace($text, '^Source:\s*', '')"/>
    <xsl:variable name="parts" select="tokenize(substring-before($body || '.', '. '), ',\s*|:\s*')"/>
    <msIdentifier>
      <repository>{($parts[1][normalize-space()], 'unknown repository')[1]}</repository>
      <xsl:if test="count($parts) ge 3">
        <collection>{$parts[2]}</collection>
      </xsl:if>
      <xsl:variable name="file" select="$parts[last()][count($parts) ge 2]"/>
      <xsl:choose>
        <xsl:when test="matches($file, '^Lot\s')">
          <idno type="lot">{replace($file, '^Lot\s+', '')}</idno>
        </xsl:when>
        <xsl:when test="matches($file, '^\d')">
          <idno type="file">{$file}</idno>
        </xsl:when>
        <xsl:when test="$file and count($parts) eq 2">
          <collection>{$file}</collection>
        </xsl:when>
        <xsl:when test="$file">
          <idno type="series">{$file}</idno>
        </xsl:when>
      </xsl:choose>
    </msIdentifier>
  </xsl:template>

  <!-- The head's text without the document number and without notes. -->
  <xsl:function name="ed:title" as="xs:string">
    <xsl:param name="head" as="element(tei:head)"/>
    <xsl:sequence select="replace(normalize-space(string-join($head//text()[not(ancestor::tei:note)])), '^\d+\.\s*', '')"/>
  </xsl:function>

  <!-- ===== body ===== -->
  <xsl:template match="tei:note[@type='source']">
    <note type="source" place="foot">
      <xsl:copy-of select="@n, @xml:id"/>
      <xsl:apply-templates/>
    </note>
  </xsl:template>

  <xsl:template match="tei:note">
    <note type="editorial" place="foot">
      <xsl:copy-of select="@n, @xml:id"/>
      <xsl:apply-templates/>
    </note>
  </xsl:template>

  <!-- @corresp is FRUS's person id; @ref="#id" names a register entry directly (FRUS has none: it comes
       from a correction of FRUS's tagging, <stem>.corrections.toml, for a person FRUS does not list). -->
  <xsl:template match="tei:persName">
    <persName>
      <xsl:variable name="id" select="substring-after(@corresp, '#')"/>
      <xsl:variable name="entry" select="
          if ($persons and starts-with(@ref, '#')) then key('person-by-id', substring-after(@ref, '#'), $persons)[1]
          else if ($persons and $id) then key('person-by-frus', $id, $persons)[1] else ()"/>
      <xsl:if test="$entry">
        <xsl:attribute name="ref" select="'#' || $entry/@xml:id"/>
      </xsl:if>
      <xsl:if test="$id and not($entry)">
        <xsl:message>[W-IMPORT-PERSON] {$id} {path()}</xsl:message>
      </xsl:if>
      <xsl:apply-templates select="@type"/>
      <xsl:apply-templates/>
    </persName>
  </xsl:template>

  <xsl:template match="tei:persName/@type[. = ('from', 'to')] | tei:gloss/@type[. = ('from', 'to')]">
    <xsl:attribute name="role" select="if (. = 'from') then 'sender' else 'addressee'"/>
  </xsl:template>

  <xsl:template match="tei:gloss[@type = ('from', 'to')]">
    <orgName>
      <xsl:apply-templates select="@type, node()"/>
    </orgName>
  </xsl:template>

  <!-- A term inside an archival file number (748.5–<gloss>MSP</gloss>/10–2456) stays as written: the
       number is an identifier, which the toolkit marks as idno, and idno holds text only. -->
  <xsl:template match="tei:gloss[matches(string(preceding-sibling::node()[1]), '\d[–-]$')]
                                [matches(string(following-sibling::node()[1]), '^/')]" priority="2">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:gloss">
    <xsl:variable name="term" select="if ($terms and @target) then key('term-by-id', substring-after(@target, '#'), $terms)[1] else ()"/>
    <xsl:variable name="expansion" select="ed:expansion($term)"/>
    <xsl:choose>
      <xsl:when test="$expansion">
        <choice>
          <abbr><xsl:apply-templates/></abbr>
          <expan>{$expansion}</expan>
        </choice>
      </xsl:when>
      <xsl:otherwise>
        <abbr><xsl:apply-templates/></abbr>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "<term>NSC</term>, National Security Council" → "National Security Council" -->
  <xsl:function name="ed:expansion" as="xs:string?">
    <xsl:param name="term" as="element(tei:term)?"/>
    <xsl:variable name="item" select="$term/ancestor::tei:item[1]"/>
    <xsl:variable name="after" select="normalize-space(string-join($item//text()[not(ancestor::tei:term)]))"/>
    <xsl:sequence select="replace($after, '^,\s*', '')[normalize-space()]"/>
  </xsl:function>

  <xsl:template match="tei:ref[starts-with(@target, '#')]">
    <xsl:variable name="id" select="substring-after(@target, '#')"/>
    <ref>
      <xsl:attribute name="target" select="
          if ($id = $local-ids) then @target
          else $hsg || $volume || '/' || replace($id, '^(d\d+).*$', '$1')"/>
      <xsl:apply-templates/>
    </ref>
  </xsl:template>

  <xsl:template match="tei:ref[matches(@target, '^frus[^#]*#')]">
    <ref target="{$hsg}{substring-before(@target, '#')}/{substring-after(@target, '#')}">
      <xsl:apply-templates/>
    </ref>
  </xsl:template>

  <xsl:template match="tei:quote[@rend = 'blockquote']">
    <quote rend="block">
      <xsl:apply-templates/>
    </quote>
  </xsl:template>

  <xsl:template match="tei:gap">
    <gap reason="omitted"/>
  </xsl:template>

  <xsl:template match="tei:pb"/>

  <!-- A date whose value is not a W3C date (1956-02-30, "soon") keeps its words, not the value:
       reported once per value ([W-IMPORT-DATE]). -->
  <xsl:template match="tei:date">
    <date>
      <xsl:for-each select="@when, @from, @to, @notBefore, @notAfter">
        <xsl:choose>
          <xsl:when test="ed:w3c-date(.)">
            <xsl:copy-of select="."/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:message>[W-IMPORT-DATE] {encode-for-uri(.)} {path()}</xsl:message>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <xsl:apply-templates/>
    </date>
  </xsl:template>

  <!-- A value of att.datable.w3c: an xs:date, dateTime, gYear, gYearMonth, gMonthDay, gMonth, gDay or
       time that exists (1956-02-30 does not). -->
  <xsl:function name="ed:w3c-date" as="xs:boolean">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="$value castable as xs:date or $value castable as xs:dateTime
        or $value castable as xs:gYear or $value castable as xs:gYearMonth or $value castable as xs:gMonthDay
        or $value castable as xs:gMonth or $value castable as xs:gDay or $value castable as xs:time"/>
  </xsl:function>

  <!-- The volume as a citation a reader can use, its parts in their order, separated by
       punctuation only (no words are added): "Title, A, B, C; D. Publisher, Place, Year,
       Document 100, pp. 266–268. URL".  The volume's and document's identifiers go to
       publicationStmt, the extraction note to notesStmt. -->
  <xsl:template match="tei:bibl" mode="publication">
    <xsl:variable name="parts" select="* except (tei:idno, tei:note)"/>
    <bibl type="publication">
      <xsl:for-each select="$parts">
        <xsl:if test="position() gt 1">
          <xsl:sequence select="ed:separator(preceding-sibling::*[not(self::tei:idno or self::tei:note)][1], .)"/>
        </xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
    </bibl>
  </xsl:template>

  <xsl:function name="ed:separator" as="xs:string">
    <xsl:param name="before" as="element()"/>
    <xsl:param name="after" as="element()"/>
    <xsl:sequence select="
      if ($after/self::tei:editor[@role]) then '; '
      else if ($after/self::tei:publisher or $after/self::tei:ref) then '. '
      else ', '"/>
  </xsl:function>

  <!-- Insignificant whitespace of the FRUS files (line breaks and indentation inside text)
       becomes single spaces; the words are untouched. -->
  <xsl:template match="text()">
    <xsl:value-of select="replace(., '\s+', ' ')"/>
  </xsl:template>

  <xsl:template match="tei:bibl/tei:idno[@type = 'frus-volume']">
    <idno type="URI">{$hsg}{normalize-space()}</idno>
  </xsl:template>

  <xsl:template match="tei:bibl/tei:idno[@type = 'frus-document']">
    <idno type="URI">{$hsg}{$volume}/{normalize-space()}</idno>
  </xsl:template>

  <!-- Elements whose meaning is the same in both conventions: copied with their attributes. -->
  <xsl:template match="tei:p | tei:hi | tei:list | tei:item | tei:label | tei:head | tei:dateline
                       | tei:placeName | tei:closer | tei:signed | tei:lb | tei:title | tei:editor
                       | tei:publisher | tei:pubPlace | tei:biblScope | tei:idno | tei:ref | tei:availability
                       | tei:licence | tei:quote | tei:q | tei:term | tei:orgName | tei:name | tei:salute
                       | tei:seg | tei:table | tei:row | tei:cell | tei:lg | tei:l | tei:opener | tei:postscript
                       | tei:byline | tei:signed | tei:address | tei:addrLine | tei:emph | tei:foreign">
    <xsl:element name="{local-name()}">
      <xsl:apply-templates select="@* except @frus:*, node()"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="@*">
    <xsl:copy/>
  </xsl:template>

  <!-- Anything the mapping does not know: kept and reported.  An element of the profile is copied
       as itself; any other (not in the profile, or in another namespace) is kept in the container its
       place allows, its name as @type, its content mapped:
       - where divisions stand (in body or div), holding paragraphs or other body-level content, and
         followed only by divisions and closing parts (a div cannot be followed by paragraphs): a div
         (div/@type is a closed list: type="section", the name as @subtype), its loose text and
         phrases each in an ab;
       - elsewhere where divisions stand: an ab; inside a paragraph or a phrase: a seg.  Paragraphs and
         other body-level elements inside it are kept as ab (in an ab) or seg, @type their name. -->
  <xsl:template match="*" priority="-1">
    <xsl:message>[W-IMPORT-UNMAPPED] {name()} {path()}</xsl:message>
    <xsl:variable name="container" select="ed:container(.)"/>
    <xsl:choose>
      <xsl:when test="ed:in-profile(.)">
        <xsl:element name="{local-name()}">
          <xsl:apply-templates select="@* except @frus:*, node()"/>
        </xsl:element>
      </xsl:when>
      <xsl:when test="$container = 'div'">
        <div type="section" subtype="{ed:type(.)}">
          <xsl:for-each-group select="node()" group-adjacent="ed:body-level(.)">
            <xsl:choose>
              <xsl:when test="current-grouping-key()">
                <xsl:apply-templates select="current-group()"/>
              </xsl:when>
              <xsl:when test="normalize-space(string-join(current-group())) or current-group()/self::*">
                <ab><xsl:apply-templates select="current-group()"/></ab>
              </xsl:when>
            </xsl:choose>
          </xsl:for-each-group>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{$container}">
          <xsl:attribute name="type" select="ed:type(.)"/>
          <xsl:apply-templates mode="phrase">
            <xsl:with-param name="container" select="$container"/>
          </xsl:apply-templates>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Inside a kept ab, a body-level element of the input (a paragraph …) is kept as an ab named after it;
       inside a kept seg, where no block can stand, as a seg named after it, apart from the words around
       it (a paragraph ends a word). -->
  <xsl:template match="*[ed:body-level(.) and not(ed:unknown(.))]" mode="phrase">
    <xsl:param name="container" as="xs:string"/>
    <xsl:if test="$container = 'seg' and matches(string(preceding-sibling::node()[1]), '\S$')">
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:element name="{$container}">
      <xsl:attribute name="type" select="local-name()"/>
      <xsl:apply-templates/>
    </xsl:element>
    <xsl:if test="$container = 'seg' and matches(string(following-sibling::node()[1]), '^\S')">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="node()" mode="phrase">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <!-- Elements that stand where divisions and paragraphs stand, never inside a paragraph or a seg. -->
  <xsl:variable name="body-level" as="xs:string*" select="('p', 'ab', 'div', 'head', 'opener', 'closer',
      'dateline', 'salute', 'signed', 'postscript', 'byline', 'trailer', 'argument', 'epigraph', 'sp',
      'floatingText', 'docAuthor', 'docDate')"/>

  <xsl:function name="ed:in-profile" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="namespace-uri($element) = 'http://www.tei-c.org/ns/1.0' and local-name($element) = $profile"/>
  </xsl:function>

  <!-- An element the generic rule keeps (approximately: one the profile does not have). -->
  <xsl:function name="ed:unknown" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="not(ed:in-profile($element))"/>
  </xsl:function>

  <xsl:function name="ed:type" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="replace(name($element), ':', '-')"/>
  </xsl:function>

  <!-- div, ab or seg: what an unknown element becomes where it stands. -->
  <xsl:function name="ed:container" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="parent" select="$element/.."/>
    <xsl:variable name="block" select="$parent/local-name() = ('body', 'div', 'front', 'back')
        or ($parent instance of element() and ed:unknown($parent) and ed:container($parent) = 'div')"/>
    <xsl:sequence select="
        if (not($block)) then 'seg'
        else if ($element/descendant::*[local-name() = $body-level] and ed:division-fits($element)) then 'div'
        else 'ab'"/>
  </xsl:function>

  <!-- A division may stand here: only divisions and closing parts follow it, its heads come first. -->
  <xsl:function name="ed:division-fits" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="
        not($element/tei:head[preceding-sibling::*[not(self::tei:head)]])
        and (every $next in $element/following-sibling::node() satisfies
               ($next instance of text() and not(normalize-space($next)))
               or $next/local-name() = ('div', 'closer', 'signed', 'postscript', 'trailer', 'note', 'pb')
               or ($next instance of element() and ed:unknown($next) and ed:container($next) = 'div'))"/>
  </xsl:function>

  <!-- A node that becomes body-level output: a body-level element, or an unknown one kept as div or ab. -->
  <xsl:function name="ed:body-level" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node instance of element() and (local-name($node) = $body-level
        or (ed:unknown($node) and ed:container($node) != 'seg'))"/>
  </xsl:function>

  <xsl:template match="@frus:* | @facs | tei:pb/@xml:id" priority="2"/>
</xsl:stylesheet>
