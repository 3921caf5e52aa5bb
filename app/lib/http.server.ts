import { data, type RouterContextProvider, redirect } from "react-router";
import { writeAudit } from "~/platform/audit/write-audit.server";
import { type AppError, isAppError } from "~/platform/errors/app-error";
import { servicesContext, tenantContext } from "./contexts";
import { actorOf } from "./guards.server";

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

/**
 * A loader's refusal as its page: 404 for an id that is malformed or not in this tenant (written
 * to the audit log here, as someone tried an id that is not theirs), 403 for a person without the
 * right (audited by the root middleware), other AppErrors with their status. Anything else passes.
 */
export async function refusalPage(
  context: Readonly<RouterContextProvider>,
  error: unknown,
  entity: { type: string; id: unknown },
): Promise<never> {
  if (isAppError(error) && error.code === "NOT_FOUND") {
    await writeAudit(context.get(servicesContext).db, {
      tenantId: context.get(tenantContext).id,
      actor: actorOf(context),
      entityType: entity.type,
      entityId: String(entity.id ?? "").slice(0, 100),
      action: "access.notFound",
    });
  }
  if (isAppError(error)) throw data({ messageKey: error.messageKey }, { status: error.status });
  throw error;
}

/** For loaders: the promise's value, or the refusal's page (refusalPage). */
export async function orRefusalPage<T>(
  context: Readonly<RouterContextProvider>,
  promise: Promise<T>,
  entity: { type: string; id: unknown },
): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    return refusalPage(context, error, entity);
  }
}

/** A redirect to a page that shows a success message (?komunikat=…), keeping the page's own query. */
export function redirectWithNotice(path: string, notice: string) {
  const joiner = path.includes("?") ? "&" : "?";
  return redirect(`${path}${joiner}komunikat=${notice}`);
}
