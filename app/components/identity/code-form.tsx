import type { ReactNode } from "react";
import { useT } from "../../lib/shell";
import { Field, PostForm } from "../forms";
import { FormFailure, type FormFailureData } from "./form-failure";

/** The form for a code from the authenticator app; hidden fields (returnTo, secret) go in children. */
export function CodeForm({
  failure,
  submitLabel,
  children,
}: {
  failure: FormFailureData | null;
  submitLabel: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <PostForm>
      <FormFailure failure={failure} labels={{ code: t("identity.code.label") }} />
      {children}
      <Field
        name="code"
        label={t("identity.code.label")}
        hint={t("identity.code.hint")}
        errors={failure?.fieldErrors}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={20}
        required
      />
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </PostForm>
  );
}
