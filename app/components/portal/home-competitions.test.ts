import { describe, expect, it } from "vitest";
import {
  createCompetitionWorld,
  createDraft,
  createPublished,
} from "~/domain/competitions/testing/factories";
import { useTestDatabase } from "~/test/db";
import { loader as homeLoader } from "../../routes/_index";
import { callLoader, routeContext } from "./testing/portal-fixture";

describe("home page: current competitions", () => {
  const t = useTestDatabase();

  it("lists up to five open calls, nearest deadline first, never a draft or another tenant's", async () => {
    const world = await createCompetitionWorld(t.db);
    const context = routeContext(t.db, world.tenant as never);
    const empty = await callLoader(homeLoader, { url: "/", context });
    expect(empty.competitions).toEqual({ total: 0, items: [] });

    const days = [16, 11, 14, 12, 15, 13];
    for (const day of days)
      await createPublished(t.db, world, { title: `Konkurs ${day}`, offerDeadline: `2026-04-${day} 15:00` });
    await createDraft(t.db, world, { title: "Projekt" });
    await createPublished(t.db, await createCompetitionWorld(t.db), { title: "Inna gmina" });

    const home = await callLoader(homeLoader, { url: "/", context });
    expect(home.competitions.total).toBe(6);
    expect(home.competitions.items.map((c) => c.title)).toEqual([
      "Konkurs 11",
      "Konkurs 12",
      "Konkurs 13",
      "Konkurs 14",
      "Konkurs 15",
    ]);
    expect(home.competitions.items[0]).toMatchObject({
      department: "Wydział Polityki Społecznej",
      offerDeadline: new Date("2026-04-11T13:00:00Z"),
    });
  });
});
