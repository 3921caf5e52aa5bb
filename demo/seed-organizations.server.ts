import type { AreaCode } from "../domain/organizations/areas";
import type { LegalFormCode } from "../domain/organizations/legal-forms";
import { profileToColumns } from "../domain/organizations/profile-columns";
import { type OrganizationProfileInput, OrganizationProfileSchema } from "../domain/organizations/schemas";
import type { OrganizationStatus } from "../domain/organizations/states";
import { SYSTEM_ACTOR, writeAudit } from "../platform/audit/write-audit.server";
import type { Tx } from "../platform/db/client.server";
import {
  organizationJoinRequests,
  organizationMembers,
  organizations,
} from "../platform/db/schema/organizations";
import { makeKrs, makeNip, makePlIban, makeRegon9 } from "../platform/validation/identifiers";

/**
 * About forty organisations of the demo city, named after those in the seed report (Częstochowa's
 * 2021 cooperation report) with its mix of legal forms. Addresses, people and numbers are
 * invented: identifiers are computed so that they pass the checksums (they belong to nobody).
 */

type Row = [
  name: string,
  legalForm: LegalFormCode,
  district: string,
  street: string,
  areas: AreaCode[],
  opp: boolean,
  status: OrganizationStatus,
];

// biome-ignore format: one organisation per line reads like a table
const ORGANIZATIONS: Row[] = [
  ["Fundacja Chrześcijańska „Adullam”", "foundation", "Raków", "ul. Łukasińskiego 40", ["social_assistance", "charity"], true, "verified"],
  ["Stowarzyszenie Wzajemnej Pomocy „AGAPE”", "registered_association", "Zawodzie-Dąbie", "ul. Kordeckiego 54", ["social_assistance", "social_reintegration"], true, "verified"],
  ["Fundacja Oczami Brata", "foundation", "Śródmieście", "ul. Warszawska 10", ["disability", "culture", "employment"], true, "verified"],
  ["Stowarzyszenie Na Rzecz Osób Niepełnosprawnych „Integracja”", "registered_association", "Tysiąclecie", "ul. Kilińskiego 120", ["disability"], false, "verified"],
  ["Stowarzyszenie Częstochowskie Amazonki", "registered_association", "Trzech Wieszczów", "ul. Mickiewicza 20", ["health", "gender_equality"], false, "verified"],
  ["Polskie Stowarzyszenie na rzecz Osób z Niepełnosprawnością Intelektualną Koło w Częstochowie", "association_branch", "Północ", "ul. Okulickiego 57", ["disability", "education"], true, "verified"],
  ["Fundacja Teatr Papahema", "foundation", "Stare Miasto", "ul. Mostowa 4", ["culture"], false, "verified"],
  ["Stowarzyszenie Poetyckie Etiuda", "registered_association", "Śródmieście", "al. Najświętszej Maryi Panny 39", ["culture"], false, "verified"],
  ["Stowarzyszenie Komunikat", "registered_association", "Trzech Wieszczów", "ul. Kościuszki 10", ["culture", "education"], false, "verified"],
  ["Stowarzyszenie YAVA", "registered_association", "Błeszno", "ul. Bialska 104", ["disability", "health"], false, "verified"],
  ["Spółdzielnia Socjalna „Jasne, że zmiana”", "social_cooperative", "Ostatni Grosz", "ul. Rejtana 11", ["seniors", "social_assistance"], false, "verified"],
  ["Spółdzielnia Socjalna „Jasne, że Alternatywa 21”", "social_cooperative", "Śródmieście", "ul. Focha 21", ["social_reintegration", "disability"], false, "verified"],
  ["Caritas Archidiecezji Częstochowskiej", "church_legal_person", "Podjasnogórska", "ul. Św. Barbary 41", ["social_assistance", "charity", "health"], true, "verified"],
  ["Stowarzyszenie Opieki Hospicyjnej Ziemi Częstochowskiej", "registered_association", "Tysiąclecie", "ul. Krakowska 45a", ["health"], true, "verified"],
  ["Fundacja Maxima Dzieciom", "foundation", "Parkitka", "ul. Legionów 60", ["children_youth", "health"], false, "verified"],
  ["Fundacja „Walczę z SM”", "foundation", "Lisiniec", "ul. Lwowska 12", ["health", "disability"], false, "verified"],
  ["Fundacja Złota Gwiazda", "foundation", "Grabówka", "ul. Szajnowicza-Iwanowa 7", ["children_youth"], false, "pending"],
  ["Fundacja Integracji Społecznej „Feniks”", "foundation", "Raków", "ul. Okólna 44", ["social_reintegration", "addiction_prevention"], false, "verified"],
  ["Stowarzyszenie pielęgniarsko-opiekuńcze „Z ufnością w Trzecie Tysiąclecie”", "registered_association", "Częstochówka-Parkitka", "ul. Kiedrzyńska 12", ["health", "children_youth"], false, "verified"],
  ["Stowarzyszenie na rzecz pomocy dziecku i rodzinie „DLA RODZINY”", "registered_association", "Stradom", "ul. Sułkowskiego 9", ["family_foster_care", "family_children_rights"], false, "verified"],
  ["Stowarzyszenie Pomocy Osobom z Autyzmem", "registered_association", "Wyczerpy-Aniołów", "ul. Bugajska 30", ["disability", "education"], false, "verified"],
  ["Towarzystwo Opieki nad Zwierzętami w Polsce Oddział w Częstochowie", "association_branch", "Gnaszyn-Kawodrza", "ul. Gnaszyńska 47", ["ecology_animals"], true, "verified"],
  ["Stowarzyszenie „Teatr nieoczywisty”", "registered_association", "Dźbów", "ul. Wręczycka 18", ["culture", "children_youth"], false, "pending"],
  ["Stowarzyszenie „Sportowa Częstochowa”", "sports_club", "Śródmieście", "ul. Dąbrowskiego 7", ["physical_culture"], false, "verified"],
  ["Stowarzyszenie „Aktywna Częstochowa”", "registered_association", "Północ", "ul. Jagiellońska 15", ["physical_culture", "local_communities"], false, "verified"],
  ["Stowarzyszenie „Festiwal Kolorów”", "ordinary_association", "Mirów", "ul. Mirowska 5", ["culture", "local_communities"], false, "verified"],
  ["Częstochowskie Stowarzyszenie Plastyków im. Jerzego Dudy-Gracza", "registered_association", "Stare Miasto", "ul. Kawia 6", ["culture"], false, "verified"],
  ["Towarzystwo Przyjaciół Częstochowy", "registered_association", "Śródmieście", "ul. Kopernika 17", ["national_tradition", "culture"], false, "verified"],
  ["Stowarzyszenie Wspierania Edukacji Artystycznej AKORD", "registered_association", "Tysiąclecie", "ul. Wyszyńskiego 5", ["education", "culture"], false, "verified"],
  ["Stowarzyszenie Traugutt dla Przyszłości", "registered_association", "Trzech Wieszczów", "ul. Kościuszki 3", ["education", "children_youth"], false, "verified"],
  ["Towarzystwo Galeria Literacka", "registered_association", "Śródmieście", "al. Najświętszej Maryi Panny 64", ["culture"], false, "verified"],
  ["UKS „Morka” Częstochowa", "student_sports_club", "Zawodzie-Dąbie", "ul. Żeglarska 2", ["physical_culture", "children_youth"], false, "verified"],
  ["Uczniowski Klub Sportowy przy Szkole Podstawowej nr 35 w Częstochowie", "student_sports_club", "Wyczerpy-Aniołów", "ul. Rolnicza 1", ["physical_culture"], false, "verified"],
  ["LKS „Gol-Start” Częstochowa", "sports_club", "Kiedrzyn", "ul. Kiedrzyńska 100", ["physical_culture"], false, "verified"],
  ["Ochotnicza Straż Pożarna w Częstochowie-Kiedrzynie", "volunteer_fire_brigade", "Kiedrzyn", "ul. Strażacka 3", ["rescue_civil_protection", "public_order"], false, "verified"],
  ["Sztab Ratownictwa i Łączności w Częstochowie RESCUE TEAM", "registered_association", "Lisiniec", "ul. Bohaterów Katynia 27", ["rescue_civil_protection"], false, "verified"],
  ["Częstochowski Okręgowy Związek Żeglarski", "registered_association", "Zawodzie-Dąbie", "ul. Żeglarska 2a", ["physical_culture", "tourism"], false, "verified"],
  ["Stowarzyszenie Instytut Rozwoju Sztuki", "registered_association", "Stare Miasto", "ul. Katedralna 8", ["culture"], false, "pending"],
  ["Fundacja „Wychowanie przez Sport”", "foundation", "Parkitka", "ul. Sabinowska 14", ["physical_culture", "children_youth"], false, "rejected"],
  ["Stowarzyszenie Inżynierów i Techników Górnictwa Oddział Częstochowa", "association_branch", "Grabówka", "ul. Szajnowicza-Iwanowa 23", ["technology_innovation", "education"], false, "verified"],
  ["Polskie Stowarzyszenie Jazzu Tradycyjnego", "registered_association", "Błeszno", "ul. Brzozowa 11", ["culture"], false, "verified"],
];

/** The registration the coordinator rejected in the demo, with the reason the owners were sent. */
const REJECTION_REASON =
  "Numer REGON podany w zgłoszeniu nie zgadza się z danymi w KRS. Prosimy o sprawdzenie i poprawienie danych.";

/** Fundacja Oczami Brata's numbers match the local KRS fixture 0000391877 (a duplicate to try "ask to join"). */
const OCZAMI_BRATA_KRS = "0000391877";

const REPRESENTATIVES = [
  "Anna Nowak",
  "Piotr Kowalski",
  "Katarzyna Wiśniewska",
  "Tomasz Wójcik",
  "Magdalena Kamińska",
  "Krzysztof Lewandowski",
  "Agnieszka Zielińska",
  "Marek Szymański",
  "Joanna Woźniak",
  "Paweł Dąbrowski",
];
const BANK_SORT_CODES = ["10202892", "10501142", "12401343", "20301045", "11402004"];

function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40)
    .replace(/-$/, "");
}

function representativesOf(form: LegalFormCode, i: number) {
  const person = (k: number) => REPRESENTATIVES[(i * 3 + k) % REPRESENTATIVES.length] ?? "Anna Nowak";
  if (form === "church_legal_person") return [{ name: person(0), function: "Dyrektor" }];
  if (form === "volunteer_fire_brigade")
    return [
      { name: person(0), function: "Prezes zarządu" },
      { name: person(1), function: "Naczelnik" },
    ];
  if (form === "foundation" || form === "social_cooperative")
    return [{ name: person(0), function: "Prezes zarządu" }];
  return [
    { name: person(0), function: "Prezes zarządu" },
    { name: person(1), function: "Skarbnik" },
  ];
}

/** Where an entity outside KRS is registered (ordinary associations, UKS: the city's records). */
function otherRegisterOf(form: LegalFormCode, i: number): string | undefined {
  if (form === "ordinary_association")
    return `Ewidencja stowarzyszeń zwykłych Prezydenta Miasta Częstochowy, nr ${10 + i}`;
  if (form === "student_sports_club")
    return `Ewidencja uczniowskich klubów sportowych Prezydenta Miasta Częstochowy, nr ${40 + i}`;
  return undefined;
}

/** The demo organisations as profiles (what the registration form would have produced), with their status. */
export function demoOrganizationProfiles(): {
  profile: OrganizationProfileInput;
  status: OrganizationStatus;
}[] {
  return ORGANIZATIONS.map(([name, legalForm, district, street, areas, opp, status], i) => {
    const oczamiBrata = name === "Fundacja Oczami Brata";
    const otherRegister = otherRegisterOf(legalForm, i);
    const site = slug(name).replace(/^(fundacja|stowarzyszenie)-/, "");
    const profile: OrganizationProfileInput = {
      name,
      legalForm,
      krs: otherRegister ? undefined : oczamiBrata ? OCZAMI_BRATA_KRS : makeKrs(300_000 + i * 1_117),
      otherRegister,
      nip: oczamiBrata ? makeNip(573_278_901) : makeNip(600_000_000 + i * 1_000_003),
      regon: oczamiBrata ? makeRegon9(57_278_901) : makeRegon9(30_000_000 + i * 12_345),
      street,
      postalCode: `42-2${String(i % 30).padStart(2, "0")}`,
      city: "Częstochowa",
      district,
      email: `kontakt@${site}.demo.pozytek.pl`,
      phone: `+48 34 3${String(60 + (i % 40)).padStart(2, "0")} ${String(10 + i).padStart(2, "0")} ${String(20 + i).padStart(2, "0")}`,
      website: i % 3 === 0 ? undefined : `https://${site}.demo.pozytek.pl/`,
      iban: makePlIban(BANK_SORT_CODES[i % BANK_SORT_CODES.length] ?? "10202892", 1_000 + i * 7_654_321),
      areas,
      opp,
      representatives: representativesOf(legalForm, i),
      description: `${name} działa w Częstochowie (dzielnica ${district}). Dane demonstracyjne.`,
      hiddenFields: ["phone"],
    };
    return { profile, status };
  });
}

/** Demo organisations modelled on the seed report; the NGO demo accounts get their memberships. */
export async function seedDemoOrganizations(
  tx: Tx,
  options: { tenantId: string; userIds: Map<string, string>; now: Date },
): Promise<void> {
  const ids = new Map<string, string>();
  for (const { profile, status } of demoOrganizationProfiles()) {
    const [row] = await tx
      .insert(organizations)
      .values({
        ...profileToColumns(OrganizationProfileSchema.parse(profile)),
        tenantId: options.tenantId,
        status,
        rejectionReason: status === "rejected" ? REJECTION_REASON : null,
        verifiedAt: status === "verified" ? options.now : null,
        createdAt: options.now,
        updatedAt: options.now,
      })
      .returning({ id: organizations.id });
    if (!row) throw new Error("demo organisation not created");
    ids.set(profile.name, row.id);
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: SYSTEM_ACTOR,
      entityType: "organization",
      entityId: row.id,
      action: "organization.seeded",
      after: { name: profile.name, status },
    });
  }
  const owner = options.userIds.get("ngo@demo.pozytek.pl");
  const editor = options.userIds.get("ngo-redaktor@demo.pozytek.pl");
  const oczamiBrata = ids.get("Fundacja Oczami Brata");
  const agape = ids.get("Stowarzyszenie Wzajemnej Pomocy „AGAPE”");
  if (owner && oczamiBrata) {
    await tx
      .insert(organizationMembers)
      .values({ organizationId: oczamiBrata, userId: owner, role: "owner" });
  }
  if (editor && agape) {
    await tx.insert(organizationMembers).values({ organizationId: agape, userId: editor, role: "editor" });
  }
  // A sports club whose offer is in evaluation: its owner answers the formal check's corrections.
  const club = options.userIds.get("klub@demo.pozytek.pl");
  const sportowa = ids.get("Stowarzyszenie „Sportowa Częstochowa”");
  if (club && sportowa) {
    await tx.insert(organizationMembers).values({ organizationId: sportowa, userId: club, role: "owner" });
  }
  // Owners of three organisations funded in last year's ecological call: one awarded less than it
  // asked (its update waits), one with a contract in progress, one with a settled contract.
  for (const [email, name] of [
    ["eko@demo.pozytek.pl", "Stowarzyszenie Traugutt dla Przyszłości"],
    ["toz@demo.pozytek.pl", "Towarzystwo Opieki nad Zwierzętami w Polsce Oddział w Częstochowie"],
    ["komunikat@demo.pozytek.pl", "Stowarzyszenie Komunikat"],
  ] as const) {
    const userId = options.userIds.get(email);
    const organizationId = ids.get(name);
    if (userId && organizationId)
      await tx.insert(organizationMembers).values({ organizationId, userId, role: "owner" });
  }
  if (editor && oczamiBrata) {
    // A request waiting for Fundacja Oczami Brata's owner, to show the join requests on the members' page.
    await tx.insert(organizationJoinRequests).values({
      organizationId: oczamiBrata,
      userId: editor,
      message: "Pomagam przy spektaklach fundacji i chciałabym redagować aktualności.",
      createdAt: options.now,
    });
  }
}
