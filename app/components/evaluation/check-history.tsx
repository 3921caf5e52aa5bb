import { Link } from "react-router";
import { formatChecksum } from "~/domain/offers/document";
import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { SignedCopyText } from "./outcome-text";

interface VersionRow {
  id: string;
  number: number;
  kind: string;
  receiptNumber: string;
  checksum: string;
  submittedAt: Date | string;
}

/** The submitted versions of an offer, each with a link to its difference from the one before. */
export function VersionHistory(props: { offerId: string; versions: VersionRow[]; checkedVersionId: string }) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table>
        <caption>{t("evaluation.history.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("evaluation.history.number")}</th>
            <th scope="col">{t("evaluation.history.kind")}</th>
            <th scope="col">{t("evaluation.history.receipt")}</th>
            <th scope="col">{t("evaluation.history.checksum")}</th>
            <th scope="col">{t("evaluation.history.diff")}</th>
          </tr>
        </thead>
        <tbody>
          {props.versions.map((v, i) => (
            <tr key={v.id}>
              <th scope="row">
                <Link to={`/urzad/oferty/${props.offerId}/wersje/${v.number}`}>{v.number}</Link>
                {v.id === props.checkedVersionId ? ` (${t("evaluation.history.checked")})` : ""}
              </th>
              <td>{t(`evaluation.kind.${v.kind === "correction" ? "correction" : "submission"}`)}</td>
              <td>
                {v.receiptNumber}
                <br />
                <small>{formatDateTime(v.submittedAt)}</small>
              </td>
              <td>
                <code>{formatChecksum(v.checksum)}</code>
              </td>
              <td>
                {i > 0 ? (
                  <Link
                    to={`/urzad/oferty/${props.offerId}/roznice?z=${props.versions[i - 1]?.number}&do=${v.number}`}
                  >
                    {t("evaluation.history.diffLink", {
                      from: props.versions[i - 1]?.number ?? "",
                      to: v.number,
                    })}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The correction rounds of an offer, newest first. */
export function CorrectionList(props: {
  corrections: {
    id: string;
    status: string;
    items: { label: string; note: string }[];
    sections: string[];
    message: string;
    deadline: Date | string;
  }[];
}) {
  const t = useT();
  if (props.corrections.length === 0) return <p>{t("evaluation.corrections.none")}</p>;
  return (
    <ul>
      {props.corrections.map((c) => (
        <li key={c.id}>
          {t(`evaluation.correctionStatus.${c.status}`)} —{" "}
          {t("evaluation.corrections.deadline", { at: formatDateTime(c.deadline) })}
          <ul>
            {c.items.map((i) => (
              <li key={i.label}>{i.note ? `${i.label}: ${i.note}` : i.label}</li>
            ))}
          </ul>
          {c.sections.length ? (
            <p>
              {t("evaluation.corrections.sections")}:{" "}
              {c.sections.map((s) => t(`evaluation.section.${s}`)).join(", ")}
            </p>
          ) : null}
          {c.message ? <p>{c.message}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/** The signed copies uploaded, newest first, with what their checksum says. */
export function SignedCopyList(props: {
  copies: {
    id: string;
    match: "match" | "mismatch" | "not_found";
    extractedChecksum: string | null;
    versionNumber: number | null;
    uploadedAt: Date | string;
  }[];
}) {
  const t = useT();
  if (props.copies.length === 0) return <p>{t("evaluation.copy.none")}</p>;
  return (
    <ul>
      {props.copies.map((c) => (
        <li key={c.id}>
          {formatDateTime(c.uploadedAt)}: <SignedCopyText match={c.match} />
          {c.match === "mismatch" && c.versionNumber !== null
            ? ` ${t("evaluation.copy.ofVersion", { number: c.versionNumber })}`
            : ""}
          {c.extractedChecksum ? (
            <>
              {" "}
              <code>{formatChecksum(c.extractedChecksum)}</code>
            </>
          ) : null}
          {c.match === "not_found" ? <p>{t("evaluation.copy.compareByEye")}</p> : null}
        </li>
      ))}
    </ul>
  );
}
