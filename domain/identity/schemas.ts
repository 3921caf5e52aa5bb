import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/platform/auth/rules";
import { z } from "~/platform/validation/zod-messages";

/** The longest address SMTP allows (RFC 5321 §4.5.3.1.3). */
export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 200;

/** An e-mail address, trimmed and lowercased: the one form accounts are stored and looked up in. */
export const EmailSchema = z.string().trim().toLowerCase().min(1).max(EMAIL_MAX_LENGTH).pipe(z.email());

/** A new password: long rather than complicated (NIST SP 800-63B §5.1.1.2); never trimmed. */
export const NewPasswordSchema = z
  .string()
  .min(1, { abort: true })
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH);

/** A password typed to prove who one is; its length rules are not revealed here. */
export const CurrentPasswordSchema = z.string().min(1).max(PASSWORD_MAX_LENGTH);

/** Where to go after the form; checked again with safeReturnTo before redirecting. */
const ReturnToSchema = z.string().max(2000).optional();

/** A code from the authenticator app, as typed (spaces allowed). */
const TotpCodeSchema = z.string().trim().min(1).max(20);

export const RegisterSchema = z.object({
  name: z.string().trim().min(1).max(NAME_MAX_LENGTH),
  email: EmailSchema,
  password: NewPasswordSchema,
});

export const LoginSchema = z.object({
  email: EmailSchema,
  password: CurrentPasswordSchema,
  returnTo: ReturnToSchema,
});

export const SecondFactorSchema = z.object({ code: TotpCodeSchema, returnTo: ReturnToSchema });

export const RequestPasswordResetSchema = z.object({ email: EmailSchema });

export const ResetPasswordSchema = z.object({ password: NewPasswordSchema });

export const ReauthenticateSchema = z.object({ password: CurrentPasswordSchema, returnTo: ReturnToSchema });

export const ChangePasswordSchema = z.object({ password: NewPasswordSchema });

export const ChangeEmailSchema = z.object({ email: EmailSchema });

/** Replacing the authenticator: the new secret shown on the page and a code it produced. */
export const ResetTotpSchema = z.object({
  secret: z.string().trim().min(1).max(128),
  code: TotpCodeSchema,
});

export const DisableTotpSchema = z.object({ confirm: z.literal("yes") });
