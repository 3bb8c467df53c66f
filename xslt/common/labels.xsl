<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every word an edition prints around the sources' text, in one place, so that the web and the
  print edition say the same things.  ed:label('key') gives the text; an unknown key is reported.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:tei-toolkit:edition"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:variable name="ed:labels" as="map(xs:string, xs:string)" select="map {
    (: metadata fields, in the order ed:metadata gives them :)
    'date': 'Date',
    'source': 'Archival source',
    'collection': 'Collection',
    'compiler': 'Compiled by',
    'translator': 'Translated by',
    'funder': 'Made possible by',
    'credits': 'Credits',
    'sender': 'Sent by',
    'addressee': 'Sent to',
    'publication': 'Previously published',
    'archive-link': 'Digital archive',
    'citation': 'Archive citation',
    'language': 'Original language',
    'translation': 'translated into',
    'summary': 'Summary',
    (: parts of archival signatures (singular, plural) :)
    'idno.fond': 'fond', 'idno.fond.plural': 'fond',
    'idno.opis': 'opis', 'idno.opis.plural': 'opis',
    'idno.delo': 'delo', 'idno.delo.plural': 'delo',
    'idno.list': 'list', 'idno.list.plural': 'listy',
    'idno.file': 'file', 'idno.file.plural': 'file',
    'idno.lot': 'lot', 'idno.lot.plural': 'lot',
    'idno.series': 'series', 'idno.series.plural': 'series',
    (: notes :)
    'notes': 'Notes',
    'notes.translator': 'Translator’s notes',
    'notes.editorial': 'Editorial notes',
    'notes.source': 'Source notes',
    'textual-notes': 'Textual notes',
    'note.translator': 'Translator’s note',
    'note.editorial': 'Editorial note',
    'note.source': 'Source note',
    'note.credits': 'Credits',
    'note.textual': 'Textual note',
    'note.source.mark': '*',
    'see-note': 'see note',
    (: wording of textual notes: Malnasan] Malnasanu in the published … versions :)
    'textual.in': 'in',
    'textual.and': 'and',
    'textual.omitted': 'omitted',
    'textual.not-in-copy-text': 'not in the copy text',
    'textual.sic': 'in the source; corrected by the editors',
    'textual.orig': 'in the source; regularised by the editors',
    'supplied': 'supplied by the editors',
    'supplied.omitted': 'omitted in the source; supplied by the editors',
    'supplied.illegible': 'illegible in the source; supplied by the editors',
    'gap': 'passage omitted',
    'gap.omitted': 'passage omitted in the source',
    'gap.illegible': 'illegible passage',
    'unclear': 'uncertain reading',
    (: readings :)
    'reading.edited': 'Edited text',
    'reading.source': 'Source readings',
    (: registers and pages :)
    'documents': 'Documents',
    'document': 'Document',
    'persons': 'Persons',
    'places': 'Places',
    'organisations': 'Organisations',
    'archives': 'Archival sources',
    'chronology': 'Chronology',
    'search': 'Search',
    (: the data downloads of the web edition (data/), by file :)
    'data': 'Data',
    'data.persons.csv': 'Persons (CSV)', 'data.places.csv': 'Places (CSV)',
    'data.organisations.csv': 'Organisations (CSV)',
    'data.registers.jsonld': 'Registers (JSON-LD, schema.org)', 'data.documents.jsonld': 'Documents (JSON-LD, schema.org)',
    'data.cmif.xml': 'Correspondence metadata (CMIF)', 'data.corpus.xml': 'All documents in one file (teiCorpus)',
    'data.dts/index.json': 'DTS API (entry point)',
    'introduction': 'Introduction',
    'editors': 'Edited by',
    'mentions': 'Mentioned in',
    'name-forms': 'Also written',
    'authority': 'Authority files',
    'how-to-cite': 'How to cite',
    'download-tei': 'Download the TEI source',
    'about-document': 'About this document',
    'undated': 'undated',
    'in-header': 'document description',
    'previous': 'Previous document',
    'next': 'Next document',
    'name-type.abbr': 'abbreviation',
    'name-type.short': 'short form',
    'name-type.erroneous': 'erroneous form',
    'name-type.birth': 'birth name',
    'name-type.pseudonym': 'pseudonym',
    'note.source.where': 'source note',
    'authority.wikidata': 'Wikidata',
    'authority.viaf': 'VIAF',
    'authority.gnd': 'GND',
    'authority.geonames': 'GeoNames',
    'authority.frus': 'FRUS',
    'authority.URI': 'Web',
    (: the print edition's front and back matter :)
    'contents': 'Contents',
    'principles': 'Editorial principles',
    'principles.documents': 'In particular documents',
    'principle.normalization': 'Normalisation',
    'principle.correction': 'Corrections',
    'principle.quotation': 'Quotation marks',
    'principle.hyphenation': 'Hyphenation',
    'principle.interpretation': 'Interpretation',
    'principle.segmentation': 'Segmentation',
    'principle.punctuation': 'Punctuation',
    'principle.stdVals': 'Standard values',
    'principle.conventions': 'This edition',
    'conventions': 'Notes of the sources and of the editors are numbered footnotes, as in the sources; textual notes on variant readings, corrections and regularisations are lettered footnotes. Words supplied by the editors stand in square brackets; […] marks an omission. In the indexes, a page number followed by n refers to a footnote on that page.',
    'index.persons': 'Index of persons',
    'index.places': 'Index of places',
    'sources-cited': 'Archival sources cited',
    'end-notes': 'Notes without a call in the text',
    'in-notes.mark': 'n',
    'page': 'p.',
    'pages': 'pp.'
  }"/>

  <!-- The text for a label key; an unknown key is reported and shown as itself. -->
  <xsl:function name="ed:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="map:contains($ed:labels, $key)" xmlns:map="http://www.w3.org/2005/xpath-functions/map">
        <xsl:sequence select="$ed:labels($key)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:message>[W-XSLT-LABEL] no label for "{$key}"</xsl:message>
        <xsl:sequence select="$key"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The label for a key when there is one, else the fallback (for open value lists such as note types). -->
  <xsl:function name="ed:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="fallback" as="xs:string"/>
    <xsl:sequence select="($ed:labels($key), $fallback)[1]"/>
  </xsl:function>
</xsl:stylesheet>
