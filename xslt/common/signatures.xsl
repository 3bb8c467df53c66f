<?xml version="1.0" encoding="UTF-8"?>
<!--
  Archival signatures (msIdentifier in the header, bibl type="archival" in citations and notes)
  as records that editions list, sort and group: repository → collection → fond → opis → delo → list.
  A record is a map:
    'site'      the msIdentifier or bibl element
    'repository' the repository element (repository, or orgName type="repository"), if any
    'key'       the repository's register id (its @ref), else a slug of its name
    'collection' the collection it is in ("Malin Collection"), if any
    'levels'    the parts in order, each map {'type': 'fond', 'value': '3'}; the collection is the
                first level only where there is no fond/opis/delo arrangement (U.S. "Central Files")
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- The signatures a document cites: its own (msIdentifier; the citation's when it has none) and
       those in its text; an "Ibid." with no signature before it to refer to is left out. -->
  <xsl:function name="ed:signature-sites" as="element()*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="own" select="$tei/tei:teiHeader//tei:msIdentifier[tei:idno or tei:repository]"/>
    <xsl:sequence select="($own, $tei/tei:teiHeader//tei:bibl[@type = 'archival'][empty($own)],
                           $tei/tei:text//tei:bibl[@type = 'archival'])[not(ed:is-ibid(.)) or exists(ed:ibid-basis(.))]"/>
  </xsl:function>

  <!-- Whether a citation is an "Ibid." (it names no repository and begins with "Ibid"). -->
  <xsl:function name="ed:is-ibid" as="xs:boolean">
    <xsl:param name="site" as="element()"/>
    <xsl:sequence select="exists($site/self::tei:bibl) and empty(ed:site-repository($site))
                          and matches(ed:plain($site), '^\W*ibid(\W|$)', 'i')"/>
  </xsl:function>

  <!-- The signature an "Ibid." refers to: the nearest one before it in the same document (itself
       resolved when it is an "Ibid." too); none when there is no such signature. -->
  <xsl:function name="ed:ibid-basis" as="element()?" cache="yes">
    <xsl:param name="site" as="element()"/>
    <xsl:variable name="tei" select="$site/ancestor::tei:TEI[1]"/>
    <xsl:sequence select="$site/preceding::*[self::tei:bibl[@type = 'archival'] or self::tei:msIdentifier[tei:idno or tei:repository]]
                          [ancestor::tei:TEI[1] is $tei][1][not(ed:is-ibid(.)) or exists(ed:ibid-basis(.))]"/>
  </xsl:function>

  <xsl:function name="ed:site-repository" as="element()?">
    <xsl:param name="site" as="element()"/>
    <xsl:sequence select="$site/(tei:repository | .//tei:orgName[@type = 'repository'])[1]"/>
  </xsl:function>

  <!-- A citation's signature; an "Ibid." takes the repository, collection and higher levels of the
       signature it refers to, and its own parts in place of the rest ("Ibid., 611.48/10–2456"
       after "Department of State, Central Files, 611.48/10–2556"). -->
  <xsl:function name="ed:signature" as="map(*)">
    <xsl:param name="site" as="element()"/>
    <xsl:variable name="basis" select="if (ed:is-ibid($site)) then ed:ibid-basis($site) else ()"/>
    <xsl:variable name="parts" select="$site//tei:idno[@type][normalize-space()][not(ancestor::tei:altIdentifier)]"/>
    <xsl:variable name="own" as="map(*)*" select="$parts ! map {'type': string(@type), 'value': normalize-space(ed:plain(.))}"/>
    <xsl:choose>
      <xsl:when test="exists($basis)">
        <xsl:variable name="referred" select="ed:signature($basis)"/>
        <xsl:variable name="higher" select="array:flatten($referred?levels)" xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
        <xsl:variable name="kept" select="if (exists($own)) then $higher[position() lt (index-of($higher?type, $own[1]?type)[1], count($higher) + 1)[1]]
                                          else $higher"/>
        <xsl:sequence select="map:merge((map {'site': $site, 'levels': array {$kept, $own}}, $referred),
                                        map {'duplicates': 'use-first'})" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="repository" select="ed:site-repository($site)"/>
        <xsl:variable name="collection" select="($site/(tei:collection | .//tei:name[@type = 'collection']))[1] ! ed:plain(.)"/>
        <xsl:variable name="arranged" select="$parts/@type = ('fond', 'opis', 'delo')"/>
        <xsl:sequence select="map:merge((map {
          'site': $site,
          'repository': $repository,
          'key': ed:repository-key($repository),
          'levels': array {
            $collection[not($arranged)] ! map {'type': 'collection', 'value': .},
            $own
          }
        }, $collection ! map {'collection': .}))" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- A repository's key: its register id, else a slug of its name ("unknown" when there is none). -->
  <xsl:function name="ed:repository-key" as="xs:string">
    <xsl:param name="repository" as="element()?"/>
    <xsl:sequence select="(ed:ids($repository/@ref)[1], ed:slug(ed:plain($repository))[.], 'unknown')[1]"/>
  </xsl:function>

  <!-- The repository's register entry (org in standOff), if its @ref resolves. -->
  <xsl:function name="ed:repository-entry" as="element()?">
    <xsl:param name="repository" as="element()?"/>
    <xsl:sequence select="$repository ! ed:entry(., @ref)"/>
  </xsl:function>

  <!-- The repository's full name ("Tsentr Khraneniya Sovremennoi Dokumentatsii"), else its name as cited. -->
  <xsl:function name="ed:repository-full-name" as="xs:string">
    <xsl:param name="repository" as="element()?"/>
    <xsl:variable name="entry" select="ed:repository-entry($repository)"/>
    <xsl:sequence select="if ($entry) then ed:full-name($entry) else ed:plain($repository)"/>
  </xsl:function>

  <!-- The repository's short name ("TsKhSD"), else its name as cited. -->
  <xsl:function name="ed:repository-short-name" as="xs:string">
    <xsl:param name="repository" as="element()?"/>
    <xsl:variable name="entry" select="ed:repository-entry($repository)"/>
    <xsl:sequence select="if ($entry) then ed:short-name($entry) else ed:plain($repository)"/>
  </xsl:function>

  <!-- The word for a signature part: "fond", "opis", "delo", "list"/"listy" (plural for ranges). -->
  <xsl:function name="ed:level-label" as="xs:string">
    <xsl:param name="level" as="map(*)"/>
    <xsl:variable name="plural" select="matches($level?value, '\d\s*[-–,]\s*\d')"/>
    <xsl:sequence select="ed:label('idno.' || $level?type || ('.plural'[$plural]), $level?type)"/>
  </xsl:function>

  <!-- One level as words: "fond 3", "Malin Collection". -->
  <xsl:function name="ed:level-text" as="xs:string">
    <xsl:param name="level" as="map(*)"/>
    <xsl:sequence select="if ($level?type eq 'collection') then $level?value
                          else ed:level-label($level) || ' ' || $level?value"/>
  </xsl:function>

  <!-- A signature as one line: "TsKhSD, fond 3, opis 12, delo 1005, listy 67-69". -->
  <xsl:function name="ed:signature-text" as="xs:string">
    <xsl:param name="signature" as="map(*)"/>
    <xsl:sequence select="string-join((ed:repository-short-name($signature?repository)[.],
        $signature?collection[not(. = array:flatten($signature?levels)?value)],
        array:flatten($signature?levels) ! ed:level-text(.)), ', ')"
                  xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
  </xsl:function>

  <!-- The anchor of a node of the signature tree: "src-tskhsd-fond-3-opis-12". -->
  <xsl:function name="ed:signature-anchor" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="levels" as="map(*)*"/>
    <xsl:sequence select="string-join(('src', ed:slug($key), $levels ! (ed:slug(?type), ed:slug(?value))), '-')"/>
  </xsl:function>
</xsl:stylesheet>
