import { Fragment } from "react";
import { formatChecksum, type OfferDocument } from "~/domain/offers/document";
import {
  correspondenceAddress,
  formatPeriod,
  isJointOffer,
  planByYear,
} from "~/domain/offers/offer-document-layout";
import { DECLARATION_KEYS } from "~/domain/offers/sections";
import { isLegalFormCode } from "~/domain/organizations/legal-forms";
import { formatFileSize } from "~/platform/files/limits";
import { formatDate, formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { Paragraphs } from "../paragraphs";
import { OfferCostsView, TableScroll } from "./offer-document-costs";

/** The receipt of a submitted version; null for a draft preview. */
export interface OfferDocumentReceipt {
  receiptNumber: string;
  checksum: string;
  submittedAt: Date | string;
}

const day = (iso: string | null) => (iso ? formatDate(`${iso}T12:00:00Z`) : "—");

/** Label–value pairs of one box of the template. */
function Facts({ rows }: { rows: [string, string | null | undefined][] }) {
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value || "—"}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/**
 * An offer on the official template (Dz.U. 2018 poz. 2057, zał. 1) as accessible HTML: the
 * receipt with its checksum once at the top, then sections I–VII (h2 with the template's numerals,
 * h3 for their points), tables with captions and header cells, amounts right-aligned, then the
 * persons who sign and the attachments with their SHA-256. The same content as the PDF; no data access.
 */
export function OfferDocumentView({
  document: doc,
  receipt,
}: {
  document: OfferDocument;
  receipt: OfferDocumentReceipt | null;
}) {
  const t = useT();
  const joint = isJointOffer(doc);
  const task = doc.sections.task;
  const contact = doc.sections.offerors;
  const other = doc.sections.other;
  return (
    <article className="offer-document">
      <p>
        <strong>{t(joint ? "offerDoc.title.joint" : "offerDoc.title.single")}</strong>,{" "}
        {t("offerDoc.title.basis", { paragraph: joint ? 2 : 1 })}
      </p>

      {receipt ? (
        <section aria-labelledby="offer-doc-receipt">
          <h2 id="offer-doc-receipt">{t("offerDoc.receipt.heading")}</h2>
          <dl className="facts">
            <dt>{t("offerDoc.receipt.number")}</dt>
            <dd>{receipt.receiptNumber}</dd>
            <dt>{t("offerDoc.receipt.submittedAt")}</dt>
            <dd>{t("offerDoc.receipt.submittedAtValue", { at: formatDateTime(receipt.submittedAt) })}</dd>
            <dt>{t("offerDoc.receipt.checksum")}</dt>
            <dd>
              <code>{formatChecksum(receipt.checksum)}</code>
            </dd>
          </dl>
          <p>{t("offerDoc.receipt.checksumHint")}</p>
        </section>
      ) : (
        <p className="notice">
          <strong>{t("offerDoc.draft")}</strong>
        </p>
      )}

      <section aria-labelledby="offer-doc-I">
        <h2 id="offer-doc-I">{t("offerDoc.section.I")}</h2>
        <Facts
          rows={[
            [t("offerDoc.I.authority"), doc.basics.authority],
            [t("offerDoc.I.taskType"), doc.basics.taskType],
            [t("offerDoc.I.competition"), doc.basics.competitionTitle],
            [t("offerDoc.I.legalBasis"), doc.basics.legalBasis],
          ]}
        />
      </section>

      <section aria-labelledby="offer-doc-II">
        <h2 id="offer-doc-II">{t("offerDoc.section.II")}</h2>
        <h3>{t("offerDoc.II.1")}</h3>
        {doc.offerors.map((o, i) => (
          <Facts
            key={o.organizationId}
            rows={[
              [
                joint
                  ? t(o.leader ? "offerDoc.II.leader" : "offerDoc.II.offeror", { n: i + 1 })
                  : t("offerDoc.II.name"),
                o.name,
              ],
              [
                t("offerDoc.II.legalForm"),
                isLegalFormCode(o.legalForm) ? t(`org.legalForm.${o.legalForm}`) : o.legalForm,
              ],
              [t("offerDoc.II.register"), o.krs ? `KRS ${o.krs}` : o.otherRegister],
              [t("offerDoc.II.seat"), o.seat],
              [t("offerDoc.II.website"), o.website],
              [t("offerDoc.II.correspondence"), correspondenceAddress(doc, i)],
              [t("offerDoc.II.email"), o.email],
              [t("offerDoc.II.phone"), o.phone],
            ]}
          />
        ))}
        <h3>{t("offerDoc.II.2")}</h3>
        <Facts
          rows={[
            [t("offerDoc.II.contactName"), contact.contactName],
            [t("offerDoc.II.contactFunction"), contact.contactFunction],
            [t("offerDoc.II.phone"), contact.contactPhone],
            [t("offerDoc.II.email"), contact.contactEmail],
          ]}
        />
      </section>

      <section aria-labelledby="offer-doc-III">
        <h2 id="offer-doc-III">{t("offerDoc.section.III")}</h2>
        <h3>{t("offerDoc.III.1")}</h3>
        <p>
          <strong>{task.title || "—"}</strong>
        </p>
        <h3>{t("offerDoc.III.2")}</h3>
        <Facts
          rows={[
            [t("offerDoc.III.start"), day(task.startDate)],
            [t("offerDoc.III.end"), day(task.endDate)],
          ]}
        />
        <h3>{t("offerDoc.III.3")}</h3>
        <Facts
          rows={[
            [t("offerDoc.III.place"), task.place],
            [t("offerDoc.III.targetGroup"), task.targetGroup],
          ]}
        />
        <Paragraphs text={task.summary} />
        {planByYear(doc).map((plan) => (
          <div key={plan.year ?? "none"}>
            <h3>{t("offerDoc.III.4", { year: plan.year ?? "…" })}</h3>
            <TableScroll label={t("offerDoc.III.4.caption", { year: plan.year ?? "…" })}>
              <table>
                <caption className="visually-hidden">
                  {t("offerDoc.III.4.caption", { year: plan.year ?? "…" })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("offerDoc.lp")}</th>
                    <th scope="col">{t("offerDoc.III.4.name")}</th>
                    <th scope="col">{t("offerDoc.III.4.description")}</th>
                    <th scope="col">{t("offerDoc.III.4.targetGroup")}</th>
                    <th scope="col">{t("offerDoc.III.4.period")}</th>
                    <th scope="col">{t("offerDoc.III.4.thirdParty")}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.actions.map(({ number, action }) => (
                    <tr key={number}>
                      <td>{number}</td>
                      <th scope="row">{action.name || "—"}</th>
                      <td>{action.description || "—"}</td>
                      <td>{action.targetGroup || "—"}</td>
                      <td>{formatPeriod(action.start, action.end)}</td>
                      <td>{action.thirdParty ? t("offerDoc.yes") : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
        ))}
        <h3>{t("offerDoc.III.5")}</h3>
        <h4>{t("offerDoc.III.5.produced")}</h4>
        <Paragraphs text={task.resultsProduced} />
        <h4>{t("offerDoc.III.5.change")}</h4>
        <Paragraphs text={task.resultsChange} />
        <h4>{t("offerDoc.III.5.durability")}</h4>
        <Paragraphs text={task.resultsDurability} />
        <h3>{t("offerDoc.III.6")}</h3>
        <TableScroll label={t("offerDoc.III.6.caption")}>
          <table>
            <caption className="visually-hidden">{t("offerDoc.III.6.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("offerDoc.III.6.name")}</th>
                <th scope="col">{t("offerDoc.III.6.target")}</th>
                <th scope="col">{t("offerDoc.III.6.monitoring")}</th>
              </tr>
            </thead>
            <tbody>
              {task.indicators.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of one frozen table, in order
                <tr key={i}>
                  <th scope="row">{r.name || "—"}</th>
                  <td>{r.target || "—"}</td>
                  <td>{r.monitoring || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="offer-doc-IV">
        <h2 id="offer-doc-IV">{t("offerDoc.section.IV")}</h2>
        <h3>{t("offerDoc.IV.1")}</h3>
        <Paragraphs text={doc.sections.profile.experience} />
        <h3>{t("offerDoc.IV.2")}</h3>
        <Paragraphs text={doc.sections.profile.resources} />
      </section>

      <OfferCostsView document={doc} />

      <section aria-labelledby="offer-doc-VI">
        <h2 id="offer-doc-VI">{t("offerDoc.section.VI")}</h2>
        <h3>{t("offerDoc.VI.1")}</h3>
        <p>{t(other.feesCharged ? "offerDoc.VI.1.paid" : "offerDoc.VI.1.free")}</p>
        {other.feesCharged && other.feesDescription ? <Paragraphs text={other.feesDescription} /> : null}
        <h3>{t("offerDoc.VI.2")}</h3>
        {joint ? <Paragraphs text={other.partnersRoles} /> : <p>{t("offerDoc.VI.2.notApplicable")}</p>}
        <h3>{t("offerDoc.VI.3")}</h3>
        <Paragraphs text={other.accessibility} />
        <h3>{t("offerDoc.VI.4")}</h3>
        <Paragraphs text={other.otherInfo} />
      </section>

      <section aria-labelledby="offer-doc-VII">
        <h2 id="offer-doc-VII">{t("offerDoc.section.VII")}</h2>
        <TableScroll label={t("offerDoc.VII.caption")}>
          <table>
            <caption>{t("offerDoc.VII.lead")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("offerDoc.lp")}</th>
                <th scope="col">{t("offerDoc.VII.declaration")}</th>
                <th scope="col">{t("offerDoc.VII.made")}</th>
              </tr>
            </thead>
            <tbody>
              {DECLARATION_KEYS.map((key, i) => (
                <tr key={key}>
                  <td>{i + 1})</td>
                  <th scope="row" style={{ fontWeight: "normal" }}>
                    {t(`offerDoc.declaration.${key}`)}
                  </th>
                  <td>
                    <strong>{doc.sections.declarations[key] ? t("offerDoc.yes") : t("offerDoc.no")}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="offer-doc-signatures">
        <h2 id="offer-doc-signatures">{t("offerDoc.signatures")}</h2>
        {doc.offerors.map((o) => (
          <div key={o.organizationId}>
            <h3>{o.name}</h3>
            {o.representatives.length ? (
              <ul>
                {o.representatives.map((r) => (
                  <li key={`${r.name}|${r.function}`}>
                    {r.name}
                    {r.function ? ` — ${r.function}` : ""}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("offerDoc.signatures.none")}</p>
            )}
          </div>
        ))}
      </section>

      <section aria-labelledby="offer-doc-attachments">
        <h2 id="offer-doc-attachments">{t("offerDoc.attachments")}</h2>
        {doc.attachments.length ? (
          <TableScroll label={t("offerDoc.attachments.caption")}>
            <table>
              <caption className="visually-hidden">{t("offerDoc.attachments.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("offerDoc.lp")}</th>
                  <th scope="col">{t("offerDoc.attachments.file")}</th>
                  <th scope="col">{t("offerDoc.attachments.requirement")}</th>
                  <th scope="col" style={{ textAlign: "right" }}>
                    {t("offerDoc.attachments.size")}
                  </th>
                  <th scope="col">{t("offerDoc.attachments.sha256")}</th>
                </tr>
              </thead>
              <tbody>
                {doc.attachments.map((a, i) => (
                  <tr key={a.sha256 + a.filename}>
                    <td>{i + 1}</td>
                    <th scope="row">{a.filename}</th>
                    <td>{a.requirement ?? t("offerDoc.attachments.other")}</td>
                    <td style={{ textAlign: "right", whiteSpace: "nowrap" }}>{formatFileSize(a.size)}</td>
                    <td>
                      <code>{formatChecksum(a.sha256)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <p>{t("offerDoc.attachments.none")}</p>
        )}
      </section>
    </article>
  );
}
