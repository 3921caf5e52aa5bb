import { data } from "react-router";
import { type AppError, isAppError } from "~/platform/errors/app-error";

/** What an action returns when the form is refused: errors per field and the values typed. */
export interface ActionFailure {
  ok: false;
  messageKey: string;
  fieldErrors: Record<string, string[]>;
  values: Record<string, string>;
}

/**
 * The one place where AppError meets HTTP. Validation and conflicts come back to the form (422/409,
 * nothing typed is lost); everything else is thrown to the error page with its status.
 */
export function appErrorResponse(error: AppError, values: Record<string, string> = {}) {
  if (error.code === "VALIDATION" || error.code === "CONFLICT" || error.code === "RATE_LIMITED") {
    const body: ActionFailure = {
      ok: false,
      messageKey: error.messageKey,
      fieldErrors: error.fieldErrors,
      values,
    };
    return data(body, { status: error.status });
  }
  throw data({ messageKey: error.messageKey }, { status: error.status });
}

/** Runs a use case from an action: AppErrors become responses, anything else stays a 500. */
export async function runAction<T>(
  fn: () => Promise<T>,
  values: Record<string, string> = {},
): Promise<T | ReturnType<typeof appErrorResponse>> {
  try {
    return await fn();
  } catch (error) {
    if (isAppError(error)) return appErrorResponse(error, values);
    throw error;
  }
}

/** A refused form (schema errors) as an action result. */
export function formFailure(fieldErrors: Record<string, string[]>, values: Record<string, string>) {
  const body: ActionFailure = { ok: false, messageKey: "error.validation", fieldErrors, values };
  return data(body, { status: 422 });
}
