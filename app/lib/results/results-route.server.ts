import type { RouterContextProvider } from "react-router";
import { answerReasonRequest } from "~/domain/results/answer-reason-request";
import { correctResult } from "~/domain/results/correct-result";
import { getOfficeResults } from "~/domain/results/get-office-results";
import { getPublicResults, type PublicResults } from "~/domain/results/get-public-results";
import { grantsOfOrganization } from "~/domain/results/list-grants";
import { requestReasons } from "~/domain/results/request-reasons";
import { isAppError } from "~/platform/errors/app-error";
import {
  competitionDeps,
  orCompetitionErrorPage,
  requireCompetitionOffice,
} from "../competitions/competitions-route.server";
import { servicesContext, tenantContext } from "../contexts";
import { redirectWithNotice, runAction } from "../http.server";
import { typedValues } from "../news/news-route.server";

/*
 * Route plumbing of the published results: the public page (and the block on the competition's
 * page), the request for reasons, the office's page with corrections and answers, and the grants
 * on an organisation's profile.
 */

type Context = Readonly<RouterContextProvider>;

/** The published results of the competition in the URL, or the 404 page (audited). */
export function loadPublicResults(context: Context, competitionId: unknown): Promise<PublicResults> {
  const { db, clock } = context.get(servicesContext);
  return orCompetitionErrorPage(
    context,
    getPublicResults({ db, clock, tenantId: context.get(tenantContext).id, competitionId }),
    competitionId,
  );
}

/** For the competition's own page: its results when published, else null (the page shows nothing). */
export async function publishedResultsOrNull(context: Context, competitionId: unknown) {
  const { db, clock } = context.get(servicesContext);
  try {
    return await getPublicResults({ db, clock, tenantId: context.get(tenantContext).id, competitionId });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/** Success messages of the results' pages (?komunikat=…); anything else is ignored. */
const NOTICES = ["asked", "corrected", "answered"] as const;

export function resultsNoticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as (typeof NOTICES)[number]) ? `results.notice.${name}` : null;
}

/** The public form: a request for reasons (rate limit, honeypot and the 30 days decided by the use case). */
export async function reasonsAction(request: Request, context: Context, competitionId: string) {
  const values = typedValues(await request.formData());
  return runAction(async () => {
    await requestReasons({ ...competitionDeps(context), competitionId, input: values });
    return redirectWithNotice(`/konkursy/${competitionId}/wyniki`, "asked");
  }, values);
}

/** The office's page: the results with the requests for reasons, or the 403/404 page. */
export function loadOfficeResults(context: Context, request: Request, competitionId: unknown) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, clock, tenantId } = competitionDeps(context);
  return orCompetitionErrorPage(
    context,
    getOfficeResults({ db, clock, tenantId, staffRoles, competitionId }),
    competitionId,
  );
}

/** The office's forms: a correction of one result, or an answer to a request for reasons. */
export async function officeResultsAction(request: Request, context: Context, competitionId: string) {
  requireCompetitionOffice(context, request);
  const values = typedValues(await request.formData());
  const deps = { ...competitionDeps(context), competitionId, input: values };
  const intent = values.intent === "answer" ? "answer" : "correct";
  return runAction(
    async () => {
      if (intent === "answer") await answerReasonRequest(deps);
      else await correctResult(deps);
      return redirectWithNotice(
        `/urzad/konkursy/${competitionId}/wyniki`,
        intent === "answer" ? "answered" : "corrected",
      );
    },
    { ...values, intent },
  );
}

/** The grants an organisation received (its public profile). */
export function organizationGrants(context: Context, organizationId: string) {
  return grantsOfOrganization({
    db: context.get(servicesContext).db,
    tenantId: context.get(tenantContext).id,
    organizationId,
  });
}
