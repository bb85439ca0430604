<?xml version="1.0" encoding="UTF-8"?>
<!--
  A DOCX (WordprocessingML, transitional) package to the document view urn:nl:abro:document:1
  (see document-view.md), unpaged.

  Called with the named template "view" and no context item. The caller opens the zip and passes
    $parts       map(xs:string, document-node())  every .xml/.rels entry, parsed, by its path in the zip
    $entries     map(xs:string, xs:integer)       every entry of the zip with its uncompressed size
    $media-type  xs:string                        the detected media type

  The parts are found as Word finds them: the main part through _rels/.rels (it is not always
  word/document.xml), the headers, footers, comments, styles and settings through the main part's
  relationships. What the view holds:
  - body: the text of the runs as Word shows it: not deleted text (w:del, w:moveFrom), not hidden
    runs (w:vanish, directly or through the run's or paragraph's style), not field codes (only a
    field's last result, so "Pagina 1 van 3" shows), not comments; text boxes follow the paragraph
    they are anchored in; of mc:AlternateContent only the first mc:Choice is read.
  - headers and footers: per section (the paragraph-level w:sectPr and the body's last one, in
    order) and kind, as Word shows them: a section without its own header of a kind has the
    previous section's; "first" only where the section has w:titlePg, "even" only where
    settings.xml has w:evenAndOddHeaders. Tables in headers and footers become paragraphs.
  - facts: comments, tracked insertions (w:ins, w:moveTo: their text also stays in the body),
    tracked deletions (w:del, w:moveFrom), hidden text (each stretch of adjacent hidden runs) of
    the body, the headers, footers, footnotes and endnotes; embedded files (word/embeddings/*,
    and any internal target of an oleObject, package, ActiveX or VBA relationship).
  Strict OOXML (the purl.oclc.org namespaces) is read through a copy of its parts with the
  transitional namespaces.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:f="urn:nl:abro:document:functions"
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    xmlns:rel="http://schemas.openxmlformats.org/package/2006/relationships"
    xmlns:ct="http://schemas.openxmlformats.org/package/2006/content-types"
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
    xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:dcterms="http://purl.org/dc/terms/"
    xmlns:ep="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    xmlns="urn:nl:abro:document:1"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:param name="parts" as="map(xs:string, document-node())" required="yes"/>
  <xsl:param name="entries" as="map(xs:string, xs:integer)" required="yes"/>
  <xsl:param name="media-type" as="xs:string" required="yes"/>

  <!-- block: paragraphs and tables of a story; text: the visible text of a paragraph; deleted: the text of a deletion. -->
  <xsl:mode name="block" on-no-match="shallow-skip"/>
  <xsl:mode name="text" on-no-match="shallow-skip"/>
  <xsl:mode name="deleted" on-no-match="shallow-skip"/>

  <xsl:key name="rel" match="rel:Relationship" use="@Id"/>
  <xsl:key name="style" match="w:style" use="@w:styleId"/>

  <xsl:variable name="REL" select="'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'"/>
  <xsl:variable name="ON" select="('', 'true', '1', 'on')"/>
  <xsl:variable name="STRICT-NS" as="map(xs:string, xs:string)" select="map{
      'http://purl.oclc.org/ooxml/wordprocessingml/main': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
      'http://purl.oclc.org/ooxml/officeDocument/relationships': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
      'http://purl.oclc.org/ooxml/officeDocument/extendedProperties': 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties'}"/>

  <!-- The package's parts. -->
  <xsl:variable name="package-rels" select="$parts('_rels/.rels')"/>
  <xsl:variable name="main-path" as="xs:string"
      select="(f:targets($package-rels, '', 'officeDocument')[map:contains($parts, .)], 'word/document.xml')[1]"/>
  <!-- Strict OOXML is read as transitional: its parts with the transitional namespaces. -->
  <xsl:variable name="strict" select="map:contains($STRICT-NS, string(namespace-uri($parts($main-path)/*)))"/>
  <xsl:variable name="package" as="map(xs:string, document-node())" select="if (not($strict)) then $parts
      else map:merge(map:keys($parts) ! map{.: f:transitional-part($parts(.))})"/>
  <xsl:variable name="main" select="$package($main-path)"/>
  <xsl:variable name="main-dir" select="f:dir($main-path)"/>
  <xsl:variable name="main-rels" select="$package(f:rels-path($main-path))"/>
  <xsl:variable name="styles" select="f:part('styles', 'styles.xml')"/>
  <xsl:variable name="settings" select="f:part('settings', 'settings.xml')"/>
  <xsl:variable name="comments" select="f:part('comments', 'comments.xml')"/>
  <xsl:variable name="core" select="$package((f:targets($package-rels, '', 'metadata/core-properties')[map:contains($package, .)], 'docProps/core.xml')[1])"/>
  <xsl:variable name="app" select="$package((f:targets($package-rels, '', ('extended-properties', 'extendedProperties'))[map:contains($package, .)], 'docProps/app.xml')[1])"/>
  <!-- Every story whose facts count: the body, then headers, footers, footnotes and endnotes in relationship order. -->
  <xsl:variable name="stories" as="document-node()*"
      select="$main, distinct-values(f:targets($main-rels, $main-dir, ('header', 'footer', 'footnotes', 'endnotes')))[map:contains($package, .)] ! $package(.)"/>

  <!-- Per style: its heading level and whether it hides its text, both through w:basedOn. -->
  <xsl:variable name="heading-styles" as="map(xs:string, xs:integer)"
      select="map:merge($styles/w:styles/w:style[@w:type = 'paragraph'] ! (let $l := f:style-level(., 0) return
        if (exists($l)) then map{string(@w:styleId): $l} else ()))"/>
  <xsl:variable name="vanish-styles" as="map(xs:string, xs:boolean)"
      select="map:merge($styles/w:styles/w:style ! (let $v := f:style-vanish(., 0) return
        if (exists($v)) then map{string(@w:styleId): $v} else ()))"/>
  <xsl:variable name="default-vanish" as="xs:boolean"
      select="exists($styles/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:vanish[f:on(.)])"/>

  <xsl:template name="view">
    <xsl:variable name="pages" select="normalize-space($app/ep:Properties/ep:Pages)"/>
    <document format="docx" media-type="{$media-type}" paged="false">
      <xsl:if test="$pages castable as xs:nonNegativeInteger">
        <xsl:attribute name="pages" select="xs:integer($pages)"/>
      </xsl:if>
      <metadata>
        <xsl:variable name="p" select="$core/cp:coreProperties"/>
        <xsl:variable name="e" select="$app/ep:Properties"/>
        <xsl:sequence select="f:meta('title', $p/dc:title), f:meta('subject', $p/dc:subject), f:meta('keywords', $p/cp:keywords),
            f:meta('author', $p/dc:creator), f:meta('last-editor', $p/cp:lastModifiedBy), f:meta('creator-tool', $e/ep:Application),
            f:meta('created', $p/dcterms:created), f:meta('modified', $p/dcterms:modified), f:meta('template', $e/ep:Template),
            f:meta('company', $e/ep:Company), f:meta('language', $p/dc:language)"/>
      </metadata>
      <facts>
        <encryption encrypted="false"/>
        <xsl:for-each select="$comments/w:comments/w:comment">
          <xsl:sequence select="f:fact('comment', @w:author, @w:date, string-join(f:story-text(.), ' '))"/>
        </xsl:for-each>
        <xsl:for-each select="$stories//(w:ins | w:moveTo)[not(ancestor::mc:Fallback)]">
          <xsl:variable name="t" as="xs:string*"><xsl:apply-templates mode="text"/></xsl:variable>
          <xsl:sequence select="f:fact('insertion', @w:author, @w:date, string-join($t))"/>
        </xsl:for-each>
        <xsl:for-each select="$stories//(w:del | w:moveFrom)[not(ancestor::mc:Fallback)]">
          <xsl:variable name="t" as="xs:string*"><xsl:apply-templates mode="deleted"/></xsl:variable>
          <xsl:sequence select="f:fact('deletion', @w:author, @w:date, string-join($t))"/>
        </xsl:for-each>
        <xsl:for-each select="$stories//w:p[not(ancestor::mc:Fallback)]">
          <xsl:variable name="p" select="."/>
          <xsl:for-each-group select=".//w:r[ancestor::w:p[1] is $p][not(ancestor::w:del | ancestor::w:moveFrom | ancestor::mc:Fallback)]"
              group-adjacent="f:hidden(.)">
            <xsl:if test="current-grouping-key()">
              <xsl:variable name="t" as="xs:string*"><xsl:apply-templates select="current-group()/node()" mode="text"/></xsl:variable>
              <xsl:sequence select="f:fact('hidden-text', (), (), string-join($t))"/>
            </xsl:if>
          </xsl:for-each-group>
        </xsl:for-each>
        <xsl:call-template name="embedded-files"/>
      </facts>
      <xsl:call-template name="headers-footers"/>
      <body>
        <xsl:apply-templates select="$main/w:document/w:body" mode="block"/>
      </body>
    </document>
  </xsl:template>

  <!-- Headers, then footers: per section and kind, the part Word shows there. -->
  <xsl:template name="headers-footers">
    <xsl:variable name="body" select="$main/w:document/w:body"/>
    <xsl:variable name="sections" select="$body//w:pPr[parent::w:p]/w:sectPr | $body/w:sectPr"/>
    <xsl:variable name="even" select="exists($settings/w:settings/w:evenAndOddHeaders[f:on(.)])"/>
    <xsl:for-each select="('header', 'footer')">
      <xsl:variable name="what" select="."/>
      <xsl:for-each select="$sections">
        <xsl:variable name="number" select="position()"/>
        <xsl:variable name="so-far" select="subsequence($sections, 1, $number)"/>
        <xsl:variable name="first" select="exists(w:titlePg[f:on(.)])"/>
        <xsl:for-each select="'default', 'first'[$first], 'even'[$even]">
          <xsl:variable name="kind" select="."/>
          <xsl:variable name="reference" select="($so-far/*[local-name() = $what || 'Reference'][(@w:type, 'default')[1] = $kind])[last()]"/>
          <xsl:variable name="path" select="for $id in $reference/@r:id return $main-rels ! f:targets-of(key('rel', string($id), .)[1], $main-dir)"/>
          <xsl:variable name="paragraphs" as="element()*">
            <xsl:apply-templates select="$path[1] ! $package(.)/*" mode="block">
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
  </xsl:template>

  <xsl:template name="embedded-files">
    <xsl:variable name="types" select="$package('[Content_Types].xml')/ct:Types"/>
    <xsl:variable name="targets" select="map:keys($package)[ends-with(., '.rels')] ! (let $rels := $package(.), $dir := f:source-dir(.) return
        f:targets($rels, $dir, ('oleObject', 'package', 'activeXControlBinary'))),
        map:keys($package)[ends-with(., '.rels')] ! f:targets($package(.), f:source-dir(.), ())[ends-with(., 'vbaProject.bin')]"/>
    <xsl:for-each select="distinct-values((map:keys($entries)[matches(., '^([^/]+/)*embeddings/[^/]+$')], $targets[map:contains($entries, .)]))">
      <xsl:sort select="." collation="http://www.w3.org/2005/xpath-functions/collation/codepoint"/>
      <xsl:variable name="path" select="."/>
      <xsl:variable name="type" select="($types/ct:Override[@PartName = '/' || $path]/@ContentType,
          $types/ct:Default[lower-case(@Extension) = lower-case(replace($path, '^.*\.', ''))]/@ContentType)[1]"/>
      <embedded-file name="{replace($path, '^.*/', '')}">
        <xsl:if test="normalize-space($type)"><xsl:attribute name="media-type" select="normalize-space($type)"/></xsl:if>
        <xsl:attribute name="size" select="$entries($path)"/>
      </embedded-file>
    </xsl:for-each>
  </xsl:template>

  <!-- Blocks. $flat (headers and footers): a table becomes the paragraphs of its cells. -->

  <xsl:template match="w:p" mode="block">
    <xsl:param name="flat" select="false()" tunnel="yes"/>
    <xsl:variable name="text" select="f:text(.)"/>
    <xsl:if test="$text">
      <p>
        <xsl:for-each select="f:heading(.)[not($flat)]"><xsl:attribute name="heading" select="."/></xsl:for-each>
        <xsl:sequence select="$text"/>
      </p>
    </xsl:if>
    <xsl:variable name="p" select="."/>
    <xsl:apply-templates select=".//w:txbxContent[not(ancestor::mc:Fallback)][ancestor::w:p[1] is $p]/*" mode="block"/>
  </xsl:template>

  <xsl:template match="w:tbl" mode="block">
    <xsl:param name="flat" select="false()" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="$flat">
        <xsl:apply-templates select=".//w:tc[ancestor::w:tbl[1] is current()]/*" mode="block"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="rows" as="element()*">
          <xsl:for-each select=".//w:tr[ancestor::w:tbl[1] is current()]">
            <xsl:variable name="cells" as="element()*">
              <xsl:for-each select=".//w:tc[ancestor::w:tr[1] is current()]">
                <xsl:variable name="text" select="normalize-space(string-join(.//w:p[not(ancestor::mc:Fallback)] ! f:text(.), ' '))"/>
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

  <xsl:template match="mc:AlternateContent" mode="block text">
    <xsl:apply-templates select="mc:Choice[1]/node()" mode="#current"/>
  </xsl:template>

  <!-- Visible text. Text nodes only count inside w:t: field codes (w:instrText) and w:delText fall away. -->

  <!-- Word drops the spaces around the text of a w:t without xml:space="preserve". -->
  <xsl:template match="w:t" mode="text">
    <xsl:sequence select="if (@xml:space = 'preserve') then string(.) else replace(., '^\s+|\s+$', '')"/>
  </xsl:template>
  <xsl:template match="w:tab | w:br | w:cr | w:ptab" mode="text deleted">
    <xsl:sequence select="' '"/>
  </xsl:template>
  <xsl:template match="w:noBreakHyphen" mode="text">
    <xsl:sequence select="'-'"/>
  </xsl:template>
  <xsl:template match="w:r" mode="text">
    <xsl:if test="not(f:hidden(.))">
      <xsl:apply-templates mode="text"/>
    </xsl:if>
  </xsl:template>
  <xsl:template match="w:del | w:moveFrom | w:txbxContent | w:rPr | w:pPr | w:sdtPr | w:rt | mc:Fallback" mode="text"/>

  <xsl:template match="w:delText | w:t" mode="deleted">
    <xsl:sequence select="string(.)"/>
  </xsl:template>

  <!-- Functions. -->

  <!-- The visible text of a paragraph, normalised. -->
  <xsl:function name="f:text" as="xs:string">
    <xsl:param name="p" as="element(w:p)"/>
    <xsl:variable name="t" as="xs:string*"><xsl:apply-templates select="$p/node()" mode="text"/></xsl:variable>
    <xsl:sequence select="f:norm(string-join($t))"/>
  </xsl:function>

  <!-- The texts of the paragraphs in a story element (a comment). -->
  <xsl:function name="f:story-text" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e//w:p[not(ancestor::mc:Fallback)] ! f:text(.)"/>
  </xsl:function>

  <xsl:function name="f:norm" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="normalize-space(replace($s, '\p{Zs}', ' '))"/>
  </xsl:function>

  <!-- A boolean property (w:vanish, w:titlePg, ...): on when present without a false w:val. -->
  <xsl:function name="f:on" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="lower-case(string($e/@w:val)) = $ON"/>
  </xsl:function>

  <!-- A run is hidden by its own w:vanish, else its character style's, else its paragraph style's, else the default. -->
  <xsl:function name="f:hidden" as="xs:boolean">
    <xsl:param name="r" as="element(w:r)"/>
    <xsl:sequence select="(
        $r/w:rPr/w:vanish ! f:on(.),
        $r/w:rPr/w:rStyle/@w:val ! $vanish-styles(string(.)),
        $r/ancestor::w:p[1]/w:pPr/w:pStyle/@w:val ! $vanish-styles(string(.)),
        $default-vanish)[1]"/>
  </xsl:function>

  <xsl:function name="f:heading" as="xs:integer?">
    <xsl:param name="p" as="element(w:p)"/>
    <xsl:variable name="outline" select="$p/w:pPr/w:outlineLvl/@w:val"/>
    <xsl:variable name="style" select="string($p/w:pPr/w:pStyle/@w:val)"/>
    <xsl:sequence select="
        if ($outline castable as xs:integer) then f:outline-level($outline)
        else if ($style = '') then ()
        else if (map:contains($heading-styles, $style)) then $heading-styles($style)
        else if (exists($styles ! key('style', $style, .))) then ()
        else f:heading-name($style)"/>
  </xsl:function>

  <!-- w:outlineLvl 0-5 is a heading 1-6; higher levels (9 is body text) are not. -->
  <xsl:function name="f:outline-level" as="xs:integer?">
    <xsl:param name="val" as="xs:string"/>
    <xsl:sequence select="xs:integer($val)[. ge 0 and . le 5] ! (. + 1)"/>
  </xsl:function>

  <!-- "heading 1" (Word's own name for the style, whatever the language), "Heading1", "Kop1", "Kop 1". -->
  <xsl:function name="f:heading-name" as="xs:integer?">
    <xsl:param name="name" as="xs:string?"/>
    <xsl:sequence select="replace(lower-case(normalize-space($name)), '^(heading|kop) ?([1-6])$', '$2')[. ne lower-case(normalize-space($name))] ! xs:integer(.)"/>
  </xsl:function>

  <xsl:function name="f:style-level" as="xs:integer?">
    <xsl:param name="style" as="element(w:style)"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:variable name="outline" select="$style/w:pPr/w:outlineLvl/@w:val"/>
    <xsl:sequence select="
        if ($depth gt 20) then ()
        else if (exists(f:heading-name($style/w:name/@w:val))) then f:heading-name($style/w:name/@w:val)
        else if (exists(f:heading-name($style/@w:styleId))) then f:heading-name($style/@w:styleId)
        else if ($outline castable as xs:integer) then f:outline-level($outline)
        else key('style', string($style/w:basedOn/@w:val), root($style))[1] ! f:style-level(., $depth + 1)"/>
  </xsl:function>

  <xsl:function name="f:style-vanish" as="xs:boolean?">
    <xsl:param name="style" as="element(w:style)"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:sequence select="
        if ($depth gt 20) then ()
        else if (exists($style/w:rPr/w:vanish)) then f:on($style/w:rPr/w:vanish)
        else key('style', string($style/w:basedOn/@w:val), root($style))[1] ! f:style-vanish(., $depth + 1)"/>
  </xsl:function>

  <!-- A fact element with its optional author and date; nothing when it has no text. -->
  <xsl:function name="f:fact" as="element()?">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="author" as="attribute()?"/>
    <xsl:param name="date" as="attribute()?"/>
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="t" select="f:norm($text)"/>
    <xsl:if test="$t">
      <xsl:element name="{$name}">
        <xsl:if test="f:norm($author)"><xsl:attribute name="author" select="f:norm($author)"/></xsl:if>
        <xsl:if test="f:norm($date)"><xsl:attribute name="date" select="f:norm($date)"/></xsl:if>
        <xsl:sequence select="$t"/>
      </xsl:element>
    </xsl:if>
  </xsl:function>

  <xsl:function name="f:meta" as="element()?">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="value" as="element()*"/>
    <xsl:variable name="t" select="f:norm(string-join($value, ' '))"/>
    <xsl:if test="$t"><xsl:element name="{$name}">{$t}</xsl:element></xsl:if>
  </xsl:function>

  <xsl:function name="f:transitional-part" as="document-node()">
    <xsl:param name="part" as="document-node()"/>
    <xsl:document><xsl:sequence select="$part/node() ! f:transitional(.)"/></xsl:document>
  </xsl:function>

  <!-- A node of a Strict part with the transitional namespaces. -->
  <xsl:function name="f:transitional" as="node()">
    <xsl:param name="n" as="node()"/>
    <xsl:choose>
      <xsl:when test="$n instance of element()">
        <xsl:element name="{name($n)}" namespace="{($STRICT-NS(string(namespace-uri($n))), namespace-uri($n))[1]}">
          <xsl:for-each select="$n/@*">
            <xsl:attribute name="{name()}" namespace="{($STRICT-NS(string(namespace-uri())), namespace-uri())[1]}" select="."/>
          </xsl:for-each>
          <xsl:sequence select="$n/node() ! f:transitional(.)"/>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$n"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Paths. -->

  <xsl:function name="f:dir" as="xs:string">
    <xsl:param name="path" as="xs:string"/>
    <xsl:sequence select="string-join(tokenize($path, '/')[position() lt last()] ! (. || '/'))"/>
  </xsl:function>

  <xsl:function name="f:rels-path" as="xs:string">
    <xsl:param name="path" as="xs:string"/>
    <xsl:sequence select="f:dir($path) || '_rels/' || replace($path, '^.*/', '') || '.rels'"/>
  </xsl:function>

  <!-- The directory of the part a .rels part belongs to: "word/_rels/document.xml.rels" is about word/. -->
  <xsl:function name="f:source-dir" as="xs:string">
    <xsl:param name="rels-path" as="xs:string"/>
    <xsl:sequence select="replace($rels-path, '_rels/[^/]*$', '')"/>
  </xsl:function>

  <!-- The internal targets of the relationships of the given types (by the last steps of their Type; () for all). -->
  <xsl:function name="f:targets" as="xs:string*">
    <xsl:param name="rels" as="document-node()?"/>
    <xsl:param name="dir" as="xs:string"/>
    <xsl:param name="types" as="xs:string*"/>
    <xsl:sequence select="$rels/rel:Relationships/rel:Relationship
        [empty($types) or (some $t in $types satisfies ends-with(@Type, '/' || $t))] ! f:targets-of(., $dir)"/>
  </xsl:function>

  <xsl:function name="f:targets-of" as="xs:string?">
    <xsl:param name="relationship" as="element(rel:Relationship)?"/>
    <xsl:param name="dir" as="xs:string"/>
    <xsl:sequence select="$relationship[not(@TargetMode = 'External')] ! f:resolve($dir, string(@Target))"/>
  </xsl:function>

  <xsl:function name="f:resolve" as="xs:string">
    <xsl:param name="dir" as="xs:string"/>
    <xsl:param name="target" as="xs:string"/>
    <xsl:variable name="path" select="if (starts-with($target, '/')) then substring($target, 2) else $dir || $target"/>
    <xsl:sequence select="f:collapse(replace($path, '(^|/)\./', '$1'), 0)"/>
  </xsl:function>

  <xsl:function name="f:collapse" as="xs:string">
    <xsl:param name="path" as="xs:string"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:variable name="next" select="replace($path, '(^|/)[^/]+/\.\./', '$1')"/>
    <xsl:sequence select="if ($next eq $path or $depth gt 20) then replace($next, '^(\.\./)+', '') else f:collapse($next, $depth + 1)"/>
  </xsl:function>

  <!-- A part the main part relates to by type, else the usual name beside it. -->
  <xsl:function name="f:part" as="document-node()?">
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="usual" as="xs:string"/>
    <xsl:sequence select="$package((f:targets($main-rels, $main-dir, $type)[map:contains($package, .)], $main-dir || $usual)[1])"/>
  </xsl:function>
</xsl:stylesheet>
