<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode latex: TEI text as reledmac LaTeX.  Blocks of the text are numbered paragraphs
  (\pstart … \pend) when tunnel parameter "numbered" is true; everything from the sources goes
  through latex:escape, which quotes TeX's special characters, so no source text is ever read
  as a command.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:print="urn:tei-toolkit:print"
    xmlns:latex="urn:tei-toolkit:latex"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:mode name="latex" on-no-match="text-only-copy" warning-on-no-match="no"/>

  <!-- TeX's special characters quoted; line ends and runs of white space as one space (a blank
       line would end a paragraph). -->
  <xsl:function name="latex:escape" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:analyze-string select="replace($text, '\s+', ' ')" regex="[\\{{}}$&amp;#^_%~]">
        <xsl:matching-substring>
          <xsl:sequence select="map {'\': '\textbackslash{}', '{': '\{', '}': '\}', '$': '\$', '&amp;': '\&amp;',
                                     '#': '\#', '^': '\textasciicircum{}', '_': '\_', '%': '\%',
                                     '~': '\textasciitilde{}'}(.)"/>
        </xsl:matching-substring>
        <xsl:non-matching-substring><xsl:sequence select="."/></xsl:non-matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>

  <!-- An index entry for makeindex: its special characters (! @ | ") quoted with ", then escaped for TeX. -->
  <xsl:function name="latex:index-key" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="latex:escape(replace($text, '([!@|&quot;])', '&quot;$1'))"/>
  </xsl:function>

  <xsl:template match="text()" mode="latex">{latex:escape(.)}</xsl:template>

  <!-- ===== Blocks: numbered paragraphs ===== -->

  <xsl:template match="tei:text | tei:body | tei:front | tei:back | tei:div | tei:abstract
                       | tei:opener | tei:closer | tei:postscript | tei:argument | tei:epigraph | tei:sp
                       | tei:lg | tei:floatingText | tei:figure | tei:list | tei:table" mode="latex">
    <xsl:apply-templates select="*" mode="latex"/>
  </xsl:template>

  <xsl:template match="tei:body/tei:head[. is ed:title-head(ancestor::tei:TEI)]
                       | tei:back/tei:div[@type = 'notes'][not(* except tei:note)]
                       | tei:sp/tei:speaker[following-sibling::*[1][self::tei:p]] | tei:list/tei:label" mode="latex" priority="2"/>

  <xsl:template match="tei:head" mode="latex">
    <xsl:call-template name="latex:paragraph">
      <xsl:with-param name="before" select="'{\centering\scshape '"/>
      <xsl:with-param name="after" select="'\par}'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab | tei:salute | tei:signed | tei:byline | tei:docDate | tei:trailer | tei:speaker
                       | tei:l | tei:figDesc" mode="latex">
    <xsl:call-template name="latex:paragraph"/>
  </xsl:template>

  <xsl:template match="tei:dateline" mode="latex">
    <xsl:call-template name="latex:paragraph">
      <xsl:with-param name="before" select="'\hfill{\itshape '"/>
      <xsl:with-param name="after" select="'}'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:sp/tei:p[preceding-sibling::*[1][self::tei:speaker]]" mode="latex">
    <xsl:call-template name="latex:paragraph">
      <xsl:with-param name="lead" as="node()*">
        <xsl:text>\textsc{{</xsl:text>
        <xsl:apply-templates select="preceding-sibling::tei:speaker[1]/node()" mode="latex"/>
        <xsl:text>}} </xsl:text>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:item" mode="latex">
    <xsl:call-template name="latex:paragraph">
      <xsl:with-param name="lead" as="node()*">
        <xsl:variable name="label" select="preceding-sibling::*[1][self::tei:label]"/>
        <xsl:choose>
          <xsl:when test="$label"><xsl:apply-templates select="$label/node()" mode="latex"/></xsl:when>
          <xsl:otherwise>\textbullet</xsl:otherwise>
        </xsl:choose>
        <xsl:text> </xsl:text>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:quote[@rend = ('block', 'blockquote')] | tei:quote[tei:p | tei:lg]" mode="latex">
    <xsl:apply-templates select="if (tei:p | tei:lg) then * else ." mode="latex-quote"/>
  </xsl:template>

  <xsl:template match="*" mode="latex-quote">
    <xsl:call-template name="latex:paragraph">
      <xsl:with-param name="before" select="'\small '"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:row" mode="latex">
    <xsl:call-template name="latex:paragraph">
      <xsl:with-param name="lead" as="node()*">
        <xsl:for-each select="tei:cell">
          <xsl:if test="position() gt 1"> \quad </xsl:if>
          <xsl:apply-templates mode="latex">
            <xsl:with-param name="paragraph" select=".." tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:for-each>
      </xsl:with-param>
      <xsl:with-param name="content" select="false()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- One numbered paragraph (or, outside numbered text, a plain one); \pstart{} so that text
       beginning with "[" is not read as an optional argument.  A block inside a paragraph (the
       paragraphs of a list item, a list in an item) goes on in it on a new line: reledmac allows no
       \pstart inside another. -->
  <xsl:template name="latex:paragraph">
    <xsl:param name="before" as="xs:string" select="''"/>
    <xsl:param name="after" as="xs:string" select="''"/>
    <xsl:param name="lead" as="node()*" select="()"/>
    <xsl:param name="content" as="xs:boolean" select="true()"/>
    <xsl:param name="numbered" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="in-note" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="paragraph" as="element()?" select="()" tunnel="yes"/>
    <xsl:variable name="body" as="node()*">
      <xsl:sequence select="$lead"/>
      <xsl:if test="$content">
        <xsl:apply-templates mode="latex">
          <xsl:with-param name="paragraph" select="." tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$in-note">
        <xsl:text> </xsl:text>
        <xsl:sequence select="$body"/>
      </xsl:when>
      <xsl:when test="exists($paragraph)">
        <xsl:if test="exists($paragraph//text()[normalize-space()][. &lt;&lt; current()])">\newline </xsl:if>
        <xsl:sequence select="$body"/>
        <xsl:call-template name="latex:notes-after"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>{if ($numbered) then '\pstart{}' else '{\noindent '}{$before}</xsl:text>
        <xsl:sequence select="$body"/>
        <xsl:call-template name="latex:notes-after"/>
        <xsl:text>{$after}{if ($numbered) then '\pend' else '\par}'}&#10;&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== Inline ===== -->

  <xsl:template match="tei:lb" mode="latex">{if (ancestor::tei:note) then ' ' else '\newline '}</xsl:template>
  <xsl:template match="tei:pb" mode="latex"><xsl:if test="@n">[p. {latex:escape(@n)}]</xsl:if></xsl:template>
  <xsl:template match="tei:milestone | tei:anchor | tei:cb | tei:fw" mode="latex"/>
  <xsl:template match="tei:gap" mode="latex">[\ldots]</xsl:template>
  <xsl:template match="tei:supplied" mode="latex">[<xsl:apply-templates mode="latex"/>]</xsl:template>
  <xsl:template match="tei:unclear" mode="latex"><xsl:apply-templates mode="latex"/>?</xsl:template>
  <xsl:template match="tei:del" mode="latex"/>

  <xsl:template match="tei:emph | tei:title[not(@level = 'a')] | tei:foreign | tei:mentioned | tei:term" mode="latex">
    <xsl:text>\emph{{</xsl:text><xsl:apply-templates mode="latex"/><xsl:text>}}</xsl:text>
  </xsl:template>

  <xsl:template match="tei:hi" mode="latex">
    <xsl:variable name="rend" select="tokenize(@rend)"/>
    <xsl:text>{if ($rend = ('bold', 'b')) then '\textbf{' else if ($rend = ('smallcaps', 'sc')) then '\textsc{'
              else if ($rend = ('sup', 'superscript')) then '\textsuperscript{' else '\emph{'}</xsl:text>
    <xsl:apply-templates mode="latex"/>
    <xsl:text>}}</xsl:text>
  </xsl:template>

  <xsl:template match="tei:ptr" mode="latex">{latex:escape(@target)}</xsl:template>

  <!-- Elements whose text is simply part of the reading. -->
  <xsl:template match="tei:title | tei:gloss | tei:soCalled | tei:distinct | tei:seg | tei:s | tei:w | tei:c | tei:pc | tei:num
                       | tei:measure | tei:q | tei:said | tei:quote | tei:cit | tei:span | tei:roleName | tei:forename
                       | tei:surname | tei:addName | tei:genName | tei:nameLink | tei:settlement | tei:country | tei:region
                       | tei:district | tei:bloc | tei:biblScope | tei:publisher | tei:pubPlace | tei:author | tei:editor
                       | tei:idno | tei:funder | tei:sponsor | tei:textLang | tei:language | tei:collection
                       | tei:institution | tei:msName | tei:occupation | tei:affiliation | tei:desc | tei:addrLine
                       | tei:email | tei:docAuthor | tei:damage | tei:geo | tei:resp | tei:respStmt | tei:add | tei:ref
                       | tei:bibl | tei:date | tei:time | tei:label" mode="latex">
    <xsl:apply-templates mode="latex"/>
  </xsl:template>

  <xsl:template match="*" mode="latex" priority="-10">
    <xsl:message>[W-XSLT-UNHANDLED] unhandled element {name()} in mode latex ({ed:where(.)})</xsl:message>
    <xsl:apply-templates mode="latex"/>
  </xsl:template>

  <xsl:template match="*" mode="latex-quote" priority="-10">
    <xsl:message>[W-XSLT-UNHANDLED] unhandled element {name()} in mode latex-quote ({ed:where(.)})</xsl:message>
  </xsl:template>
</xsl:stylesheet>
