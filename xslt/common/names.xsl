<?xml version="1.0" encoding="UTF-8"?>
<!--
  Register entries (person, place, org in standOff) as readers see them: display name, sort
  name, other name forms, life dates, role, authority links.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- Name types that mark a form as the entry's main one. -->
  <xsl:variable name="ed:main-name-types" select="('main', 'full', 'official', 'reg', 'standard', 'canonical')"/>
  <!-- Name types that mark short forms (abbreviations of organisations, repositories); the edition's
       registers mark them full="abb" (orgName/@type is reserved for repositories). -->
  <xsl:variable name="ed:short-name-types" select="('short', 'abbr', 'acronym', 'abbreviation')"/>

  <xsl:function name="ed:names" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$entry/(tei:persName | tei:placeName | tei:orgName | tei:name)"/>
  </xsl:function>

  <!-- The entry's main name element: typed main, else untyped, else the first. -->
  <xsl:function name="ed:main-name" as="element()?">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="ed:names($entry)"/>
    <xsl:sequence select="($names[@type = $ed:main-name-types], $names[not(@type)], $names)[1]"/>
  </xsl:function>

  <!-- A name element as text: "forename surname" when it has parts, its text otherwise. -->
  <xsl:function name="ed:name-text" as="xs:string">
    <xsl:param name="name" as="element()?"/>
    <xsl:variable name="parts" select="$name/(tei:forename | tei:surname | tei:roleName | tei:addName
                                       | tei:nameLink | tei:genName | tei:settlement | tei:country)"/>
    <xsl:sequence select="if ($parts) then string-join($parts ! normalize-space(), ' ')
                          else normalize-space(string-join($name//text()[not(ancestor::tei:note)]))"/>
  </xsl:function>

  <xsl:function name="ed:display-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="(ed:name-text(ed:main-name($entry))[.], string($entry/@xml:id))[1]"/>
  </xsl:function>

  <!-- "Surname, Forenames" for persons with parts ("Pseudonym, Forenames Surname" for a person known
       by a pseudonym), with a generational name last ("Hoover, Herbert C., Jr."); the display name
       otherwise. -->
  <xsl:function name="ed:sort-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="name" select="ed:main-name($entry)"/>
    <xsl:variable name="forenames" select="string-join($name/tei:forename ! normalize-space(), ' ')"/>
    <xsl:variable name="surnames" select="string-join($name/tei:surname ! normalize-space(), ' ')"/>
    <xsl:variable name="pseudonym" select="normalize-space($name/tei:addName[@type = 'pseudonym'][1])"/>
    <!-- A person known by a pseudonym is filed under it: "Tito, Josip Broz". -->
    <xsl:variable name="generation" select="string-join($name/tei:genName ! normalize-space(), ' ')"/>
    <xsl:sequence select="if ($pseudonym) then string-join(($pseudonym || ', ' || string-join(($forenames[.], $surnames[.]), ' '), $generation[.]), ', ')
        else if ($name/tei:surname) then string-join(($surnames, $forenames[.], $generation[.]), ', ')
        else ed:display-name($entry)"/>
  </xsl:function>

  <!-- The heading form of a person in an index: "Malnasan, Aurel". -->
  <xsl:function name="ed:index-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="ed:sort-name($entry)"/>
  </xsl:function>

  <!-- Other forms of the name, each once, with its type when it has one ("Malnasanu (erroneous)"). -->
  <xsl:function name="ed:name-forms" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="main" select="ed:name-text(ed:main-name($entry))"/>
    <xsl:for-each-group select="ed:names($entry)[ed:name-text(.) ne $main]" group-by="ed:name-text(.)">
      <xsl:variable name="type" select="current-group()/@type[not(. = ($ed:main-name-types, 'variant', 'alt'))][1]"/>
      <xsl:sequence select="current-grouping-key() || ($type ! (' (' || ed:label('name-type.' || ., .) || ')'))"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- Life dates of a person: "1894–1971", "b. 1901", "d. 1985"; years only. -->
  <xsl:function name="ed:life-dates" as="xs:string?">
    <xsl:param name="person" as="element()"/>
    <xsl:variable name="born" select="ed:year(($person/tei:birth/(@when, @notBefore, tei:date/@when), $person/tei:birth)[1])"/>
    <xsl:variable name="died" select="ed:year(($person/tei:death/(@when, @notBefore, tei:date/@when), $person/tei:death)[1])"/>
    <xsl:sequence select="if ($born and $died) then $born || '–' || $died
                          else if ($born) then 'b. ' || $born else if ($died) then 'd. ' || $died else ()"/>
  </xsl:function>

  <xsl:function name="ed:year" as="xs:string?">
    <xsl:param name="value" as="item()?"/>
    <xsl:sequence select="replace(string($value), '^.*?(-?\d{4}).*$', '$1', 's')[matches(., '^-?\d{4}$')]"/>
  </xsl:function>

  <!-- One line saying who or what the entry is: a role note, occupation, description. -->
  <xsl:function name="ed:role" as="element()?">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="($entry/tei:note[@type = ('role', 'description', 'bio')], $entry/tei:occupation,
                           $entry/tei:desc, $entry/tei:note[not(@type)], $entry/tei:note)[1]"/>
  </xsl:function>

  <!-- Authority links of an entry: maps with 'label', 'id' and 'url' (no url for unknown types). -->
  <xsl:function name="ed:authority-links" as="map(xs:string, xs:string)*">
    <xsl:param name="entry" as="element()"/>
    <xsl:for-each select="$entry/tei:idno[normalize-space()]">
      <xsl:variable name="id" select="normalize-space()"/>
      <xsl:variable name="url" select="ed:authority-url(string(@type), $id)"/>
      <xsl:sequence select="map:merge((map {'label': ed:label('authority.' || @type, string((@type, 'ID')[1])), 'id': $id},
                                       $url ! map {'url': .}))"
                    xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="ed:authority-url" as="xs:string?">
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="
      if ($type eq 'wikidata' and matches($id, '^Q\d+$')) then 'https://www.wikidata.org/wiki/' || $id
      else if ($type eq 'viaf' and matches($id, '^\d+$')) then 'https://viaf.org/viaf/' || $id
      else if ($type eq 'gnd' and matches($id, '^[0-9X-]+$')) then 'https://d-nb.info/gnd/' || $id
      else if ($type eq 'geonames' and matches($id, '^\d+$')) then 'https://www.geonames.org/' || $id
      else if ($type = ('URI', 'uri', 'url')) then ed:safe-url($id)
      else ()"/>
  </xsl:function>

  <!-- A short form of an organisation (a repository's "TsKhSD"), else its display name. -->
  <xsl:function name="ed:short-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="short" select="ed:names($entry)[@type = $ed:short-name-types or @full = 'abb']"/>
    <xsl:sequence select="(($short[not(@from)], $short) ! ed:name-text(.), ed:display-name($entry))[1]"/>
  </xsl:function>

  <!-- The full form of an organisation's name (never its abbreviation when a longer form exists). -->
  <xsl:function name="ed:full-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="long" select="ed:names($entry)[not(@type = $ed:short-name-types or @full = 'abb')]"/>
    <xsl:sequence select="(($long[@type = $ed:main-name-types], $long) ! ed:name-text(.), ed:display-name($entry))[1]"/>
  </xsl:function>

  <!-- The register an entry belongs to: 'persons', 'places' or 'organisations'. -->
  <xsl:function name="ed:register-of" as="xs:string?">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="name" select="local-name($element)"/>
    <xsl:sequence select="
      if ($name = ('person', 'persName', 'personGrp')) then 'persons'
      else if ($name = ('place', 'placeName', 'geogName', 'settlement', 'country')) then 'places'
      else if ($name = ('org', 'orgName')) then 'organisations'
      else if ($name eq 'rs') then (map {'person': 'persons', 'place': 'places', 'org': 'organisations'})(string($element/@type))
      else ()"/>
  </xsl:function>
</xsl:stylesheet>
