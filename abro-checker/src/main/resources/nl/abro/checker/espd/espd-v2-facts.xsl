<?xml version="1.0" encoding="UTF-8"?>
<!--
  ESPD-EDM 2.x to 4.x (UBL QualificationApplicationResponse-2 / QualificationApplicationRequest-2)
  to the neutral ESPD facts vocabulary urn:nl:abro:espd-facts:1 (see espd-facts.md).

  In these versions the criteria hold only questions (cac:TenderingCriterionProperty); the
  answers are top-level cac:TenderingCriterionResponse elements that point at a question by
  cbc:ValidatedCriterionPropertyID, and evidence is a top-level cac:Evidence referred to by ID.
  This stylesheet puts each answer back under its criterion.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
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
    <xsl:variable name="code" select="normalize-space(cbc:CriterionTypeCode)"/>
    <xsl:variable name="questions" select=".//cac:TenderingCriterionProperty[normalize-space(cbc:TypeCode) = 'QUESTION']"/>
    <!-- The main question is the criterion's first yes/no question. -->
    <xsl:variable name="main" select="$questions[normalize-space(cbc:ValueDataTypeCode) = 'INDICATOR'][1]"/>
    <xsl:variable name="selfCleaning" select="$questions[contains(lower-case(cbc:Description), 'self-cleaning')][1]"/>
    <xsl:variable name="root" select="/"/>
    <criterion uuid="{normalize-space(cbc:ID)}" code="{$code}"
        category="{if ($code = $exclusion) then 'exclusion' else if ($code = $other or matches(cbc:ID, '^C[0-9]+_OT_')) then 'other' else 'selection'}">
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
