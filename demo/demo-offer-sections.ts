import type { CompetitionParameters } from "../domain/competitions/get-competition-parameters";
import { calculateCosts } from "../domain/offers/calculations";
import { taskYears } from "../domain/offers/checks";
import type { OfferSections } from "../domain/offers/sections";
import { warsawYearOf } from "../platform/format/dates";
import type { DemoOffer, DemoTheme } from "./demo-offers";

/* The demo offers' content as the template's sections, and their stand-in attachments. */

/** Whole złoty, rounded up (a share computed from it never falls below the minimum). */
const ceilZloty = (grosze: number) => Math.ceil(grosze / 100) * 100;

/** The sections of a complete offer of a theme in a competition: every sum computed from the rows. */
export function demoSections(
  theme: DemoTheme,
  offer: DemoOffer,
  competition: CompetitionParameters,
  offerors: { id: string; email: string }[],
): OfferSections {
  const start = competition.taskStart ?? `${warsawYearOf(new Date()) + 1}-01-15`;
  const end = offer.endMonthDay
    ? `${start.slice(0, 4)}-${offer.endMonthDay}`
    : (competition.taskEnd ?? `${start.slice(0, 4)}-12-31`);
  const years = taskYears(start, end);
  const rows = years.flatMap((year) =>
    theme.rows.map((r) => ({
      action: r.action,
      name: r.name,
      unit: r.unit,
      unitCost: r.unitCost,
      units: Math.max(1, Math.round(r.units * offer.scale)) * 100,
      year,
    })),
  );
  const costs = { rows, sources: { grant: 0, financial: 0, fees: 0, personal: 0, inKind: 0 }, split: [] };
  const total = calculateCosts(costs).totals.total;
  const own = offer.ownBp > 0 ? ceilZloty((total * offer.ownBp) / 10_000) : 0;
  const financial = Math.min(own, ceilZloty(own * 0.6));
  const partnerShare = offerors.length > 1 ? ceilZloty(total * 0.3) : 0;
  return {
    offerors: {
      contactName: offer.contact.name,
      contactFunction: offer.contact.function,
      contactPhone: offer.contact.phone,
      contactEmail: offerors[0]?.email ?? "",
      correspondenceAddress: "",
    },
    task: {
      title: offer.title,
      startDate: start,
      endDate: end,
      place: theme.place,
      targetGroup: theme.targetGroup,
      summary: theme.summary,
      actions: theme.actions.map((a) => ({ ...a, start, end, thirdParty: false })),
      resultsProduced: theme.resultsProduced,
      resultsChange: theme.resultsChange,
      resultsDurability: theme.resultsDurability,
      indicators: theme.indicators,
    },
    profile: { experience: offer.experience, resources: theme.resources },
    costs: {
      rows,
      sources: { grant: total - own, financial, fees: 0, personal: own - financial, inKind: 0 },
      split:
        offerors.length > 1
          ? offerors.map((o, i) => ({
              organizationId: o.id,
              amount: i === 0 ? total - partnerShare * (offerors.length - 1) : partnerShare,
            }))
          : [],
    },
    other: {
      feesCharged: false,
      feesDescription: "",
      partnersRoles: offerors.length > 1 ? (offer.partnersRoles ?? "") : "",
      accessibility:
        "Lokale bez barier architektonicznych, informacja o zadaniu w tekście łatwym do czytania, możliwość kontaktu przez SMS i e-mail.",
      otherInfo: "",
    },
    declarations: {
      statutoryActivity: true,
      feesWithinPaidActivity: true,
      noArrears: true,
      registerConsistent: true,
      truthful: true,
      dataConsent: true,
    },
  };
}

/** A small valid PDF standing for a scanned attachment. */
export function demoPdf(title: string): Uint8Array {
  const ascii = title.normalize("NFD").replace(/[^\x20-\x7e]/g, "");
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${ascii}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}
