import { describe, expect, it } from "vitest";
import { can, NEWS_POLICY, type NewsAction, type NewsSubject } from "./policy";
import { NEWS_STATUSES } from "./states";

const visitor: NewsSubject = { membership: null, organizationStatus: null, staffRoles: [] };
const member = (
  membership: NewsSubject["membership"],
  organizationStatus: NewsSubject["organizationStatus"],
) => ({ membership, organizationStatus, staffRoles: [] }) satisfies NewsSubject;
const staff = (...roles: NewsSubject["staffRoles"]): NewsSubject => ({
  membership: null,
  organizationStatus: null,
  staffRoles: roles,
});

describe("news policy", () => {
  it("lets owners and editors of a verified organisation submit, nobody else", () => {
    expect(can(member("owner", "verified"), "submit")).toBe(true);
    expect(can(member("editor", "verified"), "submit")).toBe(true);
    expect(can(member("viewer", "verified"), "submit")).toBe(false);
    expect(can(member("owner", "pending"), "submit")).toBe(false);
    expect(can(member("owner", "rejected"), "submit")).toBe(false);
    expect(can(visitor, "submit")).toBe(false);
    expect(can(staff("coordinator", "admin", "officer"), "submit")).toBe(false);
  });

  it("lets the coordinator and the administrator moderate and publish, not an officer or a member", () => {
    for (const action of ["approve", "reject", "edit"] as const) {
      expect(can(staff("coordinator"), action, { status: "pending" }), action).toBe(true);
      expect(can(staff("admin"), action, { status: "pending" }), action).toBe(true);
      expect(can(staff("officer"), action, { status: "pending" }), action).toBe(false);
      expect(can(member("owner", "verified"), action, { status: "pending" }), action).toBe(false);
    }
    expect(can(staff("coordinator"), "publishDirectly")).toBe(true);
    expect(can(staff("officer"), "publishDirectly")).toBe(false);
    expect(can(visitor, "moderation.view")).toBe(false);
  });

  it("follows the state machine: a decided item is not decided again", () => {
    expect(can(staff("coordinator"), "approve", { status: "published" })).toBe(false);
    expect(can(staff("coordinator"), "reject", { status: "rejected" })).toBe(false);
    expect(can(staff("coordinator"), "archive", { status: "published" })).toBe(true);
    expect(can(staff("coordinator"), "archive", { status: "pending" })).toBe(false);
    expect(can(staff("coordinator"), "edit", { status: "archived" })).toBe(false);
  });

  it("shows the public published news only", () => {
    for (const status of NEWS_STATUSES)
      expect(can(visitor, "public.view", { status }), status).toBe(status === "published");
  });

  it("denies by default: unknown actions, no roles", () => {
    expect(can(staff("admin"), "delete" as NewsAction)).toBe(false);
    expect(can(staff("admin"), "toString" as NewsAction)).toBe(false);
    for (const action of Object.keys(NEWS_POLICY) as NewsAction[]) {
      if (action === "public.view") continue;
      expect(can(visitor, action, { status: "pending" }), action).toBe(false);
    }
  });
});
