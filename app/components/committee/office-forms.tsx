import { useT } from "../../lib/shell";
import { Field, type FieldErrors, PostForm, SelectField } from "../forms";

/** The officer's forms on the committee page: add a member, exclude from an offer, the settings. */

export function AddMemberForm(props: { values?: Record<string, string>; errors?: FieldErrors }) {
  const t = useT();
  return (
    <PostForm>
      <input type="hidden" name="intent" value="add" />
      <Field
        idPrefix="add"
        name="email"
        type="email"
        label={t("committee.office.email")}
        hint={t("committee.office.emailHint")}
        required
        autoComplete="off"
        errors={props.errors}
        defaultValue={props.values?.email}
      />
      <SelectField
        idPrefix="add"
        name="kind"
        label={t("committee.office.kind")}
        hint={t("committee.office.kindHint")}
        errors={props.errors}
        defaultValue={props.values?.kind ?? "staff"}
        options={(["staff", "ngo", "expert"] as const).map((k) => ({
          value: k,
          label: t(`committee.kind.${k}`),
        }))}
      />
      <div className="checkbox">
        <input type="checkbox" id="add-chair" name="chair" defaultChecked={props.values?.chair === "on"} />
        <label htmlFor="add-chair">{t("committee.office.asChair")}</label>
      </div>
      <button type="submit">{t("committee.office.add")}</button>
    </PostForm>
  );
}

export function ExcludeForm(props: {
  members: { id: string; name: string }[];
  offers: { id: string; label: string }[];
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const t = useT();
  if (props.members.length === 0 || props.offers.length === 0) return null;
  return (
    <PostForm>
      <input type="hidden" name="intent" value="exclude" />
      <SelectField
        idPrefix="ex"
        name="memberId"
        label={t("committee.col.member")}
        errors={props.errors}
        defaultValue={props.values?.memberId}
        options={props.members.map((m) => ({ value: m.id, label: m.name }))}
      />
      <SelectField
        idPrefix="ex"
        name="offerId"
        label={t("committee.col.offer")}
        errors={props.errors}
        defaultValue={props.values?.offerId}
        options={props.offers.map((o) => ({ value: o.id, label: o.label }))}
      />
      <Field
        idPrefix="ex"
        name="reason"
        label={t("committee.office.excludeReason")}
        multiline
        required
        errors={props.errors}
        defaultValue={props.values?.reason}
      />
      <button type="submit">{t("committee.office.exclude")}</button>
    </PostForm>
  );
}

export function SettingsForms(props: {
  hideScores: boolean;
  withoutNgoReason: string | null;
  nominationDeadline: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
  intent?: string;
}) {
  const t = useT();
  const own = (intent: string) => (props.intent === intent ? props.errors : undefined);
  return (
    <>
      <PostForm>
        <input type="hidden" name="intent" value="hideScores" />
        <div className="checkbox">
          <input
            type="checkbox"
            id="hide-scores"
            name="hideScoresUntilComplete"
            defaultChecked={props.hideScores}
          />
          <label htmlFor="hide-scores">{t("committee.office.hideScores")}</label>
        </div>
        <button type="submit">{t("committee.office.saveSettings")}</button>
      </PostForm>
      <PostForm>
        <input type="hidden" name="intent" value="nominationCall" />
        <Field
          idPrefix="call"
          name="nominationDeadline"
          label={t("committee.office.nominationDeadline")}
          hint={t("committee.office.nominationDeadlineHint")}
          required
          autoComplete="off"
          errors={own("nominationCall")}
          defaultValue={
            props.intent === "nominationCall" ? props.values?.nominationDeadline : props.nominationDeadline
          }
        />
        <button type="submit">{t("committee.office.openCall")}</button>
      </PostForm>
      <PostForm>
        <input type="hidden" name="intent" value="withoutNgo" />
        <Field
          idPrefix="ngo"
          name="withoutNgoReason"
          label={t("committee.office.withoutNgo")}
          hint={t("committee.office.withoutNgoHint")}
          multiline
          required
          errors={own("withoutNgo")}
          defaultValue={
            props.intent === "withoutNgo" ? props.values?.withoutNgoReason : (props.withoutNgoReason ?? "")
          }
        />
        <button type="submit">{t("committee.office.recordWithoutNgo")}</button>
      </PostForm>
    </>
  );
}
