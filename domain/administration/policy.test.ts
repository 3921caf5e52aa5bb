import { describe, expect, it } from "vitest";
import { ADMINISTRATION_POLICY, assertCan, can, rolesFor } from "./policy";

const admin = [{ role: "admin" as const }];
const coordinator = [{ role: "coordinator" as const }];
const officer = [{ role: "officer" as const }];

describe("administration policy", () => {
  it("lets the administrator do everything in the area", () => {
    for (const permission of Object.keys(ADMINISTRATION_POLICY)) expect(can(admin, permission)).toBe(true);
  });

  it("lets the coordinator open the area and read the audit log, nothing else", () => {
    expect(can(coordinator, "dashboard.view")).toBe(true);
    expect(can(coordinator, "audit.read")).toBe(true);
    expect(can(coordinator, "jobs.ping")).toBe(false);
    expect(can(coordinator, "staff.manage")).toBe(false);
    expect(can(coordinator, "mailbox.read")).toBe(false);
    expect(can(coordinator, "tenant.configure")).toBe(false);
  });

  it("denies officers, people without roles and unknown permissions", () => {
    for (const permission of Object.keys(ADMINISTRATION_POLICY)) expect(can(officer, permission)).toBe(false);
    expect(can([], "audit.read")).toBe(false);
    expect(can(admin, "tenant.delete")).toBe(false);
    expect(can(admin, "toString")).toBe(false);
  });

  it("gives the guard's role list and throws FORBIDDEN", () => {
    expect(rolesFor("audit.read")).toEqual(["admin", "coordinator"]);
    expect(() => assertCan(officer, "staff.manage")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
