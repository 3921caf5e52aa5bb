import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import {
  ApiCompetitionDetailSchema,
  ApiCompetitionListSchema,
  toApiDetail,
  toApiSummary,
} from "./api-schemas";
import { cancelCompetition } from "./cancel-competition";
import { closeDueCompetitions } from "./close-due-competitions";
import { getCompetitionForOffice } from "./get-competition-for-office";
import { getPublicCompetition } from "./get-public-competition";
import { listDepartmentCompetitions } from "./list-department-competitions";
import {
  LenientPublicCompetitionQuerySchema,
  listPublicCompetitions,
  listPublicYears,
  PublicCompetitionQuerySchema,
} from "./list-public-competitions";
import {
  createCompetitionWorld,
  createDraft,
  createPublished,
  TEST_APP_URL,
  testClock,
  warsaw,
} from "./testing/factories";

describe("competition queries", () => {
  const t = useTestDatabase();

  async function scenario() {
    const world = await createCompetitionWorld(t.db);
    const open = await createPublished(t.db, world, {
      offerDeadline: "2026-05-20 15:00",
      selectionDate: "2026-05-30",
    });
    const closing = await createPublished(t.db, world, {
      title: "Edukacja ekologiczna 2026",
      departmentId: world.culture.id,
      areaCode: "ecology_animals",
    });
    const draft = await createDraft(t.db, world, { title: "Szkic, którego nikt nie widzi" });
    const cancelledDraft = await createDraft(t.db, world, { title: "Unieważniony szkic" });
    await cancelCompetition({
      db: t.db,
      tenantId: world.tenant.id,
      actor: world.officer.actor,
      staffRoles: world.officer.staffRoles,
      clock: testClock(),
      appUrl: TEST_APP_URL,
      competitionId: cancelledDraft,
      reason: "Rezygnacja przed publikacją.",
    });
    await closeDueCompetitions({ db: t.db, clock: testClock(warsaw("2026-04-10 15:00")) });
    return { world, open, closing, draft, cancelledDraft };
  }

  const list = (tenantId: string, query: Record<string, string> = {}) =>
    listPublicCompetitions({ db: t.db, tenantId, query: PublicCompetitionQuerySchema.parse(query) });

  it("shows the public published and later competitions only, open first", async () => {
    const s = await scenario();
    const all = await list(s.world.tenant.id);
    expect(all.items.map((i) => i.id)).toEqual([s.open, s.closing]);
    expect(all.items[1]).toMatchObject({ status: "closed", offersAfterDeadline: 0, totalFunds: 88_128_000 });
    expect(all.items[0]?.offersAfterDeadline).toBeNull();
  });

  it("filters by status group, area, department and year", async () => {
    const s = await scenario();
    const ids = async (q: Record<string, string>) =>
      (await list(s.world.tenant.id, q)).items.map((i) => i.id);
    expect(await ids({ status: "open" })).toEqual([s.open]);
    expect(await ids({ status: "evaluation" })).toEqual([s.closing]);
    expect(await ids({ status: "resolved" })).toEqual([]);
    expect(await ids({ area: "ecology_animals" })).toEqual([s.closing]);
    expect(await ids({ department: "wkps" })).toEqual([s.closing]);
    expect(await ids({ year: "2026" })).toHaveLength(2);
    expect(await ids({ year: "2027" })).toEqual([]);
    expect(await listPublicYears({ db: t.db, tenantId: s.world.tenant.id })).toEqual([2026]);
  });

  it("refuses bad query values in the strict schema and drops them in the lenient one", () => {
    expect(PublicCompetitionQuerySchema.safeParse({ status: "all-of-them" }).success).toBe(false);
    expect(PublicCompetitionQuerySchema.safeParse({ page: "0" }).success).toBe(false);
    expect(PublicCompetitionQuerySchema.safeParse({ year: "abc" }).success).toBe(false);
    expect(PublicCompetitionQuerySchema.parse({ status: "", area: "" })).toEqual({ page: 1 });
    expect(LenientPublicCompetitionQuerySchema.parse({ status: "nope", page: "-3", year: "x" })).toEqual({
      page: 1,
    });
  });

  it("never gives a draft, a cancelled draft or another tenant's competition to the public", async () => {
    const s = await scenario();
    const other = await createCompetitionWorld(t.db);
    const get = (id: string, tenantId = s.world.tenant.id) =>
      getPublicCompetition({ db: t.db, tenantId, competitionId: id });
    await expectAppError(get(s.draft), "NOT_FOUND");
    await expectAppError(get(s.cancelledDraft), "NOT_FOUND");
    await expectAppError(get(s.open, other.tenant.id), "NOT_FOUND");
    await expectAppError(get("../../etc/passwd"), "NOT_FOUND");
    const found = await get(s.open);
    expect(found).toMatchObject({
      title: "Świadczenie usługi opieki wytchnieniowej w 2026 r.",
      department: { code: "WPS" },
    });
  });

  it("answers the API in the declared shapes, deadline with the Warsaw offset", async () => {
    const s = await scenario();
    const page = await list(s.world.tenant.id);
    const body = ApiCompetitionListSchema.parse({
      ...page,
      items: page.items.map((i) => toApiSummary(i, TEST_APP_URL)),
    });
    expect(body.items[0]?.deadline).toBe("2026-05-20T15:00:00+02:00");
    expect(body.items[0]?.funds).toEqual({
      currency: "PLN",
      totalGrosze: 88_128_000,
      total: "881280.00",
      byYear: [{ year: 2026, amountGrosze: 88_128_000 }],
    });
    const detail = ApiCompetitionDetailSchema.parse(
      toApiDetail(
        await getPublicCompetition({ db: t.db, tenantId: s.world.tenant.id, competitionId: s.open }),
        TEST_APP_URL,
      ),
    );
    expect(detail.legalBasis.code).toBe("udpp-wspieranie");
    expect(detail.priorTasks).toEqual([
      { year: 2025, name: "Opieka wytchnieniowa 2025", amountGrosze: 75_000_000 },
    ]);
  });

  it("gives the office its department's competitions, drafts included; FORBIDDEN for another department", async () => {
    const s = await scenario();
    const officeList = (by: typeof s.world.officer) =>
      listDepartmentCompetitions({
        db: t.db,
        tenantId: s.world.tenant.id,
        staffRoles: by.staffRoles,
        query: { page: 1 },
      });
    const mine = await officeList(s.world.officer);
    expect(mine.items.map((i) => i.id).sort()).toEqual([s.open, s.draft, s.cancelledDraft].sort());
    expect((await officeList(s.world.coordinator)).total).toBe(4);
    const details = await getCompetitionForOffice({
      db: t.db,
      tenantId: s.world.tenant.id,
      staffRoles: s.world.officer.staffRoles,
      competitionId: s.draft,
    });
    expect(details.allowed).toMatchObject({ publish: true, "draft.edit": true, amend: false });
    await expectAppError(
      getCompetitionForOffice({
        db: t.db,
        tenantId: s.world.tenant.id,
        staffRoles: s.world.otherOfficer.staffRoles,
        competitionId: s.draft,
      }),
      "FORBIDDEN",
    );
  });
});
