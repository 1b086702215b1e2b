/**
 * Function profiles proposed from the gap register (the pane's "Functieprofielen voorstellen"):
 * read the typed required levels, propose per function × competence the most common one
 * (src/domain/profiles.ts proposeProfiles), and — only after the user confirms — append them below
 * the profiles table. Existing profile rows are never touched; a proposal whose function ×
 * competence got a row meanwhile is reported, not written. Reads are readTables' (2 syncs + the
 * packed bodies); the append is appendRows'.
 */
import { idKey, type Id, type LevelCell } from "../domain/competences";
import { profileOf, proposeProfiles, type FunctionProfile, type ProfileProposal } from "../domain/profiles";
import { profileRow } from "../workbook/rows";
import { TABLE_NAMES } from "../workbook/specs";
import type { WbLang } from "../workbook/lang";
import { appendRows } from "./appendRows";
import { MissingTablesError } from "./questions";
import { readTables, recordsOf } from "./readTables";

const id = (v: unknown): Id => (typeof v === "number" ? v : String(v ?? ""));
const level = (v: unknown): LevelCell =>
  v === null || v === undefined || v === "" ? null : typeof v === "number" ? v : String(v);

function profilesOf(rows: Record<string, unknown>[]): FunctionProfile[] {
  return rows.map((r) => ({
    function: id(r.function),
    competenceId: id(r.competenceId),
    requiredNow: level(r.requiredNow),
    requiredAtHorizon: level(r.requiredAtHorizon),
  }));
}

export interface ProfileProposals {
  lang: WbLang;
  proposals: ProfileProposal[];
  /** Gap rows whose function × competence already has a profile row (not proposed again). */
  covered: number;
}

export async function readProfileProposals(
  context: Excel.RequestContext,
  onProgress?: (done: number, total: number) => void,
): Promise<ProfileProposals> {
  const read = await readTables(context, ["employees", "gaps", "profiles"], onProgress);
  if (read.missing.length) throw new MissingTablesError(read.missing.map((k) => TABLE_NAMES[k]));
  const { records } = recordsOf(read);
  const employees = (records.employees ?? []).map((r) => ({ id: id(r.id), role: String(r.role ?? "") }));
  const gaps = (records.gaps ?? []).map((r) => ({
    employeeId: id(r.employeeId),
    competenceId: id(r.competenceId),
    requiredNow: level(r.requiredNow),
    requiredAtHorizon: level(r.requiredAtHorizon),
  }));
  const existing = profilesOf(records.profiles ?? []);
  const all = proposeProfiles(gaps, employees, []);
  const proposals = all.filter((p) => !profileOf(existing, p.function, p.competenceId));
  const covered = all.filter((p) => profileOf(existing, p.function, p.competenceId)).length;
  return { lang: read.lang, proposals, covered };
}

export interface AddedProfiles {
  added: number;
  /** Proposals whose function × competence has a profile row by now (a co-author's): not written. */
  duplicates: { function: string; competenceId: string }[];
}

/**
 * Appends the proposals below the profiles table, after reading it again: a function × competence
 * that has a row by now is reported as a duplicate and left alone (the first row counts).
 */
export async function addProfiles(
  context: Excel.RequestContext,
  proposals: ProfileProposal[],
): Promise<AddedProfiles> {
  const read = await readTables(context, ["profiles"]);
  if (read.missing.length) throw new MissingTablesError([TABLE_NAMES.profiles]);
  const existing = profilesOf(recordsOf(read).records.profiles ?? []);
  const fresh: ProfileProposal[] = [];
  const duplicates: AddedProfiles["duplicates"] = [];
  const seen = new Set<string>();
  for (const p of proposals) {
    const k = `${idKey(p.function)}\u0000${idKey(p.competenceId)}`;
    if (profileOf(existing, p.function, p.competenceId) || seen.has(k)) {
      duplicates.push({ function: p.function, competenceId: p.competenceId });
      continue;
    }
    seen.add(k);
    fresh.push(p);
  }
  if (fresh.length) {
    const blank = existing.every(
      (p) => idKey(p.function) === "" && idKey(p.competenceId) === "" && p.requiredNow === null,
    );
    await appendRows(
      context,
      "profiles",
      fresh.map((p) =>
        profileRow({
          function: p.function,
          competenceId: p.competenceId,
          requiredNow: p.requiredNow,
          requiredAtHorizon: p.requiredAtHorizon,
        }),
      ),
      { fillFirstBlank: blank },
    );
  }
  return { added: fresh.length, duplicates };
}
