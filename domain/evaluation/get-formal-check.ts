import { eq } from "drizzle-orm";
import type { Clock } from "../../platform/clock/clock";
import type { DbOrTx } from "../../platform/db/client.server";
import { offerVersions } from "../../platform/db/schema/offers";
import { subjectOf } from "../competitions/access";
import { getCompetitionParameters } from "../competitions/get-competition-parameters";
import { can } from "../competitions/policy";
import { offerorProfilesOf, offerorsOf, offerRulesOf } from "../offers/access";
import type { OfferDocument } from "../offers/document";
import { attachedRequirements, readAttachments } from "../offers/offer-content";
import {
  findCheckedOffer,
  openCorrection,
  readCorrections,
  readFormalCheck,
  readSignedCopies,
  readVersions,
  type StaffRoles,
} from "./access";
import { sectionsForItems } from "./checklist";
import { suggestMarks } from "./suggestions";

/**
 * The formal check of one submitted offer as the officer sees it: the checklist with the results
 * suggested from the data and the marks so far, the outcome, the correction rounds, the signed
 * copies and the history of versions (PROCESS.md §3). `evaluation.view`; `canRun` says whether the
 * officer may decide now (the competition is in evaluation and no correction is open).
 */
export async function getFormalCheck(options: {
  db: DbOrTx;
  tenantId: string;
  staffRoles: StaffRoles;
  clock: Clock;
  offerId: unknown;
}) {
  const checked = await findCheckedOffer(options.db, {
    tenantId: options.tenantId,
    offerId: options.offerId,
    staffRoles: options.staffRoles,
    action: "evaluation.view",
  });
  const { offer, competition, checklist, versionId } = checked;
  // One after another: a transaction's client (and PGlite) runs one statement at a time anyway.
  const check = await readFormalCheck(options.db, offer.id);
  const corrections = await readCorrections(options.db, offer.id);
  const copies = await readSignedCopies(options.db, offer.id);
  const versions = await readVersions(options.db, offer.id);
  const params = await getCompetitionParameters({
    db: options.db,
    tenantId: options.tenantId,
    competitionId: competition.id,
  });
  const attachments = await readAttachments(options.db, offer.id);
  const offerors = await offerorsOf(options.db, offer, null);
  const [frozen] = await options.db
    .select({ content: offerVersions.content })
    .from(offerVersions)
    .where(eq(offerVersions.id, versionId));
  const document = frozen?.content as unknown as OfferDocument;
  const profiles = await offerorProfilesOf(options.db, offerors);
  const lastSubmission = versions.filter((v) => v.kind !== "correction").at(-1) ?? versions[0];
  const latestCopy = copies[0] ?? null;
  const signedCopy = !latestCopy
    ? null
    : latestCopy.match === "match" && latestCopy.versionId === versionId
      ? "match"
      : latestCopy.match === "not_found"
        ? "not_found"
        : "mismatch";
  const suggestions = suggestMarks(checklist, {
    firstSubmittedAt: lastSubmission?.submittedAt ?? offer.submittedAt ?? new Date(0),
    deadline: competition.offerDeadline,
    legalForms: profiles.map((p) => p.legalFormCode),
    eligibleLegalForms: competition.eligibleLegalForms,
    document,
    rules: offerRulesOf(params),
    offerorIds: offerors.map((o) => o.organizationId),
    attachedRequirements: attachedRequirements(attachments),
    signedCopy,
  });
  const open = await openCorrection(options.db, offer.id);
  const runnable = can(subjectOf(options.staffRoles), "evaluation.run", competition);
  return {
    offer: { id: offer.id, title: offer.title, organizationName: document?.offerors[0]?.name ?? "" },
    competition: {
      id: competition.id,
      title: competition.title,
      status: competition.status,
      correctionDays: competition.correctionDays,
    },
    versionId,
    checklist,
    suggestions,
    check: check
      ? {
          outcome: check.outcome,
          marks: check.marks,
          reason: check.reason,
          version: check.version,
          versionId: check.versionId,
          decidedAt: check.decidedAt,
        }
      : {
          outcome: "pending" as const,
          marks: {},
          reason: null,
          version: 0,
          versionId: null,
          decidedAt: null,
        },
    suggestedSections: sectionsForItems(
      checklist.filter((i) => suggestions[i.code]?.result === "fail" && i.correctable).map((i) => i.code),
    ),
    corrections,
    signedCopies: copies.map((c) => ({
      id: c.id,
      match: c.match,
      extractedChecksum: c.extractedChecksum,
      versionNumber: versions.find((v) => v.id === c.versionId)?.number ?? null,
      uploadedAt: c.uploadedAt,
    })),
    versions,
    openCorrection: open,
    canRun: runnable && !open,
  };
}

export type FormalCheckView = Awaited<ReturnType<typeof getFormalCheck>>;
