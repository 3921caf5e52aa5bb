import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  CostsSectionSchema,
  DeclarationsSectionSchema,
  OfferorsSectionSchema,
  OtherSectionSchema,
  ProfileSectionSchema,
  SECTION_KEYS,
  type SectionKey,
  TaskSectionSchema,
} from "~/domain/offers/sections";
import { sectionVersions } from "~/domain/offers/testing/factories";
import { offerSections } from "~/platform/db/schema/offers";
import { useTestDatabase } from "~/test/db";
import { action as sectionAction } from "../../routes/panel.oferty.$id.$sekcja";
import { createMatrixWorld, type MatrixWorld } from "../authorization/matrix-world";
import { SECTION_SLUGS } from "../offers/section-slugs";
import { formFieldsOf, fuzzAction, post } from "./fuzz-actions";
import { prototypeIsClean } from "./hostile";

/*
 * Every section of the demo draft offer of organisation A saved by its member with hostile bodies:
 * a refused save leaves the section's version and content as they were.
 */

const SCHEMAS: Record<SectionKey, z.ZodType> = {
  offerors: OfferorsSectionSchema,
  task: TaskSectionSchema,
  profile: ProfileSectionSchema,
  costs: CostsSectionSchema,
  other: OtherSectionSchema,
  declarations: DeclarationsSectionSchema,
};

const INTENTS = [
  "save",
  "autosave",
  "saveNext",
  "addRow:rows",
  "addRow:actions",
  "removeRow:rows:0",
  "removeRow:actions:99999",
];

describe("offer section saves under hostile input", () => {
  const t = useTestDatabase();
  let world: MatrixWorld;

  beforeAll(async () => {
    world = await createMatrixWorld(t.db);
  }, 60_000);

  it.each(SECTION_KEYS)("section %s", async (section) => {
    const offerId = world.ids.offerA;
    const fields = [...formFieldsOf(SCHEMAS[section]), "intent", "version"];
    const known = new Set(fields.map((f) => f.split(".")[0] ?? f));
    let turn = 0;
    const tally = await fuzzAction({
      world,
      action: sectionAction,
      role: "memberA",
      url: `/panel/oferty/${offerId}/${SECTION_SLUGS[section]}`,
      params: { id: offerId, sekcja: SECTION_SLUGS[section] },
      fields,
      known,
      fixed: async () => ({
        version: String((await sectionVersions(t.db, offerId))[section] ?? 0),
        intent: INTENTS[turn++ % INTENTS.length] ?? "save",
      }),
      snapshot: async () =>
        t.db
          .select({ version: offerSections.version, content: offerSections.content })
          .from(offerSections)
          .where(eq(offerSections.offerId, offerId)),
      numRuns: 30,
    });
    expect(tally.accepted + tally.refused).toBe(30);
    expect(prototypeIsClean()).toBe(true);
  });

  it.each(["Infinity", "1e309", "1.5", "-1", "9".repeat(40)])(
    "a version of %s is a conflict, not a crash",
    async (version) => {
      const offerId = world.ids.offerA;
      const before = await sectionVersions(t.db, offerId);
      const body = new URLSearchParams({ version, intent: "save", title: "Zmiana" });
      const answer = await post(world, sectionAction, "memberA", "/", { id: offerId, sekcja: "opis" }, body);
      expect(answer.status).toBe(409);
      expect(await sectionVersions(t.db, offerId)).toEqual(before);
    },
  );
});
