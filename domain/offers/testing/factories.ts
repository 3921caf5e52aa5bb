import { createHash, randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.server";
import { auditLog } from "../../../platform/db/schema/audit";
import { storedFiles } from "../../../platform/db/schema/files";
import type { users } from "../../../platform/db/schema/identity";
import { offerAttachments, offerSections } from "../../../platform/db/schema/offers";
import { organizationMembers } from "../../../platform/db/schema/organizations";
import type { CompetitionDraftInput } from "../../competitions/schemas";
import {
  createCompetitionWorld,
  createPublished,
  TEST_APP_URL,
  testClock,
  warsaw,
} from "../../competitions/testing/factories";
import type { MemberRole, OrganizationProfileInput } from "../../organizations/schemas";
import { actorOf, createTestOrganization, createTestUser } from "../../organizations/testing/factories";
import { saveOfferSection } from "../save-offer-section";
import type { OfferSections, SectionKey } from "../sections";
import { SECTION_KEYS } from "../sections";
import { startOffer } from "../start-offer";
import { submitOffer } from "../submit-offer";

/** Test factories for the offers: real rows through the real use cases, never mocks. */

export { TEST_APP_URL, testClock, warsaw };

type User = typeof users.$inferSelect;

/** The moment most offer tests act at: five days after the default competition was published. */
export const OFFER_TEST_TIME = "2026-03-25 10:00";
export const offerClock = (at: string = OFFER_TEST_TIME) => testClock(warsaw(at));

/** Adds a person to an organisation with a role. */
export async function addMember(db: Db, organizationId: string, user: { id: string }, role: MemberRole) {
  await db.insert(organizationMembers).values({ organizationId, userId: user.id, role });
}

/** A verified organisation of the tenant with an owner (and, when asked, an editor and a viewer). */
export async function createOfferor(
  db: Db,
  tenantId: string,
  options: { status?: "pending" | "verified" | "rejected"; profile?: Partial<OrganizationProfileInput> } = {},
) {
  const owner = await createTestUser(db);
  const editor = await createTestUser(db);
  const viewer = await createTestUser(db);
  const organizationId = await createTestOrganization(db, {
    tenantId,
    owner,
    status: options.status ?? "verified",
    profile: options.profile,
  });
  await addMember(db, organizationId, editor, "editor");
  await addMember(db, organizationId, viewer, "viewer");
  return { organizationId, owner, editor, viewer };
}

/**
 * A tenant with a competition published on 2026-03-20 (deadline 2026-04-10 15:00 Warsaw, no
 * required attachments unless overridden), a verified organisation with an owner, an editor and
 * a viewer, and an outsider.
 */
export async function createOfferWorld(
  db: Db,
  overrides: Partial<CompetitionDraftInput> = {},
  publishedAt?: string,
) {
  const world = await createCompetitionWorld(db);
  const competitionId = await createPublished(
    db,
    world,
    { requiredAttachments: [], ...overrides },
    publishedAt ? warsaw(publishedAt) : undefined,
  );
  const org = await createOfferor(db, world.tenant.id);
  const outsider = await createTestUser(db);
  return { ...world, competitionId, ...org, outsider };
}
export type OfferWorld = Awaited<ReturnType<typeof createOfferWorld>>;

/** Starts an offer of the world's organisation (or another) as its owner (or another member). */
export async function startTestOffer(
  db: Db,
  world: OfferWorld,
  options: { by?: User; organizationId?: string; competitionId?: string; at?: string } = {},
): Promise<string> {
  const { offerId } = await startOffer({
    db,
    tenantId: world.tenant.id,
    actor: actorOf(options.by ?? world.owner),
    clock: offerClock(options.at),
    competitionId: options.competitionId ?? world.competitionId,
    organizationId: options.organizationId ?? world.organizationId,
  });
  return offerId;
}

/**
 * Sections that pass every check of the default competition (task in 2026-05-01…2026-12-31,
 * grant 10 000–200 000 zł, own ≥ 10 %, financial ≥ 5 %, administrative ≤ 10 %): costs of
 * 21 600,00 zł = grant 19 000,00 + financial 1 600,00 + personal 1 000,00. `year` moves the
 * task's dates (a competition whose task window is in another year); a joint offer's split gives
 * each partner 10,00 zł and the rest to the leader.
 */
export function completeSections(
  options: { offerorIds?: readonly string[]; year?: number } = {},
): OfferSections {
  const offerorIds = options.offerorIds ?? [];
  const y = options.year ?? 2026;
  const total = 2_160_000;
  return {
    offerors: {
      contactName: "Anna Nowak",
      contactFunction: "Koordynatorka projektu",
      contactPhone: "+48 600 100 200",
      contactEmail: "anna.nowak@example.pl",
      correspondenceAddress: "",
    },
    task: {
      title: "Opieka wytchnieniowa dla rodzin",
      startDate: `${y}-05-01`,
      endDate: `${y}-12-31`,
      place: "Częstochowa",
      targetGroup: "Opiekunowie osób z niepełnosprawnościami",
      summary: "Opieka wytchnieniowa w domu podopiecznego.",
      actions: [
        {
          name: "Opieka wytchnieniowa",
          description: "Godziny opieki w domu.",
          targetGroup: "Opiekunowie",
          start: `${y}-05-01`,
          end: `${y}-12-31`,
          thirdParty: false,
        },
      ],
      resultsProduced: "400 godzin opieki.",
      resultsChange: "Odpoczynek opiekunów.",
      resultsDurability: "Sieć opiekunów zostaje.",
      indicators: [{ name: "Liczba godzin opieki", target: "400", monitoring: "Karty czasu pracy" }],
    },
    profile: { experience: "Od 2015 r. prowadzimy usługi opiekuńcze.", resources: "Dziesięciu opiekunów." },
    costs: {
      rows: [
        {
          action: 1,
          name: "Wynagrodzenie opiekunów",
          unit: "godzina",
          unitCost: 5_000,
          units: 40_000,
          year: y,
        },
        { action: null, name: "Obsługa księgowa", unit: "miesiąc", unitCost: 20_000, units: 800, year: y },
      ],
      sources: { grant: 1_900_000, financial: 160_000, fees: 0, personal: 100_000, inKind: 0 },
      split:
        offerorIds.length > 1
          ? offerorIds.map((organizationId, i) => ({
              organizationId,
              amount: i === 0 ? total - 1_000 * (offerorIds.length - 1) : 1_000,
            }))
          : [],
    },
    other: {
      feesCharged: false,
      feesDescription: "",
      partnersRoles: "",
      accessibility: "Bez barier.",
      otherInfo: "",
    },
    declarations: {
      statutoryActivity: true,
      feesWithinPaidActivity: true,
      noArrears: true,
      registerConsistent: true,
      truthful: true,
      dataConsent: true,
    },
  };
}

/** The current version of each section of an offer. */
export async function sectionVersions(db: Db, offerId: string): Promise<Record<SectionKey, number>> {
  const rows = await db
    .select({ section: offerSections.section, version: offerSections.version })
    .from(offerSections)
    .where(eq(offerSections.offerId, offerId));
  return Object.fromEntries(rows.map((r) => [r.section, r.version])) as Record<SectionKey, number>;
}

/** Saves sections through the use case (all six by default) as the given member. */
export async function fillOffer(
  db: Db,
  world: OfferWorld,
  offerId: string,
  options: { sections?: Partial<OfferSections>; by?: User; at?: string } = {},
): Promise<void> {
  const sections = options.sections ?? completeSections();
  const versions = await sectionVersions(db, offerId);
  for (const section of SECTION_KEYS) {
    const content = sections[section];
    if (content === undefined) continue;
    await saveOfferSection({
      db,
      tenantId: world.tenant.id,
      actor: actorOf(options.by ?? world.owner),
      clock: offerClock(options.at),
      offerId,
      section,
      expectedVersion: versions[section],
      content,
    });
  }
}

/** Starts, fills completely and submits an offer of the world's organisation; returns its id and receipt. */
export async function submittedTestOffer(db: Db, world: OfferWorld, options: { by?: User } = {}) {
  const offerId = await startTestOffer(db, world, { by: options.by });
  await fillOffer(db, world, offerId, { by: options.by });
  const receipt = await submitOffer({
    db,
    tenantId: world.tenant.id,
    actor: actorOf(options.by ?? world.owner),
    clock: offerClock(),
    appUrl: TEST_APP_URL,
    offerId,
  });
  return { offerId, ...receipt };
}

/** Attaches a file to an offer as the attachments' use case would (stored in the database). */
export async function attachTestFile(
  db: Db,
  offerId: string,
  options: { requirement?: string | null; filename?: string; bytes?: string } = {},
) {
  const bytes = Buffer.from(options.bytes ?? `plik ${randomUUID()}`);
  const id = randomUUID();
  await db.insert(storedFiles).values({
    id,
    storage: "database",
    storageKey: id,
    filename: options.filename ?? "statut.pdf",
    contentType: "application/pdf",
    size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  });
  await db.insert(offerAttachments).values({ offerId, fileId: id, requirement: options.requirement ?? null });
  return id;
}

/** Audit lines of one offer, oldest first. */
export async function auditOfOffer(db: Db, offerId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "offer"), eq(auditLog.entityId, offerId)))
    .orderBy(asc(auditLog.id));
}
