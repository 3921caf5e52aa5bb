import type { ReactNode } from "react";
import { type CostCalculation, calculateCosts, type Share, shareBp } from "~/domain/offers/calculations";
import type { OfferorData } from "~/domain/offers/document";
import { formatMoney } from "~/platform/format/money";
import { formatPercent } from "~/platform/format/percent";
import { useT } from "../../lib/shell";
import type { FieldErrors } from "../forms";
import { type ActionOption, CostsTable } from "./costs-table";
import { fieldLabel } from "./field-labels";
import { ControlError, controlAttributes } from "./field-parts";
import type { SectionFieldsProps } from "./section-form";

/**
 * V: the cost calculation. V.A rows (typed) with their values and subtotals (computed), V.B the
 * sources (typed) with the own contribution, shares and the amount left to cover (computed), and
 * for a joint offer V.C the split among the offerors.
 */
export function CostsFields(
  props: SectionFieldsProps<"costs"> & { actions: ActionOption[]; years: number[]; offerors: OfferorData[] },
) {
  const calc = calculateCosts(props.content);
  return (
    <>
      <CostsTable
        values={props.values}
        errors={props.errors}
        calc={calc}
        actions={props.actions}
        years={props.years}
        editable={props.editable}
        focus={props.focus}
      />
      <Subtotals calc={calc} actions={props.actions} />
      <SourcesTable values={props.values} errors={props.errors} calc={calc} />
      {props.offerors.length > 1 ? (
        <SplitTable values={props.values} errors={props.errors} calc={calc} offerors={props.offerors} />
      ) : null}
    </>
  );
}

const money = (grosze: number) => formatMoney(grosze);

function Subtotals({ calc, actions }: { calc: CostCalculation; actions: ActionOption[] }) {
  const t = useT();
  const numbers = [...new Set([...actions.map((a) => a.number), ...calc.totals.byAction.keys()])].sort(
    (a, b) => a - b,
  );
  return (
    <section aria-labelledby="costs-subtotals">
      <h2 id="costs-subtotals">{t("offers.costs.subtotals")}</h2>
      <table>
        <tbody>
          {numbers.map((n) => (
            <tr key={n}>
              <th scope="row">
                {t("offers.costs.actionSubtotal", {
                  n,
                  name: actions.find((a) => a.number === n)?.name || "—",
                })}
              </th>
              <td className="money">
                <output aria-live="off">{money(calc.totals.byAction.get(n) ?? 0)}</output>
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t("offers.costs.adminTotal")}</th>
            <td className="money">
              <output aria-live="off">{money(calc.totals.admin)}</output>
            </td>
          </tr>
          <tr>
            <th scope="row">{t("offers.costs.grandTotal")}</th>
            <td className="money">
              <strong>
                <output aria-live="polite">{money(calc.totals.total)}</output>
              </strong>
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** A row of V.B: a typed amount (input) or a computed one (output), with its share and issues. */
function SourceRow(props: {
  number: string;
  name: string;
  label: string;
  errors: FieldErrors;
  share?: Share;
  children: (control: ReturnType<typeof controlAttributes>) => ReactNode;
}) {
  const attributes = controlAttributes(props.name, props.errors);
  return (
    <tr className={attributes.errorId ? "field--error" : undefined}>
      <td>{props.number}</td>
      <th scope="row">
        <label htmlFor={attributes.control.id}>{props.label}</label>
      </th>
      <td className="money">
        {props.children(attributes)}
        <ControlError id={attributes.errorId} messages={attributes.messages} />
      </td>
      <td className="money">
        <output aria-live="off">{props.share ? formatPercent(shareBp(props.share), true) : ""}</output>
      </td>
    </tr>
  );
}

function SourcesTable({
  values,
  errors,
  calc,
}: {
  values: Record<string, string>;
  errors: FieldErrors;
  calc: CostCalculation;
}) {
  const t = useT();
  const s = calc.sources;
  const label = (f: string) => fieldLabel(t, "costs", f);
  const typed = (name: string) => (a: ReturnType<typeof controlAttributes>) => (
    <input
      {...a.control}
      defaultValue={values[name] ?? ""}
      inputMode="decimal"
      size={14}
      autoComplete="off"
    />
  );
  const computed = (amount: number) => (a: ReturnType<typeof controlAttributes>) => (
    <output id={a.control.id} aria-describedby={a.errorId} aria-live="off">
      {money(amount)}
    </output>
  );
  const row = (number: string, name: string, share: Share | undefined, control: ReturnType<typeof typed>) => (
    <SourceRow number={number} name={name} label={label(name)} errors={errors} share={share}>
      {control}
    </SourceRow>
  );
  return (
    <fieldset id="f-sources" tabIndex={-1}>
      <legend>{t("offers.costs.tableB")}</legend>
      <p className="field__hint">{t("offers.costs.tableB.hint")}</p>
      <div className="table-scroll">
        <table className="offer-sources">
          <thead>
            <tr>
              <th scope="col">{t("offers.col.sources.number")}</th>
              <th scope="col">{t("offers.col.sources.source")}</th>
              <th scope="col">{t("offers.col.sources.amount")}</th>
              <th scope="col">{t("offers.col.sources.share")}</th>
            </tr>
          </thead>
          <tbody>
            {row("1", "sources.total", { part: s.total, whole: s.total }, computed(s.total))}
            {row("2", "sources.grant", s.shares.grant, typed("sources.grant"))}
            {row("3", "sources.own", s.shares.own, computed(s.own))}
            {row("3.1", "sources.financial", s.shares.financial, typed("sources.financial"))}
            {row("", "sources.fees", undefined, typed("sources.fees"))}
            {row("3.2", "sources.nonFinancial", s.shares.nonFinancial, computed(s.nonFinancial))}
            {row("3.2.1", "sources.personal", s.shares.personal, typed("sources.personal"))}
            {row("3.2.2", "sources.inKind", s.shares.inKind, typed("sources.inKind"))}
          </tbody>
        </table>
      </div>
      <Unallocated
        amount={s.total > 0 ? s.unallocated : 0}
        label={t("offers.costs.unallocated")}
        id="unallocated-b"
      />
    </fieldset>
  );
}

/** "Do rozdzielenia": what the sources (or the split) leave uncovered; highlighted unless it is 0. */
function Unallocated({ amount, label, id }: { amount: number; label: string; id: string }) {
  return (
    <p className={amount !== 0 ? "offer-unallocated offer-unallocated--open" : "offer-unallocated"}>
      <span id={id}>{label}</span>:{" "}
      <output aria-labelledby={id} aria-live="polite">
        <strong>{money(amount)}</strong>
      </output>
    </p>
  );
}

function SplitTable(props: {
  values: Record<string, string>;
  errors: FieldErrors;
  calc: CostCalculation;
  offerors: OfferorData[];
}) {
  const t = useT();
  const group = controlAttributes("split", props.errors);
  const amountOf = (organizationId: string) => {
    const key = Object.keys(props.values).find(
      (k) => /^split\.\d+\.organizationId$/.test(k) && props.values[k] === organizationId,
    );
    return key ? (props.values[key.replace(/organizationId$/, "amount")] ?? "") : "";
  };
  return (
    <fieldset id="f-split" tabIndex={-1} aria-describedby={group.errorId}>
      <legend>{t("offers.costs.tableC")}</legend>
      <ControlError id={group.errorId} messages={group.messages} />
      <table>
        <tbody>
          {props.offerors.map((o, i) => {
            const a = controlAttributes(`split.${i}.amount`, props.errors);
            return (
              <tr key={o.organizationId}>
                <th scope="row">
                  <label htmlFor={a.control.id}>{o.name}</label>
                </th>
                <td className="money">
                  <input type="hidden" name={`split.${i}.organizationId`} value={o.organizationId} />
                  <input
                    {...a.control}
                    defaultValue={amountOf(o.organizationId)}
                    inputMode="decimal"
                    size={14}
                    autoComplete="off"
                  />
                  <ControlError id={a.errorId} messages={a.messages} />
                </td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t("offers.costs.splitSum")}</th>
            <td className="money">
              <output aria-live="off">{money(props.calc.split.sum)}</output>
            </td>
          </tr>
        </tbody>
      </table>
      <Unallocated
        amount={props.calc.totals.total > 0 ? props.calc.split.unallocated : 0}
        label={t("offers.costs.splitUnallocated")}
        id="unallocated-c"
      />
    </fieldset>
  );
}
