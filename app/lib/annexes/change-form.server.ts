import type { ContractContent } from "~/domain/contracts/content";
import { taskYears } from "~/domain/offers/checks";
import { formatIban } from "~/platform/validation/identifiers";
import { flatten, rowCountField, rowsIn, unflatten } from "../offers/form-paths";
import { sectionToValues } from "../offers/section-values";

/*
 * The change request's form (/panel/umowy/:id/zmiana) as values and back: the contract's current
 * content as the fields' values (prefilled, formatted the Polish way), and a posted form as the
 * schema's input, the values to show again, and the button pressed ("Dodaj wiersz" and "Usuń" in
 * the cost table are submit buttons: they work without JavaScript and save nothing).
 */

export type ChangeIntent =
  | { kind: "submit" | "preview" }
  | { kind: "addRow"; group: RowGroupName }
  | { kind: "removeRow"; group: RowGroupName; index: number };

type RowGroupName = "rows" | "indicators";
const FIRST_FIELD: Record<RowGroupName, string> = { rows: "action", indicators: "name" };

export function parseChangeIntent(raw: string): ChangeIntent {
  if (raw === "preview") return { kind: "preview" };
  const add = /^addRow:(rows|indicators)$/.exec(raw);
  if (add) return { kind: "addRow", group: add[1] as RowGroupName };
  const remove = /^removeRow:(rows|indicators):(\d{1,4})$/.exec(raw);
  if (remove) return { kind: "removeRow", group: remove[1] as RowGroupName, index: Number(remove[2]) };
  return { kind: "submit" };
}

/** The current content as the form's values. */
export function changeFormValues(content: ContractContent): Record<string, string> {
  const { task, costs } = content.document.sections;
  const values: Record<string, string> = {
    taskStart: content.taskStart,
    taskEnd: content.taskEnd,
    bankAccount: formatIban(content.bankAccount),
  };
  task.actions.forEach((a, i) => {
    values[`actions.${i}.start`] = a.start ?? "";
    values[`actions.${i}.end`] = a.end ?? "";
  });
  const taskValues = sectionToValues("task", task);
  for (const [name, value] of Object.entries(taskValues))
    if (name.startsWith("indicators.")) values[name] = value;
  const costValues = sectionToValues("costs", costs.split.length > 1 ? costs : { ...costs, split: [] });
  Object.assign(values, costValues);
  values[rowCountField("rows")] = String(Math.max(1, costs.rows.length));
  values[rowCountField("indicators")] = String(Math.max(1, task.indicators.length));
  return values;
}

/**
 * What the cost table needs besides the values: the actions to choose, the task's years, and for
 * a joint offer the offerors among whom V.C splits the total.
 */
export function costTableOptions(content: ContractContent) {
  const { task, costs } = content.document.sections;
  const names = new Map(content.document.offerors.map((o) => [o.organizationId, o.name]));
  return {
    actions: task.actions.map((a, i) => ({ number: i + 1, name: a.name })),
    years: taskYears(content.taskStart, content.taskEnd),
    splitAmong:
      costs.split.length > 1
        ? costs.split.map((r) => ({
            organizationId: r.organizationId,
            name: names.get(r.organizationId) ?? "",
          }))
        : [],
  };
}

/** Reads the posted form: the schema's input, the values to show again (with row counts), the button and the focus. */
export function readChangeForm(form: FormData) {
  const intent = parseChangeIntent(String(form.get("intent") ?? "submit"));
  const removed = intent.kind === "removeRow" ? `${intent.group}.${intent.index}.` : null;
  const entries = [...form.entries()].filter(
    ([name]) => name !== "kinds" && (!removed || !name.startsWith(removed)),
  );
  const tree = unflatten(entries);
  const kinds = form.getAll("kinds").filter((k): k is string => typeof k === "string");
  const values = flatten(tree);
  values.kinds = kinds.join("\n");
  let focus: string | undefined;
  for (const group of ["rows", "indicators"] as const) {
    const shown = Number(form.get(rowCountField(group))) || 0;
    const filled = rowsIn(values, group);
    let count = Math.max(1, filled, shown);
    if (intent.kind === "addRow" && intent.group === group) {
      count = Math.max(filled, shown) + 1;
      focus = `f-${group}.${count - 1}.${FIRST_FIELD[group]}`;
    }
    if (intent.kind === "removeRow" && intent.group === group) {
      count = Math.max(1, filled, shown - 1);
      focus = `add-${group}`;
    }
    values[rowCountField(group)] = String(Math.min(count, 200));
  }
  return { intent, input: { ...tree, kinds }, values, focus };
}
