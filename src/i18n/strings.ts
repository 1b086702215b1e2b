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
    "De taak werd niet afgewerkt. Wat al gebeurd was, blijft staan; wat je zelf invulde, is niet overschreven. Probeer opnieuw: de invoegtoepassing gaat verder waar ze stopte. Details: {detail}",
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
  stepsTitle: "Zo ga je te werk",
  step_settings: "Instellingen: naam van de organisatie, analysejaar, drempels",
  step_competences: "Competenties: de catalogus",
  step_employees: "Medewerkers: ID, team, functie, VTE",
  step_ratings: "Beoordelingen: huidig en vereist niveau (Competentiekloof)",
  step_check: "Controleren: wat is onvolledig of fout?",
  step_questions: "Leervragen: welke zijn echte VTO-behoeften?",
  step_priorities: "Prioriteren: gewichten, rangorde, budget",
  step_plan: "Opleidingsplan",
  stepMissing: "nog niet aangemaakt: maak eerst de analysebladen aan",
  stepTodo: "nog in te vullen",
  stepSettingsDone: "ingevuld",
  stepCount_competences: "{count, plural, one {# competentie} other {# competenties}}",
  stepCount_employees: "{count, plural, one {# medewerker} other {# medewerkers}}",
  stepCount_ratings: "{count, plural, one {# beoordeling} other {# beoordelingen}}",
  stepCount_questions:
    "{of, plural, one {# leervraag} other {# leervragen}}, waarvan {count, plural, =0 {geen echte VTO-behoefte} one {# echte VTO-behoefte} other {# echte VTO-behoeften}}",
  stepCount_priorities:
    "{count, plural, =0 {nog geen behoefte gerangschikt} one {# behoefte gerangschikt} other {# behoeften gerangschikt}}",
  stepCheckOpen: "na elke invulronde",
  stepPlanOpen: "volgt in een volgende versie",
  stepGoSheet: "Naar het blad",
  stepGoPanel: "Openen",
  stepsRefresh: "Stappen bijwerken",
  startLanguageLocked: "Deze werkmap is in het {language} aangemaakt en blijft in die taal.",
  startExample: "Vul met voorbeeldgegevens",
  startExampleHint: "Een fictieve Vlaamse zorgorganisatie: 60 medewerkers, 5 teams, 25 competenties.",
  startDone:
    "Klaar: {sheets} bladen gecontroleerd, {created} tabellen aangemaakt, {columns} kolommen toegevoegd.",
  startExampleDone:
    "Voorbeeldgegevens ingevuld: {employees} medewerkers, {competences} competenties, {gaps} beoordelingen.",
  startExampleAlready:
    "De voorbeeldgegevens staan al in deze werkmap; er werd niets toegevoegd of overschreven.",
  progressLabel: "Voortgang",
  languageNl: "Nederlands",
  languageEn: "Engels",
  flaTitle: "Federale leerrekening",
  flaIntro:
    "De opleidingen van het analysejaar uit het opleidingsregister, per kwartaal, te registreren tegen het einde van de maand na het kwartaal.",
  flaLoad: "Lijst maken",
  flaQuarter:
    "Kwartaal {quarter}: {count, plural, one {# opleiding} other {# opleidingen}}, uiterlijk {deadline}",
  flaNone: "Geen opleidingen in het analysejaar in het opleidingsregister.",
  flaMissing: "Deze werkmap heeft nog geen opleidingsregister: werk de analysebladen bij (Start).",
  flaDownload: "Downloaden als CSV",
  flaQuarterHeader: "Kwartaal",
  flaDeadlineHeader: "Registreren uiterlijk",
  planTitle: "Opleidingsplan",
  planIntro:
    "Kies welke behoeften in het opleidingsplan komen (blad Opleidingsplan): de rangorde binnen het budget, het budgetoptimum of je eigen mix. Daarna zijn de rijen van jou: vul type, kwartaal, aanbieder en aandachtsgroepen aan.",
  planLoad: "Vernieuwen",
  planCompare: "Rangorde en budgetoptimum naast elkaar",
  planTotals: "Totalen",
  planRankOrder: "Rangorde (In plan)",
  planOptimum: "Budgetoptimum",
  planNeeds: "Behoeften",
  planScore: "Totale gewogen score",
  planNetCost: "Nettokost",
  planHours: "Opleidingsuren",
  planDays: "Opleidingsdagen",
  planDaysPerFte: "Dagen per VTE",
  planSame: "Rangorde en optimum kiezen dezelfde behoeften.",
  planDiffers:
    "De rangorde neemt de behoeften in volgorde van score zolang het budget strekt; het optimum haalt met hetzelfde budget {points} punten meer door {minus} te vervangen door {plus}.",
  planNoBudget: "Geen geldig budget: het optimum kan niet berekend worden (Instellingen).",
  planTarget: "Doel: {target} dagen per VTE ({fte} VTE).",
  planPickRankOrder: "Rangorde kiezen",
  planPickOptimum: "Optimum kiezen",
  planChoose: "Behoeften voor het plan",
  planItem: "{rank}. {id} {title} — score {score}, {cost}",
  planItemThere: "{rank}. {id} {title} — al in het plan",
  planTake: "In het opleidingsplan opnemen ({count})",
  planAdded:
    "{count, plural, =0 {Geen behoefte toegevoegd.} one {# behoefte toegevoegd aan het blad Opleidingsplan.} other {# behoeften toegevoegd aan het blad Opleidingsplan.}}",
  planAlready: "Stond al in het plan (niet opnieuw toegevoegd): {ids}.",
  planNoRanked: "Nog geen gerangschikte behoeften: vul eerst Prioriteiten in.",
  planSheetMissing: "Deze werkmap heeft nog geen blad Opleidingsplan.",
  planUpdateSheets: "Analysebladen bijwerken",
  planSheetsUpdated: "De analysebladen zijn bijgewerkt.",
  privacyNote: "Personeelsgegevens blijven in deze werkmap: de invoegtoepassing verstuurt niets.",
  checkIntro:
    "Excel controleert geplakte of gesleepte waarden niet. Deze controle leest alle registers opnieuw en meldt per cel wat er mis is en hoe je het oplost. Ze wijzigt niets.",
  checkRun: "Alles controleren",
  checkSummary:
    "{errors, plural, one {# fout} other {# fouten}}, {warnings, plural, one {# waarschuwing} other {# waarschuwingen}} in {rows, plural, one {# rij} other {# rijen}}.",
  checkNone: "Geen problemen gevonden in {rows} rijen.",
  checkFilter: "Blad",
  checkAllSheets: "Alle bladen",
  checkSeverityError: "Fouten",
  checkSeverityWarning: "Waarschuwingen",
  checkErrorWord: "Fout",
  checkWarningWord: "Waarschuwing",
  checkMore: "… en nog {count}.",
  checkHighlight: "Markeer in werkblad",
  checkUnhighlight: "Markeringen weghalen",
  checkMarked:
    "{count, plural, one {# cel gemarkeerd} other {# cellen gemarkeerd}}: {errors} met een fout, {warnings} met een waarschuwing. Je eigen opmaak blijft ongewijzigd.",
  checkMarkedCapped:
    "{count, plural, one {# cel niet gemarkeerd} other {# cellen niet gemarkeerd}}: per keer worden hoogstens {limit} cellen gemarkeerd, fouten eerst. Kies een blad in de filter om de andere te markeren.",
  checkMarksNone: "Er zijn geen meldingen meer: de markeringen zijn weggehaald.",
  checkMarksRemoved: "{count, plural, one {# markering weggehaald} other {# markeringen weggehaald}}.",
  checkMarksLeft:
    "{count, plural, one {# markering kon} other {# markeringen konden}} niet weggehaald worden. Probeer opnieuw, of verwijder de regel met ‘VTO-markering’ via Voorwaardelijke opmaak > Regels beheren.",
  checkMarksForeign:
    "Terwijl de markeringen weggehaald werden, veranderde iemand de regels voor voorwaardelijke opmaak; {count, plural, one {# regel die niet van VTO-analyse was, is} other {# regels die niet van VTO-analyse waren, zijn}} mogelijk mee verwijderd. Kijk ze na via Voorwaardelijke opmaak > Regels beheren.",
  checkMarksPresent: "Deze werkmap bevat markeringen van een eerdere controle.",
  checkMarksLegend: "Markeringen in het werkblad",
  checkMarkError: "Fout: rode vulling, vetjes, met rand",
  checkMarkWarning: "Waarschuwing: gele vulling",
  checkFixes: "Snelle correcties ({count})",
  checkFixConfirmTitle: "Snelle correcties toepassen?",
  checkFixConfirmBody:
    "{count, plural, one {# cel wordt} other {# cellen worden}} aangepast: getallen die als tekst staan worden getallen, spaties vooraan en achteraan verdwijnen. Cellen die intussen veranderden, blijven ongemoeid. Excel kan dit niet ongedaan maken.",
  checkFixApply: "Toepassen",
  checkFixCancel: "Annuleren",
  checkFixDone: "{count, plural, one {# cel aangepast} other {# cellen aangepast}}.",
  missingTablesTitle: "Maak eerst de analysebladen aan",
  missingTablesBody:
    "Deze werkmap heeft de analysebladen nog niet, of niet allemaal. Maak ze aan op het tabblad Start met ‘{button}’; wat je al invulde, blijft behouden.",
  missingTablesList: "Niet gevonden: {sheets}.",
  missingTablesGoToStart: "Naar Start",
  checkLive: "Wijzigingen die je maakt, worden automatisch opnieuw gecontroleerd.",
  checkGoTo: "Ga naar {cell}",
  msgSheetNameTaken:
    "Het blad '{wanted}' bestaat al en hoort niet bij de analyse; {table} staat op het blad '{used}'.",
  msgForeignTable:
    "Er bestaat al een tabel {table} die niet van VTO-analyse is; ze werd niet gewijzigd. Geef ze een andere naam en probeer opnieuw.",
  msgNameClash:
    "De naam {table} is al in gebruik in deze werkmap (Formules > Namen beheren); de tabel werd niet aangemaakt. Hernoem die naam en probeer opnieuw.",
  msgColumnRestored:
    "Kolom '{column}' werd achteraan in {table} toegevoegd (nieuw in deze versie, of eerder verwijderd).",
  msgKeptUserCells:
    "In de berekende kolom '{column}' van {table} staat eigen invoer ({count}, waarvan {formulas} eigen formules); die werd niet overschreven. Eerste cellen: {cells}.",
  msgRestoreOffer: "Onze formule terugzetten in '{column}'",
  msgRestoreTitle: "Formule terugzetten?",
  msgRestoreBody:
    "De cellen van de kolom '{column}' ({table}) met eigen invoer krijgen opnieuw de formule van de analyse. Cellen die intussen veranderden, blijven ongemoeid. Excel kan dit niet ongedaan maken.",
  msgRestoreDone: "Formule teruggezet in {count, plural, one {# cel} other {# cellen}}.",
  msgTableMoved:
    "De tabel {table} kon niet op haar vaste plaats: daar staan gegevens ({cells}). Ze staat nu op {address}.",
  msgTableAdopted: "Het bereik op {address} werd opnieuw de tabel {table}; alle rijen bleven staan.",
  msgColumnBlocked:
    "De kolom '{column}' kon niet aan {table} worden toegevoegd: rechts van de tabel staan gegevens ({cells}). Maak die cellen leeg of verplaats ze, en probeer opnieuw.",
  msgFiltered:
    "{table} is gefilterd: de berekende kolommen werden niet bijgewerkt, want in een gefilterde tabel kan een schrijfactie in verkeerde rijen landen. Wis de filter en probeer opnieuw.",
  msgKeptMatrixCells:
    "In de teammatrix staat eigen invoer ({count} cellen); die werd niet overschreven. Eerste cellen: {cells}.",
  msgKeptReportCells:
    "Op het blad Rapport staat eigen invoer ({count} cellen); die werd niet overschreven. Eerste cellen: {cells}.",
  msgChangedMeanwhile:
    "Terwijl de invoegtoepassing schreef, veranderde iemand deze cellen; hun inhoud bleef behouden: {cells}. Probeer opnieuw als je wil dat ze bijgewerkt worden.",
  tablesNotEmpty:
    "Niet ingevuld: deze tabellen bevatten al gegevens ({tables}). Voorbeeldgegevens overschrijven nooit bestaande invoer; gebruik een lege werkmap.",
  navQuestions: "Leervragen",
  questionsIntro:
    "Niet elke leervraag is een opleidingsnood. Een echte VTO-behoefte is er alleen als de oorzaak een tekort aan kennis, vaardigheden of attitude is én de wens er is om het via VTO aan te pakken. Het blad Leervragen berekent het oordeel met formules.",
  questionsMissing:
    "Deze werkmap heeft nog geen blad Leervragen. Kies hieronder een invalshoek en maak de bladen aan.",
  questionsCountsTitle: "Oordeel over de leervragen",
  questionsCountReal: "Echte VTO-behoefte",
  questionsCountReview: "Te bekijken (doelmatigheid)",
  questionsCountNot: "Geen VTO-behoefte",
  questionsCountIncomplete: "Onvolledig",
  questionsRefresh: "Vernieuwen",
  questionsLive: "De tellingen volgen je wijzigingen in de werkmap vanzelf.",
  routeTitle: "Stappenplan per invalshoek",
  routePerspective: "Invalshoek",
  perspectiveOrganisation: "Organisatie",
  perspectiveFunctioning: "Functionering",
  perspectiveCompetence: "Competentie",
  routeOrganisation1:
    "Beschrijf het organisatiedoel of probleem als leervraag (blad Leervragen, invalshoek organisatie).",
  routeOrganisation2:
    "Ontwerp het leertraject met het acht-veldenmodel: eerst de velden 1 tot 4, en leg de evaluatiecriteria 8 tot 5 vooraf vast.",
  routeOrganisation3:
    "Ga met het model van Gilbert na of de oorzaak in de omgeving ligt (informatie, middelen, prikkels) of bij de persoon.",
  routeOrganisation4: "Vul oorzaak, wens tot VTO en doelmatigheid in; het oordeel volgt vanzelf.",
  routeFunctioning1: "Beschrijf het functioneringsprobleem als leervraag (invalshoek functionering).",
  routeFunctioning2:
    "Verzamel feiten met STARR-interviews: echt gedrag uit het verleden, en vooral de reflectie.",
  routeFunctioning3:
    "Zoek de oorzaak met de competentiepiramide (weten, kunnen, willen, mogen, durven) of met Gilbert.",
  routeFunctioning4: "Neem de voorgestelde oorzaak over (hieronder) en vul wens en doelmatigheid in.",
  routeCompetence1:
    "Vul de competentiecatalogus, de medewerkers en de competentiekloof (zelf en leidinggevende) in.",
  routeCompetence2: "Bekijk de diagnose en de teammatrix; stel de drempels in op het blad Instellingen.",
  routeCompetence3: "Laat leervragen voorstellen uit de kloofanalyse (hieronder) en kies welke je toevoegt.",
  routeCompetence4: "Onderbouw met STARR-interviews en zoek de oorzaak met de competentiepiramide.",
  instrumentsLabel: "Instrumenten (alleen de gekozen bladen worden aangemaakt)",
  instrumentStarr: "STARR-interviews: situatie, taak, actie, resultaat, reflectie",
  instrumentPyramid: "Competentiepiramide: kan VTO het tekort wegwerken?",
  instrumentEightFields: "Acht-veldenmodel (Kessels): leertraject ontwerpen en evalueren",
  instrumentGilbert: "Model van Gilbert: oorzaak in de omgeving of bij de persoon?",
  instrumentPresent: "{name} (al aanwezig)",
  instrumentsGenerate: "Gekozen bladen aanmaken",
  instrumentsDone:
    "Klaar: {created, plural, one {# tabel} other {# tabellen}} aangemaakt. Bestaande invoer bleef behouden.",
  proposeTitle: "Van kloof naar leervraag",
  proposeRun: "Leervragen voorstellen uit de kloofanalyse",
  proposeHint:
    "Per team en competentie waar de gemiddelde kloof of de toekomstige kloof de drempel uit Instellingen haalt. Bestaande leervragen worden nooit herhaald.",
  proposeNone: "Geen nieuwe voorstellen: geen team en competentie boven de drempels zonder leervraag.",
  proposeItem: "{competence} – {team}: kloof {gap}, toekomstig {future} ({assessed} beoordeeld)",
  proposeSelectAll: "Alles selecteren",
  proposeSelectNone: "Niets selecteren",
  proposeAdd:
    "{count, plural, =0 {Kies de voorstellen die je wil toevoegen} one {# leervraag toevoegen} other {# leervragen toevoegen}}",
  proposeAdded: "Toegevoegd: {ids}. Vul voor elk de oorzaak en de wens in.",
  proposeAlreadyThere:
    "{count, plural, one {# voorstel stond} other {# voorstellen stonden}} intussen al als leervraag in de werkmap.",
  causesTitle: "Oorzaak uit de instrumenten",
  causesRun: "Oorzaken voorstellen uit piramide en Gilbert",
  causesNone: "Geen voorstellen: de oorzaken kloppen met wat de instrumenten besluiten.",
  causesItem: "{id} {title}: {current} → {proposed} (volgens {from}, {record})",
  causesBlank: "(leeg)",
  causesFromPyramid: "competentiepiramide",
  causesFromGilbert: "Gilbert",
  causesApply: "Gekozen oorzaken overnemen ({count})",
  causesConfirmTitle: "Oorzaken overnemen?",
  causesConfirmBody:
    "{count, plural, one {# oorzaak} other {# oorzaken}} op het blad Leervragen {count, plural, one {wordt} other {worden}} vervangen. Cellen die intussen veranderden, blijven ongemoeid. Excel kan dit niet ongedaan maken.",
  causesDone: "{count, plural, one {# oorzaak} other {# oorzaken}} overgenomen.",
  prioIntro:
    "Welke echte VTO-behoeften eerst? Het blad Prioriteiten rekent met formules: scores 1–5 per criterium van Baert, gewichten die optellen tot 100\u00a0%, een gewogen score, een rang en het plan binnen het budget. Hier stel je de gewichten in en zie je wat formules niet goed kunnen: gevoeligheid en het budgetoptimum.",
  prioLoad: "Vernieuwen",
  prioMissing:
    "{count, plural, one {# echte VTO-behoefte staat} other {# echte VTO-behoeften staan}} nog niet op het blad Prioriteiten: {ids}.",
  prioAddMissing: "Toevoegen aan Prioriteiten",
  prioAdded: "Toegevoegd. Vul de scores en de investering in.",
  prioUnranked: "Niet gerangschikt: {list}.",
  prioWeightsTitle: "Gewichten",
  prioMethod: "Methode",
  prioMethodPoints: "Punten verdelen (samen 100)",
  prioMethodRanks: "Criteria rangschikken (rangordegewichten, centroïde)",
  prioRanksHint:
    "Rang 1 = het belangrijkste criterium, 7 = het minst belangrijke. Elk criterium krijgt een andere rang; de gewichten volgen uit de rangorde (centroïdemethode): rang 1 weegt het zwaarst.",
  prioMethodAhp: "Paarsgewijs vergelijken (AHP)",
  prioPointsSum: "Som: {sum} van 100.",
  prioRankLabel: "Rang van {criterion}",
  prioRanksInvalid: "Geef elk criterium een andere rang van 1 tot 7.",
  prioAhpPair: "{a} tegenover {b}",
  prioAhpEqual: "even belangrijk",
  prioAhpLeft: "{a} {n}× belangrijker",
  prioAhpRight: "{b} {n}× belangrijker",
  prioAhpCr: "Consistentieratio: {cr} (maximaal 0,10).",
  prioAhpRefused:
    "Te inconsistent (CR {cr} > 0,10): de gewichten worden niet aanvaard. Bekijk eerst het oordeel {a} tegenover {b}.",
  prioWeightsPreview: "Resulterende gewichten",
  prioWriteWeights: "Gewichten wegschrijven",
  prioWeightsWritten: "Gewichten weggeschreven; het blad rangschikt opnieuw.",
  prioWeightsMissing:
    "Niet geschreven: de criteria {keys} staan niet (of meer dan eens) in de gewichtentabel op Instellingen. Maak de analysebladen opnieuw aan op Start.",
  prioWeightsInvalid: "De gewichten op het blad tellen niet op tot 100\u00a0%: er wordt niets gerangschikt.",
  prioTopTitle: "Top van de rangorde",
  prioColRank: "Rang",
  prioColNeed: "Behoefte",
  prioColScore: "Score",
  prioColCost: "Nettokost",
  prioColPlan: "Plan",
  prioNeedLine: "Nettokost {cost} · {plan}",
  prioInPlan: "in het plan",
  prioNotInPlan: "niet in het plan",
  prioNoPlan: "geen plan (geen geldig budget)",
  prioNearTie: "bijna gelijk",
  prioNearTieNote:
    "Scores binnen 1 punt van elkaar zijn bijna gelijk: kleine wijzigingen in gewichten of scores kunnen ze omwisselen.",
  prioNone: "Nog geen gerangschikte behoeften: vul scores en investering in op het blad Prioriteiten.",
  prioSensTitle: "Gevoeligheid van de top {n}",
  prioSensItem: "{criterion}: nu {current}; de top {n} blijft gelijk van {low} tot {high}.",
  prioSensSwap: "Daarbuiten wisselen eerst {a} en {b}.",
  prioOptTitle: "Budgetoptimum",
  prioOptNoBudget: "Geen geldig budget in Instellingen: geen plan en geen optimum.",
  prioOptSummary:
    "Optimum binnen het budget van {budget}{cap}: {count, plural, one {# behoefte} other {# behoeften}}, totale score {score}, {cost}, {hours} uur. Plan in rangorde: {planCount, plural, one {# behoefte} other {# behoeften}}, score {planScore}, {planCost}.",
  prioOptCap: " en hoogstens {hours} opleidingsuren",
  prioOptNothing:
    "Binnen het budget van {budget}{cap} past geen enkele gerangschikte behoefte: de goedkoopste heeft een nettokost van {cheapest}. Er is dus geen plan en geen optimum. Verhoog het budget op het blad Instellingen, of verlaag de kosten van een behoefte.",
  prioOptSame: "Het plan in rangorde is al optimaal.",
  prioOptDiff: "Extra in het optimum: {plus}. Niet in het optimum: {minus}.",
  prioOptWrite: "Optimum op het blad zetten",
  prioOptConfirmTitle: "Optimum op het blad zetten?",
  prioOptConfirmBody:
    "De kolom 'In budgetoptimum' op het blad Prioriteiten wordt overschreven: ja voor {count, plural, one {# behoefte} other {# behoeften}}, leeg voor de andere. Excel kan dit niet ongedaan maken.",
  prioOptWritten: "Optimum gemarkeerd bij {count, plural, one {# behoefte} other {# behoeften}}.",
  prioStatusUnknownQuestion: "leervraag bestaat niet",
  prioStatusDuplicate: "dubbel",
  prioStatusNotRealNeed: "geen echte VTO-behoefte",
  prioStatusWeights: "gewichten ≠ 100\u00a0%",
  prioStatusScores: "scores onvolledig",
  prioStatusCosts: "kosten ongeldig",
  prioStatusNotFeasible: "niet haalbaar",
  prioStatusCostsMissing: "kosten ontbreken",
  prioRankingShort:
    "De tabel Rangorde heeft {rows} rijen, maar er zijn meer gerangschikte behoeften: {ids} komen zo nooit in het plan. Werk de bladen bij om de tabel te laten groeien.",
  prioRankingUpdate: "Rangorde bijwerken",
  prioRankingUpdated: "Bladen bijgewerkt: de tabel Rangorde heeft nu een rij voor elke behoefte.",
  prioEqTitle: "Billijkheid: voorstel per behoefte",
  prioEqIntro:
    "Uit het blad Billijkheid: hoe de doelgroep van de leervraag de voorbije 24 maanden aan bod kwam. Wie minder opleidingsuren kreeg dan zijn aandeel in het personeel, scoort hoger (index ≥ 1,25 → 1, ≥ 1 → 2, ≥ 0,75 → 3, ≥ 0,5 → 4, lager → 5). Een ingevulde score wordt nooit overschreven.",
  prioEqReason: "{group}: {staff} van het personeel, {hours} van de opleidingsuren in 24 maanden → {score}",
  prioEqKind_team: "team {name}",
  prioEqKind_function: "functie {name}",
  prioEqKind_all: "hele organisatie",
  prioEqNoTarget: "geen voorstel: de leervraag heeft geen doelgroep",
  prioEqUnknownGroup: "geen voorstel: doelgroep '{target}' is geen team, functie of 'iedereen'",
  prioEqNoFigures: "geen voorstel: geen personeel of geen opleidingsuren voor doelgroep '{target}'",
  prioEqCurrent: "ingevuld: {score}",
  prioEqWrite: "{score} invullen bij {id}",
  prioEqWriteAll: "Voorstellen invullen in de lege cellen ({count})",
  prioEqWritten:
    "{count, plural, =0 {Niets ingevuld} one {# score billijkheid ingevuld} other {# scores billijkheid ingevuld}}.",
  prioEqKept: "Niet overschreven, want intussen ingevuld: {ids}.",
  prioEqNoSheet: "Het blad Billijkheid ontbreekt nog: werk de analysebladen bij (Start).",
  prioEqNone: "Nog geen behoeften op het blad Prioriteiten.",
  workbookLanguage: "Taal van de werkmap: {language}.",
  selfTestTitle: "Zelftest voor beheerders",
  selfTestIntro:
    "Controleert in deze Excel het Office.js-gedrag waarop de invoegtoepassing steunt. Elke controle werkt op een eigen kladblad (VTO_Zelftest_…) dat daarna weer verwijderd wordt, ook als ze mislukt; andere bladen worden niet aangeraakt. Gebruik een lege werkmap: wijzigingen door een invoegtoepassing wissen de lijst Ongedaan maken.",
  selfTestInMemory: "In-memory Excel (voorbeeld): wat die niet nabootst, wordt overgeslagen (SKIP).",
  selfTestRun: "Zelftest uitvoeren",
  selfTestProgress: "Controle {done} van {total}: {name}",
  selfTestSummary: "Klaar: {pass} geslaagd, {fail} mislukt, {skip} overgeslagen.",
  selfTestLeftovers: "Niet opgeruimd: {items}. Verwijder dit zelf.",
  selfTestFailed: "De zelftest kon niet starten: {detail}",
  selfTestTableCaption: "Controles en resultaten",
  selfTestColCheck: "Controle",
  selfTestColResult: "Resultaat",
  selfTestColDetail: "Details",
  selfTestNotRun: "nog niet uitgevoerd",
  selfTestInformational: "ter informatie",
  selfTestReport: "Rapport (alleen-lezen, in het Engels, om te kopiëren)",
  selfTestCopy: "Rapport kopiëren",
  selfTestCopied: "Rapport gekopieerd naar het klembord.",
  selfTestCopyManual:
    "Kopiëren is hier niet toegestaan. Het rapport is geselecteerd: druk op Ctrl+C (Cmd+C op een Mac).",
  selfTestBack: "Terug naar de invoegtoepassing",
  profilesOpen: "Functieprofielen voorstellen",
  profilesOpenHint:
    "Uit de vereiste niveaus die al in de competentiekloof staan: per functie en competentie het meest voorkomende niveau.",
  profilesHint:
    "Per functie en competentie het vereiste niveau dat het vaakst getypt staat in de competentiekloof (bij een gelijke stand het hoogste). Bestaande profielrijen blijven zoals ze zijn; rijen met een ander niveau blijven een eigen waarde.",
  profilesRun: "Profielen voorstellen",
  profilesNone:
    "Geen nieuwe voorstellen: geen functie en competentie met een getypt vereist niveau zonder profielrij ({covered} hebben er al een).",
  profilesFound:
    "{count, plural, one {# profielrij voorgesteld} other {# profielrijen voorgesteld}} ({covered} hebben er al een).",
  profilesListLabel: "Voorgestelde profielrijen",
  profilesItem: "{function} – {competence}: nu {now}, horizon {horizon} ({agreeing} van {rows} rijen)",
  profilesMore: "… en nog {count}",
  profilesAdd: "{count, plural, one {# profielrij toevoegen} other {# profielrijen toevoegen}}",
  profilesConfirmTitle: "Profielrijen toevoegen?",
  profilesConfirmBody:
    "{count, plural, one {# rij wordt} other {# rijen worden}} onder de tabel op het blad Functieprofielen gezet. Bestaande rijen worden niet gewijzigd. Excel kan dit niet ongedaan maken.",
  profilesAdded: "{count, plural, one {# profielrij toegevoegd} other {# profielrijen toegevoegd}}.",
  profilesDuplicates:
    "{count, plural, one {# voorstel stond} other {# voorstellen stonden}} intussen al in de profielen en {count, plural, one {werd} other {werden}} niet overschreven.",
  importOpen: "Gegevens importeren (plakken)",
  importOpenHint:
    "Uit de loonadministratie, het LMS of een ander Excel-bestand: plak of selecteer, kijk na, voeg toe.",
  importTitle: "Gegevens importeren",
  importTarget: "Naar de tabel",
  importTarget_employees: "Medewerkers",
  importTarget_competences: "Competenties",
  importTarget_gaps: "Beoordelingen (Competentiekloof)",
  importTarget_training: "Opleidingsregister",
  importPaste: "Plak hier de gegevens, met de kopregel",
  importPasteHint:
    "Uit Excel of een CSV-export: het scheidingsteken (puntkomma, tab of komma) wordt herkend; datums als dd/mm/jjjj, decimale komma's.",
  importSelection: "Selectie uit Excel lezen",
  importSelectionRead: "Gelezen: {address}.",
  importSource:
    "{rows, plural, one {# rij} other {# rijen}} en {cols, plural, one {# kolom} other {# kolommen}} gevonden{sep}.",
  importSep_semicolon: " (scheidingsteken puntkomma)",
  importSep_tab: " (scheidingsteken tab)",
  importSep_comma: " (scheidingsteken komma)",
  importMapping: "Kolommen koppelen",
  importMappingHint:
    "Per kolom van de tabel: uit welke kolom van je gegevens? Voorgesteld op basis van de kopteksten; een kolom die je leeg laat, blijft leeg.",
  importUnmapped: "— leeg laten —",
  importPreview: "Voorbeeld bekijken",
  importSummary: "Wat er gebeurt",
  importCountNew: "{count, plural, one {# nieuwe rij wordt} other {# nieuwe rijen worden}} toegevoegd",
  importCountInTable:
    "{count, plural, one {# rij staat} other {# rijen staan}} al in de tabel (niet toegevoegd)",
  importCountInSource:
    "{count, plural, one {# rij komt} other {# rijen komen}} dubbel voor in je gegevens (niet toegevoegd)",
  importCountUnreadable:
    "{count, plural, one {# rij is} other {# rijen zijn}} niet leesbaar (niet toegevoegd)",
  importCountKeyMissing:
    "{count, plural, one {# rij heeft} other {# rijen hebben}} geen sleutel (niet toegevoegd)",
  importCountFindings:
    "{errors, plural, =0 {geen fouten} one {# fout} other {# fouten}} en {warnings, plural, =0 {geen waarschuwingen} one {# waarschuwing} other {# waarschuwingen}} in de nieuwe rijen",
  importKeyOf_employees: "De sleutel is het ID: een ID dat al in de tabel staat, wordt niet toegevoegd.",
  importKeyOf_competences: "De sleutel is het ID: een ID dat al in de tabel staat, wordt niet toegevoegd.",
  importKeyOf_gaps:
    "De sleutel is medewerker × competentie × beoordelaar × datum: een beoordeling die al in de tabel staat, wordt niet toegevoegd.",
  importKeyOf_training:
    "De sleutel is medewerker × opleiding × startdatum: een rij die al in de tabel staat, wordt niet toegevoegd.",
  importFirstRows: "De eerste rijen zoals ze worden geschreven",
  importDetails: "Details",
  importLineInTable: "Regel {line}: staat al in de tabel (rij {at}).",
  importLineInSource: "Regel {line}: dezelfde sleutel als regel {at}.",
  importLineKeyMissing: "Regel {line}: de sleutel is niet volledig ingevuld.",
  importLineUnreadable: "Regel {line}: {problems}.",
  importProblem_notNumber: "{column} {value} is geen getal",
  importProblem_notDate: "{column} {value} is geen datum: schrijf dag/maand/jaar, bv. 31/12/2025",
  importProblem_noSuchDate: "{column} {value}: die dag bestaat niet",
  importProblem_notInList: "{column} {value} staat niet in de lijst ({choices})",
  importMore: "… en nog {count}.",
  importRun: "{count, plural, one {# rij toevoegen} other {# rijen toevoegen}}",
  importNothing: "Er is niets om toe te voegen",
  importDone:
    "{count, plural, =0 {Geen rijen toegevoegd} one {# rij toegevoegd} other {# rijen toegevoegd}} onder de tabel op het blad {sheet}.",
  importDoneSkipped:
    "{count, plural, one {# rij niet toegevoegd} other {# rijen niet toegevoegd}} (dubbel, onleesbaar of zonder sleutel).",
  importChangedMeanwhile: "Intussen gewijzigd door iemand anders (hun waarde blijft): {cells}.",
  importEmptySelection:
    "De selectie bevat geen gegevens met een kopregel. Selecteer de kopregel en de rijen eronder.",
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
  errorBody:
    "The task did not finish. What was already done stays; nothing you entered was overwritten. Try again: the add-in carries on where it stopped. Details: {detail}",
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
  stepsTitle: "How to go about it",
  step_settings: "Settings: organisation name, analysis year, thresholds",
  step_competences: "Competences: the catalogue",
  step_employees: "Employees: ID, team, function, FTE",
  step_ratings: "Ratings: current and required level (Competence gaps)",
  step_check: "Check: what is incomplete or wrong?",
  step_questions: "Learning questions: which are real training needs?",
  step_priorities: "Prioritise: weights, ranking, budget",
  step_plan: "Training plan",
  stepMissing: "not created yet: create the analysis sheets first",
  stepTodo: "to fill in",
  stepSettingsDone: "filled in",
  stepCount_competences: "{count, plural, one {# competence} other {# competences}}",
  stepCount_employees: "{count, plural, one {# employee} other {# employees}}",
  stepCount_ratings: "{count, plural, one {# rating} other {# ratings}}",
  stepCount_questions:
    "{of, plural, one {# learning question} other {# learning questions}}, of which {count, plural, =0 {no real training need} one {# real training need} other {# real training needs}}",
  stepCount_priorities: "{count, plural, =0 {no need ranked yet} one {# need ranked} other {# needs ranked}}",
  stepCheckOpen: "after every round of entries",
  stepPlanOpen: "comes in a next version",
  stepGoSheet: "Go to the sheet",
  stepGoPanel: "Open",
  stepsRefresh: "Update the steps",
  startLanguageLocked: "This workbook was created in {language} and stays in that language.",
  startExample: "Fill with example data",
  startExampleHint: "A fictional Flemish care organisation: 60 employees, 5 teams, 25 competences.",
  startDone: "Done: {sheets} sheets checked, {created} tables created, {columns} columns added.",
  startExampleDone:
    "Example data filled in: {employees} employees, {competences} competences, {gaps} ratings.",
  startExampleAlready: "The example data are already in this workbook; nothing was added or overwritten.",
  progressLabel: "Progress",
  languageNl: "Dutch",
  languageEn: "English",
  flaTitle: "Federal Learning Account",
  flaIntro:
    "The analysis year's trainings from the training register, by quarter, to register by the end of the month after the quarter.",
  flaLoad: "Make the list",
  flaQuarter: "Quarter {quarter}: {count, plural, one {# training} other {# trainings}}, by {deadline}",
  flaNone: "No trainings in the analysis year in the training register.",
  flaMissing: "This workbook has no training register yet: update the analysis sheets (Start).",
  flaDownload: "Download as CSV",
  flaQuarterHeader: "Quarter",
  flaDeadlineHeader: "Register by",
  planTitle: "Training plan",
  planIntro:
    "Choose which needs go into the training plan (Training plan sheet): the rank order within the budget, the budget optimum or your own mix. The rows are then yours: fill in type, quarter, provider and groups of attention.",
  planLoad: "Refresh",
  planCompare: "Rank order and budget optimum side by side",
  planTotals: "Totals",
  planRankOrder: "Rank order (In plan)",
  planOptimum: "Budget optimum",
  planNeeds: "Needs",
  planScore: "Total weighted score",
  planNetCost: "Net cost",
  planHours: "Training hours",
  planDays: "Training days",
  planDaysPerFte: "Days per FTE",
  planSame: "Rank order and optimum choose the same needs.",
  planDiffers:
    "The rank order takes needs by score while the budget lasts; the optimum gets {points} points more from the same budget by replacing {minus} with {plus}.",
  planNoBudget: "No valid budget: the optimum cannot be computed (Settings).",
  planTarget: "Target: {target} days per FTE ({fte} FTE).",
  planPickRankOrder: "Choose the rank order",
  planPickOptimum: "Choose the optimum",
  planChoose: "Needs for the plan",
  planItem: "{rank}. {id} {title} — score {score}, {cost}",
  planItemThere: "{rank}. {id} {title} — already in the plan",
  planTake: "Take into the training plan ({count})",
  planAdded:
    "{count, plural, =0 {No need added.} one {# need added to the Training plan sheet.} other {# needs added to the Training plan sheet.}}",
  planAlready: "Already in the plan (not added again): {ids}.",
  planNoRanked: "No ranked needs yet: fill in Priorities first.",
  planSheetMissing: "This workbook has no Training plan sheet yet.",
  planUpdateSheets: "Update the analysis sheets",
  planSheetsUpdated: "The analysis sheets were updated.",
  privacyNote: "Personnel data stays in this workbook: the add-in sends nothing anywhere.",
  checkIntro:
    "Excel does not check pasted or dragged values. This check reads every register again and reports per cell what is wrong and how to fix it. It changes nothing.",
  checkRun: "Check everything",
  checkSummary:
    "{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}} in {rows, plural, one {# row} other {# rows}}.",
  checkNone: "No problems found in {rows} rows.",
  checkFilter: "Sheet",
  checkAllSheets: "All sheets",
  checkSeverityError: "Errors",
  checkSeverityWarning: "Warnings",
  checkErrorWord: "Error",
  checkWarningWord: "Warning",
  checkMore: "… and {count} more.",
  checkHighlight: "Highlight in sheet",
  checkUnhighlight: "Remove highlights",
  checkMarked:
    "{count, plural, one {# cell highlighted} other {# cells highlighted}}: {errors} with an error, {warnings} with a warning. Your own formatting stays as it was.",
  checkMarkedCapped:
    "{count, plural, one {# cell not highlighted} other {# cells not highlighted}}: at most {limit} cells are highlighted at a time, errors first. Choose a sheet in the filter to highlight the others.",
  checkMarksNone: "There are no messages left: the highlights were removed.",
  checkMarksRemoved: "{count, plural, one {# highlight removed} other {# highlights removed}}.",
  checkMarksLeft:
    "{count, plural, one {# highlight} other {# highlights}} could not be removed. Try again, or delete the rule with ‘VTO-markering’ under Conditional Formatting > Manage Rules.",
  checkMarksForeign:
    "While the highlights were being removed, someone changed the conditional formatting rules; {count, plural, one {# rule that did not belong to VTO analysis} other {# rules that did not belong to VTO analysis}} may have been removed too. Check them under Conditional Formatting > Manage Rules.",
  checkMarksPresent: "This workbook holds highlights from an earlier check.",
  checkMarksLegend: "Highlights in the sheet",
  checkMarkError: "Error: red fill, bold, with a border",
  checkMarkWarning: "Warning: yellow fill",
  checkFixes: "Quick fixes ({count})",
  checkFixConfirmTitle: "Apply quick fixes?",
  checkFixConfirmBody:
    "{count, plural, one {# cell} other {# cells}} will change: numbers stored as text become numbers, leading and trailing spaces go. Cells that changed meanwhile are left alone. Excel cannot undo this.",
  checkFixApply: "Apply",
  checkFixCancel: "Cancel",
  checkFixDone: "{count, plural, one {# cell changed} other {# cells changed}}.",
  missingTablesTitle: "Create the analysis sheets first",
  missingTablesBody:
    "This workbook does not have the analysis sheets yet, or not all of them. Create them on the Start tab with ‘{button}’; anything you already entered is kept.",
  missingTablesList: "Not found: {sheets}.",
  missingTablesGoToStart: "Go to Start",
  checkLive: "Changes you make are checked again automatically.",
  checkGoTo: "Go to {cell}",
  msgSheetNameTaken:
    "The sheet '{wanted}' already exists and is not part of the analysis; {table} is on the sheet '{used}'.",
  msgForeignTable:
    "A table {table} that does not belong to VTO analysis already exists; it was not changed. Rename it and try again.",
  msgNameClash:
    "The name {table} is already used in this workbook (Formulas > Name Manager); the table was not created. Rename that name and try again.",
  msgColumnRestored:
    "Column '{column}' was added at the end of {table} (new in this version, or deleted earlier).",
  msgKeptUserCells:
    "The computed column '{column}' of {table} holds entries of your own ({count}, of which {formulas} formulas of your own); they were not overwritten. First cells: {cells}.",
  msgRestoreOffer: "Put our formula back in '{column}'",
  msgRestoreTitle: "Put the formula back?",
  msgRestoreBody:
    "The cells of column '{column}' ({table}) that hold your own entries get the analysis formula again. Cells that changed meanwhile are left alone. Excel cannot undo this.",
  msgRestoreDone: "Formula put back in {count, plural, one {# cell} other {# cells}}.",
  msgTableMoved:
    "The table {table} could not go to its usual place: data is there ({cells}). It is now at {address}.",
  msgTableAdopted: "The range at {address} became the table {table} again; every row stayed.",
  msgColumnBlocked:
    "The column '{column}' could not be added to {table}: there is data right of the table ({cells}). Clear or move those cells and try again.",
  msgFiltered:
    "{table} is filtered: its computed columns were not updated, because in a filtered table a write can land in the wrong rows. Clear the filter and try again.",
  msgKeptMatrixCells:
    "The team matrix holds entries of your own ({count} cells); they were not overwritten. First cells: {cells}.",
  msgKeptReportCells:
    "The Report sheet holds entries of your own ({count} cells); they were not overwritten. First cells: {cells}.",
  msgChangedMeanwhile:
    "Someone changed these cells while the add-in was writing; their content was kept: {cells}. Try again if you want them updated.",
  tablesNotEmpty:
    "Not filled: these tables already hold data ({tables}). Example data never overwrites existing entries; use an empty workbook.",
  navQuestions: "Questions",
  questionsIntro:
    "Not every learning question is a training need. A real training need exists only when the cause is a shortfall in knowledge, skills or attitude and there is a wish to address it through training. The Learning questions sheet computes the verdict with formulas.",
  questionsMissing:
    "This workbook has no Learning questions sheet yet. Pick a perspective below and create the sheets.",
  questionsCountsTitle: "Verdict on the learning questions",
  questionsCountReal: "Real training need",
  questionsCountReview: "To review (cost-effectiveness)",
  questionsCountNot: "Not a training need",
  questionsCountIncomplete: "Incomplete",
  questionsRefresh: "Refresh",
  questionsLive: "The counts follow your edits in the workbook by themselves.",
  routeTitle: "Steps per perspective",
  routePerspective: "Perspective",
  perspectiveOrganisation: "Organisation",
  perspectiveFunctioning: "Performance",
  perspectiveCompetence: "Competence",
  routeOrganisation1:
    "Describe the organisational goal or problem as a learning question (perspective organisation).",
  routeOrganisation2:
    "Design the learning trajectory with the eight-field model: fields 1 to 4 first, and set the evaluation criteria 8 to 5 in advance.",
  routeOrganisation3:
    "Use Gilbert's model to see whether the cause lies in the environment (information, instrumentation, incentives) or with the person.",
  routeOrganisation4: "Fill in cause, wish for training and cost-effectiveness; the verdict follows.",
  routeFunctioning1: "Describe the performance problem as a learning question (perspective performance).",
  routeFunctioning2:
    "Collect facts with STARR interviews: real past behaviour, and above all the reflection.",
  routeFunctioning3:
    "Find the cause with the competence pyramid (know, can, want, may, dare) or with Gilbert.",
  routeFunctioning4: "Take over the proposed cause (below) and fill in wish and cost-effectiveness.",
  routeCompetence1:
    "Fill in the competence catalogue, the employees and the competence gaps (self and manager).",
  routeCompetence2: "Look at the diagnosis and the team matrix; set the thresholds on the Settings sheet.",
  routeCompetence3: "Have learning questions proposed from the gap analysis (below) and pick which to add.",
  routeCompetence4: "Back them with STARR interviews and find the cause with the competence pyramid.",
  instrumentsLabel: "Instruments (only the chosen sheets are created)",
  instrumentStarr: "STARR interviews: situation, task, action, result, reflection",
  instrumentPyramid: "Competence pyramid: can training remove the shortfall?",
  instrumentEightFields: "Eight-field model (Kessels): design and evaluate a learning trajectory",
  instrumentGilbert: "Gilbert's model: cause in the environment or with the person?",
  instrumentPresent: "{name} (already there)",
  instrumentsGenerate: "Create the chosen sheets",
  instrumentsDone:
    "Done: {created, plural, one {# table} other {# tables}} created. Existing entries were kept.",
  proposeTitle: "From gaps to learning questions",
  proposeRun: "Propose learning questions from the gap analysis",
  proposeHint:
    "Per team and competence where the average gap or the future gap reaches the threshold in Settings. Existing questions are never repeated.",
  proposeNone: "No new proposals: no team and competence above the thresholds without a question.",
  proposeItem: "{competence} – {team}: gap {gap}, future {future} ({assessed} assessed)",
  proposeSelectAll: "Select all",
  proposeSelectNone: "Select none",
  proposeAdd:
    "{count, plural, =0 {Choose the proposals to add} one {Add # learning question} other {Add # learning questions}}",
  proposeAdded: "Added: {ids}. Fill in the cause and the wish for each.",
  proposeAlreadyThere:
    "{count, plural, one {# proposal had} other {# proposals had}} meanwhile become a question in the workbook.",
  causesTitle: "Cause from the instruments",
  causesRun: "Propose causes from the pyramid and Gilbert",
  causesNone: "No proposals: the causes agree with what the instruments conclude.",
  causesItem: "{id} {title}: {current} → {proposed} (by the {from}, {record})",
  causesBlank: "(blank)",
  causesFromPyramid: "competence pyramid",
  causesFromGilbert: "Gilbert model",
  causesApply: "Take over the chosen causes ({count})",
  causesConfirmTitle: "Take over causes?",
  causesConfirmBody:
    "{count, plural, one {# cause} other {# causes}} on the Learning questions sheet will be replaced. Cells that changed meanwhile are left alone. Excel cannot undo this.",
  causesDone: "{count, plural, one {# cause} other {# causes}} taken over.",
  prioIntro:
    "Which real training needs first? The Priorities sheet computes with formulas: scores 1–5 per Baert criterion, weights adding up to 100\u00a0%, a weighted score, a rank and the plan within the budget. Here you set the weights and see what formulas cannot do well: sensitivity and the budget optimum.",
  prioLoad: "Refresh",
  prioMissing:
    "{count, plural, one {# real training need is} other {# real training needs are}} not on the Priorities sheet yet: {ids}.",
  prioAddMissing: "Add to Priorities",
  prioAdded: "Added. Fill in the scores and the investment.",
  prioUnranked: "Not ranked: {list}.",
  prioWeightsTitle: "Weights",
  prioMethod: "Method",
  prioMethodPoints: "Distribute points (100 in all)",
  prioMethodRanks: "Rank the criteria (rank-order weights, centroid)",
  prioRanksHint:
    "Rank 1 = the most important criterion, 7 = the least important. Each criterion gets a different rank; the weights follow from the ranking (centroid method): rank 1 weighs most.",
  prioMethodAhp: "Pairwise comparison (AHP)",
  prioPointsSum: "Sum: {sum} of 100.",
  prioRankLabel: "Rank of {criterion}",
  prioRanksInvalid: "Give each criterion a different rank from 1 to 7.",
  prioAhpPair: "{a} versus {b}",
  prioAhpEqual: "equally important",
  prioAhpLeft: "{a} {n}× more important",
  prioAhpRight: "{b} {n}× more important",
  prioAhpCr: "Consistency ratio: {cr} (at most 0.10).",
  prioAhpRefused:
    "Too inconsistent (CR {cr} > 0.10): the weights are refused. Review the judgement {a} versus {b} first.",
  prioWeightsPreview: "Resulting weights",
  prioWriteWeights: "Write weights",
  prioWeightsWritten: "Weights written; the sheet ranks again.",
  prioWeightsMissing:
    "Not written: the criteria {keys} are missing from (or more than once in) the weights table on Settings. Create the analysis sheets again on Start.",
  prioWeightsInvalid: "The weights on the sheet do not add up to 100\u00a0%: nothing is ranked.",
  prioTopTitle: "Top of the ranking",
  prioColRank: "Rank",
  prioColNeed: "Need",
  prioColScore: "Score",
  prioColCost: "Net cost",
  prioColPlan: "Plan",
  prioNeedLine: "Net cost {cost} · {plan}",
  prioInPlan: "in the plan",
  prioNotInPlan: "not in the plan",
  prioNoPlan: "no plan (no valid budget)",
  prioNearTie: "near tie",
  prioNearTieNote:
    "Scores within 1 point of each other are near ties: small changes in weights or scores can swap them.",
  prioNone: "No ranked needs yet: fill in scores and investment on the Priorities sheet.",
  prioSensTitle: "Sensitivity of the top {n}",
  prioSensItem: "{criterion}: now {current}; the top {n} stays the same from {low} to {high}.",
  prioSensSwap: "Beyond that, {a} and {b} swap first.",
  prioOptTitle: "Budget optimum",
  prioOptNoBudget: "No valid budget in Settings: no plan and no optimum.",
  prioOptSummary:
    "Optimum within the budget of {budget}{cap}: {count, plural, one {# need} other {# needs}}, total score {score}, {cost}, {hours} hours. Plan in rank order: {planCount, plural, one {# need} other {# needs}}, score {planScore}, {planCost}.",
  prioOptCap: " and at most {hours} training hours",
  prioOptNothing:
    "No ranked need fits within the budget of {budget}{cap}: the cheapest has a net cost of {cheapest}. So there is no plan and no optimum. Raise the budget on the Settings sheet, or lower a need's costs.",
  prioOptSame: "The plan in rank order is already optimal.",
  prioOptDiff: "Extra in the optimum: {plus}. Not in the optimum: {minus}.",
  prioOptWrite: "Put the optimum on the sheet",
  prioOptConfirmTitle: "Put the optimum on the sheet?",
  prioOptConfirmBody:
    "The column 'In budget optimum' on the Priorities sheet will be overwritten: yes for {count, plural, one {# need} other {# needs}}, blank for the others. Excel cannot undo this.",
  prioOptWritten: "Optimum marked for {count, plural, one {# need} other {# needs}}.",
  prioStatusUnknownQuestion: "question does not exist",
  prioStatusDuplicate: "duplicate",
  prioStatusNotRealNeed: "not a real need",
  prioStatusWeights: "weights ≠ 100\u00a0%",
  prioStatusScores: "scores incomplete",
  prioStatusCosts: "costs invalid",
  prioStatusNotFeasible: "not feasible",
  prioStatusCostsMissing: "costs missing",
  prioRankingShort:
    "The Ranking table has {rows} rows, but more needs are ranked: {ids} can never enter the plan that way. Update the sheets to let the table grow.",
  prioRankingUpdate: "Update the ranking",
  prioRankingUpdated: "Sheets updated: the Ranking table now has a row for every need.",
  prioEqTitle: "Equity: suggestion per need",
  prioEqIntro:
    "From the Equity sheet: how the learning question's target group fared over the past 24 months. A group that got fewer training hours than its share of the staff scores higher (index ≥ 1.25 → 1, ≥ 1 → 2, ≥ 0.75 → 3, ≥ 0.5 → 4, lower → 5). A score that is filled in is never overwritten.",
  prioEqReason: "{group}: {staff} of staff, {hours} of training hours in 24 months → {score}",
  prioEqKind_team: "team {name}",
  prioEqKind_function: "function {name}",
  prioEqKind_all: "whole organisation",
  prioEqNoTarget: "no suggestion: the learning question has no target group",
  prioEqUnknownGroup: "no suggestion: target group '{target}' is not a team, function or 'all'",
  prioEqNoFigures: "no suggestion: no staff or no training hours for target group '{target}'",
  prioEqCurrent: "filled in: {score}",
  prioEqWrite: "Fill in {score} for {id}",
  prioEqWriteAll: "Fill in the suggestions in the blank cells ({count})",
  prioEqWritten:
    "{count, plural, =0 {Nothing filled in} one {# equity score filled in} other {# equity scores filled in}}.",
  prioEqKept: "Not overwritten, as filled in meanwhile: {ids}.",
  prioEqNoSheet: "The Equity sheet is missing: update the analysis sheets (Start).",
  prioEqNone: "No needs on the Priorities sheet yet.",
  workbookLanguage: "Workbook language: {language}.",
  selfTestTitle: "Self-test for maintainers",
  selfTestIntro:
    "Checks in this Excel the Office.js behaviour the add-in relies on. Each check works on its own scratch sheet (VTO_Zelftest_…) that is deleted afterwards, also when it fails; no other sheet is touched. Use an empty workbook: changes made by an add-in clear the Undo list.",
  selfTestInMemory: "In-memory Excel (preview): what it does not model is skipped (SKIP).",
  selfTestRun: "Run self-test",
  selfTestProgress: "Check {done} of {total}: {name}",
  selfTestSummary: "Done: {pass} passed, {fail} failed, {skip} skipped.",
  selfTestLeftovers: "Not removed: {items}. Please delete them yourself.",
  selfTestFailed: "The self-test could not start: {detail}",
  selfTestTableCaption: "Checks and results",
  selfTestColCheck: "Check",
  selfTestColResult: "Result",
  selfTestColDetail: "Details",
  selfTestNotRun: "not run yet",
  selfTestInformational: "informational",
  selfTestReport: "Report (read-only, in English, to copy)",
  selfTestCopy: "Copy report",
  selfTestCopied: "Report copied to the clipboard.",
  selfTestCopyManual: "Copying is not allowed here. The report is selected: press Ctrl+C (Cmd+C on a Mac).",
  selfTestBack: "Back to the add-in",
  profilesOpen: "Propose function profiles",
  profilesOpenHint:
    "From the required levels already in the competence gaps: per function and competence the most common level.",
  profilesHint:
    "Per function and competence the required level typed most often in the competence gaps (on a tie the highest). Existing profile rows stay as they are; rows with another level stay an override.",
  profilesRun: "Propose profiles",
  profilesNone:
    "No new proposals: no function and competence with a typed required level lacks a profile row ({covered} have one already).",
  profilesFound:
    "{count, plural, one {# profile row proposed} other {# profile rows proposed}} ({covered} have one already).",
  profilesListLabel: "Proposed profile rows",
  profilesItem: "{function} – {competence}: now {now}, horizon {horizon} ({agreeing} of {rows} rows)",
  profilesMore: "… and {count} more",
  profilesAdd: "{count, plural, one {Add # profile row} other {Add # profile rows}}",
  profilesConfirmTitle: "Add profile rows?",
  profilesConfirmBody:
    "{count, plural, one {# row is} other {# rows are}} put below the table on the Function profiles sheet. Existing rows are not changed. Excel cannot undo this.",
  profilesAdded: "{count, plural, one {# profile row added} other {# profile rows added}}.",
  profilesDuplicates:
    "{count, plural, one {# proposal was} other {# proposals were}} in the profiles by now and not overwritten.",
  importOpen: "Import data (paste)",
  importOpenHint: "From payroll, the LMS or another Excel file: paste or select, review, append.",
  importTitle: "Import data",
  importTarget: "Into the table",
  importTarget_employees: "Employees",
  importTarget_competences: "Competences",
  importTarget_gaps: "Ratings (Competence gaps)",
  importTarget_training: "Training register",
  importPaste: "Paste the data here, with its header row",
  importPasteHint:
    "From Excel or a CSV export: the separator (semicolon, tab or comma) is detected; dates as dd/mm/yyyy, decimal commas.",
  importSelection: "Read the selection in Excel",
  importSelectionRead: "Read: {address}.",
  importSource:
    "{rows, plural, one {# row} other {# rows}} and {cols, plural, one {# column} other {# columns}} found{sep}.",
  importSep_semicolon: " (semicolon separator)",
  importSep_tab: " (tab separator)",
  importSep_comma: " (comma separator)",
  importMapping: "Match the columns",
  importMappingHint:
    "For each column of the table: from which column of your data? Suggested from the headers; a column you leave blank stays blank.",
  importUnmapped: "— leave blank —",
  importPreview: "Preview",
  importSummary: "What will happen",
  importCountNew: "{count, plural, one {# new row is} other {# new rows are}} appended",
  importCountInTable:
    "{count, plural, one {# row is} other {# rows are}} already in the table (not appended)",
  importCountInSource:
    "{count, plural, one {# row occurs} other {# rows occur}} twice in your data (not appended)",
  importCountUnreadable: "{count, plural, one {# row cannot} other {# rows cannot}} be read (not appended)",
  importCountKeyMissing: "{count, plural, one {# row has} other {# rows have}} no key (not appended)",
  importCountFindings:
    "{errors, plural, =0 {no errors} one {# error} other {# errors}} and {warnings, plural, =0 {no warnings} one {# warning} other {# warnings}} in the new rows",
  importKeyOf_employees: "The key is the ID: an ID already in the table is not appended.",
  importKeyOf_competences: "The key is the ID: an ID already in the table is not appended.",
  importKeyOf_gaps:
    "The key is employee × competence × assessor × date: a rating already in the table is not appended.",
  importKeyOf_training:
    "The key is employee × training × start date: a row already in the table is not appended.",
  importFirstRows: "The first rows as they will be written",
  importDetails: "Details",
  importLineInTable: "Line {line}: already in the table (row {at}).",
  importLineInSource: "Line {line}: the same key as line {at}.",
  importLineKeyMissing: "Line {line}: the key is not complete.",
  importLineUnreadable: "Line {line}: {problems}.",
  importProblem_notNumber: "{column} {value} is not a number",
  importProblem_notDate: "{column} {value} is not a date: write day/month/year, e.g. 31/12/2025",
  importProblem_noSuchDate: "{column} {value}: that day does not exist",
  importProblem_notInList: "{column} {value} is not in the list ({choices})",
  importMore: "… and {count} more.",
  importRun: "{count, plural, one {Append # row} other {Append # rows}}",
  importNothing: "There is nothing to append",
  importDone:
    "{count, plural, =0 {No rows appended} one {# row appended} other {# rows appended}} below the table on the sheet {sheet}.",
  importDoneSkipped:
    "{count, plural, one {# row not appended} other {# rows not appended}} (duplicate, unreadable or without key).",
  importChangedMeanwhile: "Changed by someone else meanwhile (their value stays): {cells}.",
  importEmptySelection:
    "The selection holds no data with a header row. Select the header row and the rows below it.",
};

export type UiLanguage = "nl" | "en";

export const catalogs: Record<UiLanguage, Strings> = { nl, en };

/** Any nl-* display language gives Dutch; other languages English; none (preview) Dutch. */
export function uiLanguageFor(displayLanguage: string | undefined | null): UiLanguage {
  if (!displayLanguage) return "nl";
  return displayLanguage.toLowerCase().startsWith("nl") ? "nl" : "en";
}

/** The locale a UI language formats numbers and plurals in. */
export const LOCALE: Record<UiLanguage, string> = { nl: "nl-BE", en: "en-GB" };

/**
 * Fills a template: `{name}` is a parameter; `{count, plural, one {# leervraag} other {# leervragen}}`
 * picks the form Intl.PluralRules gives for the number (`=0 {…}` for an exact number), with `#`
 * the number itself — so no "x/y" forms are ever needed.
 */
export function format(
  template: string,
  params: Record<string, string | number> = {},
  locale = LOCALE.nl,
): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    out += template.slice(i, open);
    const close = matchBrace(template, open);
    const inner = template.slice(open + 1, close);
    const plural = /^(\w+),\s*plural,\s*([\s\S]*)$/.exec(inner);
    if (plural && typeof params[plural[1]] === "number") {
      const n = params[plural[1]] as number;
      const forms = pluralForms(plural[2]);
      const form = forms[`=${n}`] ?? forms[new Intl.PluralRules(locale).select(n)] ?? forms.other ?? "";
      out += format(form.replace(/#/g, new Intl.NumberFormat(locale).format(n)), params, locale);
    } else {
      const k = inner.trim();
      out += /^\w+$/.test(k) && k in params ? String(params[k]) : template.slice(open, close + 1);
    }
    i = close + 1;
  }
  return out + template.slice(i);
}

function matchBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return text.length - 1;
}

function pluralForms(text: string): Record<string, string> {
  const forms: Record<string, string> = {};
  const re = /\s*(=?\w+)\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const open = m.index + m[0].length - 1;
    const close = matchBrace(text, open);
    forms[m[1]] = text.slice(open + 1, close);
    re.lastIndex = close + 1;
  }
  return forms;
}
