/**
 * The training register and the certificates (issue 12, items 3 and 4): the Opleidingsregister
 * sheet (VTO_Training: one row per training an employee followed or was enrolled in, with its
 * computed days, year, quarter, team, function and the keys the counts and lookups use), the
 * Certificaten sheet (VTO_Certificates: per employee × competence that requires a certificate, the
 * latest validity date and its status, formulas only) and the settings they use. Every formula
 * follows src/domain/training.ts step by step.
 */
import { AgeGroup, TrainingType } from "../domain/training";
import { listOf, NO, Text, WbLang, YES } from "./lang";
import {
  fromName,
  list,
  LIST_NAMES,
  nonNegative,
  t,
  TABLE_NAMES,
  type TableSpec,
  ValidationSpec,
} from "./specKit";
import type { FormulaBuilder, SettingRow } from "./specs";

export type TrainingSettingKey = "hours_per_day" | "reference_date" | "cert_warning_days" | "cert_for_level";

export const TRAINING_TYPE: Record<TrainingType, Text> = {
  formal: { nl: "formeel", en: "formal" },
  informal: { nl: "informeel", en: "informal" },
  initial: { nl: "initieel", en: "initial" },
};

/** Age groups of the register (domain ageGroup): under 25, 25–49, 50 and over. */
export const AGE_GROUP: Record<AgeGroup, Text> = {
  under25: { nl: "jonger dan 25", en: "under 25" },
  from25to49: { nl: "25-49", en: "25-49" },
  from50: { nl: "50+", en: "50+" },
};

export type CertificateStatus = "valid" | "expiring" | "expired" | "missing";
/** The status texts; "expiring" is followed by the number of days and a closing word. */
export const CERT_STATUS: Record<Exclude<CertificateStatus, "expiring">, Text> = {
  valid: { nl: "geldig", en: "valid" },
  expired: { nl: "verlopen", en: "expired" },
  missing: { nl: "ontbreekt", en: "missing" },
};
export const EXPIRING: { before: Text; after: Text } = {
  before: { nl: "verloopt binnen ", en: "expires within " },
  after: { nl: " dagen", en: " days" },
};
export const expiringText = (days: number, lang: WbLang) =>
  `${EXPIRING.before[lang]}${days}${EXPIRING.after[lang]}`;

/** Joins the parts of the register's keys (as KEY_SEPARATOR in specs.ts). */
const SEP = "\u00a6";
/** TRIM(cell&""): the normalised form (see norm in specs.ts). */
const norm = (ref: string) => `TRIM(${ref}&"")`;

export const TRAINING_SETTING_ROWS: SettingRow[] = [
  {
    key: "hours_per_day",
    label: t("Uren per opleidingsdag", "Hours per training day"),
    value: () => 7.6,
    help: t(
      "Het opleidingsregister rekent uren om in dagen: uren ÷ dit getal (een voltijdse dag van 7,6 uur bij een 38-urenweek).",
      "The training register turns hours into days: hours ÷ this number (a full-time day of 7.6 hours in a 38-hour week).",
    ),
  },
  {
    key: "reference_date",
    label: t("Peildatum (leeg: vandaag)", "Reference date (blank: today)"),
    value: () => "",
    help: t(
      "De dag waarop de opleidingsuren van de voorbije 12 maanden en de geldigheid van certificaten bekeken worden. Leeg: vandaag.",
      "The day on which the training hours of the past 12 months and the validity of certificates are judged. Blank: today.",
    ),
  },
  {
    key: "cert_warning_days",
    label: t("Certificaat verloopt binnen (dagen)", "Certificate expires within (days)"),
    value: () => 60,
    help: t(
      "Een certificaat dat binnen zoveel dagen na de peildatum verloopt, krijgt de status 'verloopt binnen … dagen' (en een waarschuwing).",
      "A certificate that ends within this many days after the reference date gets the status 'expires within … days' (and a warning).",
    ),
  },
  {
    key: "cert_for_level",
    label: t("Op niveau alleen met geldig certificaat", "At level only with a valid certificate"),
    value: (l) => NO[l],
    help: t(
      "ja: voor een competentie die een certificaat vereist, telt de diagnose een medewerker alleen op niveau met een certificaat dat op de peildatum geldig is.",
      "yes: for a competence that requires a certificate, the diagnosis counts an employee at level only with a certificate valid on the reference date.",
    ),
  },
];

/** The reference date: the setting when it is a number (a date), else today. */
export const referenceDate = (f: FormulaBuilder) =>
  `IF(ISNUMBER(${f.setting("reference_date")}),INT(${f.setting("reference_date")}),TODAY())`;

const r = (f: FormulaBuilder, c: string) => f.at("training", c);
const yes = (f: FormulaBuilder, c: string) => `${norm(r(f, c))}=${f.text(YES)}`;
const isDateRef = (ref: string) => `AND(ISNUMBER(${ref}),${ref}>=1)`;

/** The type in the workbook's own words (a choice off the list gives ""). */
const canonicalType = (f: FormulaBuilder) =>
  (Object.keys(TRAINING_TYPE) as TrainingType[]).reduceRight(
    (rest, k) => `IF(${norm(r(f, "type"))}=${f.text(TRAINING_TYPE[k])},${f.text(TRAINING_TYPE[k])},${rest})`,
    `""`,
  );

const dateRule =
  (prompt: Text): ((lang: WbLang) => ValidationSpec) =>
  () => ({
    rule: { date: { formula1: "2000-01-01", formula2: "2100-12-31", operator: "Between" } },
    prompt,
    error: t("Geef een geldige datum (dd/mm/jjjj).", "Enter a valid date (e.g. dd/mm/yyyy)."),
  });
const yesNo = (prompt: Text) => (lang: WbLang) =>
  list([YES[lang], NO[lang]], prompt, t("Kies ja of nee.", "Pick yes or no."));
const amount = (prompt: Text) => () => ({
  rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
  prompt,
  error: t("Geef een bedrag van 0 of meer.", "Enter an amount of 0 or more."),
});

export const TRAINING: TableSpec = {
  key: "training",
  name: TABLE_NAMES.training,
  sheet: t("Opleidingsregister", "Training register"),
  title: t(
    "Opleidingsregister: gevolgde opleidingen per medewerker",
    "Training register: trainings followed per employee",
  ),
  anchor: { row: 2, col: 0 },
  columns: [
    {
      key: "employeeId",
      header: t("Medewerker-ID", "Employee ID"),
      width: 14,
      text: true,
      validation: () =>
        fromName(
          LIST_NAMES.employeeIds.name,
          t("ID van een medewerker (blad Medewerkers).", "ID of an employee (Employees sheet)."),
          t(
            "Deze medewerker-ID bestaat niet op het blad Medewerkers.",
            "This employee ID does not exist on the Employees sheet.",
          ),
        ),
    },
    { key: "training", header: t("Opleiding", "Training"), width: 32, text: true },
    {
      key: "questionId",
      header: t("Leervraag-ID", "Question ID"),
      width: 12,
      text: true,
      validation: () =>
        fromName(
          LIST_NAMES.questionIds.name,
          t(
            "Optioneel: de leervraag (blad Leervragen) waarop deze opleiding antwoordt.",
            "Optional: the learning question (Learning questions sheet) this training answers.",
          ),
          t(
            "Deze leervraag-ID staat niet op het blad Leervragen.",
            "This question ID is not on the Learning questions sheet.",
          ),
        ),
    },
    {
      key: "competenceId",
      header: t("Competentie-ID", "Competence ID"),
      width: 14,
      text: true,
      validation: () =>
        fromName(
          LIST_NAMES.competenceIds.name,
          t(
            "Optioneel: de competentie waarvoor het certificaat geldt (nodig voor het blad Certificaten).",
            "Optional: the competence the certificate is for (needed for the Certificates sheet).",
          ),
          t("Deze competentie-ID staat niet in de catalogus.", "This competence ID is not in the catalogue."),
        ),
    },
    {
      key: "type",
      header: t("Soort", "Type"),
      width: 12,
      validation: (lang) =>
        list(
          listOf(TRAINING_TYPE, lang),
          t(
            "formeel (door een opleider georganiseerd, buiten de werkplek), informeel (gekoppeld aan het werk: coaching, leren op de werkvloer, congres) of initieel.",
            "formal (organised by a trainer, away from the workplace), informal (linked to the work: coaching, on-the-job learning, conferences) or initial.",
          ),
          t("Kies formeel, informeel of initieel.", "Pick formal, informal or initial."),
        ),
    },
    {
      key: "start",
      header: t("Begindatum", "Start date"),
      width: 12,
      numberFormat: "dd/mm/yyyy",
      validation: dateRule(t("De eerste dag van de opleiding.", "The first day of the training.")),
    },
    {
      key: "end",
      header: t("Einddatum", "End date"),
      width: 12,
      numberFormat: "dd/mm/yyyy",
      validation: dateRule(
        t(
          "De laatste dag (niet voor de begindatum); leeg voor een opleiding van één dag.",
          "The last day (not before the start date); blank for a one-day training.",
        ),
      ),
    },
    {
      key: "hours",
      header: t("Uren", "Hours"),
      width: 8,
      numberFormat: "0.0",
      validation: () => nonNegative(t("Opleidingsuren (0 of meer).", "Training hours (0 or more).")),
    },
    {
      key: "followed",
      header: t("Gevolgd", "Followed"),
      width: 10,
      validation: yesNo(
        t(
          "ja: de medewerker volgde de opleiding; nee: ingeschreven maar niet gevolgd. Alleen gevolgde opleidingen tellen.",
          "yes: the employee followed the training; no: enrolled but not followed. Only followed trainings count.",
        ),
      ),
    },
    {
      key: "countsForRight",
      header: t("Telt voor opleidingsrecht", "Counts for the training right"),
      width: 12,
      validation: yesNo(
        t(
          "Telt ze voor het individuele opleidingsrecht? Opleidingen met Vlaams opleidingsverlof (VOV) of betaald educatief verlof (BEV) niet.",
          "Does it count toward the individual training right? Trainings under Flemish training leave (VOV) or paid educational leave (BEV) do not.",
        ),
      ),
    },
    { key: "provider", header: t("Aanbieder", "Provider"), width: 20, text: true },
    {
      key: "directCost",
      header: t("Directe kost (€)", "Direct cost (€)"),
      width: 11,
      numberFormat: "#,##0.00",
      validation: amount(
        t(
          "Inschrijving, opleider, lokaal, materiaal, verplaatsing (zonder loonkost).",
          "Registration, trainer, room, material, travel (without wage cost).",
        ),
      ),
    },
    {
      key: "subsidy",
      header: t("Subsidie (€)", "Subsidy (€)"),
      width: 11,
      numberFormat: "#,##0.00",
      validation: amount(
        t(
          "Ontvangen tussenkomst (sectorfonds, VIVO, VOV-premie).",
          "Subsidy received (sector fund, VIVO, VOV premium).",
        ),
      ),
    },
    {
      key: "validUntil",
      header: t("Certificaat geldig tot", "Certificate valid until"),
      width: 12,
      numberFormat: "dd/mm/yyyy",
      validation: dateRule(
        t(
          "Optioneel: tot wanneer het behaalde certificaat geldig is (niet voor de begindatum).",
          "Optional: until when the certificate obtained is valid (not before the start date).",
        ),
      ),
    },
    // ---- computed
    {
      key: "date",
      header: t("Telt op datum", "Counts on date"),
      width: 12,
      numberFormat: "dd/mm/yyyy",
      // the end date, or the start date when there is none
      formula: (f) =>
        `=IFERROR(IF(${isDateRef(r(f, "end"))},${r(f, "end")},IF(${isDateRef(r(f, "start"))},${r(f, "start")},"")),"")`,
    },
    {
      key: "days",
      header: t("Dagen", "Days"),
      width: 8,
      numberFormat: "0.00",
      formula: (f) => {
        const h = r(f, "hours");
        const d = f.setting("hours_per_day");
        return `=IFERROR(IF(AND(ISNUMBER(${h}),ISNUMBER(${d})),IF(AND(${h}>=0,${d}>0),${h}/${d},""),""),"")`;
      },
    },
    {
      key: "year",
      header: t("Jaar", "Year"),
      width: 8,
      numberFormat: "0",
      formula: (f) => `=IF(ISNUMBER(${r(f, "date")}),YEAR(${r(f, "date")}),"")`,
    },
    {
      key: "quarter",
      header: t("Kwartaal", "Quarter"),
      width: 9,
      numberFormat: "0",
      formula: (f) => `=IF(ISNUMBER(${r(f, "date")}),ROUNDUP(MONTH(${r(f, "date")})/3,0),"")`,
    },
    {
      key: "team",
      header: t("Team", "Team"),
      width: 18,
      formula: (f) => employeeLookup(f, "team"),
    },
    {
      key: "role",
      header: t("Functie", "Function"),
      width: 18,
      formula: (f) => employeeLookup(f, "role"),
    },
    {
      // the employee's age in the training's year (Medewerkers' birth year): the plan's risk group 50+
      key: "ageGroup",
      header: t("Leeftijdsgroep", "Age group"),
      width: 13,
      formula: (f) => {
        const emp = norm(r(f, "employeeId"));
        const born = `INDEX(${f.col("employees", "birthYear")},MATCH(${emp},${f.col("employees", "idKey")},0))`;
        const age = `${r(f, "year")}-${born}`;
        // a blank birth year reads as 0 in arithmetic and text as a number: only a number counts
        return `=IF(OR(${emp}="",NOT(ISNUMBER(${r(f, "year")}))),"",IFERROR(IF(ISNUMBER(${born}),IF(${age}<25,${f.text(AGE_GROUP.under25)},IF(${age}<50,${f.text(AGE_GROUP.from25to49)},${f.text(AGE_GROUP.from50)})),""),""))`;
      },
    },
    {
      key: "personKey",
      header: t("Sleutel persoon-soort-jaar", "Person-type-year key"),
      width: 26,
      formula: (f) => {
        const emp = norm(r(f, "employeeId"));
        const type = canonicalType(f);
        return `=IF(AND(${yes(f, "followed")},${type}<>"",ISNUMBER(${r(f, "year")}),${emp}<>""),"p${SEP}"&${type}&"${SEP}"&${r(f, "year")}&"${SEP}"&${emp},"")`;
      },
    },
    {
      // 1 on the first row of each person × type × year: SUMIFS of this column counts distinct people
      key: "first",
      header: t("Eerste van soort", "First of its kind"),
      width: 9,
      numberFormat: "0",
      formula: (f) =>
        `=IF(${r(f, "personKey")}="","",IF(MATCH(${r(f, "personKey")},${f.col("training", "personKey")},0)=ROW()-ROW(${f.head("training", "personKey")}),1,0))`,
    },
    {
      key: "hoursKey",
      header: t("Sleutel uren 12 maanden", "Hours key last 12 months"),
      width: 18,
      formula: (f) => hoursKeyFormula(f, 12, "u"),
    },
    {
      key: "certKey",
      header: t("Sleutel certificaat", "Certificate key"),
      width: 22,
      formula: (f) => {
        const emp = norm(r(f, "employeeId"));
        const comp = norm(r(f, "competenceId"));
        return `=IFERROR(IF(AND(${yes(f, "followed")},${isDateRef(r(f, "validUntil"))},${emp}<>"",${comp}<>""),"c${SEP}"&${emp}&"${SEP}"&${comp},""),"")`;
      },
    },
    // ---- for the training accounts, the sociale balans and the FLA list (accountSpecs.ts)
    {
      // the employee's gender as Medewerkers has it (normalised): the sociale balans counts by it
      key: "gender",
      header: t("Geslacht", "Gender"),
      width: 9,
      formula: (f) => employeeLookup(f, "gender"),
    },
    {
      // year and employee of a followed training that counts for the training right and has days
      key: "rightKey",
      header: t("Sleutel opleidingsrecht", "Training right key"),
      width: 20,
      formula: (f) => {
        const emp = norm(r(f, "employeeId"));
        return `=IFERROR(IF(AND(${yes(f, "followed")},${yes(f, "countsForRight")},ISNUMBER(${r(f, "year")}),${emp}<>"",ISNUMBER(${r(f, "days")})),"r${SEP}"&${r(f, "year")}&"${SEP}"&${emp},""),"")`;
      },
    },
    {
      // Federal Learning Account: registered by the end of the month after the quarter
      key: "flaDeadline",
      header: t("Leerrekening uiterlijk", "Learning Account by"),
      width: 12,
      numberFormat: "dd/mm/yyyy",
      formula: (f) =>
        `=IFERROR(IF(ISNUMBER(${r(f, "quarter")}),EOMONTH(DATE(${r(f, "year")},${r(f, "quarter")}*3,1),1),""),"")`,
    },
    // ---- for the equity sheet (equitySpecs.ts)
    {
      key: "hoursKey24",
      header: t("Sleutel uren 24 maanden", "Hours key last 24 months"),
      width: 18,
      // the 12-month rule of hoursKey with 24 months
      formula: (f) => hoursKeyFormula(f, 24, "v"),
    },
  ],
};

/**
 * The key of a row that counts toward an employee's hours of the last `months` months (training.ts
 * inLastMonths): prefix¦employee, "" otherwise.
 */
function hoursKeyFormula(f: FormulaBuilder, months: number, prefix: string): string {
  const emp = norm(r(f, "employeeId"));
  const h = r(f, "hours");
  const d = r(f, "date");
  const ref = referenceDate(f);
  return `=IFERROR(IF(AND(${yes(f, "followed")},ISNUMBER(${h}),ISNUMBER(${d}),${emp}<>""),IF(AND(${h}>=0,${d}>EDATE(${ref},-${months}),${d}<=${ref}),"${prefix}${SEP}"&${emp},""),""),"")`;
}

/** A column of the row's employee (Medewerkers, by the normalised ID), normalised; "" when unknown. */
function employeeLookup(f: FormulaBuilder, column: string): string {
  const emp = norm(r(f, "employeeId"));
  return `=IF(${emp}="","",IFERROR(${norm(`INDEX(${f.col("employees", column)},MATCH(${emp},${f.col("employees", "idKey")},0))`)},""))`;
}

/** The latest validity date of an employee's certificate for a competence (0 when there is none). */
export const latestValidity = (f: FormulaBuilder, emp: string, comp: string) =>
  `MAXIFS(${f.col("training", "validUntil")},${f.col("training", "certKey")},"c${SEP}"&${emp}&"${SEP}"&${comp})`;

// ---- certificates ------------------------------------------------------------------------------

/** Spare rows below employees × competences that require a certificate. */
export const CERTIFICATES_SPARE = 20;

const c = (f: FormulaBuilder, col: string) => f.at("certificates", col);
const position = (f: FormulaBuilder) => `(ROW()-ROW(${f.head("certificates", "employeeId")}))`;
/** How many competences require a certificate. */
const certified = (f: FormulaBuilder) => `COUNT(${f.col("competences", "certPos")})`;

/** The warning above the view when employees × certified competences outgrow it. */
export const certificatesWarning = (f: FormulaBuilder): string => {
  const missing = `ROWS(${f.col("employees", "idKey")})*${certified(f)}-ROWS(${f.col("certificates", "employeeId")})`;
  const text = t(
    " combinatie(s) medewerker × competentie staan niet in deze tabel: werk de analysebladen bij met VTO-analyse (Start).",
    " employee × competence combination(s) are missing from this table: update the analysis sheets with VTO-analyse (Start).",
  );
  return `=IFERROR(IF(${missing}>0,${missing}&${f.text(text)},""),"")`;
};

export const CERTIFICATES: TableSpec = {
  key: "certificates",
  name: TABLE_NAMES.certificates,
  sheet: t("Certificaten", "Certificates"),
  title: t(
    "Certificaten per medewerker en competentie (alleen formules)",
    "Certificates per employee and competence (formulas only)",
  ),
  anchor: { row: 2, col: 0 },
  sizedBy: { table: "employees", spare: CERTIFICATES_SPARE, timesCertified: true },
  warning: certificatesWarning,
  columns: [
    {
      // row k: employee ⌊(k−1)/K⌋+1 of Medewerkers, K the competences that require a certificate
      key: "employeeId",
      header: t("Medewerker-ID", "Employee ID"),
      width: 14,
      formula: (f) =>
        `=IFERROR(IF(${position(f)}>ROWS(${f.col("employees", "idKey")})*${certified(f)},"",INDEX(${f.col("employees", "idKey")},INT((${position(f)}-1)/${certified(f)})+1)&""),"")`,
    },
    {
      key: "team",
      header: t("Team", "Team"),
      width: 18,
      formula: (f) =>
        `=IF(${c(f, "employeeId")}="","",IFERROR(${norm(`INDEX(${f.col("employees", "team")},INT((${position(f)}-1)/${certified(f)})+1)`)},""))`,
    },
    {
      key: "competencePos",
      header: t("Positie competentie", "Competence position"),
      width: 9,
      numberFormat: "0",
      // the ((k−1) mod K)+1-th competence that requires a certificate, by its place in the catalogue
      formula: (f) =>
        `=IF(${c(f, "employeeId")}="","",IFERROR(SMALL(${f.col("competences", "certPos")},MOD(${position(f)}-1,${certified(f)})+1),""))`,
    },
    {
      key: "competenceId",
      header: t("Competentie-ID", "Competence ID"),
      width: 14,
      formula: (f) =>
        `=IF(${c(f, "competencePos")}="","",IFERROR(${norm(`INDEX(${f.col("competences", "id")},${c(f, "competencePos")})`)},""))`,
    },
    {
      key: "competence",
      header: t("Competentie", "Competence"),
      width: 30,
      formula: (f) =>
        `=IF(${c(f, "competencePos")}="","",IFERROR(INDEX(${f.col("competences", "name")},${c(f, "competencePos")})&"",""))`,
    },
    {
      key: "latest",
      header: t("Laatst geldig tot", "Latest valid until"),
      width: 12,
      numberFormat: "dd/mm/yyyy",
      formula: (f) => {
        const m = latestValidity(f, c(f, "employeeId"), c(f, "competenceId"));
        return `=IF(${c(f, "competenceId")}="","",IF(${m}=0,"",${m}))`;
      },
    },
    {
      key: "daysLeft",
      header: t("Dagen geldig", "Days left"),
      width: 9,
      numberFormat: "0",
      formula: (f) => `=IF(ISNUMBER(${c(f, "latest")}),${c(f, "latest")}-${referenceDate(f)},"")`,
    },
    {
      key: "status",
      header: t("Status", "Status"),
      width: 22,
      formula: (f) => {
        const n = f.setting("cert_warning_days");
        const latest = c(f, "latest");
        const ref = referenceDate(f);
        return (
          `=IF(${c(f, "competenceId")}="","",IF(${latest}="",${f.text(CERT_STATUS.missing)},` +
          `IFERROR(IF(${latest}<${ref},${f.text(CERT_STATUS.expired)},IF(${latest}<=${ref}+${n},${f.text(EXPIRING.before)}&${n}&${f.text(EXPIRING.after)},${f.text(CERT_STATUS.valid)})),"")))`
        );
      },
    },
  ],
};
