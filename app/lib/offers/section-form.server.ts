import { randomUUID } from "node:crypto";
import { data, type RouterContextProvider, redirect } from "react-router";
import { offerRulesOf } from "~/domain/offers/access";
import { taskYears } from "~/domain/offers/checks";
import type { OfferWorkspace } from "~/domain/offers/get-offer-workspace";
import { attachedRequirements } from "~/domain/offers/offer-content";
import { saveOfferSection } from "~/domain/offers/save-offer-section";
import { parseSection, type SectionKey } from "~/domain/offers/sections";
import type { SectionAnswer } from "./answers";
import { flatten, rowCountField, rowsIn, unflatten } from "./form-paths";
import { offerActionRefusal, offerDeps } from "./offers-route.server";
import { isRowGroup, nextSection, ROW_GROUPS, SECTION_SLUGS } from "./section-slugs";
import { sectionToValues } from "./section-values";

/*
 * The server side of a section's form. Every button is a plain submit that works without
 * JavaScript: "Zapisz", "Zapisz i przejdź dalej", "Dodaj wiersz" / "Usuń" (which also save what
 * was typed, then show the form again with one row more or less) and the background autosave.
 */

type Context = Readonly<RouterContextProvider>;

export type SectionIntent =
  | { kind: "save" | "saveNext" | "autosave" }
  | { kind: "addRow"; group: string }
  | { kind: "removeRow"; group: string; index: number };

/** The button pressed, read strictly (an unknown intent is a plain save). */
export function parseIntent(section: SectionKey, raw: string): SectionIntent {
  if (raw === "saveNext" || raw === "autosave") return { kind: raw };
  const [kind, group = "", index = ""] = raw.split(":");
  if (kind === "addRow" && isRowGroup(section, group)) return { kind, group };
  if (kind === "removeRow" && isRowGroup(section, group) && /^\d{1,4}$/.test(index))
    return { kind, group, index: Number(index) };
  return { kind: "save" };
}

/**
 * Reads the posted form: the button, the version read, the content (rows renumbered, blank rows
 * dropped, a removed row left out) and the values to show again, with the number of rows to show.
 */
export async function readSectionForm(request: Request, section: SectionKey) {
  const form = await request.formData();
  const intent = parseIntent(section, String(form.get("intent") ?? "save"));
  const removed = intent.kind === "removeRow" ? `${intent.group}.${intent.index}.` : null;
  const entries = [...form.entries()].filter(([name]) => !removed || !name.startsWith(removed));
  const content = unflatten(entries);
  const values = flatten(content);
  let focus: string | undefined;
  for (const [group, first] of Object.entries(ROW_GROUPS[section] ?? {})) {
    const shown = Number(form.get(rowCountField(group))) || 0;
    const filled = rowsIn(values, group);
    let count = Math.max(1, filled, shown);
    if (intent.kind === "addRow" && intent.group === group) {
      count = Math.max(filled, shown) + 1;
      focus = `f-${group}.${count - 1}.${first}`;
    }
    if (intent.kind === "removeRow" && intent.group === group) {
      count = Math.max(1, filled, shown - 1);
      focus = `add-${group}`;
    }
    values[rowCountField(group)] = String(count);
  }
  // A version that is no whole number ("Infinity", "1.5", "1e309") would reach the database as one
  // and fail there (a 500); 0 matches no section, so the save answers as a conflict instead.
  const version = Number(form.get("version"));
  return { intent, version: Number.isSafeInteger(version) ? version : 0, content, values, focus };
}

/** Saves the posted section and answers: a redirect after "Zapisz", data for autosave and row buttons. */
export async function saveSectionForm(
  context: Context,
  offerId: string,
  section: SectionKey,
  posted: Awaited<ReturnType<typeof readSectionForm>>,
) {
  const deps = offerDeps(context);
  const { intent, values, focus } = posted;
  try {
    const saved = await saveOfferSection({
      ...deps,
      offerId,
      section,
      expectedVersion: posted.version,
      content: posted.content,
    });
    const base = `/panel/oferty/${offerId}`;
    if (intent.kind === "save") return redirect(`${base}/${SECTION_SLUGS[section]}?komunikat=saved`);
    if (intent.kind === "saveNext") {
      const next = nextSection(section);
      return redirect(next ? `${base}/${SECTION_SLUGS[next]}?komunikat=saved` : `${base}?komunikat=saved`);
    }
    const answer: SectionAnswer = {
      ok: true,
      id: randomUUID(),
      version: saved.version,
      savedAt: deps.clock.now().toISOString(),
    };
    if (intent.kind !== "autosave") {
      const parsed = parseSection(section, posted.content);
      answer.values = parsed.success
        ? { ...keepCounts(values), ...sectionToValues(section, parsed.data) }
        : values;
      answer.focus = focus;
    }
    return data(answer);
  } catch (error) {
    const refused = await offerActionRefusal(context, offerId, error, values);
    const answer: SectionAnswer = { ...refused.data, version: posted.version, id: randomUUID(), focus };
    return data(answer, refused.init ?? undefined);
  }
}

function keepCounts(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => name.startsWith("_rows.")));
}

/** What a section's page shows, from the workspace: the values as stored and what the live checks need. */
export function sectionPageData(workspace: OfferWorkspace, section: SectionKey) {
  const { competition, sections } = workspace;
  const years = taskYears(sections.task.startDate, sections.task.endDate);
  return {
    offer: { id: workspace.offer.id, title: workspace.offer.title, status: workspace.offer.status },
    competition: { id: competition.id, title: competition.title, offerDeadline: competition.offerDeadline },
    open: workspace.open,
    editable:
      workspace.can.edit ||
      workspace.correctionSections.includes(section) ||
      workspace.updateSections.includes(section),
    version: workspace.sectionVersions[section],
    values: sectionToValues(section, sections[section]),
    live: {
      sections,
      rules: offerRulesOf(competition),
      context: {
        offerorIds: workspace.offerors.map((o) => o.organizationId),
        attachedRequirements: attachedRequirements(workspace.attachments),
      },
    },
    offerors: workspace.offerors,
    actions: sections.task.actions.map((a, i) => ({ number: i + 1, name: a.name })),
    years: years.length > 0 ? years : competition.budgetYears.map((b) => b.year),
    window:
      competition.taskStart && competition.taskEnd
        ? { from: competition.taskStart, to: competition.taskEnd }
        : null,
  };
}
