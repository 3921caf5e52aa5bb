import { eq, sql } from "drizzle-orm";
import {
  type CompetitionParameters,
  getCompetitionParameters,
} from "../domain/competitions/get-competition-parameters";
import { offerorDataOf, offerRulesOf } from "../domain/offers/access";
import { submissionIssues } from "../domain/offers/checks";
import { offerChecksum } from "../domain/offers/checksum.server";
import { buildOfferDocument } from "../domain/offers/document";
import {
  attachedRequirements,
  basicsOf,
  documentAttachments,
  readAttachments,
  readSections,
  tenantForOffers,
} from "../domain/offers/offer-content";
import { saveOfferSection } from "../domain/offers/save-offer-section";
import { emptySections, type OfferSections, SECTION_KEYS, type SectionKey } from "../domain/offers/sections";
import { startOffer } from "../domain/offers/start-offer";
import { type Actor, SYSTEM_ACTOR, writeAudit } from "../platform/audit/write-audit.server";
import { fixedClock } from "../platform/clock/clock";
import type { Db, Tx } from "../platform/db/client.server";
import { competitions } from "../platform/db/schema/competitions";
import {
  offerAttachments,
  offerPartners,
  offerSections,
  offers,
  offerVersions,
} from "../platform/db/schema/offers";
import { organizations } from "../platform/db/schema/organizations";
import { databaseFileStorage } from "../platform/files/database-file-storage.server";
import { storeFile } from "../platform/files/store-file.server";
import { warsawYearOf } from "../platform/format/dates";
import { demoPdf, demoSections } from "./demo-offer-sections";
import { type DemoOffer, type DemoTheme, SUBMITTED_OFFERS, THEMES } from "./demo-offers";

/*
 * Offers of the demo city (after the demo competitions): submitted offers in the open calls and
 * in the closed and evaluated ones (so the office's list and the public "offers after the
 * deadline" show real numbers), and drafts of the two NGO demo accounts. The drafts go through
 * the use cases as their people would. The submitted offers belong to organisations without
 * accounts and to competitions already past their deadline, so they are written the way
 * submitOffer writes them: the stored sections read back, the same document, checks, checksum
 * and receipt sequence; no mail is sent (there is nobody to send it to).
 */

const HOUR = 3_600_000;

interface Options {
  tenantId: string;
  userIds: Map<string, string>;
  now: Date;
}

/** Seeds the demo offers inside the demo's transaction. */
export async function seedDemoOffers(tx: Tx, options: Options): Promise<void> {
  const { tenantId, now } = options;
  const themed = await demoCompetitions(tx, tenantId);
  const orgIds = await organizationIds(tx, tenantId);
  const { authority } = await tenantForOffers(tx, tenantId);
  const planned = SUBMITTED_OFFERS.map((offer) => {
    const competition = themed.get(offer.theme);
    if (!competition) throw new Error(`demo offers need the ${offer.theme} competition`);
    const deadline = competition.offerDeadline ?? now;
    const base = competition.status === "published" ? now : deadline;
    return { offer, competition, at: new Date(base.getTime() - offer.hoursBefore * HOUR) };
  });
  // Receipt numbers follow the order of submission, as they would have.
  planned.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const { offer, competition, at } of planned)
    await insertSubmittedOffer(tx, { tenantId, authority, competition, offer, orgIds, at });
  await seedDrafts(tx, options, themed, orgIds);
}

/** The demo competitions by theme: the one of the theme's area in the theme's status. */
async function demoCompetitions(tx: Tx, tenantId: string) {
  const rows = await tx
    .select({ id: competitions.id, areaCode: competitions.areaCode, status: competitions.status })
    .from(competitions)
    .where(eq(competitions.tenantId, tenantId));
  const out = new Map<keyof typeof THEMES, CompetitionParameters>();
  for (const [key, theme] of Object.entries(THEMES) as [keyof typeof THEMES, DemoTheme][]) {
    const row = rows.find((r) => r.areaCode === theme.areaCode && r.status === theme.status);
    if (row) out.set(key, await getCompetitionParameters({ db: tx, tenantId, competitionId: row.id }));
  }
  return out;
}

async function organizationIds(tx: Tx, tenantId: string) {
  const rows = await tx
    .select({ id: organizations.id, name: organizations.name, email: organizations.email })
    .from(organizations)
    .where(eq(organizations.tenantId, tenantId));
  return new Map(rows.map((r) => [r.name, r]));
}

type Orgs = Awaited<ReturnType<typeof organizationIds>>;

function orgOf(orgs: Orgs, name: string) {
  const found = orgs.get(name);
  if (!found) throw new Error(`demo offer needs the organisation ${name}`);
  return found;
}

async function insertSubmittedOffer(
  tx: Tx,
  o: {
    tenantId: string;
    /** Section I: the authority offers are addressed to. */
    authority: string;
    competition: CompetitionParameters;
    offer: DemoOffer;
    orgIds: Orgs;
    at: Date;
  },
) {
  const { competition, offer, at } = o;
  const leader = orgOf(o.orgIds, offer.leader);
  const partners = (offer.partners ?? []).map((name) => orgOf(o.orgIds, name));
  const created = new Date(at.getTime() - 2 * HOUR);
  const [row] = await tx
    .insert(offers)
    .values({
      tenantId: o.tenantId,
      competitionId: competition.id,
      organizationId: leader.id,
      createdAt: created,
      updatedAt: created,
    })
    .returning({ id: offers.id });
  if (!row) throw new Error("demo offer not created");
  if (partners.length > 0)
    await tx.insert(offerPartners).values(
      partners.map((p, i) => ({
        offerId: row.id,
        organizationId: p.id,
        position: i + 1,
        createdAt: created,
      })),
    );
  const sections = demoSections(THEMES[offer.theme], offer, competition, [leader, ...partners]);
  await tx.insert(offerSections).values(
    SECTION_KEYS.map((section) => ({
      offerId: row.id,
      section,
      content: sections[section] as unknown as Record<string, unknown>,
      updatedAt: created,
    })),
  );
  const storage = databaseFileStorage(tx);
  for (const requirement of competition.requiredAttachments) {
    const file = await storeFile({
      db: tx,
      storage,
      tenantId: o.tenantId,
      userId: null,
      filename: requirement.label.startsWith("Pełnomocnictwo")
        ? "pelnomocnictwo.pdf"
        : "odpis-z-rejestru.pdf",
      bytes: demoPdf(`${leader.name}: ${requirement.label}`),
    });
    await tx
      .insert(offerAttachments)
      .values({ offerId: row.id, fileId: file.id, requirement: requirement.label, createdAt: created });
  }

  // From here on as submitOffer does it: what is stored, read back, is what gets frozen.
  const offerors = [leader, ...partners].map((p, i) => ({ organizationId: p.id, leader: i === 0 }));
  const stored = await readSections(tx, row.id);
  const attachments = await readAttachments(tx, row.id);
  const issues = submissionIssues(stored.sections, offerRulesOf(competition), {
    offerorIds: offerors.map((p) => p.organizationId),
    attachedRequirements: attachedRequirements(attachments),
  });
  if (issues.length > 0)
    throw new Error(`demo offer "${offer.title}" not submittable: ${JSON.stringify(issues)}`);
  const document = buildOfferDocument({
    offerId: row.id,
    basics: basicsOf(competition, o.authority),
    offerors: await offerorDataOf(tx, offerors),
    sections: stored.sections,
    attachments: documentAttachments(attachments),
  });
  const checksum = offerChecksum(document);
  const seq = await tx.execute<{ n: string }>(sql`select nextval('offer_receipt_seq')::text as n`);
  const receiptNumber = `OF/${warsawYearOf(at)}/${String(seq.rows[0]?.n ?? "").padStart(6, "0")}`;
  const [version] = await tx
    .insert(offerVersions)
    .values({
      offerId: row.id,
      number: 1,
      content: document as unknown as Record<string, unknown>,
      checksum,
      receiptNumber,
      revision: 1,
      submittedAt: at,
    })
    .returning({ id: offerVersions.id });
  if (!version) throw new Error("demo offer version not written");
  await tx
    .update(offers)
    .set({
      status: "submitted",
      submittedVersionId: version.id,
      submittedAt: at,
      updatedAt: at,
      title: document.sections.task.title,
      totalCost: document.calculation.total,
      requestedGrant: document.sections.costs.sources.grant,
    })
    .where(eq(offers.id, row.id));
  await writeAudit(tx, {
    tenantId: o.tenantId,
    actor: SYSTEM_ACTOR,
    entityType: "offer",
    entityId: row.id,
    action: "offer.seeded",
    after: { receiptNumber, checksum, competitionId: competition.id },
  });
}

/**
 * Drafts of the NGO demo accounts in the open respite-care and crisis calls, through the use
 * cases: Fundacja Oczami Brata's is half done (the demo user finishes and submits it), AGAPE's
 * lacks only the declarations and attachments.
 */
async function seedDrafts(
  tx: Tx,
  options: Options,
  themed: Map<keyof typeof THEMES, CompetitionParameters>,
  orgs: Orgs,
) {
  // The use cases open their own (nested) transaction on whatever they are given.
  const db = tx as unknown as Db;
  const drafts: {
    email: string;
    organization: string;
    theme: keyof typeof THEMES;
    title: string;
    contact: DemoOffer["contact"];
    hoursBefore: number;
    sections: (all: OfferSections) => Partial<OfferSections>;
  }[] = [
    {
      email: "ngo@demo.pozytek.pl",
      organization: "Fundacja Oczami Brata",
      theme: "respite",
      title: "Wytchnienie przez sztukę — opieka wytchnieniowa z warsztatami teatralnymi",
      contact: { name: "Norbert Organizacyjny", function: "Prezes zarządu", phone: "+48 34 362 12 22" },
      hoursBefore: 20,
      sections: (all) => ({
        offerors: all.offerors,
        task: { ...all.task, resultsChange: "", resultsDurability: "", indicators: [] },
        costs: { ...all.costs, rows: all.costs.rows.slice(0, 2), sources: emptySections().costs.sources },
      }),
    },
    {
      email: "ngo-redaktor@demo.pozytek.pl",
      organization: "Stowarzyszenie Wzajemnej Pomocy „AGAPE”",
      theme: "crisis",
      title: "Centrum Interwencji Kryzysowej „AGAPE” — pomoc w kryzysie",
      contact: { name: "Ewa Edytorska", function: "Koordynatorka", phone: "+48 34 361 11 21" },
      hoursBefore: 8,
      sections: (all) => ({ ...all, declarations: emptySections().declarations }),
    },
  ];
  for (const draft of drafts) {
    const userId = options.userIds.get(draft.email);
    const competition = themed.get(draft.theme);
    if (!userId || !competition) continue;
    const organization = orgOf(orgs, draft.organization);
    const actor: Actor = { userId, label: draft.email, ip: null };
    const clock = fixedClock(new Date(options.now.getTime() - draft.hoursBefore * HOUR));
    const common = { db, tenantId: options.tenantId, actor, clock };
    const { offerId } = await startOffer({
      ...common,
      competitionId: competition.id,
      organizationId: organization.id,
    });
    const sample = SUBMITTED_OFFERS.find((s) => s.theme === draft.theme);
    if (!sample) continue;
    const all = demoSections(
      THEMES[draft.theme],
      { ...sample, title: draft.title, contact: draft.contact },
      competition,
      [organization],
    );
    const parts = draft.sections(all);
    for (const section of Object.keys(parts) as SectionKey[]) {
      clock.advance(5 * 60_000);
      await saveOfferSection({ ...common, offerId, section, expectedVersion: 1, content: parts[section] });
    }
  }
}
