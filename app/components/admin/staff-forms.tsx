import type { DepartmentSummary } from "~/domain/administration/list-departments";
import { useT } from "../../lib/shell";
import { ErrorSummary, Field, PostForm, SelectField } from "../forms";
import { type AdminActionData, failureFor } from "./action-notice";

const ROLES = ["officer", "coordinator", "admin"] as const;

type Failure = ReturnType<typeof failureFor>;

function RoleFields({ departments, failure }: { departments: DepartmentSummary[]; failure: Failure }) {
  const t = useT();
  return (
    <>
      <SelectField
        name="role"
        label={t("admin.staff.role")}
        required
        errors={failure?.fieldErrors}
        defaultValue={failure?.values.role}
        options={ROLES.map((r) => ({ value: r, label: t(`admin.role.${r}`) }))}
      />
      <SelectField
        name="departmentId"
        label={t("admin.staff.department")}
        hint={t("admin.staff.departmentHint")}
        errors={failure?.fieldErrors}
        defaultValue={failure?.values.departmentId}
        options={[
          { value: "", label: t("admin.staff.departmentNone") },
          ...departments.map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` })),
        ]}
      />
    </>
  );
}

/** Grant a role to an account that exists. */
export function GrantRoleForm({
  departments,
  data,
}: {
  departments: DepartmentSummary[];
  data?: AdminActionData;
}) {
  const t = useT();
  const failure = failureFor(data, "grant");
  const labels = {
    email: t("admin.staff.email"),
    role: t("admin.staff.role"),
    departmentId: t("admin.staff.department"),
  };
  return (
    <section aria-labelledby="grant-title">
      <h2 id="grant-title">{t("admin.staff.grantTitle")}</h2>
      <p>{t("admin.staff.grantHint")}</p>
      <ErrorSummary errors={failure?.fieldErrors} labels={labels} />
      <PostForm>
        <Field
          name="email"
          label={labels.email}
          type="email"
          required
          maxLength={254}
          errors={failure?.fieldErrors}
          defaultValue={failure?.values.email}
        />
        <RoleFields departments={departments} failure={failure} />
        <div className="actions">
          <button type="submit" name="intent" value="grant" className="primary">
            {t("admin.staff.grantButton")}
          </button>
        </div>
      </PostForm>
    </section>
  );
}

/** Invite a new staff member: an account, a role and a password-setup link by mail. */
export function InviteStaffForm({
  departments,
  data,
}: {
  departments: DepartmentSummary[];
  data?: AdminActionData;
}) {
  const t = useT();
  const failure = failureFor(data);
  const labels = {
    name: t("admin.staff.name"),
    email: t("admin.staff.email"),
    role: t("admin.staff.role"),
    departmentId: t("admin.staff.department"),
  };
  return (
    <>
      <ErrorSummary errors={failure?.fieldErrors} labels={labels} />
      <PostForm>
        <Field
          name="name"
          label={labels.name}
          required
          maxLength={200}
          autoComplete="off"
          errors={failure?.fieldErrors}
          defaultValue={failure?.values.name}
        />
        <Field
          name="email"
          label={labels.email}
          type="email"
          required
          maxLength={254}
          autoComplete="off"
          errors={failure?.fieldErrors}
          defaultValue={failure?.values.email}
        />
        <RoleFields departments={departments} failure={failure} />
        <div className="actions">
          <button type="submit" className="primary">
            {t("admin.staff.inviteButton")}
          </button>
        </div>
      </PostForm>
    </>
  );
}
