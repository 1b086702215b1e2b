/**
 * Which sheet holds which table, in both languages, for the pane's messages before any sheet code
 * is loaded (the specs themselves load with the first workbook operation). Kept equal to the
 * specs' `sheet` by a test (test/unit/sheetNames.test.ts).
 */
import type { Text } from "./lang";

const t = (nl: string, en: string): Text => ({ nl, en });

export const TABLE_SHEETS: Record<string, Text> = {
  VTO_Settings: t("Instellingen", "Settings"),
  VTO_Teams: t("Instellingen", "Settings"),
  VTO_Weights: t("Instellingen", "Settings"),
  VTO_Competences: t("Competenties", "Competences"),
  VTO_Profiles: t("Functieprofielen", "Function profiles"),
  VTO_ProfileMatrix: t("Functieprofielen", "Function profiles"),
  VTO_Employees: t("Medewerkers", "Employees"),
  VTO_Gaps: t("Competentiekloof", "Competence gaps"),
  VTO_Diagnosis: t("Diagnose", "Diagnosis"),
  VTO_Questions: t("Leervragen", "Learning questions"),
  VTO_STARR: t("STARR", "STARR"),
  VTO_Pyramid: t("Competentiepiramide", "Competence pyramid"),
  VTO_EightFields: t("Acht-veldenmodel", "Eight-field model"),
  VTO_Gilbert: t("Gilbert", "Gilbert"),
  VTO_Priorities: t("Prioriteiten", "Priorities"),
  VTO_Ranking: t("Rangorde", "Ranking"),
  VTO_Training: t("Opleidingsregister", "Training register"),
  VTO_Certificates: t("Certificaten", "Certificates"),
  VTO_Plan: t("Opleidingsplan", "Training plan"),
  VTO_PlanStatutory: t("Wettelijk opleidingsplan", "Statutory training plan"),
  VTO_PlanQuarters: t("Wettelijk opleidingsplan", "Statutory training plan"),
  VTO_PlanDays: t("Wettelijk opleidingsplan", "Statutory training plan"),
  VTO_Accounts: t("Opleidingsrekeningen", "Training accounts"),
  VTO_SocialBalance: t("Sociale balans", "Social balance sheet"),
  VTO_Equity: t("Billijkheid", "Equity"),
  VTO_EquityStaff: t("Billijkheid", "Equity"),
};

/** The sheets "generate" checks: every table's sheet but the instruments', plus the team matrix. */
export const ANALYSIS_SHEET_COUNT = 17;
