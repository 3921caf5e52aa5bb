import type { RouterContextProvider } from "react-router";
import { addInterestRate, listInterestRates, removeInterestRate } from "~/domain/settlement/interest-rates";
import { warsawDateOf } from "~/platform/format/dates";
import type { AdminActionData } from "../../components/admin/action-notice";
import { requirePermission } from "../admin/admin-route.server";
import { servicesContext, tenantContext } from "../contexts";
import { formValues } from "../evaluation/office.server";
import { actorOf } from "../guards.server";
import { runAction } from "../http.server";

/*
 * Route plumbing of the administrator's table of interest rates for tax arrears (/admin/odsetki):
 * the list, adding a rate from a day, removing a rate not yet in force. The tenant's configuration,
 * so the administrator's permission (tenant.configure).
 */

type Context = Readonly<RouterContextProvider>;

export async function loadInterestRates(context: Context, request: Request) {
  requirePermission(context, request, "tenant.configure");
  const { db, clock } = context.get(servicesContext);
  return {
    rates: await listInterestRates(db, context.get(tenantContext).id),
    today: warsawDateOf(clock.now()),
  };
}

export async function interestRatesAction(context: Context, request: Request) {
  requirePermission(context, request, "tenant.configure");
  const { db, clock } = context.get(servicesContext);
  const options = { db, clock, tenantId: context.get(tenantContext).id, actor: actorOf(context) };
  const { values } = await formValues(request);
  return runAction(async (): Promise<AdminActionData> => {
    if (values.intent === "remove") {
      await removeInterestRate({ ...options, id: values.id });
      return { ok: true, messageKey: "settlement.rates.removed" };
    }
    await addInterestRate({
      ...options,
      input: {
        validFrom: values.validFrom ?? "",
        yearlyRate: values.yearlyRate ?? "",
        threshold: values.threshold ?? "",
      },
    });
    return { ok: true, messageKey: "settlement.rates.added" };
  }, values);
}
