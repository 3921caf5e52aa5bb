import { data, type ShouldRevalidateFunctionArgs } from "react-router";
import { SectionPage } from "../components/offers/section-page";
import { requireUser } from "../lib/guards.server";
import type { SectionAnswer } from "../lib/offers/answers";
import { loadWorkspace, offerDeps, offerNoticeOf } from "../lib/offers/offers-route.server";
import { readSectionForm, saveSectionForm, sectionPageData } from "../lib/offers/section-form.server";
import { sectionOfSlug } from "../lib/offers/section-slugs";
import type { Route } from "./+types/panel.oferty.$id.$sekcja";
import "../components/offers/offers.css";

/** The section of the URL, or the 404 page for any other slug. */
function sectionOf(slug: string) {
  const section = sectionOfSlug(slug);
  if (!section) throw data({ messageKey: "error.notFound" }, { status: 404 });
  return section;
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const section = sectionOf(params.sekcja);
  const { workspace } = await loadWorkspace(context, request, params.id);
  return {
    ...sectionPageData(workspace, section),
    section,
    now: offerDeps(context).clock.now(),
    saved: offerNoticeOf(request) === "saved",
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const section = sectionOf(params.sekcja);
  requireUser(context, request);
  const posted = await readSectionForm(request, section);
  return saveSectionForm(context, params.id, section, posted);
}

/** A background save answers with its own data; the page it was made from stays as it is. */
export function shouldRevalidate({ formData, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (formData?.get("intent") === "autosave") return false;
  return defaultShouldRevalidate;
}

export default function OfferSection({ loaderData, actionData }: Route.ComponentProps) {
  return <SectionPage data={loaderData} answer={actionData as SectionAnswer | undefined} />;
}
