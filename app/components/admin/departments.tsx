import type { DepartmentSummary } from "~/domain/administration/list-departments";
import { translateError, useT } from "../../lib/shell";
import { ErrorSummary, Field, PostForm } from "../forms";
import { type AdminActionData, failureFor } from "./action-notice";

/** The departments with a rename form in each row (its input labelled by the department's code). */
export function DepartmentTable({
  departments,
  data,
}: {
  departments: DepartmentSummary[];
  data?: AdminActionData;
}) {
  const t = useT();
  const failure = failureFor(data, "rename");
  if (departments.length === 0) return <p>{t("admin.departments.empty")}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t("admin.departments.table")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.departments.code")}</th>
            <th scope="col">{t("admin.departments.name")}</th>
            <th scope="col">{t("admin.departments.officers")}</th>
          </tr>
        </thead>
        <tbody>
          {departments.map((d) => {
            const failed = failure?.values.departmentId === d.id ? failure : undefined;
            const inputId = `rename-${d.id}`;
            const errorId = `${inputId}-error`;
            const errors = failed?.fieldErrors.name ?? [];
            return (
              <tr key={d.id}>
                <th scope="row">{d.code}</th>
                <td>
                  <PostForm className="inline-form">
                    <input type="hidden" name="departmentId" value={d.id} />
                    <label htmlFor={inputId} className="visually-hidden">
                      {t("admin.departments.newName", { code: d.code })}
                    </label>
                    <input
                      id={inputId}
                      name="name"
                      defaultValue={failed?.values.name ?? d.name}
                      maxLength={200}
                      required
                      aria-invalid={errors.length ? true : undefined}
                      aria-describedby={errors.length ? errorId : undefined}
                    />{" "}
                    <button type="submit" name="intent" value="rename">
                      {t("admin.departments.rename")}
                    </button>
                    {errors.length ? (
                      <p className="field__error" id={errorId}>
                        {errors.map((e) => translateError(t, e)).join(" ")}
                      </p>
                    ) : null}
                  </PostForm>
                </td>
                <td>{d.officers}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Adds a department: its code and name. */
export function CreateDepartmentForm({ data }: { data?: AdminActionData }) {
  const t = useT();
  const failure = failureFor(data, "create");
  const labels = { code: t("admin.departments.code"), name: t("admin.departments.name") };
  return (
    <section aria-labelledby="create-title">
      <h2 id="create-title">{t("admin.departments.createTitle")}</h2>
      <ErrorSummary errors={failure?.fieldErrors} labels={labels} />
      <PostForm>
        <Field
          name="code"
          label={labels.code}
          hint={t("admin.departments.codeHint")}
          required
          maxLength={16}
          errors={failure?.fieldErrors}
          defaultValue={failure?.values.code}
        />
        <Field
          name="name"
          label={labels.name}
          required
          maxLength={200}
          errors={failure?.fieldErrors}
          defaultValue={failure?.values.name}
        />
        <div className="actions">
          <button type="submit" name="intent" value="create" className="primary">
            {t("admin.departments.createButton")}
          </button>
        </div>
      </PostForm>
    </section>
  );
}
