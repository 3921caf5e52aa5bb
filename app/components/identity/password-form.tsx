import type { ReactNode } from "react";
import { PASSWORD_MIN_LENGTH } from "~/platform/auth/rules";
import { useT } from "../../lib/shell";
import { Field, PostForm } from "../forms";
import { FormFailure, type FormFailureData } from "./form-failure";

/**
 * A form with one password field: the current password (re-authentication) or a new one (reset,
 * change), which gets the length hint and the browser's password generator.
 */
export function PasswordForm({
  kind,
  failure,
  submitLabel,
  children,
}: {
  kind: "current" | "new";
  failure: FormFailureData | null;
  submitLabel: string;
  children?: ReactNode;
}) {
  const t = useT();
  const label = kind === "new" ? t("identity.password.newLabel") : t("identity.password.label");
  return (
    <PostForm>
      <FormFailure failure={failure} labels={{ password: label }} />
      {children}
      <Field
        name="password"
        type="password"
        label={label}
        hint={kind === "new" ? t("identity.password.hint", { min: PASSWORD_MIN_LENGTH }) : undefined}
        autoComplete={kind === "new" ? "new-password" : "current-password"}
        errors={failure?.fieldErrors}
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
