import { childrenOf, findCompetitionInTenant, listLegalBases } from "../domain/competitions/access";
import { insertCompetitionDraft } from "../domain/competitions/create-competition-draft";
import { publishReadiness } from "../domain/competitions/publish-readiness";
import { defaultCriteriaFor, defaultPassThreshold } from "../domain/competitions/rules";
import { type CompetitionDraftInput, CompetitionDraftSchema } from "../domain/competitions/schemas";
import type { CompetitionTarget } from "../domain/competitions/states";
import { transitionCompetition } from "../domain/competitions/transition-competition";
import type { Actor } from "../platform/audit/write-audit.server";
import type { Tx } from "../platform/db/client.server";
import { warsawDatePlusDays, warsawLocalToInstant, warsawYearOf } from "../platform/format/dates";

/**
 * Competitions of the demo city, modelled on the seed report (Częstochowa's 2021 cooperation
 * report: respite care, the crisis intervention centre, summer holidays for children, sport
 * training, ecological education, health promotion; amounts after its Table 2). Dates are relative
 * to the moment the demo is seeded, so there is always an open call with a deadline 30+ days
 * ahead, one closed, one under evaluation, one resolved last year, a draft, a cancelled one and a
 * multi-year task. Every published one passes the same readiness check as the office's button.
 */

interface Options {
  tenantId: string;
  departments: { id: string; code: string }[];
  userIds: Map<string, string>;
  now: Date;
}

type Stage = "draft" | "published" | "closed" | "in_evaluation" | "resolved" | "cancelled";

interface DemoCompetition {
  department: string;
  basis: "udpp-wspieranie" | "udpp-powierzanie" | "uzp";
  stage: Stage;
  /** Days from the seeding moment: publication and deadline (negative: in the past). */
  publishedDay: number;
  deadlineDay: number;
  /** The content; `y` is the (Warsaw) year of publication, tasks mostly run the year after. */
  draft: (y: number) => Partial<CompetitionDraftInput> & { title: string; areaCode: string };
}

const DAY = 86_400_000;

/** Warsaw wall-clock time on the day `days` after `now`. */
function warsawDay(now: Date, days: number, time: string): Date {
  const instant = warsawLocalToInstant(`${warsawDatePlusDays(now, days)} ${time}`);
  if (!instant) throw new Error("bad demo date");
  return instant;
}

const dateOn = (now: Date, days: number) => warsawDatePlusDays(now, days);

// biome-ignore format: one competition per block reads like the report's list
const COMPETITIONS: DemoCompetition[] = [
  {
    department: "WPS", basis: "udpp-wspieranie", stage: "published", publishedDay: -3, deadlineDay: 35,
    draft: (y) => ({
      title: `Świadczenie usługi opieki wytchnieniowej dla mieszkańców Częstochowy w ${y + 1} r.`,
      areaCode: "disability",
      taskDescription: "Opieka wytchnieniowa dla członków rodzin i opiekunów osób z niepełnosprawnościami: pobyt dzienny, specjalistyczne poradnictwo i pobyt całodobowy, tak aby opiekunowie mogli odpocząć.\n\nZadanie obejmuje co najmniej 60 osób z niepełnosprawnościami w ciągu roku.",
      awardRules: "Dotacja na wsparcie realizacji zadania (art. 11 ust. 1 pkt 1 ustawy). Wymagany wkład własny co najmniej 5% kosztów zadania, w tym finansowy co najmniej 2%. Oferta może obejmować jeden lub więcej modułów.",
      taskConditions: "Zadanie realizowane na terenie Częstochowy, w lokalach dostosowanych do potrzeb osób z niepełnosprawnościami, przez osoby z kwalifikacjami opiekuńczymi.",
      budgetYears: [{ year: String(y + 1), amount: "881 280,00" }],
      minGrant: "20 000,00", maxGrant: "450 000,00",
      minOwnContributionBp: "5", minFinancialContributionBp: "2", adminCostCapBp: "10",
      eligibleLegalForms: ["registered_association", "foundation", "association_branch", "social_cooperative", "church_legal_person"],
      priorTasks: [
        { year: String(y), name: "Opieka wytchnieniowa — pobyt dzienny, poradnictwo i pobyt całodobowy", amount: "881 280,00" },
        { year: String(y - 1), name: "Opieka wytchnieniowa — pobyt dzienny i poradnictwo", amount: "612 500,00" },
      ],
    }),
  },
  {
    department: "WPS", basis: "udpp-powierzanie", stage: "published", publishedDay: -1, deadlineDay: 42,
    draft: (y) => ({
      title: `Prowadzenie Częstochowskiego Centrum Interwencji Kryzysowej w latach ${y + 1}–${y + 3}`,
      areaCode: "social_assistance",
      taskDescription: "Całodobowa pomoc osobom i rodzinom w sytuacji kryzysowej: interwencja, poradnictwo psychologiczne i prawne, miejsca hostelowe dla osób doznających przemocy.",
      awardRules: "Powierzenie realizacji zadania z pełnym finansowaniem (art. 11 ust. 1 pkt 2 ustawy). Zadanie wieloletnie: umowa na trzy lata budżetowe.",
      taskConditions: "Centrum działa całą dobę przez 7 dni w tygodniu w lokalu przekazanym przez Miasto.",
      budgetYears: [
        { year: String(y + 1), amount: "1 150 000,00" },
        { year: String(y + 2), amount: "1 180 000,00" },
        { year: String(y + 3), amount: "1 210 000,00" },
      ],
      minGrant: "1 000 000,00", maxGrant: "1 210 000,00", adminCostCapBp: "8",
      eligibleLegalForms: ["registered_association", "foundation", "church_legal_person"],
      priorTasks: [
        { year: String(y), name: "Prowadzenie Częstochowskiego Centrum Interwencji Kryzysowej", amount: "1 120 000,00" },
        { year: String(y - 1), name: "Prowadzenie Częstochowskiego Centrum Interwencji Kryzysowej", amount: "1 085 000,00" },
      ],
    }),
  },
  {
    department: "WZ", basis: "uzp", stage: "published", publishedDay: -2, deadlineDay: 31,
    draft: (y) => ({
      title: `Promocja i edukacja zdrowotna — wczesna profilaktyka onkologiczna w ${y + 1} r.`,
      areaCode: "health",
      taskDescription: "Edukacja zdrowotna mieszkańców w zakresie wczesnego wykrywania chorób nowotworowych, zachęcanie do badań przesiewowych.",
      awardRules: "Zadanie z zakresu zdrowia publicznego (art. 14–15 ustawy o zdrowiu publicznym). Dotacja do 100% kosztów.",
      taskConditions: "Działania na terenie Częstochowy, w szkołach, dzielnicowych ośrodkach i podczas wydarzeń miejskich.",
      budgetYears: [{ year: String(y + 1), amount: "95 000,00" }],
      minGrant: "5 000,00", maxGrant: "50 000,00", adminCostCapBp: "10",
      eligibleLegalForms: ["registered_association", "foundation", "health_entity"],
      priorTasks: [{ year: String(y), name: "Promocja i edukacja zdrowotna — wczesna profilaktyka onkologiczna", amount: "90 000,00" }],
    }),
  },
  {
    department: "WKPS", basis: "udpp-wspieranie", stage: "closed", publishedDay: -60, deadlineDay: -10,
    draft: (y) => ({
      title: `Organizacja wypoczynku letniego dla dzieci i młodzieży w ${y + 1} r.`,
      areaCode: "children_youth",
      taskDescription: "Kolonie, obozy i półkolonie dla dzieci i młodzieży z Częstochowy w czasie wakacji letnich.",
      awardRules: "Wsparcie realizacji zadania; wkład własny co najmniej 10%.",
      taskConditions: "Wypoczynek zgłoszony kuratorowi oświaty zgodnie z przepisami o wypoczynku dzieci i młodzieży.",
      budgetYears: [{ year: String(y + 1), amount: "157 000,00" }],
      minGrant: "5 000,00", maxGrant: "40 000,00",
      minOwnContributionBp: "10", adminCostCapBp: "10",
      eligibleLegalForms: ["registered_association", "foundation", "student_sports_club", "sports_club"],
      priorTasks: [
        { year: String(y), name: "Wypoczynek letni dzieci i młodzieży", amount: "157 000,00" },
        { year: String(y - 1), name: "Wypoczynek letni dzieci i młodzieży", amount: "109 600,00" },
      ],
    }),
  },
  {
    department: "WKPS", basis: "udpp-wspieranie", stage: "in_evaluation", publishedDay: -90, deadlineDay: -45,
    draft: (y) => ({
      title: `Szkolenie sportowe dzieci i młodzieży w ${y + 1} r.`,
      areaCode: "physical_culture",
      taskDescription: "Regularne zajęcia sportowe i udział w rozgrywkach dzieci i młodzieży zrzeszonych w klubach sportowych.",
      awardRules: "Wsparcie realizacji zadania; wkład własny co najmniej 15%, w tym finansowy co najmniej 5%.",
      taskConditions: "Zajęcia prowadzone przez trenerów i instruktorów z uprawnieniami, na obiektach w Częstochowie.",
      budgetYears: [{ year: String(y + 1), amount: "1 200 000,00" }],
      minGrant: "10 000,00", maxGrant: "150 000,00",
      minOwnContributionBp: "15", minFinancialContributionBp: "5", adminCostCapBp: "5",
      eligibleLegalForms: ["sports_club", "student_sports_club", "registered_association"],
      priorTasks: [{ year: String(y), name: "Szkolenie sportowe dzieci i młodzieży", amount: "1 150 000,00" }],
    }),
  },
  {
    department: "WE", basis: "udpp-wspieranie", stage: "resolved", publishedDay: -400, deadlineDay: -370,
    draft: (y) => ({
      title: `Edukacja ekologiczna mieszkańców Częstochowy w ${y + 1} r.`,
      areaCode: "ecology_animals",
      taskDescription: "Warsztaty, zajęcia terenowe i konkursy ekologiczne dla dzieci, młodzieży i dorosłych.",
      awardRules: "Wsparcie realizacji zadania; wkład własny co najmniej 10%.",
      taskConditions: "Zajęcia w szkołach, przedszkolach i na terenach zielonych miasta.",
      budgetYears: [{ year: String(y + 1), amount: "30 400,00" }],
      minGrant: "2 000,00", maxGrant: "10 000,00", minOwnContributionBp: "10",
      eligibleLegalForms: ["registered_association", "foundation", "association_branch"],
      priorTasks: [
        { year: String(y), name: "Edukacja ekologiczna", amount: "40 366,00" },
        { year: String(y - 1), name: "Edukacja ekologiczna", amount: "48 350,00" },
      ],
    }),
  },
  {
    department: "WKPS", basis: "udpp-wspieranie", stage: "cancelled", publishedDay: -20, deadlineDay: 25,
    draft: (y) => ({
      title: `Upowszechnianie kultury, sztuki i dziedzictwa narodowego w ${y + 1} r.`,
      areaCode: "culture",
      taskDescription: "Festiwale, koncerty, wystawy i wydarzenia upowszechniające kulturę w dzielnicach.",
      awardRules: "Wsparcie realizacji zadania; wkład własny co najmniej 10%.",
      taskConditions: "Wydarzenia otwarte i bezpłatne dla mieszkańców.",
      budgetYears: [{ year: String(y + 1), amount: "165 500,00" }],
      minGrant: "3 000,00", maxGrant: "30 000,00", minOwnContributionBp: "10",
      eligibleLegalForms: ["registered_association", "foundation", "ordinary_association"],
      priorTasks: [{ year: String(y), name: "Kultura, sztuka, ochrona dóbr kultury", amount: "165 500,00" }],
    }),
  },
  {
    department: "WE", basis: "udpp-wspieranie", stage: "draft", publishedDay: 0, deadlineDay: 45,
    draft: (y) => ({
      title: `Przygotowanie cyklu programów edukacyjnych dla seniorów ${y + 1}`,
      areaCode: "seniors",
      taskDescription: "Cykl zajęć edukacyjnych dla seniorów: kompetencje cyfrowe, bezpieczeństwo, zdrowie.",
      awardRules: "Wsparcie realizacji zadania; wkład własny co najmniej 10%.",
      budgetYears: [{ year: String(y + 1), amount: "60 000,00" }],
      minOwnContributionBp: "10",
      eligibleLegalForms: ["registered_association", "foundation"],
    }),
  },
];

/** Seeds the demo competitions inside the demo's transaction. */
export async function seedDemoCompetitions(tx: Tx, options: Options): Promise<void> {
  const { now, tenantId } = options;
  const bases = await listLegalBases(tx, tenantId);
  for (const demo of COMPETITIONS) {
    const department = options.departments.find((d) => d.code === demo.department);
    const basis = bases.find((b) => b.code === demo.basis);
    if (!department || !basis) throw new Error(`demo competition needs ${demo.department} and ${demo.basis}`);
    const actor = actorFor(options, demo.department);
    const publishedAt = new Date(now.getTime() + demo.publishedDay * DAY - 2 * 3_600_000);
    const deadline = warsawDay(now, demo.deadlineDay, "15:00");
    const y = warsawYearOf(publishedAt);
    const input = demo.draft(y);
    const firstYear = Number(input.budgetYears?.[0]?.year ?? y + 1);
    const lastYear = Number(input.budgetYears?.at(-1)?.year ?? firstYear);
    const criteria = defaultCriteriaFor(basis.requiresOwnContribution);
    const draft = CompetitionDraftSchema.parse({
      departmentId: department.id,
      legalBasisId: basis.id,
      taskStart: `${firstYear}-01-15`,
      taskEnd: `${lastYear}-12-31`,
      offerDeadline: deadline,
      selectionProcedure:
        "Oferty ocenia komisja konkursowa powołana przez Prezydenta Miasta, z udziałem osób wskazanych przez organizacje pozarządowe, według kryteriów z art. 15 ust. 1 ustawy. Wyniki ogłasza się w BIP, na tablicy ogłoszeń i na stronie internetowej.",
      selectionDate: dateOn(now, demo.deadlineDay + 21),
      criteria: criteria.map((c) => ({ ...c, maxPoints: String(c.maxPoints) })),
      passThreshold: String(defaultPassThreshold(criteria)),
      requiredAttachments: [
        { label: "Aktualny odpis z rejestru lub ewidencji (jeśli organizacja nie jest w KRS)" },
        { label: "Pełnomocnictwo osób podpisujących ofertę (jeśli nie wynika z rejestru)" },
      ],
      ...input,
    });
    const id = await insertCompetitionDraft(tx, { tenantId, actor, now: publishedAt, draft });
    if (demo.stage === "draft") continue;
    await publishOrExplain(tx, tenantId, id, basis, publishedAt, actor);
    const path: CompetitionTarget[] =
      demo.stage === "cancelled"
        ? ["cancelled"]
        : demo.stage === "closed"
          ? ["closed"]
          : demo.stage === "in_evaluation"
            ? ["closed", "in_evaluation"]
            : demo.stage === "resolved"
              ? // Resolved by the recorded decision, after its evaluation (seed-evaluation.server.ts).
                ["closed", "in_evaluation"]
              : [];
    let at = deadline;
    for (const to of path) {
      const competition = await findCompetitionInTenant(tx, tenantId, id);
      await transitionCompetition(tx, {
        competition,
        to,
        actor,
        now: to === "cancelled" ? new Date(now.getTime() - 5 * DAY) : at,
        reason:
          to === "cancelled"
            ? "Zmiana wysokości środków w budżecie Miasta — konkurs zostanie ogłoszony ponownie."
            : undefined,
      });
      at = new Date(at.getTime() + 7 * DAY);
    }
  }
}

async function publishOrExplain(
  tx: Tx,
  tenantId: string,
  id: string,
  basis: Awaited<ReturnType<typeof listLegalBases>>[number],
  publishedAt: Date,
  actor: Actor,
) {
  const competition = await findCompetitionInTenant(tx, tenantId, id);
  const { budgetYears } = await childrenOf(tx, id);
  const errors = publishReadiness({ competition, budgetYears, basis, now: publishedAt });
  if (Object.keys(errors).length)
    throw new Error(`demo competition not publishable: ${JSON.stringify(errors)}`);
  await transitionCompetition(tx, { competition, to: "published", actor, now: publishedAt });
}

/** The WPS officer acts for WPS; the coordinator for the other departments. */
function actorFor(options: Options, departmentCode: string): Actor {
  const email = departmentCode === "WPS" ? "urzednik@demo.pozytek.pl" : "koordynator@demo.pozytek.pl";
  return { userId: options.userIds.get(email) ?? null, label: email, ip: null };
}
