<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page every HTML file of the site shares: head, skip link, banner with the edition's
  title and navigation, main, footer.  Pages call web:page with their title, section and content.
  $web:root is the way back to the site's root ("" at the root, "../" in documents/): every
  link is relative, so the site works from any folder and from the file system.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:tei-toolkit:edition"
    xmlns:web="urn:tei-toolkit:web"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:output method="html" html-version="5" encoding="UTF-8" include-content-type="no" indent="no"/>

  <!-- Redeclared as '../' by the stylesheets of pages one folder down. -->
  <xsl:variable name="web:root" as="xs:string" select="''"/>

  <!-- The site's sections, in navigation order: (key, file). -->
  <xsl:variable name="web:sections" as="map(xs:string, xs:string)*" select="(
    map {'key': 'documents', 'href': 'index.html'},
    map {'key': 'persons', 'href': 'persons.html'},
    map {'key': 'places', 'href': 'places.html'},
    map {'key': 'organisations', 'href': 'organisations.html'},
    map {'key': 'archives', 'href': 'archives.html'},
    map {'key': 'chronology', 'href': 'chronology.html'},
    map {'key': 'search', 'href': 'search.html'})"/>

  <xsl:template name="web:page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="section" as="xs:string"/>
    <xsl:param name="lang" as="xs:string" select="$language"/>
    <xsl:param name="description" as="xs:string?" select="()"/>
    <xsl:param name="content" as="node()*"/>
    <!-- The page's address under base-url, if the edition has one (a document's stable URL). -->
    <xsl:param name="canonical" as="xs:string?" select="()"/>
    <!-- Scripts of this page besides edition.js, relative to assets/. -->
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>{$title}{' — ' || $edition-title[$title ne $edition-title]}</title>
        <xsl:if test="$description">
          <meta name="description" content="{$description}"/>
        </xsl:if>
        <xsl:if test="$base-url and $canonical">
          <link rel="canonical" href="{$base-url}{$canonical}"/>
        </xsl:if>
        <link rel="stylesheet" href="{$web:root}assets/edition.css"/>
        <script src="{$web:root}assets/edition.js" defer=""></script>
        <xsl:for-each select="$scripts">
          <script src="{$web:root}assets/{.}" defer=""></script>
        </xsl:for-each>
      </head>
      <body class="page-{$section}">
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <div class="site-header-inner">
            <p class="site-title"><a href="{$web:root}index.html">{$edition-title}</a></p>
            <nav class="site-nav" aria-label="Edition">
              <ul>
                <xsl:for-each select="$web:sections">
                  <li>
                    <a href="{$web:root}{?href}">
                      <xsl:if test="?key eq $section"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
                      <xsl:value-of select="ed:label(?key)"/>
                    </a>
                  </li>
                </xsl:for-each>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="site-main" tabindex="-1">
          <xsl:sequence select="$content"/>
        </main>
        <footer class="site-footer">
          <p><cite>{$edition-title}</cite>{$editors[1] ! (', ' || lower-case(ed:label('editors')) || ' ' || ed:join($editors, 'and'))}.</p>
          <p>Encoded in TEI P5; every page has its TEI source. Search needs the site served over http (<code>tei serve</code>).</p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- A document page's path from the site's root: its stable address under base-url. -->
  <xsl:function name="web:document-path" as="xs:string">
    <xsl:param name="stem" as="xs:string"/>
    <xsl:sequence select="'documents/' || $stem || '.html'"/>
  </xsl:function>

  <!-- A link to a document page from a page at $web:root. -->
  <xsl:function name="web:document-href" as="xs:string">
    <xsl:param name="stem" as="xs:string"/>
    <xsl:sequence select="$web:root || web:document-path($stem)"/>
  </xsl:function>

  <!-- A link into a register: persons.html#malnasan. -->
  <xsl:function name="web:register-href" as="xs:string">
    <xsl:param name="register" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$web:root || $register || '.html#' || encode-for-uri($id)"/>
  </xsl:function>
</xsl:stylesheet>
