import { describe, expect, it } from "vitest";
import { isAppError } from "../../platform/errors/app-error";
import {
  assertCan,
  COMPETITION_POLICY,
  type CompetitionAction,
  type CompetitionFacts,
  type CompetitionSubject,
  can,
  canActInDepartment,
  visibleDepartmentIds,
} from "./policy";
import { COMPETITION_STATUSES } from "./states";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const at = new Date("2026-03-20T09:00:00Z");

const officerA: CompetitionSubject = { staffRoles: [{ role: "officer", departmentId: A }] };
const officerB: CompetitionSubject = { staffRoles: [{ role: "officer", departmentId: B }] };
const coordinator: CompetitionSubject = { staffRoles: [{ role: "coordinator", departmentId: null }] };
const admin: CompetitionSubject = { staffRoles: [{ role: "admin", departmentId: null }] };
const visitor: CompetitionSubject = { staffRoles: [] };
const officerWithoutDepartment: CompetitionSubject = {
  staffRoles: [{ role: "officer", departmentId: null }],
};

const competition = (
  status: CompetitionFacts["status"],
  publishedAt: Date | null = at,
): CompetitionFacts => ({
  departmentId: A,
  status,
  publishedAt,
});

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return isAppError(e) ? e.code : "other";
  }
}

describe("competition policy", () => {
  it("lets an officer manage competitions of their department only", () => {
    expect(can(officerA, "draft.edit", competition("draft"))).toBe(true);
    expect(can(officerB, "draft.edit", competition("draft"))).toBe(false);
    expect(can(officerWithoutDepartment, "draft.edit", competition("draft"))).toBe(false);
    expect(canActInDepartment(officerA, "draft.create", A)).toBe(true);
    expect(canActInDepartment(officerA, "draft.create", B)).toBe(false);
  });

  it("lets a coordinator and an administrator manage every department", () => {
    for (const subject of [coordinator, admin]) {
      expect(can(subject, "publish", competition("draft"))).toBe(true);
      expect(canActInDepartment(subject, "draft.create", B)).toBe(true);
    }
  });

  it("gives an officer of another department FORBIDDEN, and the right person CONFLICT in the wrong status", () => {
    expect(codeOf(() => assertCan(officerB, "publish", competition("draft")))).toBe("FORBIDDEN");
    expect(codeOf(() => assertCan(officerB, "office.view", competition("draft")))).toBe("FORBIDDEN");
    expect(codeOf(() => assertCan(officerA, "publish", competition("published")))).toBe("CONFLICT");
    expect(codeOf(() => assertCan(officerA, "publish", competition("draft")))).toBeNull();
  });

  it("never shows a draft to the public, and hides it as NOT_FOUND", () => {
    expect(can(visitor, "public.view", competition("draft", null))).toBe(false);
    expect(can(officerA, "public.view", competition("draft", null))).toBe(false);
    expect(codeOf(() => assertCan(visitor, "public.view", competition("draft", null)))).toBe("NOT_FOUND");
    expect(codeOf(() => assertCan(visitor, "public.view", competition("cancelled", null)))).toBe("NOT_FOUND");
    for (const s of ["published", "closed", "in_evaluation", "resolved", "archived", "cancelled"] as const)
      expect(can(visitor, "public.view", competition(s))).toBe(true);
  });

  it("denies visitors every office action in every status", () => {
    for (const action of Object.keys(COMPETITION_POLICY) as CompetitionAction[]) {
      if (action === "public.view") continue;
      for (const status of COMPETITION_STATUSES)
        expect(can(visitor, action, competition(status))).toBe(false);
    }
  });

  it("matches each action to its statuses", () => {
    expect(can(officerA, "amend", competition("published"))).toBe(true);
    expect(can(officerA, "amend", competition("closed"))).toBe(false);
    expect(can(officerA, "cancel", competition("draft"))).toBe(true);
    expect(can(officerA, "cancel", competition("closed"))).toBe(false);
    expect(can(officerA, "evaluation.start", competition("closed"))).toBe(true);
    expect(can(officerA, "evaluation.start", competition("published"))).toBe(false);
    for (const status of COMPETITION_STATUSES) expect(can(officerA, "copy", competition(status))).toBe(true);
  });

  it("denies an unknown action", () => {
    expect(can(admin, "delete.everything" as CompetitionAction, competition("draft"))).toBe(false);
    expect(
      codeOf(() => assertCan(admin, "delete.everything" as CompetitionAction, competition("draft"))),
    ).toBe("FORBIDDEN");
  });

  it("lists the departments an officer sees; all for a coordinator", () => {
    expect(visibleDepartmentIds(officerA)).toEqual([A]);
    expect(visibleDepartmentIds(coordinator)).toBeNull();
    expect(visibleDepartmentIds(visitor)).toEqual([]);
    expect(visibleDepartmentIds(officerWithoutDepartment)).toEqual([]);
  });
});
