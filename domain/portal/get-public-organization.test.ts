import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import {
  createTestOrganization,
  createTestTenant,
  createTestUser,
  expectAppError,
} from "../organizations/testing/factories";
import { PublicOrganizationSchema } from "./api-schemas";
import { getPublicOrganization } from "./get-public-organization";

describe("public profile of an organisation", () => {
  const t = useTestDatabase();
  const ids: Record<string, string> = {};
  let tenantId = "";

  beforeAll(async () => {
    const tenant = await createTestTenant(t.db);
    const other = await createTestTenant(t.db);
    tenantId = tenant.id;
    const owner = await createTestUser(t.db);
    const make = (tenant: string, status: "pending" | "verified" | "rejected", profile = {}) =>
      createTestOrganization(t.db, { tenantId: tenant, owner, status, profile });
    ids.open = await make(tenantId, "verified", {
      email: "biuro@otwarta.example.pl",
      phone: "+48 34 370 70 00",
      representatives: [{ name: "Anna Jawna", function: "Prezes zarządu" }],
    });
    ids.private = await make(tenantId, "verified", {
      email: "tajny@ukryta.example.pl",
      phone: "+48 34 111 22 33",
      representatives: [{ name: "Jan Ukryty", function: "Prezes zarządu" }],
      hiddenFields: ["email", "phone", "representatives", "iban"],
    });
    ids.pending = await make(tenantId, "pending");
    ids.rejected = await make(tenantId, "rejected");
    ids.otherTenant = await make(other.id, "verified");
  });

  const get = (organizationId: unknown) => getPublicOrganization({ db: t.db, tenantId, organizationId });

  it("shows the public fields of a verified organisation, and matches the API's schema", async () => {
    const profile = await get(ids.open);
    expect(PublicOrganizationSchema.parse(profile)).toEqual(profile);
    expect(profile).toMatchObject({
      email: "biuro@otwarta.example.pl",
      phone: "+48 34 370 70 00",
      representatives: [{ name: "Anna Jawna", function: "Prezes zarządu" }],
    });
    expect(profile.iban).toMatch(/^PL\d{26}$/);
    for (const internal of ["status", "rejectionReason", "hiddenFields", "createdBy", "tenantId"]) {
      expect(profile).not.toHaveProperty(internal);
    }
  });

  it("never shows what the organisation keeps internal", async () => {
    const profile = await get(ids.private);
    expect(profile).toMatchObject({ email: null, phone: null, iban: null, representatives: null });
    const text = JSON.stringify(profile);
    for (const secret of ["tajny@ukryta", "111 22 33", "Jan Ukryty"]) expect(text).not.toContain(secret);
  });

  it("is not found for pending, rejected, another tenant's, unknown and malformed ids", async () => {
    for (const id of [
      ids.pending,
      ids.rejected,
      ids.otherTenant,
      randomUUID(),
      "abc",
      "' or 1=1",
      42,
      null,
    ]) {
      await expectAppError(get(id), "NOT_FOUND");
    }
  });
});
