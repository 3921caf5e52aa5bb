import { describe, expect, it } from "vitest";
import { isAppError } from "~/platform/errors/app-error";
import { assertCan, can, mayAct } from "./policy";

const owner = { memberRoles: ["owner"] as const, staffRoles: [] };
const viewer = { memberRoles: ["viewer"] as const, staffRoles: [] };
const officerX = { memberRoles: [], staffRoles: [{ role: "officer" as const, departmentId: "X" }] };
const coordinator = { memberRoles: [], staffRoles: [{ role: "coordinator" as const, departmentId: null }] };

describe("the contract's policy", () => {
  it("lets the organisation see a contract only once it is sent, and its viewers only read", () => {
    expect(can(owner, "view", { status: "draft", departmentId: "X" })).toBe(false);
    expect(can(owner, "view", { status: "sent", departmentId: "X" })).toBe(true);
    expect(can(viewer, "change.submit", { status: "in_progress", departmentId: "X" })).toBe(false);
    expect(can(owner, "change.submit", { status: "in_progress", departmentId: "X" })).toBe(true);
    expect(can(owner, "send", { status: "draft", departmentId: "X" })).toBe(false);
  });

  it("scopes an officer to the competition's department and the coordinator to none", () => {
    expect(mayAct(officerX, "send", "X")).toBe(true);
    expect(mayAct(officerX, "send", "Y")).toBe(false);
    expect(mayAct(coordinator, "settlement.manage", "Y")).toBe(true);
  });

  it("answers FORBIDDEN to a stranger and CONFLICT to the right person at the wrong status", () => {
    const code = (f: () => void) => {
      try {
        f();
        return "none";
      } catch (e) {
        return isAppError(e) ? e.code : "other";
      }
    };
    expect(code(() => assertCan(officerX, "sign", { status: "sent", departmentId: "Y" }))).toBe("FORBIDDEN");
    expect(code(() => assertCan(officerX, "sign", { status: "draft", departmentId: "X" }))).toBe("CONFLICT");
    expect(code(() => assertCan(officerX, "sign", { status: "sent", departmentId: "X" }))).toBe("none");
  });
});
