import { SYSTEM_ACTOR, writeAudit } from "../platform/audit/write-audit.server";
import type { Tx } from "../platform/db/client.server";
import { events } from "../platform/db/schema/events";
import { warsawDatePlusDays, warsawLocalToInstant } from "../platform/format/dates";
import { demoOrganizationIdsByName } from "./demo-lookup.server";

interface DemoEvent {
  category: "organization" | "training" | "council";
  /** The organising organisation's name; null for the office's own events. */
  organization: string | null;
  title: string;
  description: string;
  location: string;
  url?: string;
  /** Days after the seed's "now", and Warsaw wall-clock hours. */
  inDays: number;
  from: string;
  to: string;
  capacity?: number;
  status: "published" | "pending";
}

const CCOP = "Częstochowskie Centrum Organizacji Pozarządowych, ul. Łukasińskiego 40";

/** The demo city's calendar: trainings with places, a council meeting, organisations' events. */
const DEMO_EVENTS: DemoEvent[] = [
  {
    category: "training",
    organization: null,
    title: "Szkolenie: jak rozliczyć dotację",
    description:
      "Sprawozdanie z realizacji zadania publicznego, dokumentowanie kosztów, wkład osobowy i finansowy, najczęstsze błędy.\n\nSzkolenie bezpłatne, dla organizacji realizujących zadania publiczne w tym roku.",
    location: CCOP,
    inDays: 9,
    from: "10:00",
    to: "14:00",
    capacity: 20,
    status: "published",
  },
  {
    category: "training",
    organization: null,
    title: "Webinarium: oferta w otwartym konkursie krok po kroku",
    description: "Jak wypełnić ofertę na wzorze z rozporządzenia, kalkulacja kosztów, terminy.",
    location: "online",
    url: "https://webinar.example/czestochowa-oferta",
    inDays: 16,
    from: "17:00",
    to: "18:30",
    capacity: 100,
    status: "published",
  },
  {
    category: "council",
    organization: null,
    title: "Posiedzenie Częstochowskiej Rady Działalności Pożytku Publicznego",
    description: "Opiniowanie projektu programu współpracy na przyszły rok. Posiedzenie jawne.",
    location: "Urząd Miasta Częstochowy, ul. Śląska 11/13, sala sesyjna",
    inDays: 12,
    from: "15:00",
    to: "17:00",
    status: "published",
  },
  {
    category: "organization",
    organization: "Fundacja Oczami Brata",
    title: "Spektakl integracyjny „Zobaczyć więcej”",
    description: "Spektakl z audiodeskrypcją i tłumaczeniem na polski język migowy. Wstęp wolny.",
    location: "Filharmonia Częstochowska, ul. Wilsona 16",
    inDays: 6,
    from: "18:00",
    to: "20:00",
    status: "published",
  },
  {
    category: "organization",
    organization: "Stowarzyszenie Wzajemnej Pomocy „AGAPE”",
    title: "Przedświąteczna zbiórka żywności",
    description: "Zbiórka w trzech sklepach; wolontariusze mile widziani.",
    location: "Częstochowa, sklepy sieci partnerskiej",
    inDays: 20,
    from: "09:00",
    to: "18:00",
    status: "pending",
  },
];

function at(now: Date, days: number, time: string): Date {
  const instant = warsawLocalToInstant(`${warsawDatePlusDays(now, days)} ${time}`);
  if (!instant) throw new Error(`bad demo time ${time}`);
  return instant;
}

/** Loads the demo calendar (run inside the demo seed's transaction, after the organisations). */
export async function seedDemoEvents(
  tx: Tx,
  options: { tenantId: string; userIds: Map<string, string>; now: Date },
): Promise<void> {
  const names = DEMO_EVENTS.flatMap((e) => (e.organization ? [e.organization] : []));
  const idOf = await demoOrganizationIdsByName(tx, options.tenantId, names);
  const coordinator = options.userIds.get("koordynator@demo.pozytek.pl") ?? null;
  const member = options.userIds.get("ngo@demo.pozytek.pl") ?? null;
  for (const item of DEMO_EVENTS) {
    const organizationId = item.organization ? (idOf.get(item.organization) ?? null) : null;
    if (item.organization && !organizationId) continue;
    const published = item.status === "published";
    const [row] = await tx
      .insert(events)
      .values({
        tenantId: options.tenantId,
        category: item.category,
        organizationId,
        title: item.title,
        description: item.description,
        location: item.location,
        url: item.url ?? null,
        startsAt: at(options.now, item.inDays, item.from),
        endsAt: at(options.now, item.inDays, item.to),
        capacity: item.capacity ?? null,
        status: item.status,
        submittedBy: organizationId ? member : coordinator,
        decidedBy: published ? coordinator : null,
        publishedAt: published ? options.now : null,
        createdAt: options.now,
        updatedAt: options.now,
      })
      .returning({ id: events.id });
    if (!row) throw new Error("demo event not created");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: SYSTEM_ACTOR,
      entityType: "event",
      entityId: row.id,
      action: "demo.seeded",
      after: { status: item.status, title: item.title },
    });
  }
}
