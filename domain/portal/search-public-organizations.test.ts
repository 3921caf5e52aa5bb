import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { organizations } from "../../platform/db/schema/organizations";
import { makeKrs, makeNip } from "../../platform/validation/identifiers";
import { useTestDatabase } from "../../test/db";
import { createTestOrganization, createTestTenant, createTestUser } from "../organizations/testing/factories";
import {
  type PublicOrganizationQuery,
  PublicOrganizationQuerySchema,
  parsePublicOrganizationQuery,
  readPublicOrganizationQuery,
} from "./api-schemas";
import { searchPublicOrganizations } from "./search-public-organizations";

const HOSPICE_KRS = makeKrs(391_877);
const HOSPICE_NIP = makeNip(573_278_901);

describe("public NGO base search", () => {
  const t = useTestDatabase();
  let tenantId = "";
  let otherTenantId = "";

  const search = async (query: Record<string, string> = {}, tenant = tenantId) => {
    const parsed = parsePublicOrganizationQuery(new URLSearchParams(query));
    if (!parsed.ok) throw new Error(`bad query: ${JSON.stringify(parsed.issues)}`);
    return searchPublicOrganizations({ db: t.db, tenantId: tenant, search: parsed.data });
  };
  const names = async (query: Record<string, string> = {}) =>
    (await search({ pageSize: "100", ...query })).items.map((o) => o.name).sort();

  beforeAll(async () => {
    const tenant = await createTestTenant(t.db);
    const other = await createTestTenant(t.db);
    tenantId = tenant.id;
    otherTenantId = other.id;
    const owner = await createTestUser(t.db);
    const add = (
      profile: Parameters<typeof createTestOrganization>[1]["profile"],
      status = "verified" as const,
    ) => createTestOrganization(t.db, { tenantId, owner, status, profile });
    await add({
      name: "Stowarzyszenie Opieki Hospicyjnej Ziemi Częstochowskiej",
      krs: HOSPICE_KRS,
      nip: HOSPICE_NIP,
      areas: ["health"],
      district: "Tysiąclecie",
      opp: true,
    });
    await add({
      name: "Fundacja Teatr Papahema",
      legalForm: "foundation",
      areas: ["culture"],
      district: "Stare Miasto",
    });
    await add({
      name: "Uczniowski Klub Sportowy nr 35",
      legalForm: "student_sports_club",
      krs: undefined,
      otherRegister: "Ewidencja UKS nr 40",
      areas: ["physical_culture", "children_youth"],
      district: "Wyczerpy-Aniołów",
    });
    await add({ name: "Fundacja 100% Zabawy_Dzieci", legalForm: "foundation", areas: ["children_youth"] });
    await createTestOrganization(t.db, {
      tenantId,
      owner,
      status: "pending",
      profile: { name: "Fundacja Złota Gwiazda (czeka)", areas: ["culture"], district: "Stare Miasto" },
    });
    await createTestOrganization(t.db, {
      tenantId,
      owner,
      status: "rejected",
      profile: { name: "Fundacja Teatralna Odrzucona", areas: ["culture"], opp: true },
    });
    await createTestOrganization(t.db, {
      tenantId: otherTenantId,
      owner,
      status: "verified",
      profile: { name: "Fundacja Teatr Papahema z innej gminy", areas: ["culture"] },
    });
  });

  it("shows only the tenant's verified organisations", async () => {
    expect(await names()).toEqual([
      "Fundacja 100% Zabawy_Dzieci",
      "Fundacja Teatr Papahema",
      "Stowarzyszenie Opieki Hospicyjnej Ziemi Częstochowskiej",
      "Uczniowski Klub Sportowy nr 35",
    ]);
    const result = await search();
    expect(result.total).toBe(4);
    expect(Object.keys(result.items[0] ?? {}).sort()).toEqual(
      ["areas", "city", "district", "id", "krs", "legalForm", "name", "nip", "opp"].sort(),
    );
  });

  it("finds by a fragment of the name, in any case, and despite a typo", async () => {
    expect(await names({ q: "papah" })).toEqual(["Fundacja Teatr Papahema"]);
    expect(await names({ q: "TEATR" })).toEqual(["Fundacja Teatr Papahema"]);
    expect(await names({ q: "hospicyjnj" })).toEqual([
      "Stowarzyszenie Opieki Hospicyjnej Ziemi Częstochowskiej",
    ]);
    expect(await names({ q: "papahena" })).toEqual(["Fundacja Teatr Papahema"]);
    expect(await names({ q: "złota" })).toEqual([]);
  });

  it("finds by KRS (with or without the leading zeros) and by NIP (with separators)", async () => {
    const hospice = ["Stowarzyszenie Opieki Hospicyjnej Ziemi Częstochowskiej"];
    expect(await names({ q: HOSPICE_KRS })).toEqual(hospice);
    expect(await names({ q: String(Number(HOSPICE_KRS)) })).toEqual(hospice);
    const nip = HOSPICE_NIP;
    expect(
      await names({ q: `${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}` }),
    ).toEqual(hospice);
    // Digits that are part of a name still find it.
    expect(await names({ q: "35" })).toEqual(["Uczniowski Klub Sportowy nr 35"]);
  });

  it("treats LIKE wildcards and quotes in the text as plain characters", async () => {
    expect(await names({ q: "100%" })).toEqual(["Fundacja 100% Zabawy_Dzieci"]);
    expect(await names({ q: "y_D" })).toEqual(["Fundacja 100% Zabawy_Dzieci"]);
    expect(await names({ q: "%" })).toEqual(["Fundacja 100% Zabawy_Dzieci"]);
    expect(await names({ q: "_" })).toEqual(["Fundacja 100% Zabawy_Dzieci"]);
    expect(await names({ q: "' or 1=1 --" })).toEqual([]);
    expect(await names({ q: "\\" })).toEqual([]);
  });

  it("filters by area, district, legal form and OPP status, together", async () => {
    expect(await names({ area: "culture" })).toEqual(["Fundacja Teatr Papahema"]);
    expect(await names({ area: "children_youth" })).toEqual([
      "Fundacja 100% Zabawy_Dzieci",
      "Uczniowski Klub Sportowy nr 35",
    ]);
    expect(await names({ district: "Stare Miasto" })).toEqual(["Fundacja Teatr Papahema"]);
    expect(await names({ legalForm: "student_sports_club" })).toEqual(["Uczniowski Klub Sportowy nr 35"]);
    expect(await names({ opp: "true" })).toEqual(["Stowarzyszenie Opieki Hospicyjnej Ziemi Częstochowskiej"]);
    expect(await names({ opp: "false" })).toHaveLength(3);
    expect(await names({ area: "children_youth", legalForm: "foundation" })).toEqual([
      "Fundacja 100% Zabawy_Dzieci",
    ]);
    expect(await names({ area: "culture", opp: "true" })).toEqual([]);
  });

  it("pages through the results with a stable order and stays on the last page when asked past it", async () => {
    const first = await search({ pageSize: "3" });
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3, pageCount: 2 });
    const second = await search({ pageSize: "3", page: "2" });
    expect(second.items).toHaveLength(1);
    const all = [...first.items, ...second.items].map((o) => o.id);
    expect(new Set(all).size).toBe(4);
    const past = await search({ pageSize: "3", page: "99" });
    expect(past.page).toBe(2);
    expect(past.items.map((o) => o.id)).toEqual(second.items.map((o) => o.id));
  });

  it("pages through a name search in name order and stays on its last page when asked past it", async () => {
    const first = await search({ q: "fundacja", pageSize: "1" });
    expect(first).toMatchObject({ total: 2, page: 1, pageSize: 1, pageCount: 2 });
    expect(first.items.map((o) => o.name)).toEqual(["Fundacja 100% Zabawy_Dzieci"]);
    const second = await search({ q: "fundacja", pageSize: "1", page: "2" });
    expect(second.items.map((o) => o.name)).toEqual(["Fundacja Teatr Papahema"]);
    const past = await search({ q: "fundacja", pageSize: "1", page: "99" });
    expect(past).toMatchObject({ total: 2, page: 2, pageCount: 2 });
    expect(past.items.map((o) => o.id)).toEqual(second.items.map((o) => o.id));
    expect(await search({ q: "złota", page: "3" })).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageSize: 20,
      pageCount: 1,
    });
  });

  it("sorts by name or by the newest verification", async () => {
    const byName = (await search({ sort: "name" })).items.map((o) => o.name);
    expect(byName).toEqual([...byName].sort());
    const [papahema] = (await search({ q: "papahema" })).items;
    await t.db
      .update(organizations)
      .set({ verifiedAt: new Date("2026-03-01T10:00:00Z") })
      .where(eq(organizations.id, papahema!.id));
    expect((await search({ sort: "newest" })).items[0]?.name).toBe("Fundacja Teatr Papahema");
    expect((await search({ q: "fundacja", sort: "newest" })).items.map((o) => o.name)).toEqual([
      "Fundacja Teatr Papahema",
      "Fundacja 100% Zabawy_Dzieci",
    ]);
  });

  it("never shows another tenant's organisations", async () => {
    expect((await search({ q: "papahema" }, otherTenantId)).items.map((o) => o.name)).toEqual([
      "Fundacja Teatr Papahema z innej gminy",
    ]);
  });
});

describe("public NGO base search over more matches than it sorts", () => {
  const t = useTestDatabase();
  const FORMS = ["Fundacja", "Stowarzyszenie", "Towarzystwo"];
  const COUNT = 300;
  const SORT_UP_TO = 100;
  let tenantId = "";
  const rows = Array.from({ length: COUNT }, (_, i) => ({
    name: `${FORMS[i % 3]} Testowa nr ${String(i).padStart(4, "0")}`,
    district: i % 2 === 0 ? "Raków" : "Zawodzie",
    areas: i % 5 === 0 ? ["culture", "health"] : ["culture"],
    verifiedAt: new Date(Date.UTC(2025, 0, 1, 0, i)),
  }));
  const byName = (xs: typeof rows) => xs.map((r) => r.name).sort();

  beforeAll(async () => {
    tenantId = (await createTestTenant(t.db)).id;
    const base = { tenantId, legalForm: "foundation", street: "ul. Ławkowa 1", postalCode: "42-200" };
    const contact = { city: "Częstochowa", email: "biuro@ngo.example.pl" };
    await t.db
      .insert(organizations)
      .values([
        ...rows.map((r) => ({ ...base, ...contact, ...r, status: "verified" as const })),
        { ...base, ...contact, name: "Fundacja Testowa czeka", areas: ["culture"], district: "Raków" },
      ]);
  });

  const page = async (query: Record<string, string>) => {
    const parsed = parsePublicOrganizationQuery(new URLSearchParams(query));
    if (!parsed.ok) throw new Error("bad query");
    return searchPublicOrganizations({
      db: t.db,
      tenantId,
      search: parsed.data,
      sortMatchesUpTo: SORT_UP_TO,
    });
  };

  it("reads many matches in the index's order, page by page, up to the last page", async () => {
    const third = await page({ area: "culture", page: "3" });
    expect(third).toMatchObject({ total: COUNT, page: 3, pageCount: 15 });
    expect(third.items.map((o) => o.name)).toEqual(byName(rows).slice(40, 60));
    const past = await page({ district: "Raków", page: "99" });
    const rakow = rows.filter((r) => r.district === "Raków");
    expect(past).toMatchObject({ total: rakow.length, page: 8, pageCount: 8 });
    expect(past.items.map((o) => o.name)).toEqual(byName(rakow).slice(140));
    const newest = await page({ sort: "newest", pageSize: "3" });
    expect(newest.items.map((o) => o.name)).toEqual(
      rows
        .slice(-3)
        .reverse()
        .map((r) => r.name),
    );
  });

  it("sorts fewer matches itself, in the same order, and answers no match at once", async () => {
    const health = rows.filter((r) => r.areas.includes("health"));
    const second = await page({ area: "health", page: "2", pageSize: "25" });
    expect(second).toMatchObject({ total: health.length, page: 2, pageCount: 3 });
    expect(second.items.map((o) => o.name)).toEqual(byName(health).slice(25, 50));
    const newest = await page({ area: "health", sort: "newest", pageSize: "2", page: "2" });
    expect(newest.items.map((o) => o.name)).toEqual(
      health
        .slice(-4, -2)
        .reverse()
        .map((r) => r.name),
    );
    expect(await page({ district: "Lisiniec", page: "4" })).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageSize: 20,
      pageCount: 1,
    });
  });
});

describe("search parameters", () => {
  const issuesOf = (query: Record<string, string>) => {
    const parsed = parsePublicOrganizationQuery(new URLSearchParams(query));
    return parsed.ok ? [] : parsed.issues.map((i) => `${i.parameter}:${i.messageKey}`);
  };

  it("refuses hostile values with a message per parameter", () => {
    expect(issuesOf({ q: "x".repeat(10_000) })).toEqual(['q:form.tooLong|{"max":200}']);
    expect(issuesOf({ area: "<script>alert(1)</script>" })).toEqual(["area:form.invalidChoice"]);
    expect(issuesOf({ legalForm: "spółka" })).toEqual(["legalForm:form.invalidChoice"]);
    expect(issuesOf({ district: "<img src=x onerror=alert(1)>" })).toEqual(["district:org.error.plainText"]);
    expect(issuesOf({ page: "-1" })).toEqual(['page:form.tooSmall|{"min":1}']);
    expect(issuesOf({ page: "abc" })).toEqual(["page:form.invalid"]);
    expect(issuesOf({ page: "1.5" })).toEqual(["page:form.invalid"]);
    expect(issuesOf({ page: "1e9" })).toHaveLength(1);
    expect(issuesOf({ opp: "maybe" })).toEqual(["opp:form.invalidChoice"]);
    expect(issuesOf({ sort: "id; drop table organizations" })).toEqual(["sort:form.invalidChoice"]);
  });

  it("caps the page size instead of refusing it, and fills in defaults", () => {
    const parsed = parsePublicOrganizationQuery(new URLSearchParams({ pageSize: "100000" }));
    expect(parsed.ok && parsed.data).toEqual({ sort: "name", page: 1, pageSize: 100 });
    expect(issuesOf({ pageSize: "0" })).toEqual(['pageSize:form.tooSmall|{"min":1}']);
  });

  it("ignores blank and unknown parameters and reads a repeated one once", () => {
    const parsed = parsePublicOrganizationQuery(
      new URLSearchParams("q=&area=&opp=&foo=bar&area=culture&area=health&sort=newest"),
    );
    expect(parsed.ok && parsed.data).toEqual({ area: "culture", sort: "newest", page: 1, pageSize: 20 });
  });

  it("for pages, drops the bad parameters and keeps the good ones", () => {
    const { search, issues } = readPublicOrganizationQuery(
      new URLSearchParams({ q: "teatr", area: "<script>", page: "abc", opp: "true" }),
    );
    expect(search).toEqual<PublicOrganizationQuery>({
      q: "teatr",
      opp: true,
      sort: "name",
      page: 1,
      pageSize: 20,
    });
    expect(issues.map((i) => i.parameter).sort()).toEqual(["area", "page"]);
    expect(PublicOrganizationQuerySchema.parse({})).toEqual({ sort: "name", page: 1, pageSize: 20 });
  });
});
