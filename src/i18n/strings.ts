/**
 * Task-pane strings. Dutch is the source; English must have every key (a missing one fails
 * the type check). Placeholders are {name}.
 */
export const nl = {
  appTitle: "VTO-analyse",
  appSubtitle: "Opleidingsbehoeften zichtbaar maken en prioriteren",
  navStart: "Start",
  navCheck: "Controleren",
  navPrioritize: "Prioriteren",
  navPlan: "Plan",
  navLabel: "Onderdelen van de analyse",
  loading: "Bezig…",
  retry: "Opnieuw proberen",
  dismiss: "Sluiten",
  errorTitle: "Er ging iets mis",
  errorBody:
    "De taak werd niet afgewerkt. Je werkmap is niet gewijzigd door de mislukte stap. Details: {detail}",
  errorUnexpected: "Onverwachte fout in het taakvenster: {detail}",
  errorReload: "Taakvenster herladen",
  unsupportedTitle: "Deze Excel-versie is te oud",
  unsupportedBody:
    "VTO-analyse heeft Excel-API 1.9 nodig (Excel 2021, Microsoft 365 of Excel op het web). Werk Excel bij of open de werkmap in Excel op het web.",
  notExcelTitle: "Alleen voor Excel",
  notExcelBody: "Deze invoegtoepassing werkt alleen in Excel.",
  startIntro:
    "Maak de analysebladen aan in deze werkmap. Alles wat je collega's nodig hebben, wordt met gewone Excel-formules berekend en blijft werken zonder de invoegtoepassing.",
  startGenerate: "Analysebladen aanmaken of bijwerken",
  startGenerateHint:
    "Bestaande invoer blijft altijd behouden; ontbrekende bladen, kolommen en formules worden toegevoegd.",
  startLanguage: "Taal van de werkmap",
  startLanguageLocked: "Deze werkmap is in het {language} aangemaakt en blijft in die taal.",
  startExample: "Vul met voorbeeldgegevens",
  startExampleHint: "Een fictieve Vlaamse zorgorganisatie: 60 medewerkers, 5 teams, 25 competenties.",
  startDone:
    "Klaar: {sheets} bladen gecontroleerd, {created} tabellen aangemaakt, {columns} kolommen toegevoegd.",
  startExampleDone:
    "Voorbeeldgegevens ingevuld: {employees} medewerkers, {competences} competenties, {gaps} beoordelingen.",
  progressLabel: "Voortgang",
  languageNl: "Nederlands",
  languageEn: "Engels",
  comingTitle: "Nog niet beschikbaar",
  prioritizeComing: "Hier stel je straks de gewichten van de criteria van Baert in en bekijk je de rangorde.",
  planComing: "Hier stel je straks het opleidingsplan binnen het budget samen.",
  privacyNote: "Personeelsgegevens blijven in deze werkmap: de invoegtoepassing verstuurt niets.",
  checkIntro:
    "Excel controleert geplakte of gesleepte waarden niet. Deze controle leest alle registers opnieuw en meldt per cel wat er mis is en hoe je het oplost. Ze wijzigt niets.",
  checkRun: "Alles controleren",
  checkSummary: "{errors} fout(en), {warnings} waarschuwing(en) in {rows} rijen.",
  checkNone: "Geen problemen gevonden in {rows} rijen.",
  checkFilter: "Blad",
  checkAllSheets: "Alle bladen",
  checkSeverityError: "Fouten",
  checkSeverityWarning: "Waarschuwingen",
  checkMore: "… en nog {count}.",
  checkHighlight: "Markeer in werkblad",
  checkUnhighlight: "Markeringen weghalen",
  checkMarked: "{count} cel(len) gemarkeerd; je eigen opmaak blijft ongewijzigd.",
  checkFixes: "Snelle correcties ({count})",
  checkFixConfirmTitle: "Snelle correcties toepassen?",
  checkFixConfirmBody:
    "{count} cel(len) worden aangepast: getallen die als tekst staan worden getallen, spaties vooraan en achteraan verdwijnen. Cellen die intussen veranderden, blijven ongemoeid. Excel kan dit niet ongedaan maken.",
  checkFixApply: "Toepassen",
  checkFixCancel: "Annuleren",
  checkFixDone: "{count} cel(len) aangepast.",
  checkMissingTables: "Niet gevonden: {tables}. Maak eerst de analysebladen aan (Start).",
  checkLive: "Wijzigingen die je maakt, worden automatisch opnieuw gecontroleerd.",
  checkGoTo: "Ga naar {cell}",
  msgSheetNameTaken:
    "Het blad '{wanted}' bestaat al en hoort niet bij de analyse; {table} staat op het blad '{used}'.",
  msgForeignTable:
    "Er bestaat al een tabel {table} die niet van VTO-analyse is; ze werd niet gewijzigd. Geef ze een andere naam en probeer opnieuw.",
  msgNameClash:
    "De naam {table} is al in gebruik in deze werkmap (Formules > Namen beheren); de tabel werd niet aangemaakt. Hernoem die naam en probeer opnieuw.",
  msgColumnRestored: "Kolom '{column}' ontbrak in {table} en werd achteraan opnieuw toegevoegd.",
  msgKeptUserCells:
    "{count} cel(len) in de berekende kolom '{column}' van {table} bevatten eigen invoer en werden niet overschreven.",
  tablesNotEmpty:
    "Niet ingevuld: deze tabellen bevatten al gegevens ({tables}). Voorbeeldgegevens overschrijven nooit bestaande invoer; gebruik een lege werkmap.",
  workbookLanguage: "Taal van de werkmap: {language}.",
} as const;

export type StringKey = keyof typeof nl;
export type Strings = { readonly [K in StringKey]: string };

export const en: Strings = {
  appTitle: "VTO analysis",
  appSubtitle: "Find and prioritise training needs",
  navStart: "Start",
  navCheck: "Check",
  navPrioritize: "Prioritise",
  navPlan: "Plan",
  navLabel: "Parts of the analysis",
  loading: "Working…",
  retry: "Try again",
  dismiss: "Close",
  errorTitle: "Something went wrong",
  errorBody: "The task did not finish. The failed step did not change your workbook. Details: {detail}",
  errorUnexpected: "Unexpected error in the task pane: {detail}",
  errorReload: "Reload task pane",
  unsupportedTitle: "This version of Excel is too old",
  unsupportedBody:
    "VTO analysis needs Excel API 1.9 (Excel 2021, Microsoft 365 or Excel on the web). Update Excel or open the workbook in Excel on the web.",
  notExcelTitle: "Excel only",
  notExcelBody: "This add-in works in Excel only.",
  startIntro:
    "Create the analysis sheets in this workbook. Everything your colleagues need is computed by ordinary Excel formulas and keeps working without the add-in.",
  startGenerate: "Create or update the analysis sheets",
  startGenerateHint: "Existing entries are always kept; missing sheets, columns and formulas are added.",
  startLanguage: "Workbook language",
  startLanguageLocked: "This workbook was created in {language} and stays in that language.",
  startExample: "Fill with example data",
  startExampleHint: "A fictional Flemish care organisation: 60 employees, 5 teams, 25 competences.",
  startDone: "Done: {sheets} sheets checked, {created} tables created, {columns} columns added.",
  startExampleDone:
    "Example data filled in: {employees} employees, {competences} competences, {gaps} ratings.",
  progressLabel: "Progress",
  languageNl: "Dutch",
  languageEn: "English",
  comingTitle: "Not available yet",
  prioritizeComing: "Here you will set the weights of Baert's criteria and see the ranking.",
  planComing: "Here you will build the training plan within the budget.",
  privacyNote: "Personnel data stays in this workbook: the add-in sends nothing anywhere.",
  checkIntro:
    "Excel does not check pasted or dragged values. This check reads every register again and reports per cell what is wrong and how to fix it. It changes nothing.",
  checkRun: "Check everything",
  checkSummary: "{errors} error(s), {warnings} warning(s) in {rows} rows.",
  checkNone: "No problems found in {rows} rows.",
  checkFilter: "Sheet",
  checkAllSheets: "All sheets",
  checkSeverityError: "Errors",
  checkSeverityWarning: "Warnings",
  checkMore: "… and {count} more.",
  checkHighlight: "Highlight in sheet",
  checkUnhighlight: "Remove highlights",
  checkMarked: "{count} cell(s) highlighted; your own formatting stays as it was.",
  checkFixes: "Quick fixes ({count})",
  checkFixConfirmTitle: "Apply quick fixes?",
  checkFixConfirmBody:
    "{count} cell(s) will change: numbers stored as text become numbers, leading and trailing spaces go. Cells that changed meanwhile are left alone. Excel cannot undo this.",
  checkFixApply: "Apply",
  checkFixCancel: "Cancel",
  checkFixDone: "{count} cell(s) changed.",
  checkMissingTables: "Not found: {tables}. Create the analysis sheets first (Start).",
  checkLive: "Changes you make are checked again automatically.",
  checkGoTo: "Go to {cell}",
  msgSheetNameTaken:
    "The sheet '{wanted}' already exists and is not part of the analysis; {table} is on the sheet '{used}'.",
  msgForeignTable:
    "A table {table} that does not belong to VTO analysis already exists; it was not changed. Rename it and try again.",
  msgNameClash:
    "The name {table} is already used in this workbook (Formulas > Name Manager); the table was not created. Rename that name and try again.",
  msgColumnRestored: "Column '{column}' was missing from {table} and was added again at the end.",
  msgKeptUserCells:
    "{count} cell(s) in the computed column '{column}' of {table} hold your own entries and were not overwritten.",
  tablesNotEmpty:
    "Not filled: these tables already hold data ({tables}). Example data never overwrites existing entries; use an empty workbook.",
  workbookLanguage: "Workbook language: {language}.",
};

export type UiLanguage = "nl" | "en";

export const catalogs: Record<UiLanguage, Strings> = { nl, en };

/** Any nl-* display language gives Dutch; other languages English; none (preview) Dutch. */
export function uiLanguageFor(displayLanguage: string | undefined | null): UiLanguage {
  if (!displayLanguage) return "nl";
  return displayLanguage.toLowerCase().startsWith("nl") ? "nl" : "en";
}

export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
