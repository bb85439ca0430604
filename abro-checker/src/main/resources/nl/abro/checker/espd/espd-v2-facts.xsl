<?xml version="1.0" encoding="UTF-8"?>
<!--
  ESPD-EDM 2.x to 4.x (UBL QualificationApplicationResponse-2 / QualificationApplicationRequest-2)
  to the neutral ESPD facts vocabulary urn:nl:abro:espd-facts:1 (see espd-facts.md).

  ESPD-EDM 2.0.x/2.1.x type codes (CRITERION.EXCLUSION....) are mapped to the EU criterion code by
  the criterion UUID and give the category by their prefix; 3.x and 4.x carry the EU code itself.

  In these versions the criteria hold only questions (cac:TenderingCriterionProperty); the
  answers are top-level cac:TenderingCriterionResponse elements that point at a question by
  cbc:ValidatedCriterionPropertyID, and evidence is a top-level cac:Evidence referred to by ID.
  This stylesheet puts each answer back under its criterion.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
    xmlns:resp="urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2"
    xmlns:req="urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationRequest-2"
    xmlns="urn:nl:abro:espd-facts:1"
    exclude-result-prefixes="#all" expand-text="yes">

  <xsl:mode on-no-match="shallow-skip"/>

  <xsl:key name="response" match="cac:TenderingCriterionResponse" use="normalize-space(cbc:ValidatedCriterionPropertyID)"/>
  <xsl:key name="evidence" match="cac:Evidence" use="normalize-space(cbc:ID)"/>

  <!-- The exclusion grounds of the EU criterion code list; "other" criteria are about the operator itself. -->
  <xsl:variable name="exclusion" select="('crime-org', 'corruption', 'fraud', 'terr-offence', 'finan-laund', 'human-traffic',
      'tax-pay', 'socsec-pay', 'envir-law', 'socsec-law', 'labour-law', 'bankruptcy', 'insolvency', 'cred-arran', 'bankr-nat',
      'liq-admin', 'susp-act', 'prof-misconduct', 'distorsion', 'partic-confl', 'prep-confl', 'sanction', 'misinterpr',
      'misrepresent', 'nati-ground')"/>
  <xsl:variable name="other" select="('shelt-worksh', 'registered', 'eo-group', 'relied', 'subco-ent', 'staff-red', 'sme')"/>

  <!-- ESPD-EDM 2.0.x and 2.1.x do not use the EU criterion list yet: their cbc:CriterionTypeCode is
       CRITERION.EXCLUSION.CONVICTIONS.CORRUPTION, CRITERION.SELECTION..., CRITERION.OTHER.EO_DATA...
       For those the code is looked up from the criterion UUID, as for v1; this table is the one in
       espd-v1-facts.xsl (keep both the same; EspdLoadingTest compares them). -->
  <xsl:variable name="codes" as="map(xs:string, xs:string)" select="map {
      '005eb9ed-1347-4ca3-bb29-9bc0db64e1ab': 'crime-org',
      'c27b7c4e-c837-4529-b867-ed55ce639db5': 'corruption',
      '297d2323-3ede-424e-94bc-a91561e6f320': 'fraud',
      'd486fb70-86b3-4e75-97f2-0d71b5697c7d': 'terr-offence',
      '47112079-6fec-47a3-988f-e561668c3aef': 'finan-laund',
      'd789d01a-fe03-4ccd-9898-73f9cfa080d1': 'human-traffic',
      'b61bbeb7-690e-4a40-bc68-d6d4ecfaa3d4': 'tax-pay',
      '7d85e333-bbab-49c0-be8d-c36d71a72f5e': 'socsec-pay',
      'a80ddb62-d25b-4e4e-ae22-3968460dc0a9': 'envir-law',
      'a261a395-ed17-4939-9c75-b9ff1109ca6e': 'socsec-law',
      'a34b70d6-c43d-4726-9a88-8e2b438424bf': 'labour-law',
      'd3732c09-7d62-4edc-a172-241da6636e7c': 'bankruptcy',
      '396f288a-e267-4c20-851a-ed4f7498f137': 'insolvency',
      '68918c7a-f5bc-4a1a-a62f-ad8983600d48': 'cred-arran',
      'daffa2a9-9f8f-4568-8be8-7b8bf306d096': 'bankr-nat',
      '8fda202a-0c37-41bb-9d7d-de3f49edbfcb': 'liq-admin',
      '166536e2-77f7-455c-b018-70582474e4f6': 'susp-act',
      '514d3fde-1e3e-4dcd-b02a-9f984d5bbda3': 'prof-misconduct',
      '56d13e3d-76e8-4f23-8af6-13e60a2ee356': 'distorsion',
      'b1b5ac18-f393-4280-9659-1367943c1a2e': 'partic-confl',
      '61874050-5130-4f1c-a174-720939c7b483': 'prep-confl',
      '3293e92b-7f3e-42f1-bee6-a7641bb04251': 'sanction',
      '696a75b2-6107-428f-8b74-82affb67e184': 'misrepresent',
      '63adb07d-db1b-4ef0-a14e-a99785cf8cf6': 'nati-ground',
      '6ee55a59-6adb-4c3a-b89f-e62a7ad7be7f': 'prof-regist',
      '87b3fa26-3549-4f92-b8e0-3fd8f04bf5c7': 'trade-regist',
      '9eeb6d5c-0eb8-48e8-a4c5-5087a7c095a4': 'authorisation',
      '73f10e36-ed7a-412e-995c-aa76463e3776': 'membership',
      '499efc97-2ac1-4af2-9e84-323c2ca67747': 'gen-year-to',
      'b16cb9fc-6cb7-4585-9302-9533b415cf48': 'aver-year-to',
      'd3dfb714-f558-4512-bbc5-e456fa2339de': 'spec-aver-to',
      '074f6031-55f9-4e99-b9a4-c4363e8bc315': 'spec-year-to',
      'e4d37adc-08cd-4f4d-a8d8-32b62b0a1f46': 'finan-rat',
      '7604bd40-4462-4086-8763-a50da51a869c': 'indem-insu',
      'ab0e7f2e-6418-40e2-8870-6713123e41ad': 'finan-requ',
      'cdd3bb3e-34a5-43d5-b668-2aab86a73822': 'work-perform',
      '3a18a175-1863-4b1d-baef-588ce61960ca': 'supply-perform',
      '5e506c16-26ab-4e32-bb78-b27f87dc0565': 'service-perform',
      '3aaca389-4a7b-406b-a4b9-080845d127e7': 'qual-cont-tech',
      'c599c130-b29f-461e-a187-4e16c7d40db7': 'work-tech',
      '4bf996d9-439c-40c6-9ab9-980a48cb55a1': 'qual-facil',
      '90a2e100-44cc-45d3-9970-69d6714f1596': 'research-fac',
      'dc12a151-7fdf-4733-a8f0-30f667292e66': 'chain-manage',
      '9460457e-b43d-48a9-acd1-615de6ddd33e': 'envir-measure',
      'cc18c023-211d-484d-a32e-52f3f970285f': 'tech-equip',
      '07301031-2270-41af-8e7e-66fe0c777107': 'qualification',
      'c8809aa1-29b6-4f27-ae2f-27e612e394db': 'spec-req-check',
      '6346959b-e097-4ea1-89cd-d1b4c131ea4d': 'manage-staff',
      '1f49b3f0-d50f-43f6-8b30-4bafab108b9b': 'year-manpower',
      '612a1625-118d-4ea4-a6db-413184e7c0a8': 'suncont-port',
      'bdf0601d-2480-4250-b870-658d0ee95be6': 'wo-autent',
      '7662b7a9-bcb8-4763-a0a7-7505d8e8470d': 'w-autent',
      'a7669d7d-9297-43e1-9d10-691a1660187c': 'qa-certif-inst',
      'd726bac9-e153-4e75-bfca-c5385587766d': 'qu-certif-indep',
      '8ed65e48-fd0d-444f-97bd-4f58da632999': 'envir-certif-indep'
    }"/>

  <xsl:template match="/resp:QualificationApplicationResponse | /req:QualificationApplicationRequest">
    <espd kind="{if (self::resp:QualificationApplicationResponse) then 'response' else 'request'}" version="2">
      <xsl:for-each select="cbc:ProfileExecutionID[normalize-space()]"><xsl:attribute name="profile" select="normalize-space()"/></xsl:for-each>
      <xsl:for-each select="cbc:ID[normalize-space()]"><id>{normalize-space()}</id></xsl:for-each>
      <xsl:for-each select="cbc:UUID[normalize-space()]"><uuid>{normalize-space()}</uuid></xsl:for-each>
      <xsl:for-each select="cbc:IssueDate[normalize-space()]"><issueDate>{normalize-space()}</issueDate></xsl:for-each>
      <xsl:for-each select="cbc:ContractFolderID[normalize-space()]"><procedure>{normalize-space()}</procedure></xsl:for-each>
      <xsl:for-each select="cac:EconomicOperatorParty">
        <economicOperator>
          <xsl:for-each select="(cac:EconomicOperatorRole/cbc:RoleCode)[1]"><xsl:attribute name="role" select="normalize-space()"/></xsl:for-each>
          <xsl:for-each select="(cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode)[1]"><xsl:attribute name="country" select="normalize-space()"/></xsl:for-each>
          <xsl:for-each select="cac:Party/cac:PartyName/cbc:Name"><name>{normalize-space()}</name></xsl:for-each>
          <xsl:for-each select="cac:Party/cac:PartyIdentification/cbc:ID"><id scheme="{@schemeAgencyID}">{normalize-space()}</id></xsl:for-each>
        </economicOperator>
      </xsl:for-each>
      <xsl:apply-templates select="cac:TenderingCriterion"/>
    </espd>
  </xsl:template>

  <xsl:template match="cac:TenderingCriterion">
    <xsl:variable name="type" select="normalize-space(cbc:CriterionTypeCode)"/>
    <xsl:variable name="edm2" select="starts-with($type, 'CRITERION.')"/>
    <xsl:variable name="code" select="if ($edm2) then ($codes(normalize-space(cbc:ID)), '')[1] else $type"/>
    <xsl:variable name="questions" select=".//cac:TenderingCriterionProperty[normalize-space(cbc:TypeCode) = 'QUESTION']"/>
    <!-- The main question is the criterion's first yes/no question. -->
    <xsl:variable name="main" select="$questions[normalize-space(cbc:ValueDataTypeCode) = 'INDICATOR'][1]"/>
    <xsl:variable name="selfCleaning" select="$questions[contains(lower-case(cbc:Description), 'self-cleaning')][1]"/>
    <xsl:variable name="root" select="/"/>
    <criterion uuid="{normalize-space(cbc:ID)}" code="{$code}"
        category="{if ($edm2) then (if (starts-with($type, 'CRITERION.EXCLUSION.')) then 'exclusion' else if (starts-with($type, 'CRITERION.SELECTION.')) then 'selection' else 'other')
            else if ($code = $exclusion) then 'exclusion' else if ($code = $other or matches(cbc:ID, '^C[0-9]+_OT_')) then 'other' else 'selection'}">
      <xsl:if test="$edm2"><xsl:attribute name="sourceType" select="$type"/></xsl:if>
      <name>{normalize-space(cbc:Name)}</name>
      <!-- What the authority asks for (e.g. "ISO 9001"): the expected values of its REQUIREMENT properties. -->
      <xsl:for-each select=".//cac:TenderingCriterionProperty[normalize-space(cbc:TypeCode) = 'REQUIREMENT']">
        <xsl:variable name="requirement" select="normalize-space(cbc:Description)"/>
        <xsl:for-each select="(cbc:ExpectedDescription | cbc:ExpectedCode | cbc:ExpectedAmount | cbc:ExpectedValueNumeric)[normalize-space()]">
          <expected requirement="{$requirement}">{normalize-space()}</expected>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:for-each select="$main ! key('response', normalize-space(cbc:ID), $root)/cac:ResponseValue/cbc:ResponseIndicator[normalize-space()]">
        <answer>{normalize-space()}</answer>
      </xsl:for-each>
      <xsl:for-each select="$selfCleaning ! key('response', normalize-space(cbc:ID), $root)/cac:ResponseValue/cbc:ResponseIndicator[normalize-space()]">
        <selfCleaning>{normalize-space()}</selfCleaning>
      </xsl:for-each>
      <xsl:for-each select="$questions except ($main, $selfCleaning)">
        <xsl:variable name="question" select="normalize-space(cbc:Description)"/>
        <xsl:variable name="dataType" select="normalize-space(cbc:ValueDataTypeCode)"/>
        <xsl:for-each select="key('response', normalize-space(cbc:ID), $root)">
          <xsl:apply-templates select="cac:ResponseValue/*[not(self::cbc:ID)]">
            <xsl:with-param name="question" select="$question"/>
            <xsl:with-param name="dataType" select="$dataType"/>
          </xsl:apply-templates>
          <xsl:for-each select="cac:ApplicablePeriod">
            <value type="period" question="{$question}">
              <xsl:for-each select="cbc:StartDate"><xsl:attribute name="start" select="normalize-space()"/></xsl:for-each>
              <xsl:for-each select="cbc:EndDate"><xsl:attribute name="end" select="normalize-space()"/></xsl:for-each>
              <xsl:value-of select="normalize-space(cbc:Description)"/>
            </value>
          </xsl:for-each>
          <xsl:for-each select="cac:EvidenceSupplied/cbc:ID">
            <xsl:variable name="evidence" select="key('evidence', normalize-space(), $root)[1]"/>
            <evidence id="{normalize-space()}">
              <xsl:for-each select="($evidence/cac:DocumentReference/cac:Attachment/cac:ExternalReference/cbc:URI)[1]"><xsl:attribute name="uri" select="normalize-space()"/></xsl:for-each>
              <xsl:for-each select="($evidence/cac:DocumentReference/cbc:IssueDate)[1]"><xsl:attribute name="issued" select="normalize-space()"/></xsl:for-each>
            </evidence>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:for-each>
    </criterion>
  </xsl:template>

  <xsl:template match="cac:ResponseValue/*">
    <xsl:param name="question"/>
    <xsl:param name="dataType"/>
    <xsl:variable name="type" select="if (self::cbc:ResponseIndicator) then 'indicator'
        else if (self::cbc:ResponseDate) then 'date'
        else if (self::cbc:ResponseAmount) then 'amount'
        else if ($dataType = 'PERCENTAGE') then 'percent'
        else if (self::cbc:ResponseQuantity or self::cbc:ResponseNumeric) then 'quantity'
        else if (self::cbc:ResponseCode) then 'code'
        else if (self::cbc:ResponseURI) then 'uri'
        else if (self::cbc:Description) then 'description'
        else lower-case(replace(local-name(), '^Response', ''))"/>
    <value type="{$type}" question="{$question}">
      <xsl:for-each select="@currencyID"><xsl:attribute name="currency" select="."/></xsl:for-each>
      <xsl:value-of select="normalize-space()"/>
    </value>
  </xsl:template>
</xsl:stylesheet>
