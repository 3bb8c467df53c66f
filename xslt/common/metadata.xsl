<?xml version="1.0" encoding="UTF-8"?>
<!--
  What an edition says about a document, in order: ed:metadata($tei) gives one map per field
  that the document has:
    'key'    date | source | compiler | translator | resp | credits | funder | sender | addressee | publication | archive-link
             | citation | language | summary
    'label'  the field's label (ed:labels)
    'nodes'  the TEI elements that hold the value (render them in the edition's text mode)
    'text'   the value in words, where words are better than the nodes (date, language)
    'url'    for archive-link: the archive's address (http(s) only)
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:function name="ed:metadata" as="map(*)*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="header" select="$tei/tei:teiHeader"/>
    <xsl:variable name="source" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="date" select="ed:document-date($tei)"/>
    <xsl:variable name="citation" select="$source/tei:bibl[@type = 'citation']"/>
    <xsl:variable name="link" select="($citation//tei:ref/@target ! ed:safe-url(.))[1]"/>
    <xsl:sequence select="(
      $date ! ed:field('date', ., ed:date-label(.)),
      $source//tei:msIdentifier[tei:idno or tei:repository][1] ! ed:field('source', ., ()),
      ed:responsibilities($header, 'compiler'),
      ed:responsibilities($header, 'translator'),
      for $other in $header/tei:fileDesc/tei:titleStmt/tei:respStmt[not(tei:resp/@key = ('compiler', 'translator'))]
        return map {'key': 'resp', 'label': ed:plain($other/tei:resp) => ed:capitalise(),
                    'nodes': $other/(* except tei:resp)},
      ($header/tei:fileDesc/tei:notesStmt/tei:note[@type = 'credits'])[1] ! ed:field('credits', ., ()),
      $header/tei:fileDesc/tei:titleStmt/tei:funder[1]
        [not($header/tei:fileDesc/tei:notesStmt/tei:note[@type = 'credits'])] ! ed:field('funder', ../tei:funder, ()),
      $header/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent'][1]
        ! ed:field('sender', (tei:persName, tei:orgName, tei:placeName), ()),
      $header/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'received'][1]
        ! ed:field('addressee', (tei:persName, tei:orgName, tei:placeName), ()),
      ($source//tei:bibl[@type = 'publication'])[1] ! ed:field('publication', $source//tei:bibl[@type = 'publication'], ()),
      $link ! map {'key': 'archive-link', 'label': ed:label('archive-link'), 'nodes': (), 'url': .},
      $citation[1] ! ed:field('citation', ., ()),
      ed:language-field($tei),
      $header/tei:profileDesc/tei:abstract[normalize-space()][1] ! ed:field('summary', ., ())
    )"/>
  </xsl:function>

  <xsl:function name="ed:field" as="map(*)">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="nodes" as="element()*"/>
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="map:merge((map {'key': $key, 'label': ed:label($key), 'nodes': $nodes},
                                     $text ! map {'text': .}))"
                  xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- Compilers or translators named in the title statement (one field, several names). -->
  <xsl:function name="ed:responsibilities" as="map(*)?">
    <xsl:param name="header" as="element(tei:teiHeader)"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="names" select="$header/tei:fileDesc/tei:titleStmt/tei:respStmt[tei:resp/@key = $key]
                                       /(* except tei:resp)"/>
    <xsl:sequence select="if ($names) then ed:field($key, $names, ()) else ()"/>
  </xsl:function>

  <!-- The language of the original (the manuscript's, else a declared language other than the text's). -->
  <xsl:function name="ed:language-field" as="map(*)?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="original" select="($tei/tei:teiHeader//tei:msContents/tei:textLang,
        $tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[@ident ne string($tei/@xml:lang)])[1]"/>
    <xsl:sequence select="if ($original) then ed:field('language', $original, ed:plain($original)) else ()"/>
  </xsl:function>

  <xsl:function name="ed:capitalise" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="upper-case(substring($text, 1, 1)) || substring($text, 2)"/>
  </xsl:function>
</xsl:stylesheet>
