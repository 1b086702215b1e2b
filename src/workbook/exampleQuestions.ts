/**
 * Learning questions and instrument records of the example organisation (Zorggroep De Linde):
 * every verdict, every cause, and at least one record per instrument, one of which contradicts
 * its question's verdict so that the checker has something to say.
 */
import type { Cause, LearningQuestion, Perspective, QuestionSource } from "../domain/questions";
import type { NeedInput } from "../domain/priorities";
import type {
  EightFieldsEntry,
  GilbertEntry,
  PyramidAnswer,
  PyramidEntry,
  StarrEntry,
} from "../domain/instruments";

type Row = [
  string,
  string,
  Perspective,
  QuestionSource,
  string,
  string[],
  Cause | null,
  "yes" | "no" | null,
  "yes" | "no" | "unknown" | null,
];

const QUESTIONS: Row[] = [
  [
    "LV01",
    "Dementiezorg voor nieuwe collega's",
    "competence",
    "gapAnalysis",
    "Woonzorg A",
    ["C02"],
    "knowledge",
    "yes",
    "yes",
  ],
  [
    "LV02",
    "Medicatie veilig klaarzetten en toedienen",
    "functioning",
    "starr",
    "Woonzorg B",
    ["C03"],
    "skills",
    "yes",
    "unknown",
  ],
  [
    "LV03",
    "Rustig blijven bij agressie in het dagcentrum",
    "functioning",
    "pyramid",
    "Dagcentrum",
    ["C07"],
    "attitude",
    "yes",
    "yes",
  ],
  [
    "LV04",
    "Rapportage in het zorgdossier loopt achter",
    "functioning",
    "gilbert",
    "Thuiszorg",
    ["C10"],
    "means",
    "no",
    null,
  ],
  [
    "LV05",
    "Roosters sluiten niet aan bij de zorgvraag",
    "organisation",
    "goal",
    "teamcoaches",
    ["C20"],
    "workOrganisation",
    "no",
    "no",
  ],
  [
    "LV06",
    "Vlaamse Gebarentaal voor bewoners met een auditieve beperking",
    "competence",
    "gapAnalysis",
    "Woonzorg A, Woonzorg B",
    ["C25"],
    "skills",
    "yes",
    "yes",
  ],
  [
    "LV07",
    "Weinig zin in het nieuwe overlegmodel",
    "functioning",
    "pyramid",
    "Ondersteunende diensten",
    ["C18"],
    "motivation",
    "no",
    null,
  ],
  [
    "LV08",
    "Coachend leidinggeven voor teamcoaches",
    "organisation",
    "eightFields",
    "teamcoaches",
    ["C19"],
    "skills",
    "yes",
    "no",
  ],
  [
    "LV09",
    "Privacy bij contacten met familie",
    "competence",
    "review",
    "Thuiszorg",
    ["C12", "C13"],
    "knowledge",
    null,
    null,
  ],
  [
    "LV10",
    "Onduidelijke verwachtingen bij de overdracht",
    "functioning",
    "gilbert",
    "Woonzorg B",
    ["C14"],
    "communication",
    "no",
    null,
  ],
  [
    "LV11",
    "Nieuwe kwaliteitsnormen vanaf volgend jaar",
    "organisation",
    "goal",
    "alle teams",
    ["C22"],
    null,
    null,
    null,
  ],
  [
    "LV12",
    "Loopbaan van 50-plussers in de thuiszorg",
    "organisation",
    "other",
    "50+ Thuiszorg",
    [],
    "hrPolicy",
    "no",
    null,
  ],
  [
    "LV13",
    "Nieuwe technieken in wondzorg",
    "competence",
    "gapAnalysis",
    "Dagcentrum",
    ["C04"],
    "knowledge",
    "no",
    null,
  ],
  [
    "LV14",
    "Hoge werkdruk tijdens avonddiensten",
    "organisation",
    "other",
    "Woonzorg A",
    [],
    "other",
    "no",
    null,
  ],
];

export function exampleQuestions(): LearningQuestion[] {
  return QUESTIONS.map(
    ([id, title, perspective, source, targetGroup, competenceIds, cause, wish, costEffective]) => ({
      id,
      title,
      description: "",
      perspective,
      source,
      targetGroup,
      competenceIds,
      cause,
      wish,
      costEffective,
    }),
  );
}

const starr = (
  id: string,
  employeeId: string,
  competenceId: string,
  date: number,
  parts: [string, string, string, string, string],
  observedLevel: number | null,
  questionId: string,
): StarrEntry => ({
  id,
  employeeId,
  competenceId,
  date,
  interviewer: "HR",
  situation: parts[0],
  task: parts[1],
  action: parts[2],
  result: parts[3],
  reflection: parts[4],
  observedLevel,
  questionId,
});

/** @param day an Excel date serial in the analysis year */
export function exampleStarr(day: number): StarrEntry[] {
  return [
    starr(
      "ST01",
      "M002",
      "C03",
      day,
      [
        "Avonddienst, een nieuwe bewoner kwam binnen met een lange medicatielijst.",
        "De medicatie klaarzetten voor de nacht.",
        "Ik heb de lijst overgeschreven en de medicatie zelf klaargezet.",
        "Eén dosis stond verkeerd; de nachtverpleegkundige zag het.",
        "Ik wil leren werken met de dubbele controle en het elektronisch voorschrift.",
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
        "Drukke ochtend met twee collega's ziek.",
        "Medicatieronde voor twaalf bewoners.",
        "Ik heb de ronde gesplitst en hulp gevraagd aan de teamcoach.",
        "Alle medicatie op tijd, zonder fouten.",
        "Plannen hielp; het klaarzetten zelf voelt nog onzeker.",
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
        "Een bezoeker werd luid en dreigend in de inkomhal.",
        "De situatie kalmeren en de bewoners beschermen.",
        "Ik ben weggegaan en heb een collega gebeld.",
        "De collega kon de man kalmeren.",
        "Ik durfde niet tussenbeide te komen; ik wil leren hoe.",
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
        "Een bewoner met dementie sloeg naar een collega.",
        "De bewoner en de collega veilig houden.",
        "Ik heb rustig gepraat en afstand genomen.",
        "De bewoner kalmeerde na enkele minuten.",
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
        "Overdracht van de late naar de nachtdienst.",
        "De belangrijkste info over vijf bewoners doorgeven.",
        "Ik gaf de info mondeling, niet in het dossier.",
        "De nacht miste een belangrijke wijziging.",
        "Het is niet duidelijk wat we moeten noteren; afspraken zouden helpen.",
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
        "Een bewoner met dementie wou 's avonds naar huis.",
        "De bewoner geruststellen.",
        "Ik heb uitgelegd dat hij hier woont.",
        "De bewoner werd bozer.",
        "Ik weet te weinig over hoe je met zo'n vraag omgaat.",
      ],
      1,
      "LV01",
    ),
  ];
}

const pyr = (
  questionId: string,
  employeeId: string,
  a: [PyramidAnswer, PyramidAnswer, PyramidAnswer, PyramidAnswer, PyramidAnswer],
  note: string,
): PyramidEntry => ({
  questionId,
  employeeId,
  answers: { know: a[0], can: a[1], want: a[2], may: a[3], dare: a[4] },
  note,
});

export function examplePyramid(): PyramidEntry[] {
  return [
    pyr(
      "LV03",
      "M004",
      ["yes", "partly", "yes", "yes", "no"],
      "Kent de procedure, durft niet in te grijpen.",
    ),
    pyr("LV07", "", ["yes", "yes", "no", "yes", "yes"], "Ziet het nut van het overlegmodel niet."),
    pyr("LV02", "M002", ["yes", "no", "yes", "yes", "yes"], "Weet hoe het moet, mist oefening."),
    pyr(
      "LV08",
      "",
      ["yes", "yes", "yes", "no", "yes"],
      "Teamcoaches hebben geen tijd in hun rooster om te coachen.",
    ),
  ];
}

export function exampleEightFields(): EightFieldsEntry[] {
  return [
    {
      id: "TR01",
      questionId: "LV08",
      title: "Coachend leidinggeven",
      fields: {
        1: "Minder uitval en meer zelfsturing in de teams.",
        2: "Teamcoaches voeren maandelijks coachingsgesprekken.",
        3: "Coachende gespreksvaardigheden, feedback geven.",
        4: "Vier intervisiesessies met oefenen op eigen casussen.",
        5: "Deelname en actieve inbreng in elke sessie.",
        6: "Elke teamcoach voert een gesprek volgens het model.",
        7: "Coachingsgesprekken staan in de agenda en vinden plaats.",
        8: "Ziekteverzuim en tevredenheid in de teams na een jaar.",
      },
    },
    {
      id: "TR02",
      questionId: "LV06",
      title: "Basiscursus Vlaamse Gebarentaal",
      fields: {
        1: "Bewoners met een auditieve beperking kunnen communiceren.",
        2: "Dagelijkse zorg in eenvoudige gebarentaal.",
        3: "Basiswoordenschat VGT.",
        4: "Cursus bij een erkend centrum, 10 avonden.",
        5: "",
        6: "",
        7: "Zorgmomenten met gebaren ondersteund.",
        8: "Bewoners voelen zich begrepen (bevraging).",
      },
    },
  ];
}

export function exampleGilbert(): GilbertEntry[] {
  return [
    {
      questionId: "LV04",
      problem: "Rapportage in het zorgdossier loopt dagen achter.",
      ratings: { information: 1, instrumentation: 3, incentives: 0, knowledge: 1, capacity: 0, motives: 0 },
    },
    {
      questionId: "LV10",
      problem: "Overdracht mist belangrijke wijzigingen.",
      ratings: { information: 3, instrumentation: 1, incentives: 0, knowledge: 2, capacity: 0, motives: 0 },
    },
    {
      questionId: "LV01",
      problem: "Nieuwe collega's weten niet hoe te reageren op onrust bij dementie.",
      ratings: { information: 0, instrumentation: 1, incentives: 0, knowledge: 3, capacity: 0, motives: 1 },
    },
  ];
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
