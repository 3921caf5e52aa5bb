import type { CompetitionCriterionJson } from "../../platform/db/schema/competitions";
import type { ScorePointsJson } from "../../platform/db/schema/evaluation";
import type { FieldErrors } from "../../platform/errors/app-error";
import { COMMITTEE_LIMITS } from "./schemas";

/**
 * A score sheet's rules: a whole number of points from 0 to the criterion's maximum and a short
 * justification for every criterion of the competition. A draft may be incomplete; a submitted
 * sheet may not. The total is always computed, never typed.
 */

/** The raw form: points and justification typed per criterion code. */
export type RawScores = Record<string, { points: string; justification: string }>;

const WHOLE = /^\d{1,4}$/;

/**
 * Checks a sheet against the criteria. Field names are `points.<code>` and `justification.<code>`.
 * For a draft, empty fields are allowed (kept empty); typed values must still be valid.
 */
export function checkScores(
  criteria: readonly CompetitionCriterionJson[],
  raw: RawScores,
  options: { complete: boolean },
): { points: ScorePointsJson; total: number; fieldErrors: FieldErrors } {
  const points: ScorePointsJson = {};
  const fieldErrors: FieldErrors = {};
  let total = 0;
  for (const c of criteria) {
    const typed = raw[c.code] ?? { points: "", justification: "" };
    const p = typed.points.trim();
    const justification = typed.justification.trim();
    let value: number | null = null;
    if (p === "") {
      if (options.complete) fieldErrors[`points.${c.code}`] = ["committee.error.pointsRequired"];
    } else if (!WHOLE.test(p) || Number(p) > c.maxPoints) {
      fieldErrors[`points.${c.code}`] = [
        `committee.error.pointsRange|${JSON.stringify({ max: c.maxPoints })}`,
      ];
    } else value = Number(p);
    if (justification === "" && options.complete)
      fieldErrors[`justification.${c.code}`] = ["committee.error.justificationRequired"];
    else if (justification.length > COMMITTEE_LIMITS.justification)
      fieldErrors[`justification.${c.code}`] = [
        `form.tooLong|${JSON.stringify({ max: COMMITTEE_LIMITS.justification })}`,
      ];
    if (value !== null || justification !== "") {
      points[c.code] = { points: value ?? 0, justification };
      total += value ?? 0;
    }
  }
  return { points, total, fieldErrors };
}

/** The form's fields as the raw sheet: `points.<code>` and `justification.<code>`. */
export function rawScoresOf(
  criteria: readonly CompetitionCriterionJson[],
  values: Record<string, string>,
): RawScores {
  return Object.fromEntries(
    criteria.map((c) => [
      c.code,
      { points: values[`points.${c.code}`] ?? "", justification: values[`justification.${c.code}`] ?? "" },
    ]),
  );
}
