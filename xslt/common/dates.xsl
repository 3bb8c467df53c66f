<?xml version="1.0" encoding="UTF-8"?>
<!-- Dates as readers see them ("3 November 1956"), and as machines sort them. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    exclude-result-prefixes="#all" expand-text="yes">

  <!-- An ISO value (1956, 1956-11, 1956-11-03, 1956-10-24T15:00:00, 10:20:00) in words. -->
  <xsl:function name="ed:format-date" as="xs:string">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:sequence select="
      if (matches($v, '^-?\d{4}$')) then $v
      else if (matches($v, '^\d{4}-\d{2}$') and $v || '-01' castable as xs:date)
        then format-date(xs:date($v || '-01'), '[MNn] [Y]', 'en', (), ())
      else if ($v castable as xs:date) then format-date(xs:date($v), '[D] [MNn] [Y]', 'en', (), ())
      else if ($v castable as xs:dateTime)
        then format-dateTime(xs:dateTime($v), '[D] [MNn] [Y], [H01]:[m01]', 'en', (), ())
      else if ($v castable as xs:time) then format-time(xs:time($v), '[H01]:[m01]', 'en', (), ())
      else $v"/>
  </xsl:function>

  <!-- The span a date element states (@when, @from/@to, @notBefore/@notAfter) in words. -->
  <xsl:function name="ed:date-label" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="
      if ($date/@when) then ed:format-date($date/@when)
      else if ($date/@from and $date/@to) then ed:format-date($date/@from) || '–' || ed:format-date($date/@to)
      else if ($date/@from) then 'from ' || ed:format-date($date/@from)
      else if ($date/@to) then 'until ' || ed:format-date($date/@to)
      else if ($date/@notBefore and $date/@notAfter)
        then 'between ' || ed:format-date($date/@notBefore) || ' and ' || ed:format-date($date/@notAfter)
      else if ($date/@notBefore) then 'not before ' || ed:format-date($date/@notBefore)
      else if ($date/@notAfter) then 'not after ' || ed:format-date($date/@notAfter)
      else normalize-space($date)"/>
  </xsl:function>

  <!-- The ISO value a date element starts at ("" when it states none). -->
  <xsl:function name="ed:date-value" as="xs:string">
    <xsl:param name="date" as="element()?"/>
    <xsl:sequence select="string(($date/@when, $date/@from, $date/@notBefore, $date/@to, $date/@notAfter)[1])"/>
  </xsl:function>

  <!-- A key that sorts dates in time order; undated things sort last. -->
  <xsl:function name="ed:date-key" as="xs:string">
    <xsl:param name="date" as="element()?"/>
    <xsl:variable name="value" select="ed:date-value($date)"/>
    <xsl:sequence select="if ($value) then $value else '9999'"/>
  </xsl:function>

  <!-- Whether a date element states a machine-readable date. -->
  <xsl:function name="ed:is-dated" as="xs:boolean">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="exists($date/(@when, @from, @to, @notBefore, @notAfter))"/>
  </xsl:function>

  <!-- A value for HTML's datetime attribute (and similar): the ISO value when it is one. -->
  <xsl:function name="ed:machine-date" as="xs:string?">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="value" select="ed:date-value($date)"/>
    <xsl:sequence select="$value[matches(., '^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?)?)?)?$|^\d{2}:\d{2}(:\d{2})?$')]"/>
  </xsl:function>

  <!-- Whether a text already states a date (a title "…, October 24, 1956, 6:07 p.m." or "… on 27
       November 1956"): its year, its month by name and its day all stand in it. -->
  <xsl:function name="ed:states-date" as="xs:boolean">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="value" select="ed:date-value($date)"/>
    <xsl:variable name="month" select="substring($value, 1, 7)[matches(., '^\d{4}-\d{2}$')][. || '-01' castable as xs:date]
                                       ! format-date(xs:date(. || '-01'), '[MNn]', 'en', (), ())"/>
    <xsl:variable name="day" select="substring($value, 9, 2)[matches(., '^\d{2}$')] ! string(xs:integer(.))"/>
    <xsl:sequence select="matches($value, '^\d{4}') and exists($month)
        and (every $part in (substring($value, 1, 4), $day) satisfies matches($text, '(^|\D)' || $part || '(\D|$)'))
        and contains($text, $month)"/>
  </xsl:function>

  <!-- The date of a document: its creation date, else the first dated date line of its text. -->
  <xsl:function name="ed:document-date" as="element()?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="($tei/tei:teiHeader/tei:profileDesc/tei:creation//tei:date[ed:is-dated(.)],
                           $tei/tei:text//tei:dateline//tei:date[ed:is-dated(.)])[1]"/>
  </xsl:function>
</xsl:stylesheet>
