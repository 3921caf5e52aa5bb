import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";

/** The request's facts: status, kinds, dates, justification, the "other" change and the office's remarks. */
export function ChangeFacts(props: {
  request: {
    status: string;
    kinds: string[];
    justification: string;
    other: string | null;
    remarks: string | null;
    baseVersion: number;
    submittedAt: Date | string;
    decidedAt: Date | string | null;
  };
}) {
  const t = useT();
  const r = props.request;
  return (
    <>
      <dl>
        <dt>{t("annexes.status.label")}</dt>
        <dd>
          <span className={`status status--${r.status}`}>{t(`annexes.status.${r.status}`)}</span>
        </dd>
        <dt>{t("annexes.kinds.label")}</dt>
        <dd>{r.kinds.map((k) => t(`annexes.kind.${k}`)).join(", ")}</dd>
        <dt>{t("annexes.request.submittedAt")}</dt>
        <dd>{formatDateTime(r.submittedAt)}</dd>
        <dt>{t("annexes.request.baseVersion")}</dt>
        <dd>{r.baseVersion}</dd>
        {r.decidedAt ? (
          <>
            <dt>{t("annexes.request.decidedAt")}</dt>
            <dd>{formatDateTime(r.decidedAt)}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t("annexes.request.justification")}</h2>
      <p>{r.justification}</p>
      {r.other ? (
        <>
          <h2>{t("annexes.kind.other")}</h2>
          <p>{r.other}</p>
        </>
      ) : null}
      {r.remarks ? (
        <>
          <h2>{t("annexes.request.remarks")}</h2>
          <p>{r.remarks}</p>
        </>
      ) : null}
    </>
  );
}

/** The annex's files (PDF, DOCX) under the contract's address `base`. */
export function AnnexFiles({ base, number }: { base: string; number: number }) {
  const t = useT();
  return (
    <section aria-labelledby="annex-files">
      <h2 id="annex-files">{t("annexes.annex.heading", { n: number })}</h2>
      <ul>
        <li>
          <a href={`${base}/aneksy/${number}.pdf`}>{t("annexes.annex.pdf", { n: number })}</a>
        </li>
        <li>
          <a href={`${base}/aneksy/${number}.docx`}>{t("annexes.annex.docx", { n: number })}</a>
        </li>
      </ul>
    </section>
  );
}
