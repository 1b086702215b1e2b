/** Findings in the workbook's language: which cell, what is wrong, how to fix it. */
import type { Finding, RuleId, TableId } from "../domain/validation";
import { cellAddress, quoteSheetName } from "./address";
import { CAUSE, Text, WbLang } from "./lang";
import type { Cause } from "../domain/questions";
import { SPEC_BY_KEY, TableKey } from "./specs";
import { SCALE_MAX, SCALE_MIN } from "../domain/competences";
import { serialToDate } from "./dates";
import { allowedText } from "./settingRules";
import { SETTING_ROWS } from "./specs";

const settingLabel = (key: string, lang: WbLang) =>
  SETTING_ROWS.find((r) => r.key === key)?.label[lang] ?? key;

function tooSmall(f: Finding, lang: WbLang): string {
  const n = Number(f.params?.missing ?? 0);
  if (f.params?.what === "equity")
    return lang === "nl"
      ? `${n} team(s) of functie(s) staan niet op het blad Billijkheid`
      : `${n} team(s) or function(s) are missing from the Equity sheet`;
  if (f.params?.what === "certificates")
    return lang === "nl"
      ? `${n} combinatie(s) medewerker × competentie met certificaat staan niet op het blad Certificaten`
      : `${n} employee × competence combination(s) with a certificate are missing from the Certificates sheet`;
  return f.params?.what === "competences"
    ? lang === "nl"
      ? `${n} competentie(s) uit de catalogus staan niet op het blad Diagnose`
      : `${n} competence(s) of the catalogue are missing from the Diagnosis sheet`
    : lang === "nl"
      ? "niet alle teams en competenties passen in de teammatrix"
      : "not all teams and competences fit in the team matrix";
}

const t = (nl: string, en: string): Text => ({ nl, en });

/** Title and message per rule; {cell} {value} {first} {year} are filled in. */
/** The priorities' rules on costs and the Rangorde's size (part of RULE_TEXT). */
const PRIORITY_RULE_TEXT = {
  costsMissing: {
    title: t("Kosten ontbreken", "Costs missing"),
    message: t(
      "{cell}: de kosten van deze behoefte ontbreken, dus ze krijgt geen rang. Vul deelnemers én uren per deelnemer in, en/of de externe kost (0 als ze niets kost).",
      "{cell}: this need's costs are missing, so it gets no rank. Fill in participants and hours per participant, and/or the external cost (0 when it costs nothing).",
    ),
  },
  subsidyExceedsCost: {
    title: t("Subsidie hoger dan de kost", "Subsidy exceeds the cost"),
    message: t(
      "{cell}: de subsidie {value} is hoger dan de externe en interne kost samen; de nettokost is op 0 gezet. Controleer de subsidie of de kosten.",
      "{cell}: the subsidy {value} exceeds the external and internal cost together; the net cost was set to 0. Check the subsidy or the costs.",
    ),
  },
  rankingTooShort: {
    title: t("Rangorde te kort", "Ranking too short"),
    message: t(
      "{cell}: deze behoefte staat op rang {rank}, maar de tabel Rangorde heeft {rows} rijen: ze komt nooit in het plan. Werk de bladen bij (Start, of Prioriteren).",
      "{cell}: this need is ranked {rank}, but the Ranking table has {rows} rows: it never enters the plan. Update the sheets (Start, or Prioritise).",
    ),
  },
};

/** The function profiles and the employees' personal data (issue 12; part of RULE_TEXT). */
const PROFILE_RULE_TEXT = {
  unknownFunction: {
    title: t("Functie zonder functieprofiel", "Function without a profile"),
    message: t(
      "{cell}: de functie {value} staat niet op het blad Functieprofielen, dus de beoordelingen van deze medewerker krijgen geen vereist niveau uit een profiel (alleen eigen waarden tellen). Kies een functie uit de lijst of voeg haar profiel toe.",
      "{cell}: the function {value} is not on the Function profiles sheet, so this employee's ratings get no required level from a profile (only own values count). Pick a function from the list or add its profile.",
    ),
  },
  functionMissing: {
    title: t("Functie ontbreekt", "Function missing"),
    message: t(
      "{cell}: deze profielrij heeft geen functie, dus geen enkele medewerker gebruikt ze. Vul de functie in of verwijder de rij.",
      "{cell}: this profile row has no function, so no employee uses it. Fill in the function or remove the row.",
    ),
  },
  duplicateProfile: {
    title: t("Dubbele profielrij", "Duplicate profile row"),
    message: t(
      "{cell}: dezelfde functie en competentie staan al op rij {first}; alleen die eerste rij telt. Verwijder of corrigeer een van beide.",
      "{cell}: the same function and competence are already on row {first}; only that first row counts. Remove or correct one of them.",
    ),
  },
  impossibleBirthYear: {
    title: t("Onmogelijk geboortejaar", "Impossible birth year"),
    message: t(
      "{cell}: {value} is geen mogelijk geboortejaar. Geef een jaar van {min} tot {max}, of laat leeg.",
      "{cell}: {value} is not a possible year of birth. Enter a year from {min} to {max}, or leave it blank.",
    ),
  },
  endBeforeStart: {
    title: t("Einde vóór het begin", "End before start"),
    message: t(
      "{cell}: de datum uit dienst {value} ligt vóór de datum in dienst {start}. Controleer beide datums.",
      "{cell}: the end date {value} is before the start date {start}. Check both dates.",
    ),
  },
  fteMissing: {
    title: t("Geen VTE", "No FTE"),
    message: t(
      "{cell}: deze medewerker heeft geen VTE. De opleidingsrekening berekent de dagen recht uit VTE × maanden in dienst; vul een getal van 0 tot 1 in (bv. 0,8).",
      "{cell}: this employee has no FTE. The training account computes the days due from FTE × months employed; enter a number from 0 to 1 (e.g. 0.8).",
    ),
  },
};

/** The training register and the certificates (issue 12; part of RULE_TEXT). */
const TRAINING_RULE_TEXT = {
  trainingEndBeforeStart: {
    title: t("Einddatum vóór begindatum", "End date before start date"),
    message: t(
      "{cell}: de einddatum {until} ligt vóór de begindatum {since} van de opleiding. Controleer beide datums.",
      "{cell}: the end date {until} is before the training's start date {since}. Check both dates.",
    ),
  },
  validityBeforeStart: {
    title: t("Certificaat geldig tot vóór de begindatum", "Certificate valid until before the start date"),
    message: t(
      "{cell}: het certificaat is geldig tot {until}, vóór de begindatum {since} van de opleiding. Controleer de datum.",
      "{cell}: the certificate is valid until {until}, before the training's start date {since}. Check the date.",
    ),
  },
  hoursInvalid: {
    title: t("Ongeldige uren", "Invalid hours"),
    message: t(
      "{cell}: {value} is geen aantal uren. Geef een getal van 0 of meer.",
      "{cell}: {value} is not a number of hours. Enter a number of 0 or more.",
    ),
  },
  certificateExpired: {
    title: t("Certificaat verlopen", "Certificate expired"),
    message: t(
      "{cell}: het laatste certificaat van deze medewerker voor deze competentie was geldig tot {until} en is op de peildatum verlopen. Plan een hernieuwing en registreer ze in het opleidingsregister.",
      "{cell}: this employee's latest certificate for this competence was valid until {until} and has expired on the reference date. Plan a renewal and record it in the training register.",
    ),
  },
  certificateExpiring: {
    title: t("Certificaat verloopt binnenkort", "Certificate expires soon"),
    message: t(
      "{cell}: het laatste certificaat van deze medewerker voor deze competentie verloopt op {until}, binnen {days} dagen na de peildatum. Plan een hernieuwing.",
      "{cell}: this employee's latest certificate for this competence ends on {until}, within {days} days of the reference date. Plan a renewal.",
    ),
  },
};

/** The training plan's rules (issue 13; part of RULE_TEXT). */
const PLAN_RULE_TEXT = {
  planNeedNotRanked: {
    title: t("Planactie zonder gerangschikte behoefte", "Plan action without a ranked need"),
    message: t(
      "{cell}: leervraag {value} is geen gerangschikte echte VTO-behoefte (meer) — zie de kolom 'Nog echte behoefte'. Kijk na of deze actie in het plan hoort, of werk de leervraag of Prioriteiten bij.",
      "{cell}: question {value} is not (or no longer) a ranked real training need — see the column 'Still a real need'. Check whether this action belongs in the plan, or update the question or Priorities.",
    ),
  },
  quarterInvalid: {
    title: t("Kwartaal buiten 1–4", "Quarter outside 1–4"),
    message: t(
      "{cell}: {value} is geen kwartaal. Geef een geheel getal van 1 tot 4, of laat leeg.",
      "{cell}: {value} is not a quarter. Enter a whole number from 1 to 4, or leave it blank.",
    ),
  },
  planAmountInvalid: {
    title: t("Ongeldig bedrag of aantal in het plan", "Invalid amount or number in the plan"),
    message: t(
      "{cell}: {value} is geen geldig bedrag of aantal, dus uren, dagen en kosten van deze actie blijven leeg. Geef een getal van 0 of meer (leeg telt als 0).",
      "{cell}: {value} is not a valid amount or number, so this action's hours, days and costs stay blank. Enter a number of 0 or more (blank counts as 0).",
    ),
  },
  planSubsidyExceedsCost: {
    title: t("Subsidie hoger dan de kost", "Subsidy exceeds the cost"),
    message: t(
      "{cell}: de subsidie {value} is hoger dan de directe en interne kost samen; de nettokost is op 0 gezet. Controleer de subsidie of de kosten.",
      "{cell}: the subsidy {value} exceeds the direct and internal cost together; the net cost was set to 0. Check the subsidy or the costs.",
    ),
  },
};

export const RULE_TEXT: Record<RuleId, { title: Text; message: Text }> = {
  ...PLAN_RULE_TEXT,
  ...PRIORITY_RULE_TEXT,
  ...TRAINING_RULE_TEXT,
  ...PROFILE_RULE_TEXT,
  unknownEmployee: {
    title: t("Onbekende medewerker", "Unknown employee"),
    message: t(
      "{cell}: medewerker-ID {value} staat niet op het blad Medewerkers. Kies een ID uit de lijst of voeg de medewerker toe.",
      "{cell}: employee ID {value} is not on the Employees sheet. Pick an ID from the list or add the employee.",
    ),
  },
  unknownCompetence: {
    title: t("Onbekende competentie", "Unknown competence"),
    message: t(
      "{cell}: competentie-ID {value} staat niet in de catalogus. Kies een ID uit de lijst of voeg de competentie toe.",
      "{cell}: competence ID {value} is not in the catalogue. Pick an ID from the list or add the competence.",
    ),
  },
  levelNotWhole: {
    title: t("Niveau is geen geheel getal", "Level is not a whole number"),
    message: t(
      `{cell}: {value} is geen niveau. Geef een geheel getal van ${SCALE_MIN} tot ${SCALE_MAX}.`,
      `{cell}: {value} is not a level. Enter a whole number from ${SCALE_MIN} to ${SCALE_MAX}.`,
    ),
  },
  levelOutOfScale: {
    title: t("Niveau buiten de schaal", "Level outside the scale"),
    message: t(
      `{cell}: {value} ligt buiten de schaal ${SCALE_MIN}–${SCALE_MAX}. Geef een niveau van ${SCALE_MIN} tot ${SCALE_MAX}.`,
      `{cell}: {value} is outside the scale ${SCALE_MIN}–${SCALE_MAX}. Enter a level from ${SCALE_MIN} to ${SCALE_MAX}.`,
    ),
  },
  numberAsText: {
    title: t("Getal opgeslagen als tekst", "Number stored as text"),
    message: t(
      "{cell}: {value} is tekst, geen getal; formules tellen het niet mee. Typ het getal opnieuw of gebruik de snelle correctie.",
      "{cell}: {value} is text, not a number; formulas ignore it. Retype the number or use the quick fix.",
    ),
  },
  levelMissing: {
    title: t("Niveau ontbreekt", "Level missing"),
    message: t(
      "{cell}: het niveau ontbreekt. Vul het in (een vereist niveau kan ook uit het functieprofiel van de medewerker komen).",
      "{cell}: the level is missing. Fill it in (a required level may also come from the employee's function profile).",
    ),
  },
  duplicateEntry: {
    title: t("Dubbele beoordeling", "Duplicate rating"),
    message: t(
      "{cell}: dezelfde medewerker, competentie en beoordelaar staan al op rij {first}. Verwijder of corrigeer een van beide.",
      "{cell}: the same employee, competence and assessor are already on row {first}. Remove or correct one of them.",
    ),
  },
  invalidDate: {
    title: t("Ongeldige datum", "Invalid date"),
    message: t(
      "{cell}: {value} is geen geldige datum. Typ de datum als dd/mm/jjjj.",
      "{cell}: {value} is not a valid date. Enter the date as a date (e.g. dd/mm/yyyy).",
    ),
  },
  futureDate: {
    title: t("Datum in de toekomst", "Date in the future"),
    message: t(
      "{cell}: de beoordelingsdatum {value} ligt in de toekomst. Geef de datum waarop beoordeeld werd.",
      "{cell}: the assessment date {value} is in the future. Enter the date of the rating.",
    ),
  },
  unknownAssessor: {
    title: t("Onbekende beoordelaar", "Unknown assessor"),
    message: t(
      "{cell}: {value} is geen beoordelaar. Kies zelf, leidinggevende of extern.",
      "{cell}: {value} is not an assessor. Pick self, manager or external.",
    ),
  },
  employeeGone: {
    title: t("Medewerker al uit dienst", "Employee already gone"),
    message: t(
      "{cell}: medewerker {value} verliet de organisatie in {year}. Controleer of de beoordeling nog nodig is.",
      "{cell}: employee {value} left in {year}. Check whether the rating is still needed.",
    ),
  },
  formulaLikeText: {
    title: t("Tekst die op een formule lijkt", "Text that looks like a formula"),
    message: t(
      "{cell}: {value} begint met =, +, - of @. Controleer dat dit tekst is en geen per ongeluk geplakte formule.",
      "{cell}: {value} starts with =, +, - or @. Check that this is text and not a formula pasted by mistake.",
    ),
  },
  surroundingSpaces: {
    title: t("Spaties voor of na de waarde", "Spaces around the value"),
    message: t(
      "{cell}: {value} heeft spaties vooraan of achteraan. De formules van de analyse negeren ze, maar eigen opzoekingen en filters niet. Gebruik de snelle correctie om ze te verwijderen.",
      "{cell}: {value} has leading or trailing spaces. The analysis formulas ignore them, but your own lookups and filters do not. Use the quick fix to remove them.",
    ),
  },
  blankId: {
    title: t("ID ontbreekt", "ID missing"),
    message: t(
      "{cell}: de rij heeft geen ID. Geef elke rij een uniek ID.",
      "{cell}: the row has no ID. Give every row a unique ID.",
    ),
  },
  duplicateId: {
    title: t("Dubbel ID", "Duplicate ID"),
    message: t(
      "{cell}: ID {value} staat al op rij {first}. Geef elke rij een uniek ID.",
      "{cell}: ID {value} is already used on row {first}. Give every row a unique ID.",
    ),
  },
  fteOutOfRange: {
    title: t("VTE buiten 0–1", "FTE outside 0–1"),
    message: t(
      "{cell}: {value} is geen tewerkstellingsbreuk. Geef een getal van 0 tot 1, bv. 0,8.",
      "{cell}: {value} is not an employment fraction. Enter a number from 0 to 1, e.g. 0.8.",
    ),
  },
  impossibleExitYear: {
    title: t("Onmogelijk uitstapjaar", "Impossible exit year"),
    message: t(
      "{cell}: {value} is geen mogelijk jaartal. Geef een jaar als 2031, of laat leeg.",
      "{cell}: {value} is not a possible year. Enter a year such as 2031, or leave it blank.",
    ),
  },
  unknownCompetenceType: {
    title: t("Onbekend competentietype", "Unknown competence type"),
    message: t(
      "{cell}: {value} is geen type. Kies kennis, vaardigheid of attitude.",
      "{cell}: {value} is not a type. Pick knowledge, skill or attitude.",
    ),
  },
  scaleLabelMissing: {
    title: t("Omschrijving schaalniveau ontbreekt", "Scale label missing"),
    message: t(
      "{cell}: dit niveau van de schaal heeft geen omschrijving. Vul ze in, bv. basis.",
      "{cell}: this scale level has no label. Fill it in, e.g. basic.",
    ),
  },
  notInList: {
    title: t("Waarde niet uit de lijst", "Value not from the list"),
    message: t(
      "{cell}: {value} is geen keuze uit de lijst, dus formules herkennen het niet. Kies een van: {choices}.",
      "{cell}: {value} is not a choice from the list, so formulas do not recognise it. Pick one of: {choices}.",
    ),
  },
  causeMissing: {
    title: t("Oorzaak ontbreekt", "Cause missing"),
    message: t(
      "{cell}: de leervraag heeft nog geen oorzaak, dus geen oordeel. Zoek de oorzaak (bv. competentiepiramide of Gilbert) en kies ze uit de lijst.",
      "{cell}: the question has no cause yet, so no verdict. Find the cause (e.g. competence pyramid or Gilbert) and pick it from the list.",
    ),
  },
  wishMissing: {
    title: t("Wens tot VTO ontbreekt", "Wish for training missing"),
    message: t(
      "{cell}: de oorzaak is een competentietekort, maar de wens tot VTO is niet ingevuld. Vul ja of nee in.",
      "{cell}: the cause is a competence shortfall, but the wish for training is not filled in. Enter yes or no.",
    ),
  },
  unknownQuestion: {
    title: t("Onbekende leervraag", "Unknown learning question"),
    message: t(
      "{cell}: leervraag-ID {value} staat niet op het blad Leervragen. Kies een ID uit de lijst of voeg de leervraag toe.",
      "{cell}: question ID {value} is not on the Learning questions sheet. Pick an ID from the list or add the question.",
    ),
  },
  ratingInvalid: {
    title: t("Score buiten 0–3", "Rating outside 0–3"),
    message: t(
      "{cell}: {value} is geen score. Geef een geheel getal van 0 (draagt niet bij) tot 3 (draagt sterk bij).",
      "{cell}: {value} is not a rating. Enter a whole number from 0 (no contribution) to 3 (strong contribution).",
    ),
  },
  verdictContradictsPyramid: {
    title: t("Oordeel botst met de competentiepiramide", "Verdict contradicts the competence pyramid"),
    message: t(
      "{cell}: de oorzaak {value} botst met de competentiepiramide in {link}, die wijst op {proposed}. Bekijk de oorzaak opnieuw.",
      "{cell}: the cause {value} contradicts the competence pyramid in {link}, which points to {proposed}. Review the cause.",
    ),
  },
  verdictContradictsGilbert: {
    title: t("Oordeel botst met Gilbert", "Verdict contradicts Gilbert"),
    message: t(
      "{cell}: de oorzaak {value} botst met het model van Gilbert in {link}, dat wijst op {proposed}. Bekijk de oorzaak opnieuw.",
      "{cell}: the cause {value} contradicts Gilbert's model in {link}, which points to {proposed}. Review the cause.",
    ),
  },
  weightInvalid: {
    title: t("Ongeldig gewicht", "Invalid weight"),
    message: t(
      "{cell}: {value} is geen gewicht. Geef een percentage van 0\u00a0% tot 100\u00a0%.",
      "{cell}: {value} is not a weight. Enter a percentage from 0\u00a0% to 100\u00a0%.",
    ),
  },
  weightsNot100: {
    title: t("Gewichten tellen niet op tot 100\u00a0%", "Weights do not add up to 100\u00a0%"),
    message: t(
      "{cell}: de gewichten van de zeven criteria tellen op tot {sum} in plaats van 100\u00a0%, dus niets wordt gerangschikt. Pas ze aan of stel ze in via Prioriteren.",
      "{cell}: the weights of the seven criteria add up to {sum} instead of 100\u00a0%, so nothing is ranked. Adjust them or set them in Prioritise.",
    ),
  },
  budgetInvalid: {
    title: t("Budget ongeldig", "Budget invalid"),
    message: t(
      "{cell}: {value} is geen budget; er is dus geen plan. Geef een bedrag van 0 of meer.",
      "{cell}: {value} is not a budget, so there is no plan. Enter an amount of 0 or more.",
    ),
  },
  budgetZero: {
    title: t("Budget is 0", "Budget is 0"),
    message: t(
      "{cell}: het budget is 0, dus alleen behoeften zonder nettokost komen in het plan. Vul het budget in als dat niet de bedoeling is.",
      "{cell}: the budget is 0, so only needs without net cost get into the plan. Fill in the budget if that is not intended.",
    ),
  },
  needNotReal: {
    title: t("Geen echte VTO-behoefte meer", "No longer a real training need"),
    message: t(
      "{cell}: leervraag {value} is (niet langer) een echte VTO-behoefte en krijgt geen rang. Verwijder de rij of pas de leervraag aan.",
      "{cell}: question {value} is not (or no longer) a real training need and gets no rank. Remove the row or change the question.",
    ),
  },
  scoreMissing: {
    title: t("Score ontbreekt", "Score missing"),
    message: t(
      "{cell}: de score ontbreekt, dus deze behoefte krijgt geen rang. Geef een score van 1 tot 5.",
      "{cell}: the score is missing, so this need gets no rank. Enter a score from 1 to 5.",
    ),
  },
  scoreInvalid: {
    title: t("Score buiten 1–5", "Score outside 1–5"),
    message: t(
      "{cell}: {value} is geen score, dus deze behoefte krijgt geen rang. Geef een geheel getal van 1 tot 5.",
      "{cell}: {value} is not a score, so this need gets no rank. Enter a whole number from 1 to 5.",
    ),
  },
  amountInvalid: {
    title: t("Ongeldig bedrag of aantal", "Invalid amount or number"),
    message: t(
      "{cell}: {value} is geen geldig bedrag of aantal, dus deze behoefte krijgt geen rang. Geef een getal van 0 of meer (leeg telt als 0).",
      "{cell}: {value} is not a valid amount or number, so this need gets no rank. Enter a number of 0 or more (blank counts as 0).",
    ),
  },
  horizonInvalid: {
    title: t("Horizon ongeldig", "Horizon invalid"),
    message: t(
      "{cell}: {value} is geen geldige horizon. Geef een geheel aantal jaren van 1 tot 50, bv. 3.",
      "{cell}: {value} is not a valid horizon. Enter a whole number of years from 1 to 50, e.g. 3.",
    ),
  },
  settingInvalid: {
    title: t("Ongeldige instelling", "Invalid setting"),
    message: t(
      "{cell}: {value} is geen geldige waarde voor \u201c{setting}\u201d. Toegestaan: {allowed}.",
      "{cell}: {value} is not a valid value for \u201c{setting}\u201d. Allowed: {allowed}.",
    ),
  },
  idCharacter: {
    title: t("Verborgen of bijzonder teken in een ID", "Hidden or special character in an ID"),
    message: t(
      "{cell}: {value} bevat {char}. De formules zien het dan als een ander ID (of lezen het als jokerteken) en vinden het niet terug. Typ de waarde opnieuw zonder dat teken; kopieer ze niet uit een ander programma.",
      "{cell}: {value} contains {char}. The formulas then see another ID (or read it as a wildcard) and do not find it. Retype the value without that character; do not copy it from another program.",
    ),
  },
  sheetTooSmall: {
    title: t("Blad te klein voor de gegevens", "Sheet too small for the data"),
    message: t(
      "{cell}: {detail}. Werk de analysebladen bij: Start \u2192 Analysebladen aanmaken of bijwerken.",
      "{cell}: {detail}. Update the analysis sheets: Start \u2192 Create or update analysis sheets.",
    ),
  },
};

/** How a character is named in a message: the invisible ones by name and code point. */
export function characterName(code: number, lang: WbLang): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const names: Record<number, Text> = {
    0x00a0: t("een harde spatie", "a no-break space"),
    0x200b: t("een spatie zonder breedte", "a zero-width space"),
    0x200c: t("een verbindingsloos teken zonder breedte", "a zero-width non-joiner"),
    0x200d: t("een verbindingsteken zonder breedte", "a zero-width joiner"),
    0x2060: t("een woordverbinder", "a word joiner"),
    0xfeff: t("een byte-order mark", "a byte order mark"),
    0x00ad: t("een zacht afbreekstreepje", "a soft hyphen"),
    0x0009: t("een tab", "a tab"),
    0x000a: t("een regeleinde", "a line break"),
    0x000d: t("een regeleinde", "a line break"),
    0x202f: t("een smalle harde spatie", "a narrow no-break space"),
  };
  const wildcard = t(`het jokerteken`, `the wildcard`);
  if (code === 0x2a || code === 0x3f || code === 0x7e)
    return `${wildcard[lang]} ${String.fromCodePoint(code)}`;
  const name = names[code] ?? t("een onzichtbaar teken", "an invisible character");
  return `${name[lang]} (${hex})`;
}

export interface TableLocation {
  sheet: string;
  /** 0-based sheet row of the header. */
  headerRow: number;
  /** 0-based sheet column per column key. */
  columns: Record<string, number>;
}

export type Locations = Partial<Record<TableId, TableLocation>>;

export interface LocatedFinding extends Finding {
  sheet: string;
  /** Cell as Sheet!A1. */
  address: string;
  /** 1-based sheet row, for messages. */
  sheetRow: number;
  title: string;
  message: string;
}

function shown(v: unknown, field: string): string {
  if (v === "" || v === null || v === undefined) return "(leeg)";
  if (/^date$|Date$/.test(field) && typeof v === "number") {
    const d = serialToDate(v);
    return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
  }
  return typeof v === "string" ? `"${v}"` : String(v);
}

/** The choices of a list column, as its validation offers them. */
function choicesOf(table: TableId, field: string, lang: WbLang): string {
  const spec = SPEC_BY_KEY[table as TableKey]?.columns.find((c) => c.key === field);
  const list = spec?.validation?.(lang).rule.list;
  return list ? String(list.source).split(",").join(", ") : "";
}

/** The first cell of a linked row in another table, e.g. Competentiepiramide!A5. */
function linkAddress(where: Locations, params: Finding["params"]): string {
  const loc = params?.linkTable ? where[params.linkTable as TableId] : undefined;
  if (!loc || params?.linkRow === undefined) return "";
  const col = Math.min(...Object.values(loc.columns));
  return `${quoteSheetName(loc.sheet)}!${cellAddress(loc.headerRow + 1 + Number(params.linkRow), col)}`;
}

export function locate(findings: Finding[], where: Locations, lang: WbLang): LocatedFinding[] {
  return findings.flatMap((f) => {
    const loc = where[f.table];
    const col = loc?.columns[f.field];
    if (!loc || col === undefined) return [];
    const row = loc.headerRow + 1 + f.row;
    const address = `${quoteSheetName(loc.sheet)}!${cellAddress(row, col)}`;
    const text = RULE_TEXT[f.rule];
    const params: Record<string, string> = {
      cell: address,
      value: shown(f.value, f.field).replace("(leeg)", lang === "nl" ? "(leeg)" : "(blank)"),
      first: f.params?.first !== undefined ? String(loc.headerRow + 2 + Number(f.params.first)) : "",
      year: f.params?.year !== undefined ? String(f.params.year) : "",
      choices: choicesOf(f.table, f.field, lang),
      // one cause, or alternatives joined by "|" (Gilbert's knowledge and skills: kennis|vaardigheden)
      proposed: f.params?.proposed
        ? String(f.params.proposed)
            .split("|")
            .map((c) => CAUSE[c as Cause]?.[lang] ?? "")
            .join(lang === "nl" ? " of " : " or ")
        : "",
      rank: f.params?.rank !== undefined ? String(f.params.rank) : "",
      rows: f.params?.rows !== undefined ? String(f.params.rows) : "",
      min: f.params?.min !== undefined ? String(f.params.min) : "",
      max: f.params?.max !== undefined ? String(f.params.max) : "",
      start: f.params?.start !== undefined ? shown(f.params.start, "date") : "",
      link: linkAddress(where, f.params),
      sum: f.params?.sum !== undefined ? String(f.params.sum) : "",
      setting: f.params?.setting !== undefined ? settingLabel(String(f.params.setting), lang) : "",
      allowed: f.params?.setting !== undefined ? allowedText(String(f.params.setting), lang) : "",
      char: f.params?.char !== undefined ? characterName(Number(f.params.char), lang) : "",
      detail: f.rule === "sheetTooSmall" ? tooSmall(f, lang) : "",
      // the training register's dates (shown as dates) and a certificate's days left
      until: typeof f.value === "number" ? shown(f.value, "date") : "",
      since: f.params?.since !== undefined ? shown(f.params.since, "date") : "",
      days: f.params?.days !== undefined ? String(f.params.days) : "",
    };
    const message = text.message[lang].replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);
    return [{ ...f, sheet: loc.sheet, address, sheetRow: row + 1, title: text.title[lang], message }];
  });
}
