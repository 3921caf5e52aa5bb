import type { PublicCompetition } from "~/domain/competitions/get-public-competition";
import { formatDate, formatDateTime } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { formatPercent } from "~/platform/format/percent";
import { useT } from "../../lib/shell";
import { Paragraphs } from "../paragraphs";

const day = (iso: string | null) => (iso ? formatDate(`${iso}T12:00:00Z`) : "—");

/**
 * The announcement's content in the order of UDPP art. 13 ust. 2 (pkt 1–7), the same as the PDF:
 * task, funds, rules, dates and conditions, deadline, selection, prior-year tasks (each an h2).
 */
export function Announcement({ competition: c }: { competition: PublicCompetition }) {
  const t = useT();
  return (
    <>
      <section aria-labelledby="a-task">
        <h2 id="a-task">{t("competition.section.task")}</h2>
        <dl className="facts">
          <dt>{t("competition.field.areaCode")}</dt>
          <dd>{t(`org.area.${c.areaCode}`)}</dd>
          <dt>{t("competition.field.legalBasisId")}</dt>
          <dd>
            {c.legalBasis.label} — {c.legalBasis.article}, {c.legalBasis.act}
          </dd>
          <dt>{t("competition.field.departmentId")}</dt>
          <dd>{c.department.name}</dd>
        </dl>
        <Paragraphs text={c.taskDescription} />
      </section>
      <section aria-labelledby="a-funds">
        <h2 id="a-funds">{t("competition.section.funds")}</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("competition.field.budgetYear")}</th>
                <th scope="col">{t("competition.field.budgetAmount")}</th>
              </tr>
            </thead>
            <tbody>
              {c.budgetYears.map((b) => (
                <tr key={b.year}>
                  <th scope="row">{b.year}</th>
                  <td>{formatMoney(b.amount)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t("competition.total")}</th>
                <td>
                  <strong>{formatMoney(c.totalFunds)}</strong>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="a-rules">
        <h2 id="a-rules">{t("competition.section.rules")}</h2>
        <Paragraphs text={c.awardRules} />
        <dl className="facts">
          <dt>{t("competition.field.minGrant")}</dt>
          <dd>{c.minGrant === null ? "—" : formatMoney(c.minGrant)}</dd>
          <dt>{t("competition.field.maxGrant")}</dt>
          <dd>{c.maxGrant === null ? "—" : formatMoney(c.maxGrant)}</dd>
          <dt>{t("competition.field.minOwnContributionBp")}</dt>
          <dd>{formatPercent(c.minOwnContributionBp)}</dd>
          <dt>{t("competition.field.minFinancialContributionBp")}</dt>
          <dd>{formatPercent(c.minFinancialContributionBp)}</dd>
          <dt>{t("competition.field.minPersonalContributionBp")}</dt>
          <dd>{formatPercent(c.minPersonalContributionBp)}</dd>
          <dt>{t("competition.field.adminCostCapBp")}</dt>
          <dd>{formatPercent(c.adminCostCapBp)}</dd>
          <dt>{t("competition.field.eligibleLegalForms")}</dt>
          <dd>
            {c.eligibleLegalForms.length
              ? c.eligibleLegalForms.map((f) => t(`org.legalForm.${f}`)).join(", ")
              : "—"}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="a-dates">
        <h2 id="a-dates">{t("competition.section.dates")}</h2>
        <p>{t("competition.taskPeriod", { start: day(c.taskStart), end: day(c.taskEnd) })}</p>
        <Paragraphs text={c.taskConditions} />
      </section>
      <section aria-labelledby="a-deadline">
        <h2 id="a-deadline">{t("competition.section.deadline")}</h2>
        <p>
          <strong>
            {c.offerDeadline ? t("competition.deadlineAt", { at: formatDateTime(c.offerDeadline) }) : "—"}
          </strong>
        </p>
      </section>
      <section aria-labelledby="a-selection">
        <h2 id="a-selection">{t("competition.section.selection")}</h2>
        <p>{t("competition.selectionOn", { date: day(c.selectionDate) })}</p>
        <Paragraphs text={c.selectionProcedure} />
        <div className="table-scroll">
          <table>
            <caption>{t("competition.field.criteria")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("competition.field.criterionLabel")}</th>
                <th scope="col">{t("competition.field.criterionMaxPoints")}</th>
              </tr>
            </thead>
            <tbody>
              {c.criteria.map((k) => (
                <tr key={k.code}>
                  <th scope="row">{k.label}</th>
                  <td>{k.maxPoints}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <dl className="facts">
          <dt>{t("competition.field.passThreshold")}</dt>
          <dd>{c.passThreshold ?? "—"}</dd>
          <dt>{t("competition.field.requiredAttachments")}</dt>
          <dd>
            {c.requiredAttachments.length ? (
              <ul>
                {c.requiredAttachments.map((a) => (
                  <li key={a.label}>{a.label}</li>
                ))}
              </ul>
            ) : (
              "—"
            )}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="a-prior">
        <h2 id="a-prior">{t("competition.section.prior")}</h2>
        {c.priorTasks.length === 0 ? (
          <p>{t("competition.prior.none")}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("competition.field.priorTaskYear")}</th>
                  <th scope="col">{t("competition.field.priorTaskName")}</th>
                  <th scope="col">{t("competition.field.priorTaskAmount")}</th>
                </tr>
              </thead>
              <tbody>
                {c.priorTasks.map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows in their typed order
                  <tr key={i}>
                    <td>{p.year}</td>
                    <th scope="row">{p.name}</th>
                    <td>{formatMoney(p.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <Amendments competition={c} />
    </>
  );
}

/** The recorded changes of the announcement (never silent), oldest first. */
export function Amendments({ competition: c }: { competition: PublicCompetition }) {
  const t = useT();
  if (c.amendments.length === 0) return null;
  return (
    <section aria-labelledby="a-amendments">
      <h2 id="a-amendments">{t("competition.section.amendments")}</h2>
      <ol>
        {c.amendments.map((a) => (
          <li key={a.id}>
            <p>
              <strong>{formatDateTime(a.amendedAt)}</strong> — {a.reason}
            </p>
            <p>
              {t("competition.amendment.changed", {
                fields: a.changedFields.map((f) => t(`competition.field.${f}`)).join(", "),
              })}
              {a.newDeadline
                ? ` ${t("competition.amendment.newDeadline", { at: formatDateTime(a.newDeadline) })}`
                : ""}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
