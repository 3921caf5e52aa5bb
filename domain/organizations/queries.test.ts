import { describe, expect, it } from "vitest";
import { organizationMembers } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { getOrganizationForMember } from "./get-organization-for-member";
import { getOrganizationForStaff } from "./get-organization-for-staff";
import { listDistricts } from "./list-districts";
import { listMembers } from "./list-members";
import { listMyOrganizations } from "./list-my-organizations";
import { countOrganizationsByStatus, listPendingOrganizations } from "./list-pending-organizations";
import { BACK_OFFICE_PAGE_SIZE } from "./rules";
import { OrganizationSearchSchema, searchOrganizations } from "./search-organizations";
import {
  createTestOrganization,
  createTestTenant,
  createTestUser,
  expectAppError,
  testClock,
} from "./testing/factories";

describe("queries of the NGO base", () => {
  const t = useTestDatabase();

  it("lists a person's organisations in this tenant only, with role and status", async () => {
    const tenant = await createTestTenant(t.db);
    const other = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const mine = await createTestOrganization(t.db, {
      tenantId: tenant.id,
      owner,
      profile: { name: "Alfa" },
    });
    await createTestOrganization(t.db, { tenantId: other.id, owner, profile: { name: "Beta" } });
    const rows = await listMyOrganizations({ db: t.db, tenantId: tenant.id, userId: owner.id });
    expect(rows).toEqual([
      expect.objectContaining({ id: mine, name: "Alfa", role: "owner", status: "pending" }),
    ]);
  });

  it("shows an organisation to its members with what they may do, and refuses everyone else", async () => {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const viewer = await createTestUser(t.db);
    const id = await createTestOrganization(t.db, { tenantId: tenant.id, owner, status: "verified" });
    await t.db.insert(organizationMembers).values({ organizationId: id, userId: viewer.id, role: "viewer" });
    const get = (userId: string, organizationId: unknown = id, tenantId = tenant.id) =>
      getOrganizationForMember({ db: t.db, tenantId, userId, organizationId });
    expect((await get(owner.id)).allowed).toEqual({ edit: true, manageMembers: true, applyForGrants: true });
    expect((await get(viewer.id)).allowed).toEqual({
      edit: false,
      manageMembers: false,
      applyForGrants: false,
    });
    await expectAppError(
      getOrganizationForMember({
        db: t.db,
        tenantId: tenant.id,
        userId: viewer.id,
        organizationId: id,
        action: "profile.edit",
      }),
      "FORBIDDEN",
    );
    await expectAppError(get((await createTestUser(t.db)).id), "FORBIDDEN");
    await expectAppError(get(owner.id, id, (await createTestTenant(t.db)).id), "NOT_FOUND");
    await expectAppError(get(owner.id, "12345"), "NOT_FOUND");
    await expectAppError(
      getOrganizationForMember({
        db: t.db,
        tenantId: tenant.id,
        userId: owner.id,
        organizationId: undefined,
      }),
      "NOT_FOUND",
    );
  });

  it("gives the back office the profile, members and history, with decisions only for coordinators", async () => {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const id = await createTestOrganization(t.db, { tenantId: tenant.id, owner });
    const asOfficer = await getOrganizationForStaff({
      db: t.db,
      tenantId: tenant.id,
      staffRoles: ["officer"],
      organizationId: id,
    });
    expect(asOfficer.allowed).toEqual({ verify: false, reject: false });
    expect(asOfficer.members).toEqual([{ name: owner.name, email: owner.email, role: "owner" }]);
    expect(asOfficer.history.map((h) => h.action)).toEqual(["organization.registered"]);
    const asCoordinator = await getOrganizationForStaff({
      db: t.db,
      tenantId: tenant.id,
      staffRoles: ["coordinator"],
      organizationId: id,
    });
    expect(asCoordinator.allowed).toEqual({ verify: true, reject: true });
    await expectAppError(
      getOrganizationForStaff({ db: t.db, tenantId: tenant.id, staffRoles: [], organizationId: id }),
      "FORBIDDEN",
    );
  });

  it("searches by status and name, NIP or KRS, a page at a time", async () => {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const total = BACK_OFFICE_PAGE_SIZE + 3;
    for (let i = 0; i < total; i++) {
      await createTestOrganization(t.db, {
        tenantId: tenant.id,
        owner,
        status: i < 2 ? "pending" : "verified",
        profile: { name: `Klub ${String(i).padStart(2, "0")}` },
      });
    }
    const search = (query: Record<string, string>) =>
      searchOrganizations({ db: t.db, tenantId: tenant.id, search: OrganizationSearchSchema.parse(query) });
    const first = await search({});
    expect(first).toMatchObject({ total, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(BACK_OFFICE_PAGE_SIZE);
    expect((await search({ page: "2" })).rows).toHaveLength(3);
    expect((await search({ page: "999" })).page).toBe(2);
    expect((await search({ status: "pending" })).total).toBe(2);
    expect((await search({ q: "klub 07" })).rows.map((r) => r.name)).toEqual(["Klub 07"]);
    const nip = first.rows[0]?.nip ?? "";
    expect(
      (await search({ q: `${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}` })).total,
    ).toBe(1);
    expect((await search({ q: "%" })).total).toBe(0);
    expect(OrganizationSearchSchema.parse({ status: "deleted", page: "-1", q: "x".repeat(500) })).toEqual({
      status: undefined,
      q: undefined,
      page: 1,
    });
  });

  it("counts by status, lists the queue, members, invitations, requests and districts", async () => {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    await createTestOrganization(t.db, { tenantId: tenant.id, owner, profile: { district: "Śródmieście" } });
    const id = await createTestOrganization(t.db, {
      tenantId: tenant.id,
      owner,
      status: "verified",
      profile: { district: "Błeszno" },
    });
    expect(await countOrganizationsByStatus({ db: t.db, tenantId: tenant.id })).toEqual({
      pending: 1,
      verified: 1,
      rejected: 0,
    });
    expect(await listPendingOrganizations({ db: t.db, tenantId: tenant.id })).toHaveLength(1);
    expect(await listDistricts({ db: t.db, tenantId: tenant.id })).toEqual(["Błeszno", "Śródmieście"]);
    const people = await listMembers({ db: t.db, organizationId: id, clock: testClock() });
    expect(people).toEqual({
      members: [{ userId: owner.id, name: owner.name, email: owner.email, role: "owner" }],
      invitations: [],
      joinRequests: [],
    });
  });
});
