import { useT } from "../../lib/shell";
import { FieldError, type FieldErrors, PostForm } from "../forms";

export interface ChecklistRow {
  code: string;
  label: string;
  correctable: boolean;
}

/**
 * The officer's editor of the competition's formal checklist: each item's code, label and whether
 * it may be corrected, a "remove" box per row, and one empty row to add an item. Works without
 * JavaScript (one POST of the whole list).
 */
export function ChecklistEditor(props: { items: ChecklistRow[]; errors?: FieldErrors }) {
  const t = useT();
  const rows = [...props.items, { code: "", label: "", correctable: true }];
  const listErrors = Object.entries(props.errors ?? {})
    .filter(([k]) => !k.includes("."))
    .flatMap(([, v]) => v ?? []);
  return (
    <PostForm>
      <input type="hidden" name="intent" value="checklist" />
      <FieldError id="checklist-error" messages={listErrors.length ? listErrors : undefined} />
      <div className="table-scroll">
        <table aria-describedby={listErrors.length ? "checklist-error" : undefined}>
          <caption>{t("evaluation.checklist.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("evaluation.checklist.code")}</th>
              <th scope="col">{t("evaluation.checklist.label")}</th>
              <th scope="col">{t("evaluation.checklist.correctable")}</th>
              <th scope="col">{t("evaluation.checklist.remove")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((item, i) => {
              const isNew = i === props.items.length;
              const codeErrors = props.errors?.[`${i}.code`];
              const labelErrors = props.errors?.[`${i}.label`];
              return (
                <tr key={isNew ? "new" : item.code}>
                  <td>
                    <label className="visually-hidden" htmlFor={`items-${i}-code`}>
                      {isNew
                        ? t("evaluation.checklist.newCode")
                        : t("evaluation.checklist.codeOf", { n: i + 1 })}
                    </label>
                    <input
                      id={`items-${i}-code`}
                      name={`items.${i}.code`}
                      defaultValue={item.code}
                      maxLength={40}
                      aria-invalid={codeErrors ? true : undefined}
                      aria-describedby={codeErrors ? `items-${i}-code-error` : undefined}
                    />
                    <FieldError id={`items-${i}-code-error`} messages={codeErrors} />
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`items-${i}-label`}>
                      {isNew
                        ? t("evaluation.checklist.newLabel")
                        : t("evaluation.checklist.labelOf", { n: i + 1 })}
                    </label>
                    <input
                      id={`items-${i}-label`}
                      name={`items.${i}.label`}
                      defaultValue={item.label}
                      maxLength={300}
                      aria-invalid={labelErrors ? true : undefined}
                      aria-describedby={labelErrors ? `items-${i}-label-error` : undefined}
                    />
                    <FieldError id={`items-${i}-label-error`} messages={labelErrors} />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      id={`items-${i}-correctable`}
                      name={`items.${i}.correctable`}
                      defaultChecked={item.correctable}
                    />
                    <label htmlFor={`items-${i}-correctable`}>
                      {t("evaluation.checklist.correctableShort")}
                    </label>
                  </td>
                  <td>
                    {isNew ? (
                      "—"
                    ) : (
                      <>
                        <input type="checkbox" id={`items-${i}-remove`} name={`items.${i}.remove`} />
                        <label htmlFor={`items-${i}-remove`}>{t("evaluation.checklist.removeShort")}</label>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="submit">{t("evaluation.checklist.save")}</button>
    </PostForm>
  );
}
