/**
 * Code lists used in the extracts. Codes are stable ASCII identifiers (what files and URLs carry);
 * labels are the Swedish words the UI shows. Adding a code is a compatible change; renaming one is not.
 */

export interface Code {
  /** The value written in an extract. */
  readonly code: string;
  /** Swedish label shown in the UI. */
  readonly label: string;
  /** English explanation for the data dictionary. */
  readonly description: string;
}

export const DEPARTMENTS = [
  {code: "nord", label: "Nord", description: "Supervision department North"},
  {code: "mitt", label: "Mitt", description: "Supervision department Central"},
  {code: "ost", label: "Öst", description: "Supervision department East"},
  {code: "sydost", label: "Sydöst", description: "Supervision department South-east"},
  {code: "syd", label: "Syd", description: "Supervision department South"},
  {code: "vast", label: "Väst", description: "Supervision department West"}
] as const satisfies readonly Code[];

export const OPERATION_TYPES = [
  {code: "hvb", label: "HVB för barn och unga", description: "Home for care or residence (HVB) for children and young people"},
  {code: "supported_housing", label: "Stödboende", description: "Supported housing for young people"},
  {code: "lss_child_home", label: "LSS-bostad för barn", description: "Housing with special service for children (LSS 9 § 8)"},
  {code: "special_youth_home", label: "Särskilt ungdomshem", description: "Special youth home"},
  {code: "lss_adult_housing", label: "LSS-bostad för vuxna", description: "Housing with special service for adults (LSS)"},
  {code: "elderly_housing", label: "Särskilt boende för äldre", description: "Special housing for the elderly (SÄBO)"},
  {code: "emergency_hospital", label: "Akutsjukhus", description: "Emergency hospital"},
  {code: "aesthetic_clinic", label: "Estetiska behandlingar", description: "Provider of aesthetic treatments"},
  {code: "maternity_care", label: "Förlossningsvård", description: "Maternity and delivery care"},
  {code: "municipal_child_welfare", label: "Socialtjänstens barn- och ungdomsvård", description: "A municipality's child and youth welfare"},
  {code: "home_care", label: "Hemtjänst", description: "Home care service"},
  {code: "primary_care", label: "Primärvård", description: "Primary health care"},
  {code: "other", label: "Annan verksamhet", description: "Any other type of operation"}
] as const satisfies readonly Code[];

export const CASE_TYPES = [
  {code: "frequency", label: "Frekvenstillsyn", description: "Frequency supervision: the yearly inspection of homes for children and young people"},
  {code: "self_initiated", label: "Egeninitierad tillsyn", description: "Self-initiated supervision"},
  {code: "national", label: "Nationell tillsyn", description: "National supervision of one sector with common questions and criteria"},
  {code: "complaint", label: "Klagomål", description: "Supervision started by a complaint"},
  {code: "report", label: "Anmälan", description: "Supervision started by a provider's report (lex Sarah, lex Maria)"}
] as const satisfies readonly Code[];

export const NATIONAL_AREAS = [
  {code: "lss_adults", label: "LSS-bostäder för vuxna", description: "LSS housing with special service for adults"},
  {code: "elderly_housing", label: "Särskilda boenden för äldre (SÄBO)", description: "Special housing for the elderly"},
  {code: "emergency_hospitals", label: "Akutsjukhus", description: "Emergency hospitals"},
  {code: "aesthetic_treatments", label: "Estetiska behandlingar", description: "Aesthetic treatments"},
  {code: "maternity_care", label: "Förlossnings- och mödravård", description: "Maternity and delivery care"}
] as const satisfies readonly Code[];

/**
 * Decision types, one per rung of the escalation ladder (domain brief §3), mildest first.
 * `rung` orders them; `null` marks decisions beside the ladder (prosecution report) or closing it (final).
 * Report-back requests carry their round in the code so that an impossible order can be detected.
 */
export const DECISION_TYPES = [
  {code: "no_deficiencies", rung: 1, label: "Beslut utan brister", description: "Decision without deficiencies; closes the case"},
  {code: "criticism", rung: 2, label: "Kritik", description: "Deficiencies stated, nothing demanded"},
  {code: "report_back_1", rung: 3, label: "Begäran om återredovisning", description: "Deficiencies with a request to report back on measures (initial decision)"},
  {code: "report_back_2", rung: 3, label: "Begäran om återredovisning, andra", description: "Second request to report back in the same case"},
  {code: "report_back_3", rung: 3, label: "Begäran om återredovisning, tredje", description: "Third request to report back in the same case"},
  {code: "injunction", rung: 4, label: "Föreläggande", description: "Injunction"},
  {code: "injunction_with_fine", rung: 5, label: "Föreläggande med vite", description: "Injunction with a conditional fine"},
  {code: "fine_imposed", rung: 6, label: "Utdömt vite", description: "Conditional fine imposed"},
  {code: "prohibition", rung: 7, label: "Förbud", description: "Prohibition of the operation"},
  {code: "licence_revoked", rung: 7, label: "Återkallat tillstånd", description: "Licence revoked"},
  {code: "prosecution_report", rung: null, label: "Åtalsanmälan", description: "Report for prosecution, beside the ladder"},
  {code: "final", rung: null, label: "Slutligt beslut", description: "Final decision; closes the case"}
] as const satisfies readonly (Code & {rung: number | null})[];

/** Role of the decision-maker: who signed the decision under the delegation order. */
export const DECISION_MAKER_ROLES = [
  {code: "unit_manager", label: "Enhetschef", description: "Unit manager"},
  {code: "inspector_delegated", label: "Inspektör med delegation", description: "Inspector with delegated authority to decide"},
  {code: "department_head", label: "Avdelningschef", description: "Head of department"},
  {code: "legal_officer", label: "Jurist", description: "Legal officer with delegated authority"},
  {code: "other", label: "Annan", description: "Any other role"}
] as const satisfies readonly Code[];

/**
 * Deficiency areas used in decisions (domain brief §5). The first eight are those of municipalities'
 * child welfare work; the rest cover homes and health care.
 */
export const DEFICIENCY_AREAS = [
  {code: "staff_competence", label: "Personal och kompetens", description: "Staff and competence"},
  {code: "case_handling", label: "Handläggning", description: "Case handling"},
  {code: "timeliness", label: "Skyndsamhet", description: "Timeliness"},
  {code: "documentation", label: "Dokumentation", description: "Documentation"},
  {code: "quality_work", label: "Kvalitetsarbete (egenkontroll)", description: "Quality work and self-monitoring"},
  {code: "placement_checks", label: "Kontroll inför placering", description: "Checks before a placement"},
  {code: "placement_follow_up", label: "Uppföljning av placering", description: "Follow-up of placements"},
  {code: "reports_of_concern", label: "Orosanmälningar", description: "Handling of reports of concern"},
  {code: "care_and_treatment", label: "Vård och behandling", description: "Care and treatment content"},
  {code: "safety", label: "Säkerhet och skydd", description: "Safety, protection and restraint"},
  {code: "premises", label: "Lokaler", description: "Premises"},
  {code: "patient_safety", label: "Patientsäkerhet", description: "Patient safety (health care)"},
  {code: "licence", label: "Tillstånd", description: "Licence and registration"},
  {code: "other", label: "Övrigt", description: "Other deficiency"}
] as const satisfies readonly Code[];

/** Codes of the operation types that are homes inspected in frequency supervision of homes for children. */
const HOME_TYPE_CODES = ["hvb", "supported_housing", "lss_child_home", "special_youth_home"] as const;

/** Types of home in frequency supervision of homes for children and young people (a subset of operation types). */
export const HOME_TYPES = OPERATION_TYPES.filter((t): t is Extract<(typeof OPERATION_TYPES)[number], {code: (typeof HOME_TYPE_CODES)[number]}> =>
  (HOME_TYPE_CODES as readonly string[]).includes(t.code)
);

/** Why no child was spoken with at an inspection. */
export const NO_CONVERSATION_REASONS = [
  {code: "no_child_present", label: "Inga barn placerade", description: "No child was placed in the home on the day"},
  {code: "all_declined", label: "Alla barn avböjde", description: "Children were placed, but every child declined"},
  {code: "not_offered", label: "Samtal erbjöds inte", description: "Children were placed, but no conversation was offered"},
  {code: "other", label: "Annan orsak", description: "Another reason (e.g. the children were away)"}
] as const satisfies readonly Code[];

/** Outcome of an item presented at the weekly operational meeting (OPS). */
export const PREPARATION_OUTCOMES = [
  {code: "decided", label: "Beslutat", description: "The item was decided or cleared for decision"},
  {code: "sent_back", label: "Återremitterat", description: "Sent back for more preparation"}
] as const satisfies readonly Code[];

/** Values of a yes/no column (the words accepted are those of `parseField`). */
export const YES_NO = [
  {code: "yes", label: "Ja", description: "Yes (also accepted: ja, true, 1, j, y)"},
  {code: "no", label: "Nej", description: "No (also accepted: nej, false, 0, n)"}
] as const satisfies readonly Code[];

export type Department = (typeof DEPARTMENTS)[number]["code"];
export type OperationType = (typeof OPERATION_TYPES)[number]["code"];
export type CaseType = (typeof CASE_TYPES)[number]["code"];
export type NationalArea = (typeof NATIONAL_AREAS)[number]["code"];
export type DecisionType = (typeof DECISION_TYPES)[number]["code"];
export type DecisionMakerRole = (typeof DECISION_MAKER_ROLES)[number]["code"];
export type DeficiencyArea = (typeof DEFICIENCY_AREAS)[number]["code"];
export type HomeType = (typeof HOME_TYPE_CODES)[number];
export type NoConversationReason = (typeof NO_CONVERSATION_REASONS)[number]["code"];
export type PreparationOutcome = (typeof PREPARATION_OUTCOMES)[number]["code"];

/** The Swedish label for a code in a list, or the code itself when the list lacks it. */
export function labelOf(list: readonly Code[], code: string): string {
  return list.find((c) => c.code === code)?.label ?? code;
}
