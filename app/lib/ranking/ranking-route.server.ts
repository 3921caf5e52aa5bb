import type { RouterContextProvider } from "react-router";
import { getRankingForOffice } from "~/domain/ranking/get-ranking-for-office";
import { readProtocol } from "~/domain/ranking/read-protocol";
import { attachmentDisposition } from "~/platform/files/content-disposition";
import {
  competitionDeps,
  orCompetitionErrorPage,
  requireCompetitionOffice,
} from "../competitions/competitions-route.server";
import { redirectWithNotice } from "../http.server";

/*
 * Route plumbing of the ranking, the protocol and the decision: who asks (the competitions' back
 * office), the ranking or the protocol's input with refusals as their pages, and the notices.
 */

type Context = Readonly<RouterContextProvider>;

/** The ranking of a competition for the office (403 for an officer of another department, 404 audited). */
export async function loadOfficeRanking(context: Context, request: Request, competitionId: string) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  return orCompetitionErrorPage(
    context,
    getRankingForOffice({ db, tenantId, staffRoles, competitionId }),
    competitionId,
  );
}

/** The protocol's input for the PDF and DOCX addresses. */
export async function loadProtocol(context: Context, request: Request, competitionId: string) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId, clock } = competitionDeps(context);
  return orCompetitionErrorPage(
    context,
    readProtocol({ db, tenantId, staffRoles, clock, competitionId }),
    competitionId,
  );
}

/** The protocol's file as a response (inline for the PDF, a download for the DOCX). */
export function protocolResponse(bytes: Buffer, kind: "pdf" | "docx") {
  const name = `protokol-komisji.${kind}`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type":
        kind === "pdf"
          ? "application/pdf"
          : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": kind === "pdf" ? `inline; filename="${name}"` : attachmentDisposition(name),
      "Cache-Control": "private, no-store",
    },
  });
}

const NOTICES = [
  "amountsSaved",
  "amountsSavedOverFunds",
  "scoringClosed",
  "decisionRecorded",
  "decisionOverFunds",
] as const;
export type RankingNotice = (typeof NOTICES)[number];

export function rankingNoticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as RankingNotice) ? `ranking.notice.${name}` : null;
}

export function withRankingNotice(path: string, notice: RankingNotice) {
  return redirectWithNotice(path, notice);
}

/** Amounts typed per offer: fields named `<prefix>.<offerId>`, keyed by the offer id. */
export function amountsOf(form: FormData, prefix: "amount" | "awarded"): Record<string, string> {
  const amounts: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && name.startsWith(`${prefix}.`) && name.length < 100)
      amounts[name.slice(prefix.length + 1)] = value.slice(0, 40);
  }
  return amounts;
}
