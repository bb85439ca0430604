<?xml version="1.0" encoding="UTF-8"?>
<!--
  The HTML report of the ABRO checker, made from the JSON report (abro-report-1.schema.json) that
  is passed as the string parameter $report. One self-contained page: inline CSS and a few lines
  of inline script (open the manual-review checklists before printing); nothing is fetched from
  anywhere. Every label is in Dutch and English; the report's "language" chooses. Only arrays are
  iterated, never maps, so the same report gives the same bytes.

  A run may use several packs (a declaration is checked against ABRO 2026, an ESPD response against
  the ADV): every document is titled, grouped into chapters and listed from its own pack's catalog
  (chapter and requirement numbers repeat across packs), and bids are compared only with documents
  of the same pack, in one matrix per pack.

  Output is XHTML 5: well-formed XML that browsers read as HTML. Because of that the CSS and the
  script avoid the characters <, > and &, which the serializer would escape.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:a="urn:nl:abro:html-report"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:output method="xhtml" html-version="5" omit-xml-declaration="yes" encoding="UTF-8"
      include-content-type="no" indent="no"/>

  <!-- The JSON report as a string. -->
  <xsl:param name="report" as="xs:string" required="yes"/>

  <xsl:variable name="r" as="map(*)" select="parse-json($report)"/>
  <xsl:variable name="lang" as="xs:string" select="if ($r?language = 'nl') then 'nl' else 'en'"/>

  <!-- ============================================================ labels -->
  <!-- key: [Dutch, English] -->
  <xsl:variable name="labels" as="map(xs:string, array(xs:string))" select="map {
      'report': ['ABRO-controlerapport', 'ABRO check report'],
      'check-details': ['Gegevens van de controle', 'Check details'],
      'pack': ['Eisenpakket', 'Requirement pack'],
      'packs': ['Eisenpakketten', 'Requirement packs'],
      'check-date': ['Controledatum', 'Check date'],
      'tool': ['Hulpmiddel', 'Tool'],
      'fail-on': ['Afgekeurd vanaf', 'Fails from severity'],
      'tender-profile': ['Aanbestedingsprofiel', 'Tender profile'],
      'summary': ['Samenvatting', 'Summary'],
      'documents': ['Documenten', 'Documents'],
      'document': ['Document', 'Document'],
      'compliant': ['Voldoet', 'Compliant'],
      'non-compliant': ['Voldoet niet', 'Non-compliant'],
      'doc-error': ['Fout', 'Error'],
      'docs-compliant': ['voldoen', 'compliant'],
      'docs-non-compliant': ['voldoen niet', 'non-compliant'],
      'docs-error': ['konden niet worden gelezen', 'could not be read'],
      'passed': ['Voldaan', 'Passed'],
      'failed': ['Niet voldaan', 'Failed'],
      'not-applicable': ['Niet van toepassing', 'Not applicable'],
      'manual-review': ['Handmatig beoordelen', 'Manual review'],
      'waived': ['Ontheffing', 'Waived'],
      'error': ['Fout', 'Error'],
      'applicable': ['Van toepassing', 'Applicable'],
      'tbb': ['TBB-niveau', 'TBB level'],
      'not-stated': ['niet genoemd', 'not stated'],
      'path': ['Bestand', 'File'],
      'sha': ['SHA-256', 'SHA-256'],
      'kind': ['Soort', 'Kind'],
      'outcome': ['Uitkomst', 'Outcome'],
      'chapter': ['Hoofdstuk', 'Chapter'],
      'chapters': ['Naleving per hoofdstuk', 'Compliance per chapter'],
      'chapters-note': ['Balken tonen de eisen die op dit document van toepassing zijn.', 'Bars show the requirements that apply to this document.'],
      'requirement': ['Eis', 'Requirement'],
      'requirements-table': ['Toepasselijke eisen', 'Applicable requirements'],
      'title': ['Titel', 'Title'],
      'findings': ['Bevindingen', 'Findings'],
      'no-findings': ['Geen bevindingen.', 'No findings.'],
      'severity': ['Ernst', 'Severity'],
      'sev-error': ['fout', 'error'],
      'sev-warning': ['waarschuwing', 'warning'],
      'sev-info': ['informatie', 'info'],
      'never': ['nooit', 'never'],
      'rule': ['Controle', 'Rule'],
      'message': ['Melding', 'Message'],
      'location': ['Vindplaats', 'Location'],
      'line-col': ['regel:kolom', 'line:column'],
      'page': ['pagina', 'page'],
      'finding-waived': ['valt onder ontheffing', 'covered by a waiver'],
      'waivers': ['Toegepaste ontheffingen', 'Waivers applied'],
      'approver': ['Verleend door', 'Approver'],
      'expires': ['Geldig tot', 'Expires'],
      'justification': ['Onderbouwing', 'Justification'],
      'checklist': ['Checklist handmatige beoordeling', 'Manual-review checklist'],
      'checklist-note': ['Deze eisen kan geen regel beoordelen: een beoordelaar vinkt ze af na controle van het bewijs.', 'No rule can decide these requirements: a reviewer ticks them off after checking the evidence.'],
      'no-checklist': ['Geen eisen voor handmatige beoordeling.', 'No requirements for manual review.'],
      'unreadable': ['Dit document kon niet worden gelezen en is niet gecontroleerd.', 'This document could not be read and was not checked.'],
      'matrix': ['Vergelijking van inschrijvingen', 'Comparison of bids'],
      'matrix-note': ['Rijen: eisen die op ten minste één inschrijving van toepassing zijn, per hoofdstuk. Kolommen: de leesbare documenten, genummerd zoals in de samenvatting.', 'Rows: requirements that apply to at least one bid, by chapter. Columns: the readable documents, numbered as in the summary.'],
      'matrix-note-pack': ['Alleen documenten die tegen dit pakket zijn gecontroleerd worden hier vergeleken; documenten van een ander pakket hebben andere eisen.', 'Only documents checked against this pack are compared here; documents of another pack have other requirements.'],
      'matrix-unreadable': ['Niet in de vergelijking, want onleesbaar:', 'Not in the comparison because unreadable:'],
      'filter-diff': ['Alleen eisen waarop de inschrijvingen verschillen', 'Only requirements on which the bids differ'],
      'filter-issues': ['Alleen eisen met een tekortkoming of ontheffing', 'Only requirements with a failure or waiver'],
      'failed-in-chapter': ['niet voldaan in dit hoofdstuk', 'failed in this chapter'],
      'legend': ['Legenda', 'Legend'],
      'made-by': ['Gemaakt door', 'Made by'],
      'footer-note': ['Dit rapport is één zelfstandig bestand, zonder externe verwijzingen. De uitkomsten gelden op de controledatum.', 'This report is a single self-contained file without external references. Outcomes hold on the check date.'],
      'kind-declaration': ['verklaring', 'declaration'],
      'kind-tender': ['aanbestedingsdocument', 'tender document'],
      'kind-espd-response': ['UEA-antwoord', 'ESPD response'],
      'kind-espd-request': ['UEA-verzoek', 'ESPD request'],
      'months': ['januari februari maart april mei juni juli augustus september oktober november december',
                 'January February March April May June July August September October November December']
    }"/>

  <xsl:function name="a:t" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="pair" as="array(xs:string)?" select="$labels($key)"/>
    <xsl:if test="empty($pair)">
      <xsl:message terminate="yes">No label {$key}</xsl:message>
    </xsl:if>
    <xsl:sequence select="$pair(if ($lang = 'nl') then 1 else 2)"/>
  </xsl:function>

  <!-- 2026-11-22 as "22 November 2026" or "22 november 2026" (Saxon-HE names months in English only). -->
  <xsl:function name="a:date" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$iso castable as xs:date">
        <xsl:variable name="d" as="xs:date" select="xs:date($iso)"/>
        <xsl:sequence select="day-from-date($d) || ' ' || tokenize(a:t('months'))[month-from-date($d)] || ' ' || year-from-date($d)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$iso"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- ============================================================ outcomes -->
  <!-- The outcomes of applicable requirements, in the order they are shown; then all that are counted. -->
  <xsl:variable name="applicable-outcomes" as="xs:string+" select="('passed', 'failed', 'waived', 'manual-review')"/>
  <xsl:variable name="counted-outcomes" as="xs:string+" select="($applicable-outcomes, 'not-applicable')"/>

  <xsl:function name="a:symbol" as="xs:string">
    <xsl:param name="outcome" as="xs:string"/>
    <xsl:sequence select="map {
        'passed': '&#x2713;', 'failed': '&#x2717;', 'waived': '&#x25D0;', 'manual-review': '?',
        'not-applicable': '&#x2013;', 'error': '!',
        'compliant': '&#x2713;', 'non-compliant': '&#x2717;'}($outcome)"/>
  </xsl:function>

  <xsl:function name="a:outcome-label" as="xs:string">
    <xsl:param name="outcome" as="xs:string"/>
    <xsl:sequence select="if ($outcome = 'error') then a:t('doc-error') else a:t($outcome)"/>
  </xsl:function>

  <!-- A symbol with its word, for tables read by people and screen readers alike. -->
  <xsl:function name="a:badge">
    <xsl:param name="outcome" as="xs:string"/>
    <span class="badge o-{$outcome}"><span class="sym" aria-hidden="true">{a:symbol($outcome)}</span> {a:outcome-label($outcome)}</span>
  </xsl:function>

  <xsl:function name="a:count-key" as="xs:string">
    <xsl:param name="outcome" as="xs:string"/>
    <xsl:sequence select="map {'passed': 'passed', 'failed': 'failed', 'waived': 'waived',
        'manual-review': 'manualReview', 'not-applicable': 'notApplicable'}($outcome)"/>
  </xsl:function>

  <!-- ============================================================ data -->
  <xsl:variable name="packs" as="map(*)*" select="$r?packs?*"/>
  <xsl:variable name="several-packs" as="xs:boolean" select="count($packs) gt 1"/>

  <!-- "abro-2026:2026.1": how documents name their pack. -->
  <xsl:function name="a:coords" as="xs:string">
    <xsl:param name="pack" as="map(*)"/>
    <xsl:sequence select="if (exists($pack?version)) then $pack?id || ':' || $pack?version else string($pack?id)"/>
  </xsl:function>

  <!-- Per pack (by its coordinates): its requirements by number. -->
  <xsl:variable name="by-number" as="map(xs:string, map(xs:string, map(*)))"
      select="map:merge(for $p in $packs return map {a:coords($p): map:merge(for $q in $p?catalog?requirements?* return map {$q?number: $q})})"/>

  <!-- The pack a document was checked against; none for an unreadable one. -->
  <xsl:function name="a:pack-of" as="map(*)?">
    <xsl:param name="d" as="map(*)"/>
    <xsl:sequence select="$packs[a:coords(.) = $d?pack][1]"/>
  </xsl:function>

  <xsl:variable name="documents" as="map(*)*" select="$r?documents?*"/>
  <xsl:variable name="readable" as="xs:integer*"
      select="for $i in 1 to count($documents) return $i[empty($documents[$i]?error)]"/>
  <!-- Per document: requirement number to its result. -->
  <xsl:variable name="results" as="map(xs:string, map(*))*"
      select="for $d in $documents return map:merge(for $q in $d?requirements?* return map {$q?number: $q})"/>

  <!-- The chapter and title of a requirement in a pack (given by its coordinates). -->
  <xsl:function name="a:chapter-of" as="xs:string">
    <xsl:param name="pack" as="xs:string"/>
    <xsl:param name="number" as="xs:string"/>
    <xsl:sequence select="($by-number($pack)($number)?chapter, substring-before($number || '.', '.'))[1]"/>
  </xsl:function>

  <xsl:function name="a:title-of" as="xs:string">
    <xsl:param name="pack" as="xs:string"/>
    <xsl:param name="number" as="xs:string"/>
    <xsl:sequence select="string($by-number($pack)($number)?title)"/>
  </xsl:function>

  <!-- A document's TBB level: "TBB 3", "not stated" for a readable one that states none, else a dash. -->
  <xsl:function name="a:level" as="xs:string">
    <xsl:param name="d" as="map(*)"/>
    <xsl:sequence select="if (exists($d?tbb)) then 'TBB ' || $d?tbb else if (exists($d?error)) then '&#x2013;' else a:t('not-stated')"/>
  </xsl:function>

  <xsl:function name="a:short-name" as="xs:string">
    <xsl:param name="path" as="xs:string"/>
    <xsl:sequence select="replace(tokenize($path, '/')[last()], '\.xml$', '', 'i')"/>
  </xsl:function>

  <!-- A path or XPath that may break after each slash. -->
  <xsl:function name="a:breakable">
    <xsl:param name="path" as="xs:string"/>
    <xsl:for-each select="tokenize($path, '/')">
      <xsl:if test="position() gt 1">/<wbr/></xsl:if>
      <xsl:value-of select="."/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="a:pct" as="xs:string">
    <xsl:param name="part" as="xs:integer"/>
    <xsl:param name="whole" as="xs:integer"/>
    <xsl:sequence select="if ($whole = 0) then '0' else format-number(100 * $part div $whole, '0.##')"/>
  </xsl:function>

  <!-- ============================================================ page -->
  <xsl:template name="xsl:initial-template">
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="abro {$r?tool?version}"/>
        <title>{a:t('report')} – {string-join($packs?title, ' · ')}</title>
        <xsl:call-template name="style"/>
      </head>
      <body>
        <header class="masthead">
          <div class="wrap">
            <p class="kicker">ABRO · {string-join($packs!a:coords(.), ' · ')}</p>
            <h1>{a:t('report')}</h1>
            <p class="subtitle">{string-join($packs?title, ' · ')}</p>
          </div>
        </header>
        <main class="wrap">
          <xsl:call-template name="details"/>
          <xsl:call-template name="summary"/>
          <!-- One matrix per pack with two or more readable documents: requirements of different packs do not compare. -->
          <xsl:for-each select="$packs">
            <xsl:variable name="p" select="."/>
            <xsl:variable name="bids" as="xs:integer*" select="for $i in $readable return $i[$documents[$i]?pack = a:coords($p)]"/>
            <xsl:if test="count($bids) ge 2">
              <xsl:call-template name="matrix">
                <xsl:with-param name="p" select="$p"/>
                <xsl:with-param name="k" select="position()"/>
                <xsl:with-param name="bids" select="$bids"/>
              </xsl:call-template>
            </xsl:if>
          </xsl:for-each>
          <xsl:for-each select="$documents">
            <xsl:call-template name="document">
              <xsl:with-param name="d" select="."/>
              <xsl:with-param name="n" select="position()"/>
            </xsl:call-template>
          </xsl:for-each>
        </main>
        <footer class="wrap foot">
          <p>{a:t('made-by')} abro {$r?tool?version} · {string-join($packs!a:coords(.), ' · ')} · {a:t('check-date')} {a:date($r?checkDate)}</p>
          <p>{a:t('footer-note')}</p>
        </footer>
        <xsl:call-template name="script"/>
      </body>
    </html>
  </xsl:template>

  <!-- ============================================================ header data -->
  <xsl:template name="details">
    <section class="meta" aria-labelledby="details-h">
      <h2 id="details-h" class="visually-hidden">{a:t('check-details')}</h2>
      <dl>
        <div class="packs{if ($several-packs) then ' several' else ()}">
          <dt>{a:t(if ($several-packs) then 'packs' else 'pack')}</dt>
          <dd>
            <xsl:for-each select="$packs">
              <div class="pack">{?title}<br/><code>{a:coords(.)}</code><br/><span class="muted">SHA-256</span><xsl:text> </xsl:text><code class="hash">{?sha256}</code></div>
            </xsl:for-each>
          </dd>
        </div>
        <div>
          <dt>{a:t('check-date')}</dt>
          <dd><time datetime="{$r?checkDate}">{a:date($r?checkDate)}</time></dd>
        </div>
        <div>
          <dt>{a:t('tool')}</dt>
          <dd>abro {$r?tool?version}</dd>
        </div>
        <div>
          <dt>{a:t('fail-on')}</dt>
          <dd>{if ($r?failOn = 'never') then a:t('never') else a:t('sev-' || $r?failOn)}</dd>
        </div>
        <xsl:if test="exists($r?tenderProfile)">
          <div>
            <dt>{a:t('tender-profile')}</dt>
            <dd><code>{$r?tenderProfile}</code></dd>
          </div>
        </xsl:if>
      </dl>
    </section>
  </xsl:template>

  <!-- ============================================================ summary -->
  <xsl:template name="summary">
    <section aria-labelledby="summary-h">
      <h2 id="summary-h">{a:t('summary')}</h2>
      <ul class="tiles">
        <li class="tile t-total"><span class="num">{$r?summary?documents}</span><xsl:text> </xsl:text><span class="lbl">{a:t('documents')}</span></li>
        <li class="tile t-compliant"><span class="num"><span class="sym" aria-hidden="true">&#x2713;</span> {$r?summary?compliant}</span><xsl:text> </xsl:text><span class="lbl">{a:t('docs-compliant')}</span></li>
        <li class="tile t-non-compliant"><span class="num"><span class="sym" aria-hidden="true">&#x2717;</span> {$r?summary?nonCompliant}</span><xsl:text> </xsl:text><span class="lbl">{a:t('docs-non-compliant')}</span></li>
        <li class="tile t-error"><span class="num"><span class="sym" aria-hidden="true">!</span> {$r?summary?error}</span><xsl:text> </xsl:text><span class="lbl">{a:t('docs-error')}</span></li>
      </ul>
      <div class="scroll-x">
        <table class="grid overview">
          <caption class="visually-hidden">{a:t('documents')}</caption>
          <thead>
            <tr>
              <th scope="col" class="n">#</th>
              <th scope="col">{a:t('document')}</th>
              <xsl:if test="$several-packs">
                <th scope="col">{a:t('pack')}</th>
              </xsl:if>
              <th scope="col">{a:t('tbb')}</th>
              <th scope="col">{a:t('outcome')}</th>
              <xsl:for-each select="$counted-outcomes">
                <th scope="col" class="n"><abbr title="{a:t(.)}"><span class="sym o-{.}-text" aria-hidden="true">{a:symbol(.)}</span></abbr><span class="colname">{a:t(.)}</span></th>
              </xsl:for-each>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$documents">
              <xsl:variable name="d" select="."/>
              <tr>
                <td class="n">{position()}</td>
                <th scope="row" class="path"><a href="#doc-{position()}"><xsl:sequence select="a:breakable($d?path)"/></a></th>
                <xsl:if test="$several-packs">
                  <td class="nowrap">{($d?pack, '&#x2013;')[1]}</td>
                </xsl:if>
                <td>{a:level($d)}</td>
                <td><xsl:sequence select="a:badge($d?outcome)"/></td>
                <xsl:for-each select="$counted-outcomes">
                  <xsl:variable name="key" select="a:count-key(.)"/>
                  <td class="n">{($d?counts?($key), '–')[1]}</td>
                </xsl:for-each>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </section>
  </xsl:template>

  <!-- ============================================================ matrix -->
  <!-- The documents $bids (positions), all checked against pack $p, the $k-th pack of the run. -->
  <xsl:template name="matrix">
    <xsl:param name="p" as="map(*)"/>
    <xsl:param name="k" as="xs:integer"/>
    <xsl:param name="bids" as="xs:integer*"/>
    <xsl:variable name="key" as="xs:string" select="a:coords($p)"/>
    <xsl:variable name="catalog" as="map(*)*" select="$p?catalog?requirements?*"/>
    <section class="matrix-section" aria-labelledby="matrix-{$k}-h" data-pack="{$key}">
      <h2 id="matrix-{$k}-h">{a:t('matrix')}<xsl:if test="$several-packs"> – {$p?title} <code>{$key}</code></xsl:if></h2>
      <p class="note">{a:t('matrix-note')}<xsl:if test="$several-packs"><xsl:text> </xsl:text>{a:t('matrix-note-pack')}</xsl:if></p>
      <xsl:call-template name="legend"/>
      <xsl:if test="count($readable) lt count($documents)">
        <p class="note">{a:t('matrix-unreadable')}<xsl:for-each select="(1 to count($documents))[not(. = $readable)]">
            <xsl:text> </xsl:text><a href="#doc-{.}">{.}. {$documents[current()]?path}</a>
          </xsl:for-each>
        </p>
      </xsl:if>
      <input type="checkbox" id="mx-diff-{$k}" class="filter filter-diff"/>
      <label for="mx-diff-{$k}" class="filter-label">{a:t('filter-diff')}</label>
      <input type="checkbox" id="mx-issues-{$k}" class="filter filter-issues"/>
      <label for="mx-issues-{$k}" class="filter-label">{a:t('filter-issues')}</label>
      <table class="matrix">
        <caption class="visually-hidden">{a:t('matrix')}</caption>
        <thead>
          <tr>
            <th scope="col" class="req-h">{a:t('requirement')}</th>
            <xsl:for-each select="$bids">
              <xsl:variable name="d" select="$documents[current()]"/>
              <th scope="col" class="bid" title="{.}. {$d?path} – {a:outcome-label($d?outcome)}">
                <a href="#doc-{.}">
                  <span class="bid-name">{a:short-name($d?path)}</span>
                  <span class="bid-no">{.}</span>
                  <span class="bid-verdict o-{$d?outcome}"><span aria-hidden="true">{a:symbol($d?outcome)}</span><span class="visually-hidden">{a:outcome-label($d?outcome)}</span></span>
                </a>
              </th>
            </xsl:for-each>
          </tr>
        </thead>
        <xsl:for-each select="$p?catalog?chapters?*">
          <xsl:variable name="chapter" select="."/>
          <xsl:variable name="rows" as="map(*)*"
              select="$catalog[?chapter = $chapter?number][some $b in $bids satisfies not($results[$b](?number)?outcome = 'not-applicable')]"/>
          <xsl:if test="exists($rows)">
            <tbody>
              <tr class="chapter">
                <th scope="rowgroup">{$chapter?number} {$chapter?title}</th>
                <xsl:for-each select="$bids">
                  <xsl:variable name="res" select="$results[current()]"/>
                  <xsl:variable name="failed" select="count($rows[$res(?number)?outcome = 'failed'])"/>
                  <td title="{$failed} {a:t('failed-in-chapter')}">
                    <xsl:choose>
                      <xsl:when test="$failed gt 0"><span class="chap-fail">{a:symbol('failed')}{$failed}</span></xsl:when>
                      <xsl:otherwise><span class="chap-ok">0</span></xsl:otherwise>
                    </xsl:choose>
                  </td>
                </xsl:for-each>
              </tr>
              <xsl:for-each select="$rows">
                <xsl:variable name="q" select="."/>
                <xsl:variable name="cells" as="xs:string*" select="for $b in $bids return string($results[$b]($q?number)?outcome)"/>
                <tr class="{string-join(('req',
                    if (count(distinct-values($cells)) = 1) then 'same' else (),
                    if ($cells = ('failed', 'waived')) then () else 'no-issue'), ' ')}">
                  <th scope="row"><span class="rq">{$q?number}</span><xsl:text> </xsl:text><span class="rt">{$q?title}</span></th>
                  <xsl:for-each select="$cells">
                    <td class="c o-{.}" title="{a:outcome-label(.)}">{a:symbol(.)}</td>
                  </xsl:for-each>
                </tr>
              </xsl:for-each>
            </tbody>
          </xsl:if>
        </xsl:for-each>
      </table>
    </section>
  </xsl:template>

  <xsl:template name="legend">
    <div class="legend" role="note">
      <span class="legend-h">{a:t('legend')}:</span>
      <xsl:for-each select="$counted-outcomes">
        <span class="legend-item"><span class="c o-{.}" aria-hidden="true">{a:symbol(.)}</span> {a:t(.)}</span>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- ============================================================ one document -->
  <xsl:template name="document">
    <xsl:param name="d" as="map(*)"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:variable name="res" as="map(*)" select="$results[$n]"/>
    <xsl:variable name="p" as="map(*)?" select="a:pack-of($d)"/>
    <article class="doc" id="doc-{$n}" aria-labelledby="doc-{$n}-h">
      <header class="doc-head">
        <div class="doc-title">
          <h2 id="doc-{$n}-h"><span class="doc-no">{$n}</span> {tokenize($d?path, '/')[last()]}</h2>
          <xsl:sequence select="a:badge($d?outcome)"/>
          <a class="up" href="#summary-h"><span aria-hidden="true">&#x2191;</span> {a:t('summary')}</a>
        </div>
        <dl class="doc-meta">
          <div><dt>{a:t('path')}</dt><dd><code><xsl:sequence select="a:breakable($d?path)"/></code></dd></div>
          <xsl:if test="exists($d?sha256)">
            <div><dt>{a:t('sha')}</dt><dd><code class="hash">{$d?sha256}</code></dd></div>
          </xsl:if>
          <xsl:if test="exists($d?tbb) or empty($d?error)">
            <div><dt>{a:t('tbb')}</dt><dd>{a:level($d)}</dd></div>
          </xsl:if>
          <xsl:if test="exists($d?kind)">
            <div><dt>{a:t('kind')}</dt><dd>{($labels('kind-' || $d?kind)?(if ($lang = 'nl') then 1 else 2), $d?kind)[1]}</dd></div>
          </xsl:if>
          <xsl:if test="exists($p)">
            <div class="doc-pack"><dt>{a:t('pack')}</dt><dd>{$p?title} <code>{a:coords($p)}</code></dd></div>
          </xsl:if>
        </dl>
      </header>
      <xsl:choose>
        <xsl:when test="exists($d?error)">
          <div class="error-box">
            <p><strong>{a:t('unreadable')}</strong></p>
            <pre>{$d?error}</pre>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="applicable" as="map(*)*" select="$d?requirements?*[?outcome != 'not-applicable']"/>
          <ul class="counts">
            <li><span class="num">{count($applicable)}</span> {a:t('applicable')}</li>
            <xsl:for-each select="$applicable-outcomes">
              <li class="o-{.}-text"><span class="num"><span aria-hidden="true">{a:symbol(.)}</span> {$d?counts?(a:count-key(current()))}</span> {a:t(.)}</li>
            </xsl:for-each>
            <li class="muted"><span class="num">{$d?counts?notApplicable}</span> {a:t('not-applicable')}</li>
          </ul>
          <xsl:call-template name="chapter-bars">
            <xsl:with-param name="p" select="$p"/>
            <xsl:with-param name="applicable" select="$applicable"/>
            <xsl:with-param name="n" select="$n"/>
          </xsl:call-template>
          <xsl:call-template name="findings">
            <xsl:with-param name="p" select="$p"/>
            <xsl:with-param name="d" select="$d"/>
            <xsl:with-param name="res" select="$res"/>
            <xsl:with-param name="n" select="$n"/>
          </xsl:call-template>
          <xsl:call-template name="waivers">
            <xsl:with-param name="p" select="$p"/>
            <xsl:with-param name="d" select="$d"/>
            <xsl:with-param name="n" select="$n"/>
          </xsl:call-template>
          <xsl:call-template name="checklist">
            <xsl:with-param name="p" select="$p"/>
            <xsl:with-param name="applicable" select="$applicable"/>
            <xsl:with-param name="n" select="$n"/>
          </xsl:call-template>
          <xsl:call-template name="requirement-table">
            <xsl:with-param name="p" select="$p"/>
            <xsl:with-param name="applicable" select="$applicable"/>
            <xsl:with-param name="n" select="$n"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </article>
  </xsl:template>

  <xsl:template name="chapter-bars">
    <xsl:param name="p" as="map(*)"/>
    <xsl:param name="applicable" as="map(*)*"/>
    <xsl:param name="n" as="xs:integer"/>
    <section aria-labelledby="doc-{$n}-chapters">
      <h3 id="doc-{$n}-chapters">{a:t('chapters')}</h3>
      <table class="bars">
        <caption class="note">{a:t('chapters-note')}</caption>
        <thead>
          <tr>
            <th scope="col">{a:t('chapter')}</th>
            <th scope="col" class="n">{a:t('applicable')}</th>
            <xsl:for-each select="$applicable-outcomes">
              <th scope="col" class="n"><abbr title="{a:t(.)}"><span class="o-{.}-text" aria-hidden="true">{a:symbol(.)}</span></abbr><span class="visually-hidden">{a:t(.)}</span></th>
            </xsl:for-each>
            <th scope="col" class="bar-col"><span class="visually-hidden">{a:t('outcome')}</span></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$p?catalog?chapters?*">
            <xsl:variable name="chapter" select="."/>
            <xsl:variable name="in" as="map(*)*" select="$applicable[a:chapter-of(a:coords($p), ?number) = $chapter?number]"/>
            <tr>
              <th scope="row"><span class="rq">{$chapter?number}</span> {$chapter?title}</th>
              <td class="n">{count($in)}</td>
              <xsl:for-each select="$applicable-outcomes">
                <xsl:variable name="o" select="."/>
                <xsl:variable name="c" select="count($in[?outcome = $o])"/>
                <td class="n{if ($c = 0) then ' zero' else ()}">{$c}</td>
              </xsl:for-each>
              <td class="bar-col">
                <xsl:choose>
                  <xsl:when test="empty($in)">
                    <span class="bar bar-empty" aria-hidden="true"/>
                  </xsl:when>
                  <xsl:otherwise>
                    <span class="bar" aria-hidden="true">
                      <xsl:for-each select="$applicable-outcomes">
                        <xsl:variable name="o" select="."/>
                        <xsl:variable name="c" select="count($in[?outcome = $o])"/>
                        <xsl:if test="$c gt 0">
                          <span class="seg s-{$o}" style="width:{a:pct($c, count($in))}%"/>
                        </xsl:if>
                      </xsl:for-each>
                    </span>
                  </xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <xsl:template name="findings">
    <xsl:param name="p" as="map(*)"/>
    <xsl:param name="d" as="map(*)"/>
    <xsl:param name="res" as="map(*)"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:variable name="findings" as="map(*)*" select="$d?findings?*"/>
    <section aria-labelledby="doc-{$n}-findings">
      <h3 id="doc-{$n}-findings">{a:t('findings')} <span class="count">{count($findings)}</span></h3>
      <xsl:choose>
        <xsl:when test="empty($findings)">
          <p class="none">{a:t('no-findings')}</p>
        </xsl:when>
        <xsl:otherwise>
          <table class="grid findings">
            <thead>
              <tr>
                <th scope="col">{a:t('requirement')}</th>
                <th scope="col">{a:t('severity')}</th>
                <th scope="col">{a:t('message')}</th>
                <th scope="col">{a:t('location')}</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$findings">
                <xsl:variable name="f" select="."/>
                <xsl:variable name="outcome" select="string($res($f?requirement)?outcome)"/>
                <tr class="is-{($outcome[. != ''], 'unknown')[1]}">
                  <th scope="row">
                    <span class="rq">{$f?requirement}</span>
                    <span class="rt">{a:title-of(a:coords($p), $f?requirement)}</span>
                    <xsl:if test="$outcome != ''">
                      <xsl:sequence select="a:badge($outcome)"/>
                    </xsl:if>
                  </th>
                  <td><span class="sev sev-{$f?severity}">{a:t('sev-' || $f?severity)}</span></td>
                  <td>
                    <p class="msg">{$f?message}</p>
                    <p class="rule">{a:t('rule')}: <code>{$f?rule}</code>
                      <xsl:if test="$outcome = 'waived'"> · <em>{a:t('finding-waived')}</em></xsl:if>
                    </p>
                  </td>
                  <td class="loc">
                    <xsl:variable name="l" select="$f?location"/>
                    <xsl:choose>
                      <xsl:when test="exists($l?page)">
                        <span class="linecol">{a:t('page')} <strong>{$l?page}</strong></span>
                      </xsl:when>
                      <xsl:when test="exists($l?line)">
                        <span class="linecol" title="{a:t('line-col')}">{a:t('line-col')} <strong>{$l?line}{if (exists($l?column)) then ':' || $l?column else ()}</strong></span>
                      </xsl:when>
                    </xsl:choose>
                    <xsl:if test="exists($l?xpath)">
                      <code class="xpath"><xsl:sequence select="a:breakable($l?xpath)"/></code>
                    </xsl:if>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="waivers">
    <xsl:param name="p" as="map(*)"/>
    <xsl:param name="d" as="map(*)"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:variable name="waived" as="map(*)*" select="$d?requirements?*[exists(?waiver)]"/>
    <xsl:if test="exists($waived)">
      <section aria-labelledby="doc-{$n}-waivers">
        <h3 id="doc-{$n}-waivers">{a:t('waivers')} <span class="count">{count($waived)}</span></h3>
        <table class="grid waivers">
          <thead>
            <tr>
              <th scope="col">{a:t('requirement')}</th>
              <th scope="col">{a:t('approver')}</th>
              <th scope="col">{a:t('expires')}</th>
              <th scope="col">{a:t('justification')}</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$waived">
              <tr>
                <th scope="row"><span class="rq">{?number}</span><xsl:text> </xsl:text><span class="rt">{a:title-of(a:coords($p), ?number)}</span></th>
                <td>{?waiver?approver}</td>
                <td class="nowrap"><time datetime="{?waiver?expires}">{a:date(?waiver?expires)}</time></td>
                <td>{?waiver?justification}</td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="checklist">
    <xsl:param name="p" as="map(*)"/>
    <xsl:param name="applicable" as="map(*)*"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:variable name="manual" as="map(*)*" select="$applicable[?outcome = 'manual-review']"/>
    <section aria-labelledby="doc-{$n}-checklist">
      <details class="fold checklist-fold">
        <summary><h3 id="doc-{$n}-checklist">{a:t('checklist')} <span class="count">{count($manual)}</span></h3></summary>
        <xsl:choose>
          <xsl:when test="empty($manual)">
            <p class="none">{a:t('no-checklist')}</p>
          </xsl:when>
          <xsl:otherwise>
            <p class="note">{a:t('checklist-note')}</p>
            <xsl:for-each-group select="$manual" group-adjacent="a:chapter-of(a:coords($p), ?number)">
              <xsl:variable name="chapter" select="$p?catalog?chapters?*[?number = current-grouping-key()]"/>
              <h4>{current-grouping-key()} {$chapter?title} <span class="count">{count(current-group())}</span></h4>
              <ul class="checklist">
                <xsl:for-each select="current-group()">
                  <li><label><input type="checkbox"/><xsl:text> </xsl:text><span class="rq">{?number}</span> {a:title-of(a:coords($p), ?number)}</label></li>
                </xsl:for-each>
              </ul>
            </xsl:for-each-group>
          </xsl:otherwise>
        </xsl:choose>
      </details>
    </section>
  </xsl:template>

  <xsl:template name="requirement-table">
    <xsl:param name="p" as="map(*)"/>
    <xsl:param name="applicable" as="map(*)*"/>
    <xsl:param name="n" as="xs:integer"/>
    <section aria-labelledby="doc-{$n}-requirements">
      <details class="fold">
        <summary><h3 id="doc-{$n}-requirements">{a:t('requirements-table')} <span class="count">{count($applicable)}</span></h3></summary>
        <table class="grid reqs">
          <thead>
            <tr>
              <th scope="col">{a:t('requirement')}</th>
              <th scope="col">{a:t('title')}</th>
              <th scope="col">{a:t('outcome')}</th>
            </tr>
          </thead>
          <xsl:for-each-group select="$applicable" group-adjacent="a:chapter-of(a:coords($p), ?number)">
            <xsl:variable name="chapter" select="$p?catalog?chapters?*[?number = current-grouping-key()]"/>
            <tbody>
              <tr class="group">
                <th scope="rowgroup" colspan="3">{a:t('chapter')} {current-grouping-key()}: {$chapter?title}</th>
              </tr>
              <xsl:for-each select="current-group()">
                <tr class="r-{?outcome}">
                  <th scope="row" class="rq">{?number}</th>
                  <td>{a:title-of(a:coords($p), ?number)}</td>
                  <td class="oc o-{?outcome}-text"><span aria-hidden="true">{a:symbol(?outcome)}</span> {a:outcome-label(?outcome)}</td>
                </tr>
              </xsl:for-each>
            </tbody>
          </xsl:for-each-group>
        </table>
      </details>
    </section>
  </xsl:template>

  <!-- ============================================================ style and script -->
  <xsl:template name="style">
    <style xsl:expand-text="no">
:root {
  --ink: #1b1f24; --muted: #525a63; --line: #d4d9df; --soft: #f2f4f6; --brand: #154273; --brand-soft: #e8eef5;
  --pass: #1c6b37; --pass-bg: #e2f1e6; --pass-bar: #3a8f55;
  --fail: #a8201a; --fail-bg: #fbe3e0; --fail-bar: #c53a2f;
  --waive: #7a4f00; --waive-bg: #fcefc7; --waive-bar: #e0a624;
  --manual: #34527a; --manual-bg: #e5ecf5; --manual-bar: #9fb3cf;
  --na: #5f666e;
  --sans: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Liberation Sans", Roboto, Arial, sans-serif;
  --mono: ui-monospace, "SF Mono", Consolas, "Liberation Mono", "DejaVu Sans Mono", Menlo, monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: var(--sans); font-size: 15px; line-height: 1.5; color: var(--ink); background: #fff; }
.wrap { max-width: 1240px; margin: 0 auto; padding: 0 24px; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; font-weight: 650; }
h2 { font-size: 1.45rem; margin: 2.2rem 0 .8rem; color: var(--brand); }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .6rem; }
h4 { font-size: .95rem; margin: 1rem 0 .3rem; color: var(--muted); }
a { color: var(--brand); }
a:focus-visible, summary:focus-visible, input:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
code, pre { font-family: var(--mono); font-size: .86em; }
code.hash { word-break: break-all; color: var(--muted); }
p { margin: .4rem 0; }
.note { color: var(--muted); font-size: .9rem; }
.none { color: var(--muted); font-style: italic; }
.muted { color: var(--muted); }
.nowrap { white-space: nowrap; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.count { display: inline-block; min-width: 1.7em; padding: 0 .45em; margin-left: .3em; border-radius: 1em; background: var(--soft); color: var(--muted); font-size: .8em; font-weight: 600; text-align: center; vertical-align: .1em; }

/* masthead */
.masthead { background: var(--brand); color: #fff; padding: 22px 0 20px; border-bottom: 6px solid #0b2a4a; }
.masthead .kicker { margin: 0 0 .2rem; font-size: .8rem; letter-spacing: .06em; text-transform: uppercase; opacity: .85; }
.masthead h1 { font-size: 1.9rem; font-weight: 700; }
.masthead .subtitle { margin: .25rem 0 0; font-size: 1.05rem; opacity: .95; }

/* check details */
.meta { margin-top: 20px; }
.meta dl { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr); gap: 14px 28px; margin: 0; padding: 16px 20px; background: var(--soft); border: 1px solid var(--line); border-radius: 4px; }
dt { font-size: .75rem; font-weight: 650; letter-spacing: .04em; text-transform: uppercase; color: var(--muted); }
dd { margin: .1rem 0 0; }
.meta .packs.several { grid-column: 1 / -1; }
.meta .packs.several dd { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 8px 28px; }
.meta .packs.several .pack + .pack { margin-top: 0; padding-top: 0; border-top: none; }
.meta .pack + .pack { margin-top: .5rem; padding-top: .5rem; border-top: 1px solid var(--line); }

/* summary */
.tiles { list-style: none; display: flex; flex-wrap: wrap; gap: 12px; padding: 0; margin: 0 0 16px; }
.tile { flex: 1 1 170px; padding: 12px 16px; border: 1px solid var(--line); border-left-width: 6px; border-radius: 4px; background: #fff; }
.tile .num { display: block; font-size: 1.9rem; font-weight: 700; line-height: 1.1; }
.tile .lbl { color: var(--muted); font-size: .9rem; }
.t-total { border-left-color: var(--brand); }
.t-compliant { border-left-color: var(--pass-bar); }
.t-compliant .num { color: var(--pass); }
.t-non-compliant { border-left-color: var(--fail-bar); }
.t-non-compliant .num { color: var(--fail); }
.t-error { border-left-color: #5a5f66; }
.t-error .num { color: #3b3f45; }

/* tables */
.scroll-x { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; }
.grid th, .grid td { padding: 7px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
.grid thead th { font-size: .8rem; font-weight: 650; color: var(--muted); border-bottom: 2px solid #9aa3ad; background: #fff; }
.grid tbody th { font-weight: 400; }
th.n, td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.overview th.path { font-weight: 600; overflow-wrap: break-word; }
.overview .colname { display: block; font-size: .72rem; font-weight: 500; white-space: normal; }
.overview abbr { text-decoration: none; font-size: 1rem; }
.rq { font-variant-numeric: tabular-nums; font-weight: 650; white-space: nowrap; margin-right: .35em; }
.rt { color: var(--ink); }

/* badges and outcome colours (always with a symbol and a word) */
.badge { display: inline-block; padding: 1px 9px 1px 7px; border-radius: 3px; font-size: .8rem; font-weight: 650; white-space: nowrap; border: 1px solid transparent; }
.badge .sym { font-weight: 700; }
.o-passed.badge, .o-compliant.badge { color: var(--pass); background: var(--pass-bg); border-color: #b5d9c0; }
.o-failed.badge, .o-non-compliant.badge { color: var(--fail); background: var(--fail-bg); border-color: #f0b8b2; }
.o-waived.badge { color: var(--waive); background: var(--waive-bg); border-color: #ecd28a; }
.o-manual-review.badge { color: var(--manual); background: var(--manual-bg); border-color: #c3d0e2; }
.o-not-applicable.badge { color: var(--na); background: var(--soft); border-color: var(--line); }
.o-error.badge { color: #fff; background: #3b3f45; }
.o-passed-text { color: var(--pass); }
.o-failed-text { color: var(--fail); }
.o-waived-text { color: var(--waive); }
.o-manual-review-text { color: var(--manual); }
.o-not-applicable-text { color: var(--na); }

/* legend */
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: center; margin: 10px 0; font-size: .85rem; }
.legend-h { font-weight: 650; }
.legend-item .c { display: inline-block; width: 1.7em; height: 1.5em; line-height: 1.5em; text-align: center; border: 1px solid var(--line); border-radius: 2px; margin-right: .2em; }

/* matrix */
.matrix-section .filter { margin: 0 .35em 0 0; vertical-align: middle; }
.matrix-section .filter-label { margin-right: 1.6em; font-size: .9rem; vertical-align: middle; }
.matrix { width: auto; margin-top: 10px; font-size: .82rem; }
.matrix th, .matrix td { border: 1px solid #e1e5ea; }
.matrix thead th { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 2px solid #9aa3ad; vertical-align: bottom; box-shadow: 0 1px 0 #9aa3ad; }
.matrix thead th.req-h { text-align: left; padding: 6px 8px; font-size: .8rem; color: var(--muted); }
.matrix th.bid { padding: 4px 0 3px; width: 2.4em; min-width: 2.4em; }
.matrix th.bid a { display: flex; flex-direction: column; align-items: center; gap: 3px; color: var(--ink); text-decoration: none; }
.matrix .bid-name { writing-mode: vertical-rl; transform: rotate(180deg); max-height: 14em; max-width: 2.4em; overflow: hidden; line-height: 1.1; font-weight: 500; font-size: .76rem; text-align: left; }
.matrix .bid-no { font-weight: 700; color: var(--brand); }
.matrix .bid-verdict { display: block; width: 1.6em; line-height: 1.45em; border-radius: 2px; font-weight: 700; text-align: center; }
.matrix .bid-verdict.o-compliant { background: var(--pass-bg); color: var(--pass); }
.matrix .bid-verdict.o-non-compliant { background: var(--fail-bar); color: #fff; }
.matrix tbody th { text-align: left; font-weight: 400; padding: 2px 8px; max-width: 40em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.matrix tr.chapter th, .matrix tr.chapter td { background: var(--brand-soft); color: var(--brand); font-weight: 650; padding: 6px 8px; border-top: 2px solid #b9c8da; }
.matrix tr.chapter td { text-align: center; padding: 6px 0; font-size: .75rem; }
.matrix .chap-fail { color: var(--fail); }
.matrix .chap-ok { color: #546d8c; font-weight: 400; }
.matrix tr.req:hover th, .matrix tr.req:hover td.o-passed, .matrix tr.req:hover td.o-manual-review, .matrix tr.req:hover td.o-not-applicable { background-color: #fff6cc; }
.matrix td.c { text-align: center; padding: 0; width: 2.4em; height: 1.6em; }
.c { font-weight: 700; }
.c.o-passed { color: var(--pass); }
.c.o-failed { color: #fff; background: var(--fail-bar); }
.c.o-waived { color: #4d3200; background: var(--waive-bar); }
.c.o-manual-review { color: #5d7192; font-weight: 400; }
.c.o-not-applicable { color: #858d96; font-weight: 400; }
.c.o-error { color: #fff; background: #3b3f45; }
.filter-diff:checked ~ .matrix tr.same { display: none; }
.filter-issues:checked ~ .matrix tr.no-issue { display: none; }
.filter-diff:checked ~ .matrix tbody:not(:has(tr.req:not(.same))) { display: none; }
.filter-issues:checked ~ .matrix tbody:not(:has(tr.req:not(.no-issue))) { display: none; }

/* documents */
.doc { margin-top: 2.6rem; padding-top: .2rem; border-top: 3px solid var(--brand); }
.doc-head { padding: 0 0 .5rem; }
.doc-title { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; margin: 1rem 0 .6rem; }
.doc-title h2 { margin: 0; color: var(--ink); font-size: 1.35rem; word-break: break-all; }
.doc-title .badge { font-size: .9rem; padding: 3px 12px 3px 10px; }
.doc-title .up { margin-left: auto; font-size: .85rem; text-decoration: none; }
.doc-title .up:hover { text-decoration: underline; }
.doc-no { display: inline-block; min-width: 1.6em; padding: 0 .35em; margin-right: .3em; border-radius: 3px; background: var(--brand); color: #fff; text-align: center; font-size: .9em; }
.doc-meta { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, auto)); gap: 8px 28px; margin: 0; }
.doc-meta div:nth-child(2), .doc-meta div.doc-pack { grid-column: span 2; }
.counts { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; padding: 0; margin: .8rem 0 0; }
.counts li { padding: 6px 14px; border: 1px solid var(--line); border-radius: 4px; background: var(--soft); font-size: .85rem; }
.counts .num { display: block; font-size: 1.3rem; font-weight: 700; }
.error-box { margin: .8rem 0; padding: 12px 16px; border: 1px solid #d9a09a; border-left: 6px solid var(--fail-bar); background: #fdf1ef; border-radius: 4px; }
.error-box pre { margin: .5rem 0 0; white-space: pre-wrap; word-break: break-word; }

/* chapter bars */
.bars { max-width: 1000px; }
.bars caption { padding-bottom: 6px; }
.bars th, .bars td { padding: 5px 8px; border-bottom: 1px solid #e6e9ed; }
.bars thead th { font-size: .8rem; color: var(--muted); border-bottom: 2px solid #9aa3ad; text-align: left; }
.bars thead th.n { text-align: right; }
.bars abbr { text-decoration: none; font-weight: 700; font-size: 1rem; }
.bars tbody th { font-weight: 400; text-align: left; white-space: nowrap; }
.bars td.zero { color: #6e757d; }
.bars .bar-col { width: 42%; }
.bar { display: flex; height: 14px; border-radius: 2px; overflow: hidden; background: #eceff2; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bar-empty { background: repeating-linear-gradient(45deg, #f1f3f5, #f1f3f5 4px, #e4e7eb 4px, #e4e7eb 8px); }
.seg { display: block; height: 100%; min-width: 3px; }
.s-passed { background: var(--pass-bar); }
.s-failed { background: var(--fail-bar); }
.s-waived { background: var(--waive-bar); }
.s-manual-review { background: var(--manual-bar); }

/* findings */
.findings .rq { display: inline; }
.findings th .rt { display: block; font-size: .85rem; color: var(--muted); margin: 2px 0 4px; }
.findings tbody th { width: 26%; }
.findings .msg { margin: 0 0 .3rem; }
.findings .rule { margin: 0; font-size: .82rem; color: var(--muted); }
.findings .rule code { font-size: .95em; color: var(--ink); }
.findings td.loc { width: 24%; font-size: .85rem; }
.findings .linecol { display: block; white-space: nowrap; color: var(--muted); }
.findings .linecol strong { color: var(--ink); font-family: var(--mono); }
.findings .xpath { display: block; margin-top: 2px; overflow-wrap: anywhere; color: #37424e; background: var(--soft); padding: 1px 4px; border-radius: 2px; }
.sev { display: inline-block; padding: 0 7px; border-radius: 3px; font-size: .78rem; font-weight: 650; text-transform: uppercase; letter-spacing: .03em; border: 1px solid; }
.sev-error { color: var(--fail); border-color: #e7a8a1; }
.sev-warning { color: var(--waive); border-color: #e3c67a; }
.sev-info { color: var(--manual); border-color: #b7c6dc; }
tr.is-waived .msg { color: var(--muted); }
tr.is-failed .rq { color: var(--fail); }

/* folds, checklist, requirement table */
details.fold { margin: 1rem 0 0; border: 1px solid var(--line); border-radius: 4px; }
details.fold summary { cursor: pointer; padding: 8px 14px; background: var(--soft); list-style-position: inside; }
details.fold summary h3 { display: inline; margin: 0; font-size: 1.05rem; }
details.fold[open] summary { border-bottom: 1px solid var(--line); }
details.fold .note, details.fold h4, details.fold .checklist { margin-left: 14px; margin-right: 14px; }
details.fold .reqs { margin: 0; }
.checklist { list-style: none; padding: 0; columns: 2 420px; column-gap: 32px; margin-bottom: 1rem; }
.checklist li { break-inside: avoid; padding: 2px 0; font-size: .88rem; }
.checklist label { display: flex; gap: 6px; align-items: baseline; cursor: pointer; }
.checklist input { margin: 0; flex: none; position: relative; top: 2px; }
.checklist .rq { min-width: 4.2em; }
.reqs { font-size: .88rem; }
.reqs th, .reqs td { padding: 3px 12px; }
.reqs .group th { background: var(--brand-soft); color: var(--brand); font-weight: 650; padding: 6px 12px; }
.reqs th.rq { width: 6em; font-weight: 650; }
.reqs tr.r-failed th, .reqs tr.r-failed td { background: #fdf0ee; }
.reqs tr.r-waived th, .reqs tr.r-waived td { background: #fef8e6; }
.reqs td.oc { width: 12em; white-space: nowrap; font-weight: 600; }

footer.foot { margin-top: 3rem; padding-top: 12px; padding-bottom: 32px; border-top: 1px solid var(--line); color: var(--muted); font-size: .82rem; }

@media (max-width: 700px) {
  .meta dl { grid-template-columns: 1fr; }
  .doc-meta div:nth-child(2), .doc-meta div.doc-pack { grid-column: auto; }
  .bars .bar-col { width: 30%; }
}

@page { size: A4; margin: 14mm 12mm; }
@page wide { size: A4 landscape; margin: 10mm; }
@media print {
  body { font-size: 9.5pt; }
  .wrap { max-width: none; padding: 0; }
  .masthead { background: none; color: var(--ink); border-bottom: 3px solid var(--brand); padding: 0 0 8px; }
  .masthead h1 { color: var(--brand); }
  h2 { break-after: avoid; }
  h3, h4 { break-after: avoid; }
  .matrix-section { page: wide; }
  .matrix-section .filter, .matrix-section .filter-label, .doc-title .up { display: none; }
  .matrix thead th { position: static; box-shadow: none; }
  .matrix tr.req { break-inside: avoid; }
  .scroll-x { overflow: visible; }
  .tile { flex: 1 1 0; padding: 6px 10px; }
  .tile .num { font-size: 1.4rem; }
  .matrix { font-size: 7.5pt; line-height: 1.25; }
  .matrix .bid-name { font-size: 6.5pt; max-height: 12em; }
  .matrix tbody th { max-width: 48em; }
  .matrix td.c { height: auto; }
  details.fold:not([open]) { display: none; }
  .checklist { columns: 2; column-gap: 18px; }
  .checklist li { font-size: 8.5pt; padding: 0; }
  .doc { break-before: page; border-top: none; margin-top: 0; }
  .doc-title { margin-top: 0; }
  .grid th, .grid td { padding: 4px 6px; }
  details.fold { border: none; }
  details.fold summary { background: none; padding: 0; list-style: none; }
  details.fold summary::-webkit-details-marker { display: none; }
  .grid tr, .bars tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .badge, .c, .bar-col, .counts li, .tile, .bid-verdict, .matrix tr.chapter th, .matrix tr.chapter td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
    </style>
  </xsl:template>

  <xsl:template name="script">
    <script xsl:expand-text="no">
(function () {
  /* The manual-review checklists are printed, to be ticked on paper; other sections print as they are shown. */
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details.checklist-fold').forEach(function (d) { d.setAttribute('open', ''); });
  });
})();
    </script>
  </xsl:template>

</xsl:stylesheet>
