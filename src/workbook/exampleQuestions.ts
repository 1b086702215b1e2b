/**
 * Learning questions and instrument records of the example organisation (Zorggroep De Linde):
 * every verdict, every cause, and at least one record per instrument, one of which contradicts
 * its question's verdict so that the checker has something to say.
 */
import type { Cause, LearningQuestion, Perspective, QuestionSource } from "../domain/questions";
import type { NeedInput } from "../domain/priorities";
import type {
  EightFieldsEntry,
  FieldNumber,
  GilbertEntry,
  PyramidAnswer,
  PyramidEntry,
  StarrEntry,
} from "../domain/instruments";
import type { WbLang } from "./lang";

type Tx = Record<WbLang, string>;
const tx = (nl: string, en: string): Tx => ({ nl, en });
/** An empty text is the same in both languages. */
type Text = Tx | "";
const say = (t: Text, lang: WbLang) => (t === "" ? "" : t[lang]);

type Row = [
  string,
  Tx,
  Perspective,
  QuestionSource,
  Tx,
  string[],
  Cause | null,
  "yes" | "no" | null,
  "yes" | "no" | "unknown" | null,
];

const QUESTIONS: Row[] = [
  [
    "LV01",
    tx("Dementiezorg voor nieuwe collega's", "Dementia care for new colleagues"),
    "competence",
    "gapAnalysis",
    tx("Woonzorg A", "Residential Care A"),
    ["C02"],
    "knowledge",
    "yes",
    "yes",
  ],
  [
    "LV02",
    tx("Medicatie veilig klaarzetten en toedienen", "Preparing and giving medication safely"),
    "functioning",
    "starr",
    tx("Woonzorg B", "Residential Care B"),
    ["C03"],
    "skills",
    "yes",
    "unknown",
  ],
  [
    "LV03",
    tx(
      "Rustig blijven bij agressie in het dagcentrum",
      "Staying calm when faced with aggression at the day centre",
    ),
    "functioning",
    "pyramid",
    tx("Dagcentrum", "Day Centre"),
    ["C07"],
    "attitude",
    "yes",
    "yes",
  ],
  [
    "LV04",
    tx("Rapportage in het zorgdossier loopt achter", "Notes in the care record fall behind"),
    "functioning",
    "gilbert",
    tx("Thuiszorg", "Home Care"),
    ["C10"],
    "means",
    "no",
    null,
  ],
  [
    "LV05",
    tx("Roosters sluiten niet aan bij de zorgvraag", "Rosters do not match the care needed"),
    "organisation",
    "goal",
    tx("teamcoaches", "team coaches"),
    ["C20"],
    "workOrganisation",
    "no",
    "no",
  ],
  [
    "LV06",
    tx(
      "Vlaamse Gebarentaal voor bewoners met een auditieve beperking",
      "Flemish Sign Language for residents with hearing loss",
    ),
    "competence",
    "gapAnalysis",
    tx("Woonzorg A, Woonzorg B", "Residential Care A, Residential Care B"),
    ["C25"],
    "skills",
    "yes",
    "yes",
  ],
  [
    "LV07",
    tx("Weinig zin in het nieuwe overlegmodel", "Little enthusiasm for the new meeting format"),
    "functioning",
    "pyramid",
    tx("Ondersteunende diensten", "Support Services"),
    ["C18"],
    "motivation",
    "no",
    null,
  ],
  [
    "LV08",
    tx("Coachend leidinggeven voor teamcoaches", "Coaching leadership for team coaches"),
    "organisation",
    "eightFields",
    tx("teamcoaches", "team coaches"),
    ["C19"],
    "skills",
    "yes",
    "no",
  ],
  [
    "LV09",
    tx("Privacy bij contacten met familie", "Privacy when talking with families"),
    "competence",
    "review",
    tx("Thuiszorg", "Home Care"),
    ["C12", "C13"],
    "knowledge",
    null,
    null,
  ],
  [
    "LV10",
    tx("Onduidelijke verwachtingen bij de overdracht", "Unclear expectations at handover"),
    "functioning",
    "gilbert",
    tx("Woonzorg B", "Residential Care B"),
    ["C14"],
    "communication",
    "no",
    null,
  ],
  [
    "LV11",
    tx("Nieuwe kwaliteitsnormen vanaf volgend jaar", "New quality standards from next year"),
    "organisation",
    "goal",
    tx("alle teams", "all teams"),
    ["C22"],
    null,
    null,
    null,
  ],
  [
    "LV12",
    tx("Loopbaan van 50-plussers in de thuiszorg", "Careers of staff over 50 in home care"),
    "organisation",
    "other",
    tx("50+ Thuiszorg", "50+ Home Care"),
    [],
    "hrPolicy",
    "no",
    null,
  ],
  [
    "LV13",
    tx("Nieuwe technieken in wondzorg", "New techniques in wound care"),
    "competence",
    "gapAnalysis",
    tx("Dagcentrum", "Day Centre"),
    ["C04"],
    "knowledge",
    "no",
    null,
  ],
  [
    "LV14",
    tx("Hoge werkdruk tijdens avonddiensten", "Heavy workload on evening shifts"),
    "organisation",
    "other",
    tx("Woonzorg A", "Residential Care A"),
    [],
    "other",
    "no",
    null,
  ],
];

export function exampleQuestions(lang: WbLang = "nl"): LearningQuestion[] {
  return QUESTIONS.map(
    ([id, title, perspective, source, targetGroup, competenceIds, cause, wish, costEffective]) => ({
      id,
      title: title[lang],
      description: "",
      perspective,
      source,
      targetGroup: targetGroup[lang],
      competenceIds,
      cause,
      wish,
      costEffective,
    }),
  );
}

/** @param day an Excel date serial in the analysis year */
export function exampleStarr(day: number, lang: WbLang = "nl"): StarrEntry[] {
  const starr = (
    id: string,
    employeeId: string,
    competenceId: string,
    date: number,
    parts: [Text, Text, Text, Text, Text],
    observedLevel: number | null,
    questionId: string,
  ): StarrEntry => ({
    id,
    employeeId,
    competenceId,
    date,
    interviewer: "HR",
    situation: say(parts[0], lang),
    task: say(parts[1], lang),
    action: say(parts[2], lang),
    result: say(parts[3], lang),
    reflection: say(parts[4], lang),
    observedLevel,
    questionId,
  });
  return [
    starr(
      "ST01",
      "M002",
      "C03",
      day,
      [
        tx(
          "Avonddienst, een nieuwe bewoner kwam binnen met een lange medicatielijst.",
          "Evening shift: a new resident arrived with a long list of medicines.",
        ),
        tx("De medicatie klaarzetten voor de nacht.", "Preparing the medication for the night."),
        tx(
          "Ik heb de lijst overgeschreven en de medicatie zelf klaargezet.",
          "I copied out the list and prepared the medication myself.",
        ),
        tx(
          "Eén dosis stond verkeerd; de nachtverpleegkundige zag het.",
          "One dose was wrong; the night nurse spotted it.",
        ),
        tx(
          "Ik wil leren werken met de dubbele controle en het elektronisch voorschrift.",
          "I want to learn to work with the double check and electronic prescriptions.",
        ),
      ],
      1,
      "LV02",
    ),
    starr(
      "ST02",
      "M007",
      "C03",
      day + 3,
      [
        tx("Drukke ochtend met twee collega's ziek.", "A busy morning with two colleagues off sick."),
        tx("Medicatieronde voor twaalf bewoners.", "The medication round for twelve residents."),
        tx(
          "Ik heb de ronde gesplitst en hulp gevraagd aan de teamcoach.",
          "I split the round and asked the team coach for help.",
        ),
        tx("Alle medicatie op tijd, zonder fouten.", "All medication given on time, without mistakes."),
        tx(
          "Plannen hielp; het klaarzetten zelf voelt nog onzeker.",
          "Planning helped; preparing the medication itself still feels unsure.",
        ),
      ],
      2,
      "LV02",
    ),
    starr(
      "ST03",
      "M004",
      "C07",
      day + 7,
      [
        tx(
          "Een bezoeker werd luid en dreigend in de inkomhal.",
          "A visitor became loud and threatening in the entrance hall.",
        ),
        tx(
          "De situatie kalmeren en de bewoners beschermen.",
          "Calming the situation and protecting the residents.",
        ),
        tx("Ik ben weggegaan en heb een collega gebeld.", "I walked away and called a colleague."),
        tx("De collega kon de man kalmeren.", "My colleague managed to calm the man down."),
        tx(
          "Ik durfde niet tussenbeide te komen; ik wil leren hoe.",
          "I did not dare to step in; I want to learn how.",
        ),
      ],
      1,
      "LV03",
    ),
    starr(
      "ST04",
      "M009",
      "C07",
      day + 8,
      [
        tx(
          "Een bewoner met dementie sloeg naar een collega.",
          "A resident with dementia lashed out at a colleague.",
        ),
        tx("De bewoner en de collega veilig houden.", "Keeping the resident and my colleague safe."),
        tx("Ik heb rustig gepraat en afstand genomen.", "I spoke calmly and stepped back."),
        tx("De bewoner kalmeerde na enkele minuten.", "The resident calmed down after a few minutes."),
        "",
      ],
      2,
      "LV03",
    ),
    starr(
      "ST05",
      "M013",
      "C14",
      day + 12,
      [
        tx("Overdracht van de late naar de nachtdienst.", "Handover from the late shift to the night shift."),
        tx(
          "De belangrijkste info over vijf bewoners doorgeven.",
          "Passing on the key information about five residents.",
        ),
        tx(
          "Ik gaf de info mondeling, niet in het dossier.",
          "I gave the information verbally, not in the care record.",
        ),
        tx("De nacht miste een belangrijke wijziging.", "The night shift missed an important change."),
        tx(
          "Het is niet duidelijk wat we moeten noteren; afspraken zouden helpen.",
          "It is not clear what we should write down; agreed rules would help.",
        ),
      ],
      3,
      "LV10",
    ),
    starr(
      "ST06",
      "M021",
      "C02",
      day + 15,
      [
        tx(
          "Een bewoner met dementie wou 's avonds naar huis.",
          "A resident with dementia wanted to go home in the evening.",
        ),
        tx("De bewoner geruststellen.", "Reassuring the resident."),
        tx("Ik heb uitgelegd dat hij hier woont.", "I explained that he lives here now."),
        tx("De bewoner werd bozer.", "The resident became angrier."),
        tx(
          "Ik weet te weinig over hoe je met zo'n vraag omgaat.",
          "I know too little about how to respond to a request like that.",
        ),
      ],
      1,
      "LV01",
    ),
  ];
}

export function examplePyramid(lang: WbLang = "nl"): PyramidEntry[] {
  const pyr = (
    questionId: string,
    employeeId: string,
    a: [PyramidAnswer, PyramidAnswer, PyramidAnswer, PyramidAnswer, PyramidAnswer],
    note: Tx,
  ): PyramidEntry => ({
    questionId,
    employeeId,
    answers: { know: a[0], can: a[1], want: a[2], may: a[3], dare: a[4] },
    note: note[lang],
  });
  return [
    pyr(
      "LV03",
      "M004",
      ["yes", "partly", "yes", "yes", "no"],
      tx("Kent de procedure, durft niet in te grijpen.", "Knows the procedure, does not dare to step in."),
    ),
    pyr(
      "LV07",
      "",
      ["yes", "yes", "no", "yes", "yes"],
      tx("Ziet het nut van het overlegmodel niet.", "Does not see the point of the meeting format."),
    ),
    pyr(
      "LV02",
      "M002",
      ["yes", "no", "yes", "yes", "yes"],
      tx("Weet hoe het moet, mist oefening.", "Knows how to do it, lacks practice."),
    ),
    pyr(
      "LV08",
      "",
      ["yes", "yes", "yes", "no", "yes"],
      tx(
        "Teamcoaches hebben geen tijd in hun rooster om te coachen.",
        "Team coaches have no time in their rosters for coaching.",
      ),
    ),
  ];
}

export function exampleEightFields(lang: WbLang = "nl"): EightFieldsEntry[] {
  const records: { id: string; questionId: string; title: Tx; fields: Record<FieldNumber, Text> }[] = [
    {
      id: "TR01",
      questionId: "LV08",
      title: tx("Coachend leidinggeven", "Coaching leadership"),
      fields: {
        1: tx(
          "Minder uitval en meer zelfsturing in de teams.",
          "Less absence and more self-management in the teams.",
        ),
        2: tx(
          "Teamcoaches voeren maandelijks coachingsgesprekken.",
          "Team coaches hold coaching conversations every month.",
        ),
        3: tx(
          "Coachende gespreksvaardigheden, feedback geven.",
          "Coaching conversation skills, giving feedback.",
        ),
        4: tx(
          "Vier intervisiesessies met oefenen op eigen casussen.",
          "Four peer-review sessions, practising on real cases.",
        ),
        5: tx(
          "Deelname en actieve inbreng in elke sessie.",
          "Attendance and active contribution in every session.",
        ),
        6: tx(
          "Elke teamcoach voert een gesprek volgens het model.",
          "Every team coach holds a conversation following the model.",
        ),
        7: tx(
          "Coachingsgesprekken staan in de agenda en vinden plaats.",
          "Coaching conversations are in the diary and take place.",
        ),
        8: tx(
          "Ziekteverzuim en tevredenheid in de teams na een jaar.",
          "Sickness absence and satisfaction in the teams after a year.",
        ),
      },
    },
    {
      id: "TR02",
      questionId: "LV06",
      title: tx("Basiscursus Vlaamse Gebarentaal", "Flemish Sign Language for beginners"),
      fields: {
        1: tx(
          "Bewoners met een auditieve beperking kunnen communiceren.",
          "Residents with hearing loss can make themselves understood.",
        ),
        2: tx("Dagelijkse zorg in eenvoudige gebarentaal.", "Everyday care in simple sign language."),
        3: tx("Basiswoordenschat VGT.", "Basic Flemish Sign Language vocabulary."),
        4: tx("Cursus bij een erkend centrum, 10 avonden.", "A course at an accredited centre, 10 evenings."),
        5: "",
        6: "",
        7: tx("Zorgmomenten met gebaren ondersteund.", "Care moments supported with signs."),
        8: tx("Bewoners voelen zich begrepen (bevraging).", "Residents feel understood (survey)."),
      },
    },
  ];
  return records.map((r) => ({
    ...r,
    title: r.title[lang],
    fields: Object.fromEntries(
      Object.entries(r.fields).map(([n, f]) => [n, say(f as Text, lang)]),
    ) as EightFieldsEntry["fields"],
  }));
}

export function exampleGilbert(lang: WbLang = "nl"): GilbertEntry[] {
  const records: (Omit<GilbertEntry, "problem"> & { problem: Tx })[] = [
    {
      questionId: "LV04",
      problem: tx(
        "Rapportage in het zorgdossier loopt dagen achter.",
        "Notes in the care record are days behind.",
      ),
      ratings: { information: 1, instrumentation: 3, incentives: 0, knowledge: 1, capacity: 0, motives: 0 },
    },
    {
      questionId: "LV10",
      problem: tx("Overdracht mist belangrijke wijzigingen.", "Handovers miss important changes."),
      ratings: { information: 3, instrumentation: 1, incentives: 0, knowledge: 2, capacity: 0, motives: 0 },
    },
    {
      questionId: "LV01",
      problem: tx(
        "Nieuwe collega's weten niet hoe te reageren op onrust bij dementie.",
        "New colleagues do not know how to respond to distress in people with dementia.",
      ),
      ratings: { information: 0, instrumentation: 1, incentives: 0, knowledge: 3, capacity: 0, motives: 1 },
    },
  ];
  return records.map((r) => ({ ...r, problem: r.problem[lang] }));
}

const need = (
  questionId: string,
  s: [number, number, number, number, number, number],
  participants: number,
  hoursPerParticipant: number,
  externalCost: number,
  subsidy: number,
): NeedInput => ({
  questionId,
  scores: {
    urgency: s[0],
    success: s[1],
    equity: s[2],
    feasibility: s[3],
    efficiency: s[4],
    strategic: s[5],
  },
  participants,
  hoursPerParticipant,
  externalCost,
  subsidy,
});

/** The real needs scored and costed (net 36,330 € against a 25,000 € budget), and one excluded. */
export function examplePriorities(): NeedInput[] {
  return [
    need("LV01", [4, 4, 3, 4, 5, 4], 12, 14, 1800, 600),
    need("LV02", [5, 3, 3, 4, 5, 4], 8, 7, 900, 0),
    need("LV03", [4, 3, 4, 3, 4, 3], 15, 6, 2400, 1200),
    need("LV06", [3, 4, 5, 2, 3, 5], 6, 30, 3200, 800),
    need("LV08", [3, 3, 2, 4, 3, 5], 5, 24, 4500, 1500),
    need("LV13", [2, 3, 3, 4, 3, 2], 10, 4, 600, 0),
  ];
}
