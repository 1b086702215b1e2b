/**
 * The example organisation's training register (issue 12 item 6): a year of formal, informal and
 * initial trainings up to the reference date, a few older ones (outside the last 12 months), some
 * not followed, one training under Flemish training leave (VOV) that does not count for the
 * training right, and certificates for the competences that require one — most valid, some expired
 * and some expiring within the warning days. Deterministic, from a draw of its own (the example's
 * other draws stay what they were); the same rows in both languages apart from their texts.
 */
import type { Employee } from "../domain/competences";
import { NO, WbLang, YES } from "./lang";
import { prng } from "./example";
import { TRAINING_TYPE } from "./trainingSpecs";
import type { TrainingType } from "../domain/training";

type Tx = Record<WbLang, string>;
const tx = (nl: string, en: string): Tx => ({ nl, en });

/** The example's competences that require a certificate, with the validity of a certificate in days. */
export const EXAMPLE_CERTIFICATES: { competenceId: string; training: Tx; days: number; hours: number }[] = [
  {
    competenceId: "C06",
    training: tx("Tiltechnieken: opfrissing", "Moving and handling: refresher"),
    days: 365,
    hours: 4,
  },
  {
    competenceId: "C08",
    training: tx("Brandveiligheid en evacuatieoefening", "Fire safety and evacuation drill"),
    days: 365,
    hours: 3,
  },
  { competenceId: "C23", training: tx("EHBO-bijscholing", "First aid refresher"), days: 730, hours: 8 },
];

const FORMAL: { training: Tx; questionId: string | null; hours: number; cost: number; provider: Tx }[] = [
  {
    training: tx("Palliatieve zorg: basis", "Palliative care: basics"),
    questionId: "LV01",
    hours: 14,
    cost: 380,
    provider: tx("Palliatief Netwerk", "Palliative Care Network"),
  },
  {
    training: tx("Omgaan met onrust bij dementie", "Responding to agitation in dementia"),
    questionId: "LV02",
    hours: 7,
    cost: 195,
    provider: tx("Expertisecentrum Dementie", "Dementia Expertise Centre"),
  },
  {
    training: tx("Veilig medicatie toedienen", "Safe medication administration"),
    questionId: "LV03",
    hours: 7,
    cost: 210,
    provider: tx("Hogeschool VIVES", "VIVES University College"),
  },
  {
    training: tx("Wondzorg in de praktijk", "Wound care in practice"),
    questionId: null,
    hours: 10.5,
    cost: 320,
    provider: tx("Wondzorgacademie", "Wound Care Academy"),
  },
  {
    training: tx("Agressie: de-escalerend werken", "Aggression: calming techniques"),
    questionId: "LV05",
    hours: 7,
    cost: 240,
    provider: tx("VIVO", "VIVO"),
  },
  {
    training: tx("Werken met het elektronisch zorgdossier", "Working with the electronic care record"),
    questionId: null,
    hours: 3.5,
    cost: 90,
    provider: tx("intern", "in-house"),
  },
];
const INFORMAL: { training: Tx; hours: number }[] = [
  { training: tx("Intervisie met collega's", "Peer review with colleagues"), hours: 2 },
  { training: tx("Coaching op de werkvloer", "On-the-job coaching"), hours: 4 },
  { training: tx("Congres Zorgnet-Icuro", "Care sector conference"), hours: 6 },
  { training: tx("E-learning privacy en GDPR", "E-learning privacy and GDPR"), hours: 1.5 },
];
const IN_HOUSE = tx("intern", "in-house");
const INITIAL = tx("Opleiding zorgkundige (duaal)", "Care assistant course (dual)");
const VOV = tx(
  "Bachelor verpleegkunde (Vlaams opleidingsverlof)",
  "Nursing bachelor (Flemish training leave)",
);

export interface ExampleTrainingOptions {
  employees: Employee[];
  /** The reference date the example is made for (an Excel serial): every date lies before it. */
  latest: number;
  lang: WbLang;
  /** When set, exactly this many rows (benchmarks), cycling over the employees. */
  rows?: number;
  seed?: number;
}

/** Register rows keyed by column (cells in the workbook's language). */
export function exampleTraining(o: ExampleTrainingOptions): Record<string, unknown>[] {
  const { employees, latest, lang } = o;
  const rnd = prng((o.seed ?? 20261128) + 12);
  const out: Record<string, unknown>[] = [];
  const type = (k: TrainingType) => TRAINING_TYPE[k][lang];
  const push = (r: {
    employeeId: string | number;
    training: Tx;
    questionId?: string | null;
    competenceId?: string | null;
    type: TrainingType;
    start: number;
    days?: number;
    hours: number;
    followed?: boolean;
    counts?: boolean;
    provider?: Tx;
    cost?: number;
    subsidy?: number;
    validUntil?: number | null;
  }) =>
    out.push({
      employeeId: r.employeeId,
      training: r.training[lang],
      questionId: r.questionId ?? null,
      competenceId: r.competenceId ?? null,
      type: type(r.type),
      start: r.start,
      // a one-day training has no end date
      end: r.days ? r.start + r.days : null,
      hours: r.hours,
      followed: (r.followed === false ? NO : YES)[lang],
      countsForRight: (r.counts === false ? NO : YES)[lang],
      provider: r.provider ? r.provider[lang] : null,
      directCost: r.cost ?? 0,
      subsidy: r.subsidy ?? null,
      validUntil: r.validUntil ?? null,
    });
  const within = (days: number) => latest - 1 - Math.floor(rnd() * days);

  if (o.rows !== undefined) {
    for (let i = 0; out.length < o.rows; i++) {
      const e = employees[i % employees.length];
      const f = FORMAL[i % FORMAL.length];
      const k: TrainingType = i % 3 === 0 ? "informal" : i % 11 === 0 ? "initial" : "formal";
      push({
        employeeId: e.id,
        training: f.training,
        type: k,
        start: within(700),
        hours: f.hours,
        cost: f.cost,
      });
    }
    return out;
  }

  employees.forEach((e, i) => {
    // certificates: care teams (0–3) keep moving and handling, the support team fire safety, every
    // third employee first aid; a few on purpose expired or expiring on the reference date
    const team = i % 5;
    for (const c of EXAMPLE_CERTIFICATES) {
      const has =
        c.competenceId === "C06"
          ? team < 4 && i % 2 === 1
          : c.competenceId === "C08"
            ? team === 4
            : i % 3 === 0;
      if (!has) continue;
      // days since the training: expired (validity + 15), expiring (validity − 25), or well within it
      const ago =
        i === 1 || i === 30 || i === 9
          ? c.days + 15
          : i === 7 || i === 27 || i === 39
            ? c.days - 25
            : 20 + Math.floor(rnd() * (c.days - 120));
      const start = latest - ago;
      push({
        employeeId: e.id,
        training: c.training,
        competenceId: c.competenceId,
        type: "formal",
        start,
        hours: c.hours,
        provider: c.competenceId === "C23" ? tx("Rode Kruis Vlaanderen", "Red Cross Flanders") : IN_HOUSE,
        cost: c.competenceId === "C23" ? 85 : 0,
        validUntil: start + c.days,
      });
    }
    // a no-show: enrolled, not followed (it counts nowhere)
    if (i === 3)
      push({
        employeeId: e.id,
        training: FORMAL[1].training,
        questionId: FORMAL[1].questionId,
        type: "formal",
        start: latest - 45,
        hours: FORMAL[1].hours,
        followed: false,
        provider: FORMAL[1].provider,
        cost: FORMAL[1].cost,
      });
    // a formal course for most, some not followed, some subsidised by VIVO
    if (rnd() < 0.6) {
      const f = FORMAL[Math.floor(rnd() * FORMAL.length)];
      const start = within(330);
      const followed = rnd() >= 0.08;
      push({
        employeeId: e.id,
        training: f.training,
        questionId: f.questionId,
        type: "formal",
        start,
        days: f.hours > 7 ? 1 : 0,
        hours: f.hours,
        followed,
        provider: f.provider,
        cost: f.cost,
        subsidy: rnd() < 0.3 ? Math.round(f.cost * 0.5) : undefined,
      });
    }
    // informal learning for about half
    if (rnd() < 0.5) {
      const f = INFORMAL[Math.floor(rnd() * INFORMAL.length)];
      push({ employeeId: e.id, training: f.training, type: "informal", start: within(360), hours: f.hours });
    }
    // an older course (13 to 18 months ago): in its year, not in the last 12 months
    if (i % 10 === 4) {
      const f = FORMAL[i % FORMAL.length];
      push({
        employeeId: e.id,
        training: f.training,
        type: "formal",
        start: latest - 400 - Math.floor(rnd() * 150),
        hours: f.hours,
        provider: f.provider,
        cost: f.cost,
      });
    }
  });
  // initial training for two newcomers, and one nursing bachelor under Flemish training leave
  for (const i of [5, 17].filter((n) => n < employees.length))
    push({
      employeeId: employees[i].id,
      training: INITIAL,
      type: "initial",
      start: latest - 300,
      days: 180,
      hours: 120,
      provider: tx("CVO", "CVO"),
      cost: 450,
      subsidy: 225,
    });
  if (employees.length > 12)
    push({
      employeeId: employees[12].id,
      training: VOV,
      type: "formal",
      start: latest - 250,
      days: 200,
      hours: 60,
      counts: false,
      provider: tx("Hogeschool VIVES", "VIVES University College"),
      cost: 600,
      subsidy: 0,
    });
  return out;
}
