import { MEMBER_ROLES } from "~/domain/organizations/schemas";
import { formatDate } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { ErrorSummary, Field, type FieldErrors, PostForm, SelectField } from "../forms";

/** Invitations that wait to be accepted. */
export function InvitationsList(props: {
  invitations: { id: string; email: string; role: string; expiresAt: Date | string }[];
}) {
  const t = useT();
  if (props.invitations.length === 0) return <p>{t("org.members.invitations.empty")}</p>;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("org.members.col.email")}</th>
            <th scope="col">{t("org.members.col.role")}</th>
            <th scope="col">{t("org.members.col.expires")}</th>
          </tr>
        </thead>
        <tbody>
          {props.invitations.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.email}</th>
              <td>{t(`org.role.${i.role}`)}</td>
              <td>{formatDate(i.expiresAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The owner's form to invite a person by e-mail with a role. */
export function InviteForm(props: { errors?: FieldErrors; values?: Record<string, string> }) {
  const t = useT();
  const labels = { email: t("org.members.invite.email"), role: t("org.members.invite.role") };
  return (
    <PostForm aria-labelledby="invite-title">
      <input type="hidden" name="intent" value="invite" />
      <ErrorSummary errors={props.errors} labels={labels} />
      <p className="field__hint">{t("org.members.invite.hint")}</p>
      <Field
        name="email"
        type="email"
        label={labels.email}
        autoComplete="off"
        required
        errors={props.errors}
        defaultValue={props.values?.email}
      />
      <SelectField
        name="role"
        label={labels.role}
        errors={props.errors}
        defaultValue={props.values?.role ?? "editor"}
        options={MEMBER_ROLES.map((r) => ({ value: r, label: t(`org.role.${r}`) }))}
      />
      <div className="actions">
        <button type="submit" className="primary">
          {t("org.members.invite.submit")}
        </button>
      </div>
    </PostForm>
  );
}
