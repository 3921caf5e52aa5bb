import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { storedFiles } from "../../platform/db/schema/files";
import { offerAttachments, offerSections, offerVersions } from "../../platform/db/schema/offers";
import { tenants } from "../../platform/db/schema/tenancy";
import { readTenantSettings } from "../../platform/tenancy/settings";
import type { CompetitionParameters } from "../competitions/get-competition-parameters";
import { PUBLIC_BENEFIT_AREAS } from "../organizations/areas";
import type { MemberRole } from "../organizations/schemas";
import type { Offeror, OfferRow } from "./access";
import type { OfferDocument } from "./document";
import { emptySections, type OfferSections, parseSection, SECTION_KEYS, type SectionKey } from "./sections";

/** Reading an offer's parts from the database: its sections, attachments, submissions and section I. */

/** The sections of a draft as stored, each parsed with its schema (empty when it fails), and their versions. */
export async function readSections(db: DbOrTx, offerId: string) {
  const rows = await db
    .select({
      section: offerSections.section,
      content: offerSections.content,
      version: offerSections.version,
    })
    .from(offerSections)
    .where(eq(offerSections.offerId, offerId));
  const sections = emptySections();
  const versions = Object.fromEntries(SECTION_KEYS.map((k) => [k, 0])) as Record<SectionKey, number>;
  const put = <K extends SectionKey>(key: K, content: unknown) => {
    const parsed = parseSection(key, content);
    if (parsed.success) sections[key] = parsed.data;
  };
  for (const row of rows) {
    if (!(SECTION_KEYS as readonly string[]).includes(row.section)) continue;
    const key = row.section as SectionKey;
    put(key, row.content);
    versions[key] = row.version;
  }
  return { sections: sections as OfferSections, versions };
}

export interface OfferAttachmentSummary {
  id: string;
  fileId: string;
  /** The label of the competition's required attachment it answers, or null for "other". */
  requirement: string | null;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: Date;
}

/** The files attached to an offer with their SHA-256, oldest first (one query). */
export async function readAttachments(db: DbOrTx, offerId: string): Promise<OfferAttachmentSummary[]> {
  return db
    .select({
      id: offerAttachments.id,
      fileId: offerAttachments.fileId,
      requirement: offerAttachments.requirement,
      filename: storedFiles.filename,
      contentType: storedFiles.contentType,
      size: storedFiles.size,
      sha256: storedFiles.sha256,
      createdAt: offerAttachments.createdAt,
    })
    .from(offerAttachments)
    .innerJoin(storedFiles, eq(storedFiles.id, offerAttachments.fileId))
    .where(eq(offerAttachments.offerId, offerId))
    .orderBy(asc(offerAttachments.createdAt), asc(offerAttachments.id));
}

/** The attachments as the document lists them. */
export function documentAttachments(list: readonly OfferAttachmentSummary[]): OfferDocument["attachments"] {
  return list.map((a) => ({
    requirement: a.requirement,
    filename: a.filename,
    size: a.size,
    sha256: a.sha256,
  }));
}

/** Labels of the required attachments answered by an uploaded file. */
export function attachedRequirements(list: readonly OfferAttachmentSummary[]): string[] {
  return [...new Set(list.flatMap((a) => (a.requirement ? [a.requirement] : [])))];
}

export interface OfferSubmission {
  id: string;
  number: number;
  receiptNumber: string;
  checksum: string;
  revision: number;
  submittedAt: Date;
}

/** The submitted versions of an offer, oldest first (without their content). */
export async function readSubmissions(db: DbOrTx, offerId: string): Promise<OfferSubmission[]> {
  return db
    .select({
      id: offerVersions.id,
      number: offerVersions.number,
      receiptNumber: offerVersions.receiptNumber,
      checksum: offerVersions.checksum,
      revision: offerVersions.revision,
      submittedAt: offerVersions.submittedAt,
    })
    .from(offerVersions)
    .where(eq(offerVersions.offerId, offerId))
    .orderBy(asc(offerVersions.number));
}

/**
 * The offerors, leader first then the partners in the order added, with the person's role in each:
 * offerorsOf's answer in one query, for the save and the submission, which read it on every call.
 */
export async function readOfferors(
  db: DbOrTx,
  offer: Pick<OfferRow, "id" | "organizationId">,
  userId: string | null,
): Promise<Offeror[]> {
  const result = await db.execute<{ organization_id: string; leader: boolean; role: MemberRole | null }>(sql`
    select o.organization_id, o.leader, m.role
    from (
      select ${offer.organizationId}::uuid as organization_id, true as leader, -1 as position, null::timestamptz as created_at
      union all
      select p.organization_id, false, p.position, p.created_at from offer_partners p where p.offer_id = ${offer.id}
    ) o
    left join organization_members m on m.organization_id = o.organization_id and m.user_id = ${userId}::uuid
    order by o.leader desc, o.position, o.created_at`);
  return result.rows.map((r) => ({
    organizationId: r.organization_id,
    leader: r.leader,
    role: r.role ?? null,
  }));
}

/**
 * The tenant's name (mail and documents carry it) and the authority offers are addressed to
 * (section I: the tenant setting, e.g. "Prezydent Miasta Częstochowy"; blank: the tenant's name).
 */
export async function tenantForOffers(
  db: DbOrTx,
  tenantId: string,
): Promise<{ name: string; authority: string }> {
  const [row] = await db
    .select({ name: tenants.name, settings: tenants.settings })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
    .limit(1);
  const name = row?.name ?? "";
  return { name, authority: readTenantSettings(row?.settings).offerAuthority || name };
}

/** The tenant's name, which the platform's mail and documents carry. */
export async function tenantNameOf(db: DbOrTx, tenantId: string): Promise<string> {
  const [row] = await db
    .select({ name: tenants.name })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
    .limit(1);
  return row?.name ?? "";
}

const AREA_LABELS = new Map<string, string>(PUBLIC_BENEFIT_AREAS.map((a) => [a.code, a.label]));

/**
 * Section I: the authority the offer is addressed to (tenantForOffers) and the type of task: the
 * competition's area of public benefit as the act words it (UDPP art. 4 ust. 1).
 */
export function basicsOf(competition: CompetitionParameters, authority: string): OfferDocument["basics"] {
  return {
    authority,
    taskType: AREA_LABELS.get(competition.areaCode) ?? competition.areaCode,
    competitionId: competition.id,
    competitionTitle: competition.title,
    legalBasis: competition.legalBasis.label,
  };
}
