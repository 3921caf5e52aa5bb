import { desc, eq, sql } from "drizzle-orm";
import { type Actor, auditInsertFrom } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, Tx } from "../../platform/db/client.server";
import { offerVersions } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import { formatDateTime, warsawYearOf } from "../../platform/format/dates";
import { enqueueMails } from "../../platform/mail/enqueue-mail.server";
import type { CompetitionParameters } from "../competitions/get-competition-parameters";
import { requireUserId } from "../organizations/access";
import {
  assertOpenForOffers,
  factsOf,
  type Offeror,
  type OfferRow,
  offerLinks,
  offerorDataOf,
  offerRecipients,
  offerRulesOf,
  subjectOf,
} from "./access";
import { issuesToFieldErrors, submissionIssues } from "./checks";
import { offerChecksum } from "./checksum.server";
import { buildOfferDocument, formatChecksum } from "./document";
import { offerSubmittedMail } from "./mail/offer-mails";
import {
  attachedRequirements,
  basicsOf,
  documentAttachments,
  readAttachments,
  readSections,
  tenantForOffers,
} from "./offer-content";
import { readOfferFacts } from "./offer-facts";
import { assertCan } from "./policy";

export interface SubmitOfferOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  offerId: unknown;
}

export interface SubmittedOffer {
  versionId: string;
  number: number;
  receiptNumber: string;
  checksum: string;
  submittedAt: Date;
  /** The same revision was already submitted: this is that submission again, nothing new was written. */
  repeated: boolean;
}

/**
 * Submits the offer (PROCESS.md §3; ADR 010): in one transaction that first locks the offer row,
 * so double clicks, retries and two tabs give one submission. The same revision submitted again
 * answers with its receipt. Otherwise the document is assembled (live offerors, parsed sections,
 * the computed V, attachments by SHA-256), checked for completeness and the competition's
 * parameters, frozen into the next version with its checksum and receipt number, and confirmed by
 * mail to the offerors' owners and editors with the version's PDF. The deadline is the server's
 * clock inside this transaction, to the millisecond.
 */
export async function submitOffer(options: SubmitOfferOptions): Promise<SubmittedOffer> {
  const userId = requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const { offer, offerors, competition } = await readOfferFacts(tx, {
      tenantId: options.tenantId,
      offerId: options.offerId,
      userId,
      forUpdate: true,
    });
    const now = options.clock.now();
    const subject = subjectOf(offerors);
    const facts = factsOf(offer, competition.departmentId);
    const [latest] = await tx
      .select()
      .from(offerVersions)
      .where(eq(offerVersions.offerId, offer.id))
      .orderBy(desc(offerVersions.number))
      .limit(1);
    // A repeat (a double click, a retry after a timeout) answers with the receipt it already got,
    // even if the answer arrives after the deadline: nothing changes, and the truth is "submitted".
    if (latest && offer.status === "submitted" && latest.revision === offer.revision) {
      assertCan(subject, "submit", facts);
      return {
        versionId: latest.id,
        number: latest.number,
        receiptNumber: latest.receiptNumber,
        checksum: latest.checksum,
        submittedAt: latest.submittedAt,
        repeated: true,
      };
    }
    assertCan(subject, "submit", facts);
    assertOpenForOffers(competition, now);
    const frozen = await freezeOfferVersion(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      appUrl: options.appUrl,
      now,
      offer,
      offerors,
      competition,
      latest: latest ?? null,
      kind: "submission",
    });
    return { ...frozen, submittedAt: now, repeated: false };
  });
}

export interface FreezeOfferVersionInput {
  tenantId: string;
  actor: Actor;
  appUrl: string;
  now: Date;
  /** The offer row, locked FOR UPDATE by the caller. */
  offer: OfferRow;
  offerors: Offeror[];
  competition: CompetitionParameters;
  /** The latest version (the new one replaces it), or null for a first submission. */
  latest: { id: string; number: number } | null;
  /**
   * "submission", "correction" for a version submitted in a correction round (domain/evaluation),
   * or "update" for the update after the award (domain/updates).
   */
  kind: "submission" | "correction" | "update";
}

/**
 * Assembles the document from the live offer, checks it (VALIDATION when incomplete or outside the
 * competition's parameters), freezes it as the next version with its checksum and receipt number,
 * marks the offer submitted, audits and mails the confirmation with the version's PDF. The caller
 * holds the offer's lock and has checked who may submit and when.
 */
export async function freezeOfferVersion(
  tx: Tx,
  input: FreezeOfferVersionInput,
): Promise<{ versionId: string; number: number; receiptNumber: string; checksum: string }> {
  const { offer, offerors, competition, latest, now } = input;
  const userId = requireUserId(input.actor);
  const [stored, attachments, offerorData, tenant] = [
    await readSections(tx, offer.id),
    await readAttachments(tx, offer.id),
    await offerorDataOf(tx, offerors),
    await tenantForOffers(tx, input.tenantId),
  ];
  const tenantName = tenant.name;
  const issues = submissionIssues(stored.sections, offerRulesOf(competition), {
    offerorIds: offerors.map((o) => o.organizationId),
    attachedRequirements: attachedRequirements(attachments),
  });
  if (issues.length > 0)
    throw new AppError("VALIDATION", "offer.error.notComplete", {
      fieldErrors: issuesToFieldErrors(issues),
    });
  const document = buildOfferDocument({
    offerId: offer.id,
    basics: basicsOf(competition, tenant.authority),
    offerors: offerorData,
    sections: stored.sections,
    attachments: documentAttachments(attachments),
  });
  const checksum = offerChecksum(document);
  const number = (latest?.number ?? 0) + 1;
  // The receipt number is drawn by the insert itself (one round trip less under a deadline rush).
  const [version] = await tx
    .insert(offerVersions)
    .values({
      offerId: offer.id,
      number,
      content: document as unknown as Record<string, unknown>,
      checksum,
      receiptNumber: receiptNumberSql(now),
      revision: offer.revision,
      kind: input.kind,
      replacesVersionId: latest?.id ?? null,
      submittedAt: now,
      submittedBy: userId,
    })
    .returning({ id: offerVersions.id, receiptNumber: offerVersions.receiptNumber });
  if (!version) throw new Error("offer version not written");
  const { receiptNumber } = version;
  const at = now.toISOString();
  // The offer marked submitted and its audit line in one statement.
  await tx.execute(sql`
    with marked as (
      update offers
      set status = 'submitted', submitted_version_id = ${version.id}::uuid, submitted_at = ${at}::timestamptz,
          withdrawn_at = null, updated_at = ${at}::timestamptz, title = ${document.sections.task.title},
          total_cost = ${document.calculation.total}, requested_grant = ${document.sections.costs.sources.grant}
      where id = ${offer.id}
      returning id
    )
    ${auditInsertFrom(
      {
        tenantId: input.tenantId,
        actor: input.actor,
        entityType: "offer",
        entityId: offer.id,
        action: AUDIT_ACTION_OF_KIND[input.kind],
        before: { status: offer.status },
      },
      sql`marked`,
      sql`${JSON.stringify({
        receiptNumber,
        checksum,
        number,
        versionId: version.id,
        revision: offer.revision,
        kind: input.kind,
      })}::jsonb`,
    )}`);
  const recipients = await offerRecipients(tx, {
    organizationIds: offerors.map((o) => o.organizationId),
    roles: ["owner", "editor"],
    alsoUserId: userId,
  });
  const filename = `oferta-${receiptNumber.replaceAll("/", "-")}.pdf`;
  await enqueueMails(
    tx,
    recipients.map((person) => ({
      tenantId: input.tenantId,
      to: person.email,
      template: "offers.submitted",
      rendered: offerSubmittedMail(person.locale, {
        tenantName,
        competitionTitle: competition.title,
        offerTitle: document.sections.task.title,
        number,
        receiptNumber,
        checksum: formatChecksum(checksum),
        submittedAt: formatDateTime(now),
        link: offerLinks.workspace(input.appUrl, offer.id),
      }),
      attachments: [{ kind: "offer-version-pdf", id: version.id, filename, contentType: "application/pdf" }],
    })),
  );
  return { versionId: version.id, number, receiptNumber, checksum };
}

const AUDIT_ACTION_OF_KIND = {
  submission: "offer.submitted",
  correction: "offer.correctionSubmitted",
  update: "offer.updateSubmitted",
} as const;

/** "OF/2026/000123": the Warsaw year of the submission and the next number of the deployment's sequence. */
function receiptNumberSql(now: Date) {
  // lpad alone would cut a seventh digit off: numbers past 999999 are written whole, as padStart does.
  return sql`${`OF/${warsawYearOf(now)}/`} || (select case when n < 1000000 then lpad(n::text, 6, '0') else n::text end
    from nextval('offer_receipt_seq') as n)`;
}
