import { SYSTEM_ACTOR, writeAudit } from "../platform/audit/write-audit.server";
import type { Tx } from "../platform/db/client.server";
import { news } from "../platform/db/schema/news";
import { demoOrganizationIdsByName } from "./demo-lookup.server";

const DAY_MS = 24 * 60 * 60 * 1000;

interface DemoNews {
  /** The submitting organisation's name; null for the office's own news. */
  organization: string | null;
  title: string;
  lead: string;
  body: string;
  status: "published" | "pending";
  daysAgo: number;
}

/** News of the demo city: the office's, two organisations' (published) and one waiting for moderation. */
const DEMO_NEWS: DemoNews[] = [
  {
    organization: null,
    title: "Nabór kandydatów do Częstochowskiej Rady Działalności Pożytku Publicznego",
    lead: "Organizacje pozarządowe mogą do końca miesiąca zgłaszać kandydatów do rady nowej kadencji.",
    body: "Prezydent Miasta Częstochowy ogłasza nabór kandydatów do Częstochowskiej Rady Działalności Pożytku Publicznego.\n\nKandydatów mogą zgłaszać organizacje pozarządowe i podmioty wymienione w art. 3 ust. 3 ustawy o działalności pożytku publicznego i o wolontariacie, działające na terenie miasta.\n\nFormularz zgłoszenia jest dostępny w Częstochowskim Centrum Organizacji Pozarządowych.",
    status: "published",
    daysAgo: 2,
  },
  {
    organization: "Fundacja Oczami Brata",
    title: "Spektakl integracyjny „Zobaczyć więcej” w Filharmonii Częstochowskiej",
    lead: "Aktorzy z niepełnosprawnościami i zawodowi artyści wystąpią razem na jednej scenie. Wstęp wolny.",
    body: "Zapraszamy na premierę spektaklu „Zobaczyć więcej”, przygotowanego przez uczestników naszych warsztatów teatralnych.\n\nSpektakl będzie audiodeskrybowany i tłumaczony na polski język migowy. Sala jest dostępna dla osób poruszających się na wózkach.\n\nProjekt jest dofinansowany ze środków Gminy Miasto Częstochowa.",
    status: "published",
    daysAgo: 5,
  },
  {
    organization: "Stowarzyszenie Wzajemnej Pomocy „AGAPE”",
    title: "Przedświąteczna zbiórka żywności — szukamy wolontariuszy",
    lead: "W trzech sklepach w Częstochowie zbieramy żywność dla potrzebujących rodzin. Dołącz do nas na jedną zmianę.",
    body: "Zbiórka potrwa trzy dni. Wolontariusze dyżurują przy koszach w sklepach i pomagają w sortowaniu darów w magazynie stowarzyszenia.\n\nZgłoszenia przyjmujemy telefonicznie i mailowo. Osoby niepełnoletnie prosimy o zgodę rodzica.",
    status: "published",
    daysAgo: 9,
  },
  {
    organization: null,
    title: "Szkolenie: jak rozliczyć dotację z budżetu miasta",
    lead: "Bezpłatne szkolenie dla organizacji realizujących zadania publiczne w tym roku.",
    body: "Omówimy sprawozdanie z realizacji zadania publicznego, dokumentowanie kosztów i najczęstsze błędy.\n\nSzkolenie odbędzie się w Częstochowskim Centrum Organizacji Pozarządowych. Liczba miejsc jest ograniczona.",
    status: "published",
    daysAgo: 14,
  },
  {
    organization: "Fundacja Oczami Brata",
    title: "Warsztaty teatralne dla młodzieży — ruszają zapisy",
    lead: "Od przyszłego miesiąca prowadzimy cotygodniowe warsztaty teatralne dla młodzieży z niepełnosprawnością wzroku.",
    body: "Zajęcia poprowadzą instruktorzy teatralni i tyflopedagog.\n\nUdział jest bezpłatny. Zapisy przyjmujemy do wyczerpania miejsc.",
    status: "pending",
    daysAgo: 1,
  },
];

/** Loads the demo news (run inside the demo seed's transaction, after the organisations). */
export async function seedDemoNews(
  tx: Tx,
  options: { tenantId: string; userIds: Map<string, string>; now: Date },
): Promise<void> {
  const names = DEMO_NEWS.flatMap((n) => (n.organization ? [n.organization] : []));
  const idOf = await demoOrganizationIdsByName(tx, options.tenantId, names);
  const coordinator = options.userIds.get("koordynator@demo.pozytek.pl") ?? null;
  const member = options.userIds.get("ngo@demo.pozytek.pl") ?? null;
  for (const item of DEMO_NEWS) {
    const organizationId = item.organization ? (idOf.get(item.organization) ?? null) : null;
    if (item.organization && !organizationId) continue;
    const at = new Date(options.now.getTime() - item.daysAgo * DAY_MS);
    const published = item.status === "published";
    const [row] = await tx
      .insert(news)
      .values({
        tenantId: options.tenantId,
        organizationId,
        title: item.title,
        lead: item.lead,
        body: item.body,
        status: item.status,
        submittedBy: organizationId ? member : coordinator,
        submittedAt: at,
        decidedBy: published ? coordinator : null,
        publishedAt: published ? at : null,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: news.id });
    if (!row) throw new Error("demo news not created");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: SYSTEM_ACTOR,
      entityType: "news",
      entityId: row.id,
      action: "news.seeded",
      after: { title: item.title, status: item.status },
    });
  }
}
