// The database check of deadline-rush and crash-safety: every receipt a client got exists exactly
// once for its offer, its checksum is the one recomputed from the stored document (and, when the
// client recorded it, the one the page showed), and the bench's offers are whole: no offer with two
// versions (or two of one revision), every version pointed to by its offer (status submitted, the
// latest version) with its audit line and its mail, no submitted offer without a version. Prints JSON.
// Run: tsx bench/_rush-verify.ts <receipts.json> [<offer-ids.json>] (DATABASE_URL set, or DATA_DIR
// of a PGlite database that no server has open). Without offer ids the offers of the receipts are checked.
import { readFileSync } from "node:fs";
import { offerChecksum } from "../domain/offers/checksum.server";
import type { OfferDocument } from "../domain/offers/document";
import { openDatabase } from "../platform/db/client.server";

interface Receipt {
  offerId: string;
  receiptNumber: string;
  /** As the page showed it (grouped, upper case) or as stored; optional. */
  checksum?: string;
}

const receipts: Receipt[] = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8"));
const offerIds: string[] = process.argv[3]
  ? JSON.parse(readFileSync(process.argv[3], "utf8"))
  : [...new Set(receipts.map((r) => r.offerId))];
const url = process.env.DATABASE_URL;
const dataDir = process.env.DATA_DIR;
if (!url && !dataDir) throw new Error("DATABASE_URL or DATA_DIR required");
const database = url
  ? await openDatabase({ kind: "postgresql", url, poolSize: 2 })
  : await openDatabase({ kind: "pglite", dataDir });

// The ids travel as one JSON parameter: both drivers take it the same way.
const scope = `(select jsonb_array_elements_text($1::jsonb)::uuid)`;
const ids = [JSON.stringify(offerIds)];
const versions = (
  await database.executeSql(
    `select id::text, offer_id::text, number, revision, checksum, receipt_number, content
       from offer_versions where offer_id in ${scope}`,
    ids,
  )
).rows as {
  id: string;
  offer_id: string;
  number: number;
  revision: number;
  checksum: string;
  receipt_number: string;
  content: unknown;
}[];
const offerRows = (
  await database.executeSql(
    `select id::text, status, submitted_version_id::text as pointed from offers where id in ${scope}`,
    ids,
  )
).rows as { id: string; status: string; pointed: string | null }[];
const audits = (
  await database.executeSql(
    `select after->>'versionId' as version_id from audit_log
      where entity_type = 'offer' and action = 'offer.submitted' and entity_id in (select x::text from ${scope} s(x))`,
    ids,
  )
).rows as { version_id: string }[];
const mails = (
  await database.executeSql(
    `select a->>'id' as version_id from mail_outbox m, jsonb_array_elements(m.attachments) a
      where a->>'kind' = 'offer-version-pdf'`,
  )
).rows as { version_id: string }[];
await database.close();

const count = <T>(xs: T[], key: (x: T) => string) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
};
const normal = (checksum: string) => checksum.replaceAll(" ", "").toLowerCase();
const byReceipt = new Map<string, typeof versions>();
for (const v of versions) byReceipt.set(v.receipt_number, [...(byReceipt.get(v.receipt_number) ?? []), v]);
const byOffer = new Map<string, typeof versions>();
for (const v of versions) byOffer.set(v.offer_id, [...(byOffer.get(v.offer_id) ?? []), v]);
const recomputed = new Map(
  versions.map((v) => [v.id, offerChecksum(v.content as OfferDocument) === v.checksum]),
);

let once = 0;
let checksumsMatch = 0;
let checksumsAsSeen = 0;
for (const r of receipts) {
  const found = byReceipt.get(r.receiptNumber) ?? [];
  const [only] = found;
  if (found.length !== 1 || !only || only.offer_id !== r.offerId) continue;
  once++;
  if (recomputed.get(only.id)) checksumsMatch++;
  if (r.checksum !== undefined && normal(r.checksum) === only.checksum) checksumsAsSeen++;
}
const auditsOf = count(audits, (a) => a.version_id);
const mailsOf = count(mails, (m) => m.version_id);
const perOffer: Record<string, { versions: number; receiptNumber?: string; checksum?: string }> = {};
let versionNotPointed = 0;
let submittedWithoutVersion = 0;
let duplicateRevisions = 0;
for (const offer of offerRows) {
  const own = (byOffer.get(offer.id) ?? []).sort((a, b) => a.number - b.number);
  const latest = own.at(-1);
  perOffer[offer.id] = {
    versions: own.length,
    receiptNumber: latest?.receipt_number,
    checksum: latest?.checksum,
  };
  if (latest && (offer.status !== "submitted" || offer.pointed !== latest.id)) versionNotPointed++;
  if (offer.status === "submitted" && (!latest || offer.pointed !== latest.id)) submittedWithoutVersion++;
  if (new Set(own.map((v) => v.revision)).size !== own.length) duplicateRevisions++;
}
console.info(
  JSON.stringify({
    receipts: receipts.length,
    once,
    checksumsMatch,
    checksumsAsSeen,
    offers: offerRows.length,
    multiVersionOffers: Object.values(perOffer).filter((o) => o.versions > 1).length,
    duplicateRevisions,
    versionNotPointed,
    submittedWithoutVersion,
    checksumMismatches: versions.filter((v) => !recomputed.get(v.id)).length,
    versionsWithoutOneAudit: versions.filter((v) => auditsOf.get(v.id) !== 1).length,
    versionsWithoutMail: versions.filter((v) => !mailsOf.get(v.id)).length,
    perOffer,
  }),
);
