import { useT } from "../../lib/shell";
import { ErrorSummary, Field, type FieldErrors, PostForm, SelectField } from "../forms";

/** Proposing a candidate for one competition's committee on behalf of one of the person's organisations. */
export function NominationForm(props: {
  competitionId: string;
  organizations: { id: string; name: string }[];
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const t = useT();
  // The form with errors uses the ids the error summary links to; the others stay unique on the page.
  const prefix =
    props.errors && Object.keys(props.errors).length > 0 ? "f" : `n-${props.competitionId.slice(0, 8)}`;
  const labels = {
    organizationId: t("committee.nominate.organization"),
    candidateName: t("committee.nominate.name"),
    candidateEmail: t("committee.nominate.email"),
    statement: t("committee.nominate.statement"),
  };
  return (
    <PostForm>
      <input type="hidden" name="competitionId" value={props.competitionId} />
      <ErrorSummary errors={props.errors} labels={labels} />
      <SelectField
        idPrefix={prefix}
        name="organizationId"
        label={labels.organizationId}
        required
        errors={props.errors}
        defaultValue={props.values?.organizationId}
        options={[
          { value: "", label: t("committee.nominate.choose") },
          ...props.organizations.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      <Field
        idPrefix={prefix}
        name="candidateName"
        label={labels.candidateName}
        required
        autoComplete="off"
        errors={props.errors}
        defaultValue={props.values?.candidateName}
      />
      <Field
        idPrefix={prefix}
        name="candidateEmail"
        type="email"
        label={labels.candidateEmail}
        hint={t("committee.nominate.emailHint")}
        required
        autoComplete="off"
        errors={props.errors}
        defaultValue={props.values?.candidateEmail}
      />
      <Field
        idPrefix={prefix}
        name="statement"
        label={labels.statement}
        multiline
        maxLength={2000}
        errors={props.errors}
        defaultValue={props.values?.statement}
      />
      <button type="submit">{t("committee.nominate.submit")}</button>
    </PostForm>
  );
}
