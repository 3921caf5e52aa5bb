import { describe, expect, it } from "vitest";
import { can, ORGANIZATION_POLICY, type OrganizationAction, type OrganizationSubject } from "./policy";

const nobody: OrganizationSubject = { membership: null, staffRoles: [] };
const member = (membership: "owner" | "editor" | "viewer"): OrganizationSubject => ({
  membership,
  staffRoles: [],
});
const staff = (...staffRoles: ("admin" | "coordinator" | "officer")[]): OrganizationSubject => ({
  membership: null,
  staffRoles,
});
const pending = { status: "pending" as const };
const verified = { status: "verified" as const };
const rejected = { status: "rejected" as const };

describe("organisation policy", () => {
  it("denies everything to a person with no role", () => {
    for (const action of Object.keys(ORGANIZATION_POLICY) as OrganizationAction[]) {
      for (const org of [pending, verified, rejected]) expect(can(nobody, action, org)).toBe(false);
    }
  });

  it("denies an action it does not know", () => {
    expect(can(staff("admin"), "organization.delete" as OrganizationAction, verified)).toBe(false);
    expect(can(member("owner"), "__proto__" as OrganizationAction, verified)).toBe(false);
  });

  it("lets every member see the workspace and only owners and editors edit the profile", () => {
    expect(can(member("viewer"), "workspace.view")).toBe(true);
    expect(can(member("viewer"), "profile.edit")).toBe(false);
    expect(can(member("editor"), "profile.edit")).toBe(true);
    expect(can(member("owner"), "profile.edit")).toBe(true);
  });

  it("lets only owners manage members and decide join requests", () => {
    for (const action of ["members.manage", "joinRequests.decide"] as const) {
      expect(can(member("owner"), action)).toBe(true);
      expect(can(member("editor"), action)).toBe(false);
      expect(can(member("viewer"), action)).toBe(false);
      expect(can(staff("admin"), action)).toBe(false);
    }
  });

  it("keeps staff out of the members' workspace but lets them read the back office", () => {
    expect(can(staff("admin", "coordinator", "officer"), "workspace.view")).toBe(false);
    for (const role of ["admin", "coordinator", "officer"] as const)
      expect(can(staff(role), "backOffice.view")).toBe(true);
    expect(can(member("owner"), "backOffice.view")).toBe(false);
  });

  it("lets coordinators and admins verify or reject a pending registration, officers not", () => {
    for (const role of ["admin", "coordinator"] as const) {
      expect(can(staff(role), "registration.verify", pending)).toBe(true);
      expect(can(staff(role), "registration.reject", pending)).toBe(true);
    }
    expect(can(staff("officer"), "registration.verify", pending)).toBe(false);
    expect(can(staff("officer"), "registration.reject", pending)).toBe(false);
    expect(can(member("owner"), "registration.verify", pending)).toBe(false);
  });

  it("follows the statuses: no verifying twice, no rejecting a verified organisation, no status no action", () => {
    expect(can(staff("coordinator"), "registration.verify", verified)).toBe(false);
    expect(can(staff("coordinator"), "registration.verify", rejected)).toBe(true);
    expect(can(staff("coordinator"), "registration.reject", verified)).toBe(false);
    expect(can(staff("coordinator"), "registration.verify")).toBe(false);
  });

  it("lets only verified organisations apply for grants", () => {
    expect(can(member("owner"), "grants.apply", verified)).toBe(true);
    expect(can(member("editor"), "grants.apply", verified)).toBe(true);
    expect(can(member("viewer"), "grants.apply", verified)).toBe(false);
    expect(can(member("owner"), "grants.apply", pending)).toBe(false);
    expect(can(member("owner"), "grants.apply", rejected)).toBe(false);
  });
});
