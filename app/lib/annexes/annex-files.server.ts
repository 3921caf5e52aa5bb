import type { RouterContextProvider } from "react-router";
import { renderAnnexDocx } from "~/domain/annexes/annex-docx.server";
import { renderAnnexPdf } from "~/domain/annexes/annex-pdf.server";
import { readAnnex } from "~/domain/annexes/read-annex";
import { attachmentDisposition } from "~/platform/files/content-disposition";
import { competitionDeps, requireCompetitionOffice } from "../competitions/competitions-route.server";
import { requireUser } from "../guards.server";
import { orRefusalPage } from "../http.server";

/* The annex's files (…/aneksy/:numer.pdf and .docx) for the office and for the organisation. */

type Context = Readonly<RouterContextProvider>;

/** The annex's PDF (inline) or DOCX (a download) for the office or the organisation. */
export async function annexFile(
  context: Context,
  request: Request,
  params: { id?: string; numer?: string },
  side: "office" | "organization",
  kind: "pdf" | "docx",
) {
  const staffRoles = side === "office" ? requireCompetitionOffice(context, request) : null;
  if (!staffRoles) requireUser(context, request);
  const deps = competitionDeps(context);
  const base = { db: deps.db, tenantId: deps.tenantId, contractId: params.id, annexNumber: params.numer };
  const promise = staffRoles
    ? readAnnex({ ...base, side: "office", staffRoles })
    : readAnnex({ ...base, side: "organization", actor: deps.actor });
  const input = await orRefusalPage(context, promise, { type: "contract", id: params.id });
  const bytes = kind === "pdf" ? await renderAnnexPdf(input) : await renderAnnexDocx(input);
  const name = `aneks-${input.annexNumber}.${kind}`;
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
