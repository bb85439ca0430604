<?xml version="1.0" encoding="UTF-8"?>
<!--
  An ODT (OpenDocument text) package to the document view urn:nl:abro:document:1
  (see document-view.md), unpaged.

  Called with the named template "view" and no context item. The caller opens the zip and passes
    $parts       map(xs:string, document-node())  every .xml/.rels entry, parsed, by its path in the zip
    $entries     map(xs:string, xs:integer)       every entry of the zip with its uncompressed size
    $media-type  xs:string                        the detected media type

  What the view holds:
  - body: office:body/office:text as shown: headings (text:h, @text:outline-level 1-6), paragraphs
    (also in lists, sections, indexes and text boxes, which follow the paragraph they are anchored
    in), tables (table:covered-table-cell left out); not the text of comments (office:annotation),
    footnotes and endnotes (text:note), tracked deletions (text:tracked-changes) or hidden text
    (text:hidden-text, text:hidden-paragraph, text:section with text:display="none", and
    paragraphs and spans whose style, automatic or common through style:parent-style-name, has
    text:display="none"). Fields keep the text last saved in them (text:page-number "1").
  - headers and footers of each master page the body uses (style:master-page-name of the styles
    of its paragraphs and tables, the default master page "Standard" or else the first before the
    first such paragraph), numbered in the order the body first uses them: style:header is
    "default", style:header-first "first", style:header-left "even"; not those with
    style:display="false". Tables in headers and footers become paragraphs.
  - facts: comments (of content.xml and styles.xml), tracked insertions (with the text between
    their text:change-start and text:change-end) and deletions, hidden text, embedded files
    (sub-documents such as "Object 1/" with the sum of their entries' sizes, and every entry that
    is not a standard part or under Pictures/, Thumbnails/, Configurations2/, ObjectReplacements/
    or META-INF/).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:f="urn:nl:abro:document:functions"
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns="urn:nl:abro:document:1"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:param name="parts" as="map(xs:string, document-node())" required="yes"/>
  <xsl:param name="entries" as="map(xs:string, xs:integer)" required="yes"/>
  <xsl:param name="media-type" as="xs:string" required="yes"/>

  <!-- block: paragraphs and tables; text: the shown text of a paragraph ($reveal: hidden text too). -->
  <xsl:mode name="block" on-no-match="shallow-skip"/>
  <xsl:mode name="text" on-no-match="shallow-skip"/>

  <xsl:key name="style" match="style:style" use="@style:family || ' ' || @style:name"/>
  <xsl:key name="change-start" match="text:change-start" use="@text:change-id"/>
  <xsl:key name="change-end" match="text:change-end" use="@text:change-id"/>

  <xsl:variable name="content" select="$parts('content.xml')"/>
  <xsl:variable name="styles" select="$parts('styles.xml')"/>
  <xsl:variable name="meta" select="$parts('meta.xml')/office:document-meta/office:meta"/>
  <xsl:variable name="manifest" select="$parts('META-INF/manifest.xml')/manifest:manifest"/>
  <xsl:variable name="text" select="$content/office:document-content/office:body/office:text"/>
  <xsl:variable name="master-pages" select="$styles/office:document-styles/office:master-styles/style:master-page"/>

  <!-- Standard parts, and folders whose files are no embedded files. -->
  <xsl:variable name="standard" select="('mimetype', 'content.xml', 'styles.xml', 'meta.xml', 'settings.xml', 'manifest.rdf', 'layout-cache')"/>
  <xsl:variable name="ordinary-folders" select="('Pictures/', 'Thumbnails/', 'Configurations2/', 'ObjectReplacements/', 'META-INF/')"/>

  <!-- The master pages the body uses, in the order it first uses them. -->
  <xsl:variable name="sections" as="element(style:master-page)*">
    <xsl:variable name="blocks" select="$text//(text:p | text:h | table:table)[not(ancestor::table:table | ancestor::draw:* | ancestor::office:annotation
        | ancestor::text:note | ancestor::text:tracked-changes)]"/>
    <xsl:variable name="named" select="$blocks ! f:style(., if (self::table:table) then 'table' else 'paragraph')/@style:master-page-name[normalize-space()]"/>
    <xsl:variable name="default" select="($master-pages[@style:name = 'Standard'], $master-pages)[1]"/>
    <xsl:variable name="names" select="distinct-values((
        $default/@style:name[empty($blocks[1] ! f:style(., if (self::table:table) then 'table' else 'paragraph')/@style:master-page-name[normalize-space()])],
        $named) ! f:with-next(string(.), ()))"/>
    <xsl:sequence select="$names ! (let $n := . return $master-pages[@style:name = $n][1])"/>
  </xsl:variable>

  <xsl:template name="view">
    <xsl:variable name="pages" select="normalize-space($meta/meta:document-statistic/@meta:page-count)"/>
    <document format="odt" media-type="{$media-type}" paged="false">
      <xsl:if test="$pages castable as xs:nonNegativeInteger">
        <xsl:attribute name="pages" select="xs:integer($pages)"/>
      </xsl:if>
      <metadata>
        <xsl:sequence select="f:meta('title', $meta/dc:title), f:meta('subject', $meta/dc:subject),
            f:meta('keywords', string-join($meta/meta:keyword ! f:norm(.)[.], ', ')),
            f:meta('author', $meta/meta:initial-creator), f:meta('last-editor', $meta/dc:creator),
            f:meta('creator-tool', $meta/meta:generator), f:meta('created', $meta/meta:creation-date),
            f:meta('modified', $meta/dc:date), f:meta('template', ($meta/meta:template/(@xlink:title[normalize-space()], @xlink:href))[1]),
            f:meta('company', $meta/meta:user-defined[@meta:name = 'Company']), f:meta('language', $meta/dc:language)"/>
      </metadata>
      <facts>
        <encryption encrypted="false"/>
        <xsl:for-each select="($content, $styles) ! .//office:annotation">
          <xsl:sequence select="f:fact('comment', dc:creator, dc:date, string-join(.//(text:p | text:h) ! f:text(., false()), ' '))"/>
        </xsl:for-each>
        <xsl:for-each select="$content//text:tracked-changes/text:changed-region[text:insertion]">
          <xsl:sequence select="f:fact('insertion', text:insertion/office:change-info/dc:creator, text:insertion/office:change-info/dc:date,
              f:inserted-text((@text:id, @xml:id)[1]))"/>
        </xsl:for-each>
        <xsl:for-each select="$content//text:tracked-changes/text:changed-region/text:deletion">
          <xsl:sequence select="f:fact('deletion', office:change-info/dc:creator, office:change-info/dc:date,
              string-join(.//(text:p | text:h)[not(ancestor::office:change-info)] ! f:text(., true()), ' '))"/>
        </xsl:for-each>
        <xsl:for-each select="($text, $sections) ! .//(text:p | text:h | text:span | text:section | text:hidden-text)
            [f:hides(.)][not(ancestor::*[f:hides(.)] | ancestor::text:tracked-changes | ancestor::office:annotation)]">
          <xsl:variable name="t" as="xs:string*">
            <xsl:choose>
              <xsl:when test="self::text:hidden-text"><xsl:sequence select="string(@text:string-value)"/></xsl:when>
              <xsl:when test="self::text:section"><xsl:sequence select=".//(text:p | text:h)[not(ancestor::office:annotation | ancestor::text:note)] ! f:text(., true())"/></xsl:when>
              <xsl:otherwise>
                <xsl:apply-templates mode="text"><xsl:with-param name="reveal" select="true()" tunnel="yes"/></xsl:apply-templates>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <xsl:sequence select="f:fact('hidden-text', (), (), string-join($t, if (self::text:section) then ' ' else ''))"/>
        </xsl:for-each>
        <xsl:call-template name="embedded-files"/>
      </facts>
      <xsl:for-each select="('header', 'footer')">
        <xsl:variable name="what" select="."/>
        <xsl:for-each select="$sections">
          <xsl:variable name="number" select="position()"/>
          <xsl:variable name="page" select="."/>
          <xsl:for-each select="('default', 'first', 'even')">
            <xsl:variable name="kind" select="."/>
            <xsl:variable name="local" select="$what || map{'default': '', 'first': '-first', 'even': '-left'}($kind)"/>
            <xsl:variable name="region" select="$page/*[local-name() = $local][self::style:* | self::loext:*][not(@style:display = 'false')][1]"/>
            <xsl:variable name="paragraphs" as="element()*">
              <xsl:apply-templates select="$region/*" mode="block">
                <xsl:with-param name="flat" select="true()" tunnel="yes"/>
              </xsl:apply-templates>
            </xsl:variable>
            <xsl:if test="exists($paragraphs)">
              <xsl:element name="{$what}">
                <xsl:attribute name="section" select="$number"/>
                <xsl:attribute name="kind" select="$kind"/>
                <xsl:sequence select="$paragraphs"/>
              </xsl:element>
            </xsl:if>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:for-each>
      <body>
        <xsl:apply-templates select="$text/*" mode="block"/>
      </body>
    </document>
  </xsl:template>

  <xsl:template name="embedded-files">
    <xsl:variable name="folders" select="$manifest/manifest:file-entry/@manifest:full-path[ends-with(., '/')][. ne '/']
        [not(some $o in $ordinary-folders satisfies starts-with(., $o))] ! string()"/>
    <!-- Only the outermost sub-documents: "Object 1/Object 2/" is part of "Object 1/". -->
    <xsl:variable name="outer" select="$folders[let $f := . return not(some $o in $folders satisfies ($o ne $f and starts-with($f, $o)))]"/>
    <xsl:variable name="files" select="map:keys($entries)[not(ends-with(., '/'))][not(. = $standard)]
        [not(some $o in ($ordinary-folders, $outer) satisfies starts-with(., $o))]"/>
    <xsl:for-each select="$outer, $files">
      <xsl:sort select="." collation="http://www.w3.org/2005/xpath-functions/collation/codepoint"/>
      <xsl:variable name="path" select="."/>
      <xsl:variable name="type" select="normalize-space($manifest/manifest:file-entry[@manifest:full-path = $path][1]/@manifest:media-type)"/>
      <embedded-file name="{if (ends-with($path, '/')) then substring($path, 1, string-length($path) - 1) else $path}">
        <xsl:if test="$type"><xsl:attribute name="media-type" select="$type"/></xsl:if>
        <xsl:attribute name="size" select="if (ends-with($path, '/')) then sum(map:keys($entries)[starts-with(., $path)] ! $entries(.)) else $entries($path)"/>
      </embedded-file>
    </xsl:for-each>
  </xsl:template>

  <!-- Blocks. $flat (headers and footers): a table becomes the paragraphs of its cells. -->

  <xsl:template match="text:p | text:h" mode="block">
    <xsl:param name="flat" select="false()" tunnel="yes"/>
    <xsl:if test="not(f:hides(.))">
      <xsl:variable name="text" select="f:text(., false())"/>
      <xsl:if test="$text">
        <p>
          <xsl:for-each select="self::text:h[not($flat)] ! f:level(.)"><xsl:attribute name="heading" select="."/></xsl:for-each>
          <xsl:sequence select="$text"/>
        </p>
      </xsl:if>
      <xsl:variable name="p" select="."/>
      <xsl:apply-templates select=".//(draw:text-box | draw:custom-shape)[ancestor::*[self::text:p or self::text:h][1] is $p]/*" mode="block"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="text:section" mode="block">
    <xsl:if test="not(f:hides(.))"><xsl:apply-templates mode="block"/></xsl:if>
  </xsl:template>

  <xsl:template match="table:table" mode="block">
    <xsl:param name="flat" select="false()" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="$flat">
        <xsl:apply-templates mode="block"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="rows" as="element()*">
          <xsl:for-each select=".//table:table-row[ancestor::table:table[1] is current()]">
            <xsl:variable name="cells" as="element()*">
              <xsl:for-each select="table:table-cell">
                <xsl:variable name="text" select="normalize-space(string-join(.//(text:p | text:h)
                    [not(ancestor-or-self::*[f:hides(.)] | ancestor::office:annotation | ancestor::text:note)] ! f:text(., false()), ' '))"/>
                <xsl:if test="$text"><cell>{$text}</cell></xsl:if>
              </xsl:for-each>
            </xsl:variable>
            <xsl:if test="exists($cells)"><row><xsl:sequence select="$cells"/></row></xsl:if>
          </xsl:for-each>
        </xsl:variable>
        <xsl:if test="exists($rows)"><table><xsl:sequence select="$rows"/></table></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="table:covered-table-cell | text:tracked-changes | office:annotation | office:forms | text:sequence-decls
      | text:variable-decls | text:user-field-decls | text:dde-connection-decls | text:note" mode="block"/>

  <!-- Text. -->

  <xsl:template match="text()" mode="text">
    <xsl:sequence select="string(.)"/>
  </xsl:template>
  <xsl:template match="text:s | text:tab | text:line-break" mode="text">
    <xsl:sequence select="' '"/>
  </xsl:template>
  <xsl:template match="text:span" mode="text">
    <xsl:param name="reveal" select="false()" tunnel="yes"/>
    <xsl:if test="$reveal or not(f:hides(.))"><xsl:apply-templates mode="text"/></xsl:if>
  </xsl:template>
  <xsl:template match="text:hidden-text" mode="text">
    <xsl:param name="reveal" select="false()" tunnel="yes"/>
    <xsl:if test="$reveal or not(f:hides(.))"><xsl:sequence select="string(@text:string-value)"/></xsl:if>
  </xsl:template>
  <xsl:template match="office:annotation | office:annotation-end | text:note | text:number | text:ruby-text | text:tracked-changes
      | text:change | text:hidden-paragraph | text:soft-page-break | draw:*" mode="text"/>

  <!-- Functions. -->

  <!-- The text of a paragraph, normalised; $reveal: with its hidden spans. -->
  <xsl:function name="f:text" as="xs:string">
    <xsl:param name="p" as="element()"/>
    <xsl:param name="reveal" as="xs:boolean"/>
    <xsl:variable name="t" as="xs:string*">
      <xsl:apply-templates select="$p/node()" mode="text"><xsl:with-param name="reveal" select="$reveal" tunnel="yes"/></xsl:apply-templates>
    </xsl:variable>
    <xsl:sequence select="f:norm(string-join($t))"/>
  </xsl:function>

  <xsl:function name="f:norm" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="normalize-space(replace($s, '\p{Zs}', ' '))"/>
  </xsl:function>

  <xsl:function name="f:level" as="xs:integer?">
    <xsl:param name="h" as="element(text:h)"/>
    <xsl:variable name="level" select="($h/@text:outline-level[. castable as xs:integer] ! xs:integer(.), 1)[1]"/>
    <xsl:sequence select="$level[. ge 1 and . le 6]"/>
  </xsl:function>

  <!-- The style an element names: an automatic style of its own part, else a common style of styles.xml. -->
  <xsl:function name="f:style" as="element(style:style)?">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="family" as="xs:string"/>
    <xsl:variable name="name" select="string(($e/@text:style-name, $e/@table:style-name)[1])"/>
    <xsl:sequence select="if ($name = '') then () else f:named-style(root($e), $family, $name)"/>
  </xsl:function>

  <xsl:function name="f:named-style" as="element(style:style)?">
    <xsl:param name="home" as="node()"/>
    <xsl:param name="family" as="xs:string"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="k" select="$family || ' ' || $name"/>
    <xsl:sequence select="(key('style', $k, $home)[parent::office:automatic-styles], $styles ! key('style', $k, .)[parent::office:styles])[1]"/>
  </xsl:function>

  <!-- A master page and those that follow it by style:next-style-name (a "First Page" followed by "Standard"). -->
  <xsl:function name="f:with-next" as="xs:string*">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="seen" as="xs:string*"/>
    <xsl:variable name="next" select="string($master-pages[@style:name = $name][1]/@style:next-style-name)"/>
    <xsl:sequence select="$name, if ($next = ('', $name, $seen) or count($seen) gt 10) then () else f:with-next($next, ($seen, $name))"/>
  </xsl:function>

  <!-- Whether a style (through its parents) sets text:display="none". -->
  <xsl:function name="f:display-none" as="xs:boolean">
    <xsl:param name="style" as="element(style:style)?"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:variable name="display" select="$style/style:text-properties/@text:display"/>
    <xsl:sequence select="
        if (empty($style) or $depth gt 20) then false()
        else if (exists($display)) then $display = 'none'
        else if (normalize-space($style/@style:parent-style-name)) then
          f:display-none($styles ! key('style', $style/@style:family || ' ' || $style/@style:parent-style-name, .)[parent::office:styles][1], $depth + 1)
        else false()"/>
  </xsl:function>

  <!-- Whether an element hides its text. -->
  <xsl:function name="f:hides" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
        if ($e/self::text:span) then f:display-none(f:style($e, 'text'), 0)
        else if ($e/self::text:p or $e/self::text:h) then f:display-none(f:style($e, 'paragraph'), 0)
            or exists($e//text:hidden-paragraph[not(@text:is-hidden = 'false')][ancestor::*[self::text:p or self::text:h][1] is $e])
        else if ($e/self::text:section) then $e/@text:display = 'none'
        else if ($e/self::text:hidden-text) then not($e/@text:is-hidden = 'false')
        else false()"/>
  </xsl:function>

  <!-- The text between a tracked insertion's text:change-start and text:change-end. -->
  <xsl:function name="f:inserted-text" as="xs:string">
    <xsl:param name="id" as="xs:string?"/>
    <xsl:variable name="start" select="$content ! key('change-start', string($id), .)[1]"/>
    <xsl:variable name="end" select="$content ! key('change-end', string($id), .)[1]"/>
    <xsl:variable name="t" as="xs:string*">
      <xsl:if test="exists($start) and exists($end) and $start &lt;&lt; $end">
        <xsl:iterate select="$start/following::node()">
          <xsl:choose>
            <xsl:when test=". is $end"><xsl:break/></xsl:when>
            <xsl:when test="ancestor::office:annotation | ancestor::text:note | ancestor::draw:*
                | ancestor::text:span[f:hides(.)] | ancestor::text:number"/>
            <xsl:when test="self::text()"><xsl:sequence select="string(.)"/></xsl:when>
            <xsl:when test="self::text:p | self::text:h | self::text:s | self::text:tab | self::text:line-break"><xsl:sequence select="' '"/></xsl:when>
          </xsl:choose>
        </xsl:iterate>
      </xsl:if>
    </xsl:variable>
    <xsl:sequence select="f:norm(string-join($t))"/>
  </xsl:function>

  <!-- A fact element with its optional author and date; nothing when it has no text. -->
  <xsl:function name="f:fact" as="element()?">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="author" as="item()?"/>
    <xsl:param name="date" as="item()?"/>
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="t" select="f:norm($text)"/>
    <xsl:if test="$t">
      <xsl:element name="{$name}">
        <xsl:if test="f:norm(string($author))"><xsl:attribute name="author" select="f:norm(string($author))"/></xsl:if>
        <xsl:if test="f:norm(string($date))"><xsl:attribute name="date" select="f:norm(string($date))"/></xsl:if>
        <xsl:sequence select="$t"/>
      </xsl:element>
    </xsl:if>
  </xsl:function>

  <xsl:function name="f:meta" as="element()?">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="value" as="item()*"/>
    <xsl:variable name="t" select="f:norm(string-join($value ! string(), ' '))"/>
    <xsl:if test="$t"><xsl:element name="{$name}">{$t}</xsl:element></xsl:if>
  </xsl:function>
</xsl:stylesheet>
