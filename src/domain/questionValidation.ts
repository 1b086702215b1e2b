/**
 * Rules for the learning questions and the instrument sheets: list choices, links by ID, missing
 * cause or wish, Gilbert ratings, and a verdict that contradicts what the competentiepiramide
 * or Gilbert concludes for the same question.
 */
import {
  GILBERT_FACTORS,
  GILBERT_MAX,
  GILBERT_MIN,
  gilbertConclusion,
  GilbertFactor,
  PYRAMID_CAUSE,
  PYRAMID_LEVELS,
  pyramidConclusion,
  PyramidAnswer,
  PyramidLevel,
  GILBERT_CAUSES,
} from "./instruments";
import {
  Answer,
  assessQuestion,
  Cause,
  idList,
  isRealNeed,
  LearningQuestion,
  questionIndex,
  questionKey,
} from "./questions";
import {
  checkIds,
  checkLevel,
  checkSpaces,
  checkText,
  Finding,
  FindingOut,
  isBlank,
  key,
  numberInText,
  Raw,
  RegisterInput,
  RuleId,
  rowIsBlank,
  SEVERITY,
  TableId,
} from "./validation";

/** Accepted spellings (lower-case, both workbook languages) per list column. */
export interface QuestionChoices {
  perspectives: Set<string>;
  sources: Set<string>;
  causes: Record<string, Cause>;
  answers: Record<string, Answer>;
  pyramidAnswers: Record<string, PyramidAnswer>;
}

const lower = (v: Raw) => key(v).toLowerCase();

/** A question's cause, wish and cost-effectiveness as the formulas read them. */
export function parseQuestion(r: Record<string, Raw>, choices: QuestionChoices) {
  const cause = choices.causes[lower(r.cause)] ?? null;
  const wish = choices.answers[lower(r.wish)];
  const costEffective = choices.answers[lower(r.costEffective)] ?? null;
  return {
    cause,
    wish: wish === "yes" || wish === "no" ? wish : null,
    costEffective,
  } satisfies Pick<LearningQuestion, "cause" | "wish" | "costEffective">;
}

export function validateQuestions(input: RegisterInput, out: FindingOut): void {
  const choices = input.choices;
  if (!choices) return;
  const questions = input.questions ?? [];
  const push = (
    table: TableId,
    rule: RuleId,
    row: number,
    field: string,
    value: Raw,
    params?: Finding["params"],
  ) => out.push({ rule, severity: SEVERITY[rule], table, row, field, value, params });
  const inList = (table: TableId, row: number, field: string, v: Raw, ok: (s: string) => boolean) => {
    if (!isBlank(v) && !ok(lower(v))) push(table, "notInList", row, field, v);
  };
  const competenceIds = new Set(input.competences.filter((c) => !isBlank(c.id)).map((c) => lower(c.id)));
  const employeeIds = new Set(input.employees.filter((e) => !isBlank(e.id)).map((e) => lower(e.id)));
  // questions are found by their normalised ID (questionKey), as the workbook's key columns do
  const questionRow = questionIndex(questions.map((q) => ({ id: q.id })));

  // learning questions
  const idFindings: Finding[] = [];
  checkIds(idFindings, "questions", questions);
  for (const f of idFindings) out.push(f);
  // IDs that differ only in what normalising removes (a no-break or zero-width space, a tab, a
  // number against its text) are the same question to the formulas: a duplicate too
  const reported = new Set(
    idFindings
      .filter((f) => f.table === "questions" && (f.rule === "duplicateId" || f.rule === "blankId"))
      .map((f) => f.row),
  );
  questions.forEach((q, i) => {
    const first = questionRow.get(questionKey(q.id));
    if (first !== undefined && first !== i && !reported.has(i))
      push("questions", "duplicateId", i, "id", q.id, { first });
  });
  questions.forEach((q, i) => {
    if (rowIsBlank(q)) return;
    inList("questions", i, "perspective", q.perspective, (s) => choices.perspectives.has(s));
    inList("questions", i, "source", q.source, (s) => choices.sources.has(s));
    inList("questions", i, "cause", q.cause, (s) => s in choices.causes);
    inList(
      "questions",
      i,
      "wish",
      q.wish,
      (s) => choices.answers[s] === "yes" || choices.answers[s] === "no",
    );
    inList("questions", i, "costEffective", q.costEffective, (s) => s in choices.answers);
    for (const id of idList(q.competenceIds)) {
      if (!competenceIds.has(id.toLowerCase()))
        push("questions", "unknownCompetence", i, "competenceIds", id);
    }
    const parsed = parseQuestion(q, choices);
    if (isBlank(q.cause)) push("questions", "causeMissing", i, "cause", q.cause);
    else if (parsed.cause && assessQuestion(parsed).reason === "wishMissing" && isBlank(q.wish))
      push("questions", "wishMissing", i, "wish", q.wish);
  });
  checkText(out, "questions", questions, input.textFields.questions ?? []);

  /** A linked question ID that is not on the questions sheet. */
  const link = (table: TableId, rows: Record<string, Raw>[]) =>
    rows.forEach((r, i) => {
      if (!rowIsBlank(r) && !isBlank(r.questionId) && !questionRow.has(questionKey(r.questionId)))
        push(table, "unknownQuestion", i, "questionId", r.questionId);
    });
  const employee = (table: TableId, rows: Record<string, Raw>[], required: boolean) =>
    rows.forEach((r, i) => {
      if (rowIsBlank(r)) return;
      if (isBlank(r.employeeId) ? required : !employeeIds.has(lower(r.employeeId)))
        push(table, "unknownEmployee", i, "employeeId", r.employeeId);
    });

  // STARR
  const starr = input.starr ?? [];
  checkIds(out, "starr", starr);
  employee("starr", starr, true);
  link("starr", starr);
  starr.forEach((s, i) => {
    if (rowIsBlank(s)) return;
    if (isBlank(s.competenceId) || !competenceIds.has(lower(s.competenceId)))
      push("starr", "unknownCompetence", i, "competenceId", s.competenceId);
    checkLevel(out, i, "observedLevel", s.observedLevel, false, "starr");
    if (!isBlank(s.date)) {
      if (typeof s.date !== "number" || !Number.isFinite(s.date) || s.date < 1)
        push("starr", "invalidDate", i, "date", s.date);
      else if (Math.floor(s.date) > input.today) push("starr", "futureDate", i, "date", s.date);
    }
  });
  checkSpaces(out, "starr", starr, ["employeeId", "competenceId", "questionId"]);
  checkText(out, "starr", starr, input.textFields.starr ?? []);

  // competentiepiramide
  const pyramid = input.pyramid ?? [];
  employee("pyramid", pyramid, false);
  link("pyramid", pyramid);
  pyramid.forEach((p, i) => {
    if (rowIsBlank(p)) return;
    for (const l of PYRAMID_LEVELS) inList("pyramid", i, l, p[l], (s) => s in choices.pyramidAnswers);
  });
  checkText(out, "pyramid", pyramid, input.textFields.pyramid ?? []);

  // acht-veldenmodel
  const eight = input.eightFields ?? [];
  checkIds(out, "eightFields", eight);
  link("eightFields", eight);
  checkText(out, "eightFields", eight, input.textFields.eightFields ?? []);

  // Gilbert
  const gilbert = input.gilbert ?? [];
  link("gilbert", gilbert);
  gilbert.forEach((g, i) => {
    if (rowIsBlank(g)) return;
    for (const f of GILBERT_FACTORS) {
      const v = g[f];
      if (isBlank(v)) continue;
      if (typeof v === "string" && numberInText(v) !== null) push("gilbert", "numberAsText", i, f, v);
      else if (typeof v !== "number" || !Number.isInteger(v) || v < GILBERT_MIN || v > GILBERT_MAX)
        push("gilbert", "ratingInvalid", i, f, v);
    }
  });
  checkText(out, "gilbert", gilbert, input.textFields.gilbert ?? []);

  // a verdict that contradicts what an instrument concludes for the same question
  const verdictOf = (questionId: Raw) => {
    const row = questionRow.get(questionKey(questionId));
    if (row === undefined) return null;
    const q = parseQuestion(questions[row], choices);
    return { row, q, assessment: assessQuestion(q) };
  };
  pyramid.forEach((p, i) => {
    const linked = verdictOf(p.questionId);
    if (!linked) return;
    const answers = Object.fromEntries(
      PYRAMID_LEVELS.map((l) => [l, choices.pyramidAnswers[lower(p[l])] ?? null]),
    ) as Record<PyramidLevel, PyramidAnswer | null>;
    const c = pyramidConclusion(answers);
    if (!c.firstShortfall || !c.vtoHelps) return;
    const real = isRealNeed(linked.assessment.verdict);
    const notCompetence = linked.assessment.reason === "notCompetence";
    if ((real && c.vtoHelps === "no") || (notCompetence && c.vtoHelps === "yes"))
      push("questions", "verdictContradictsPyramid", linked.row, "cause", questions[linked.row].cause, {
        linkTable: "pyramid",
        linkRow: i,
        proposed: PYRAMID_CAUSE[c.firstShortfall],
      });
  });
  gilbert.forEach((g, i) => {
    const linked = verdictOf(g.questionId);
    if (!linked) return;
    const ratings = Object.fromEntries(
      GILBERT_FACTORS.map((f) => [f, typeof g[f] === "number" ? g[f] : null]),
    ) as Record<GilbertFactor, number | null>;
    const c = gilbertConclusion(ratings);
    if (!c?.mainFactor) return;
    const real = isRealNeed(linked.assessment.verdict);
    const notCompetence = linked.assessment.reason === "notCompetence";
    if ((real && !c.training) || (notCompetence && c.training))
      push("questions", "verdictContradictsGilbert", linked.row, "cause", questions[linked.row].cause, {
        linkTable: "gilbert",
        linkRow: i,
        proposed: GILBERT_CAUSES[c.mainFactor].join("|"),
      });
  });
}
