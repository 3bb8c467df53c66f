<?xml version="1.0" encoding="UTF-8"?>
<!-- Small functions every module uses: references, anchors, safe URLs, sort keys. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:key name="ed:id" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- The element a local pointer ("#malnasan", or the first of "#a #b") points to, in the same document. -->
  <xsl:function name="ed:entry" as="element()?">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:sequence select="ed:entries($context, $pointer)[1]"/>
  </xsl:function>

  <!-- Every element the local pointers in $pointers point to, in the order given. -->
  <xsl:function name="ed:entries" as="element()*">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:sequence select="for $id in ed:ids($pointers) return key('ed:id', $id, root($context))"/>
  </xsl:function>

  <!-- The ids of local pointers: "#wit-hu #wit-ru" → ("wit-hu", "wit-ru"). -->
  <xsl:function name="ed:ids" as="xs:string*">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:sequence select="tokenize(normalize-space($pointers))[starts-with(., '#')] ! substring(., 2)"/>
  </xsl:function>

  <!-- A stable anchor for an element, the same in every edition and page: its xml:id, or its
       element name and number among the elements of that name outside standOff ("persName-3"). -->
  <xsl:function name="ed:anchor-id" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="local-name($element) || '-' || ($element/@xml:id, string(ed:number-of-name($element)))[1]"/>
  </xsl:function>

  <!-- Elements by expanded name, for numbering without walking the whole document each time. -->
  <xsl:key name="ed:by-name" match="*" use="namespace-uri() || ' ' || local-name()"/>

  <!-- The element's number among the elements of its name outside standOff, in document order. -->
  <xsl:function name="ed:number-of-name" as="xs:integer">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="same" select="key('ed:by-name', namespace-uri($element) || ' ' || local-name($element), root($element))"/>
    <xsl:sequence select="count($same[. &lt;&lt; $element][not(ancestor::tei:standOff)]) + 1"/>
  </xsl:function>

  <!-- The document's name: its file name without ".xml", as it stands in its URI (URL-safe).  A
       document handed in as a parameter has no document-uri() in Saxon, only its base URI; TEI/@n
       (an imported document's own id) is the last resort, for documents made in memory. -->
  <xsl:function name="ed:stem" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="uri" select="string((document-uri(root($node)), base-uri(root($node)))[1])"/>
    <xsl:sequence select="if ($uri) then replace(tokenize($uri, '/')[last()], '\.xml$', '')
                          else (root($node)/tei:TEI/@n, 'document')[1]"/>
  </xsl:function>

  <!-- A URL from a source only when it is plainly http(s); anything else (javascript:, data:) is not a link. -->
  <xsl:function name="ed:safe-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:sequence select="normalize-space($url)[matches(., '^https?://[^\s&quot;&lt;&gt;]+$', 'i')]"/>
  </xsl:function>

  <!-- A sort key that orders numbers by value ("F. 89" after "F. 3") and letters without their
       diacritics ("Ábrahám" with A, "Şerban" with S). -->
  <xsl:function name="ed:natural-key" as="xs:string">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:analyze-string select="lower-case(ed:base-letters(normalize-space($value)))" regex="[0-9]+">
        <xsl:matching-substring>{format-number(xs:decimal(.), '000000000000')}</xsl:matching-substring>
        <xsl:non-matching-substring>{.}</xsl:non-matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>

  <!-- Letters without their diacritics, for sorting and filing: "Mălnășan" → "Malnasan", "Łódź" →
       "Lodz", "Hammarskjöld" → "Hammarskjold"; letters that are not a base letter with marks are
       spelt out ("ß" → "ss"). -->
  <xsl:function name="ed:base-letters" as="xs:string">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="replace(normalize-unicode(string($value), 'NFD'), '\p{Mn}', '')
        => translate('łŁøØđĐıħĦ', 'lLoOdDihH')
        => replace('ß', 'ss') => replace('æ', 'ae') => replace('Æ', 'Ae') => replace('œ', 'oe') => replace('Œ', 'Oe')"/>
  </xsl:function>

  <!-- The language in force at a node (xml:lang of the nearest ancestor that has one). -->
  <xsl:function name="ed:lang" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string($node/ancestor-or-self::*[@xml:lang][1]/@xml:lang)[.]"/>
  </xsl:function>

  <!-- A fragment-safe slug of any text ("764.00/10–2456" → "764-00-10-2456"). -->
  <xsl:function name="ed:slug" as="xs:string">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="replace(lower-case(replace(normalize-space($value), '[^\p{L}\p{N}]+', '-')), '^-|-$', '')"/>
  </xsl:function>

  <!-- Where an element is, for messages: "/TEI/text/body/div/p/foo". -->
  <xsl:function name="ed:where" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="'/' || string-join($element/ancestor-or-self::* ! name(), '/')"/>
  </xsl:function>

  <!-- "a, b and c" -->
  <xsl:function name="ed:join" as="xs:string">
    <xsl:param name="items" as="xs:string*"/>
    <xsl:param name="and" as="xs:string"/>
    <xsl:sequence select="if (count($items) le 1) then string($items)
        else string-join($items[position() lt last()], ', ') || ' ' || $and || ' ' || $items[last()]"/>
  </xsl:function>
</xsl:stylesheet>
