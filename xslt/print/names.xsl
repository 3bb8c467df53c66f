<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mode print, names: a person, place or organisation with a register entry carries an anchor,
  whose page the index cites; the name is printed as the source has it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:print="urn:tei-toolkit:print"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:geogName | tei:name | tei:rs" mode="print">
    <xsl:variable name="register" select="ed:register-of(.)"/>
    <span class="name name-{($register, 'other')[1]}">
      <xsl:if test="$register and ed:ids(@ref)">
        <xsl:attribute name="id" select="print:anchor(.)"/>
      </xsl:if>
      <xsl:call-template name="print:lang"/>
      <xsl:apply-templates mode="print"/>
    </span>
  </xsl:template>
</xsl:stylesheet>
