import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { competitions } from "../../platform/db/schema/competitions";
import { useTestDatabase } from "../../test/db";
import { createCompetitionDraft } from "./create-competition-draft";
import { CompetitionDraftFormSchema, deadlineShiftWarning } from "./schemas";
import { buildDraft, createCompetitionWorld, testClock } from "./testing/factories";

/*
 * A deadline typed at a DST change of Europe/Warsaw: accepted, moved by the rule of
 * resolveWarsawLocal (a skipped time forward by the gap, a repeated time to its later instant),
 * and the form's warning names exactly the instant stored.
 */

describe("a deadline typed at a DST change", () => {
  const t = useTestDatabase();

  it.each([
    ["2027-03-28 02:30", "2027-03-28T01:30:00.000Z", "competition.warning.deadlineGap", "28.03.2027, 03:30"],
    ["2026-03-29 02:15", "2026-03-29T01:15:00.000Z", "competition.warning.deadlineGap", "29.03.2026, 03:15"],
    [
      "2026-10-25 02:30",
      "2026-10-25T01:30:00.000Z",
      "competition.warning.deadlineAmbiguous",
      "25.10.2026, 02:30",
    ],
    [
      "2027-10-31 02:45",
      "2027-10-31T01:45:00.000Z",
      "competition.warning.deadlineAmbiguous",
      "31.10.2027, 02:45",
    ],
  ])("%s is stored as %s with a warning naming it", async (typed, stored, key, shown) => {
    const world = await createCompetitionWorld(t.db);
    const warning = deadlineShiftWarning(typed) ?? "";
    const [warningKey, params] = warning.split("|");
    expect(warningKey).toBe(key);
    expect(JSON.parse(params ?? "{}")).toEqual({
      typed: typed.slice(11),
      day: typed.slice(0, 10),
      became: shown,
    });

    const draft = buildDraft(world, { offerDeadline: typed });
    expect(draft.offerDeadline?.toISOString()).toBe(stored);
    const { competitionId } = await createCompetitionDraft({
      db: t.db,
      tenantId: world.tenant.id,
      actor: world.officer.actor,
      staffRoles: world.officer.staffRoles,
      clock: testClock(),
      draft,
    });
    const [row] = await t.db.select().from(competitions).where(eq(competitions.id, competitionId));
    expect(row?.offerDeadline?.toISOString()).toBe(stored);
  });

  it("gives no warning for ordinary times, blanks and text the schema refuses", () => {
    for (const typed of ["2026-12-20 15:00", "2027-03-28 03:00", "2026-10-25 03:00", "2026-10-25 01:59"])
      expect(deadlineShiftWarning(typed), typed).toBeNull();
    for (const typed of ["", "2026-02-30 02:30", "jutro", null, 42])
      expect(deadlineShiftWarning(typed)).toBeNull();
  });

  it("reads the HTML form's field by the same rule", () => {
    const base = { departmentId: crypto.randomUUID(), legalBasisId: crypto.randomUUID() };
    const parsed = CompetitionDraftFormSchema.safeParse({
      ...base,
      areaCode: "social_assistance",
      title: "Opieka wytchnieniowa w 2027 r.",
      offerDeadline: "2027-03-28 02:30",
    });
    expect(parsed.success && parsed.data.offerDeadline?.toISOString()).toBe("2027-03-28T01:30:00.000Z");
  });
});
