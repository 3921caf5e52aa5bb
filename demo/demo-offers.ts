/**
 * What the demo offers say (the mechanics are in seed-offers.server.ts): one theme per demo
 * competition, modelled on its announcement (respite care, the crisis intervention centre, health
 * promotion, summer holidays, sport training), and the offers made of it. Amounts are the cost
 * rows only (unit costs in grosze, units whole); every sum, the grant and the own contribution
 * are computed from them, never typed.
 */

export interface ThemeRow {
  /** The action of III.4 (1-based), or null for administrative costs (V.A part II). */
  action: number | null;
  name: string;
  unit: string;
  unitCost: number;
  units: number;
}

export interface DemoTheme {
  /** Finds the demo competition: its area and status. */
  areaCode: string;
  status: "published" | "closed" | "in_evaluation";
  place: string;
  targetGroup: string;
  summary: string;
  actions: { name: string; description: string; targetGroup: string }[];
  resultsProduced: string;
  resultsChange: string;
  resultsDurability: string;
  indicators: { name: string; target: string; monitoring: string }[];
  resources: string;
  /** Per budget year of the task (a multi-year task repeats them). */
  rows: ThemeRow[];
}

export interface DemoOffer {
  theme: keyof typeof THEMES;
  leader: string;
  partners?: string[];
  title: string;
  contact: { name: string; function: string; phone: string };
  experience: string;
  /** VI.3, a joint offer only: who does what. */
  partnersRoles?: string;
  /** Multiplies the units of every cost row (rounded to whole units, at least one). */
  scale: number;
  /** Own contribution as a share of the total cost, basis points (rounded up to whole złoty). */
  ownBp: number;
  /** When it was submitted: hours before the seeding moment (open calls) or before the deadline (closed ones). */
  hoursBefore: number;
  /** The task ends earlier than the call's period, on this day of its first year ("06-30": a school year). */
  endMonthDay?: string;
}

// biome-ignore format: the themes read like the announcements they follow
export const THEMES = {
  respite: {
    areaCode: "disability", status: "published",
    place: "Częstochowa — lokal dzienny przy ul. Kilińskiego 120 i domy uczestników",
    targetGroup: "Członkowie rodzin i opiekunowie osób z niepełnosprawnościami sprawujący bezpośrednią opiekę, mieszkańcy Częstochowy",
    summary: "Opieka wytchnieniowa w formie pobytu dziennego dla osób z niepełnosprawnościami, tak aby ich opiekunowie mogli odpocząć, załatwić własne sprawy i zadbać o zdrowie. Opiekunom zapewniamy specjalistyczne poradnictwo psychologiczne i grupę wsparcia.",
    actions: [
      { name: "Pobyt dzienny opieki wytchnieniowej", description: "Opieka nad osobami z niepełnosprawnościami w lokalu dziennym, z zajęciami terapeutycznymi i transportem.", targetGroup: "Osoby z niepełnosprawnościami i ich opiekunowie" },
      { name: "Poradnictwo i grupa wsparcia dla opiekunów", description: "Indywidualne konsultacje psychologiczne i comiesięczne spotkania grupy wsparcia.", targetGroup: "Opiekunowie" },
    ],
    resultsProduced: "Co najmniej 4 000 godzin opieki wytchnieniowej, 300 godzin poradnictwa i 12 spotkań grupy wsparcia.",
    resultsChange: "Opiekunowie odpoczywają regularnie, rzadziej rezygnują z pracy i lepiej radzą sobie z obciążeniem opieką.",
    resultsDurability: "Grupa wsparcia działa dalej jako grupa samopomocowa; opiekunowie znają miejsca, w których mogą szukać pomocy.",
    indicators: [
      { name: "Liczba godzin opieki wytchnieniowej", target: "4 000", monitoring: "Karty czasu pracy opiekunów, listy obecności" },
      { name: "Liczba opiekunów objętych wsparciem", target: "60", monitoring: "Karty zgłoszeń" },
    ],
    resources: "Lokal dzienny dostosowany do potrzeb osób z niepełnosprawnościami, bus z windą, zespół opiekunów z kwalifikacjami i psycholog.",
    rows: [
      { action: 1, name: "Wynagrodzenie opiekunów w pobycie dziennym", unit: "godzina", unitCost: 4_500, units: 4_800 },
      { action: 1, name: "Zajęcia terapeutyczne i aktywizujące", unit: "godzina", unitCost: 12_000, units: 600 },
      { action: 1, name: "Transport podopiecznych", unit: "kurs", unitCost: 6_000, units: 300 },
      { action: 2, name: "Poradnictwo psychologiczne dla opiekunów", unit: "godzina", unitCost: 15_000, units: 400 },
      { action: 2, name: "Prowadzenie grupy wsparcia", unit: "spotkanie", unitCost: 40_000, units: 24 },
      { action: null, name: "Koordynacja zadania", unit: "miesiąc", unitCost: 250_000, units: 11 },
      { action: null, name: "Obsługa księgowa", unit: "miesiąc", unitCost: 80_000, units: 11 },
    ],
  },
  crisis: {
    areaCode: "social_assistance", status: "published",
    place: "Częstochowskie Centrum Interwencji Kryzysowej, lokal przekazany przez Miasto",
    targetGroup: "Osoby i rodziny w sytuacji kryzysowej, w tym osoby doznające przemocy domowej",
    summary: "Prowadzenie Centrum Interwencji Kryzysowej całą dobę przez siedem dni w tygodniu: interwencja kryzysowa, poradnictwo psychologiczne i prawne oraz miejsca hostelowe.",
    actions: [
      { name: "Całodobowe dyżury interwentów", description: "Interwencja kryzysowa na miejscu i telefonicznie, całą dobę.", targetGroup: "Osoby w kryzysie" },
      { name: "Poradnictwo psychologiczne i prawne", description: "Konsultacje indywidualne i rodzinne.", targetGroup: "Osoby w kryzysie i ich rodziny" },
      { name: "Miejsca hostelowe", description: "Schronienie do trzech miesięcy dla osób doznających przemocy.", targetGroup: "Osoby doznające przemocy domowej" },
    ],
    resultsProduced: "Co roku co najmniej 1 500 interwencji, 700 godzin poradnictwa i 12 miejsc hostelowych.",
    resultsChange: "Osoby w kryzysie otrzymują pomoc tego samego dnia; spada liczba powtórnych interwencji.",
    resultsDurability: "Centrum współpracuje z MOPS, policją i sądem; procedury zostają w mieście.",
    indicators: [
      { name: "Liczba interwencji kryzysowych", target: "1 500 rocznie", monitoring: "Rejestr interwencji" },
      { name: "Liczba osób w hostelu", target: "40 rocznie", monitoring: "Księga pobytów" },
    ],
    resources: "Zespół 14 interwentów, psychologów i prawników; procedury Niebieskiej Karty; superwizja.",
    rows: [
      { action: 1, name: "Dyżury interwentów kryzysowych", unit: "godzina", unitCost: 4_000, units: 5_500 },
      { action: 2, name: "Poradnictwo psychologiczne", unit: "godzina", unitCost: 14_000, units: 500 },
      { action: 2, name: "Poradnictwo prawne", unit: "godzina", unitCost: 15_000, units: 200 },
      { action: 3, name: "Utrzymanie miejsc hostelowych (media, wyposażenie)", unit: "miesiąc", unitCost: 400_000, units: 12 },
      { action: null, name: "Koordynacja centrum", unit: "miesiąc", unitCost: 220_000, units: 12 },
    ],
  },
  health: {
    areaCode: "health", status: "published",
    place: "Częstochowa: szkoły ponadpodstawowe, dzielnicowe ośrodki kultury, wydarzenia miejskie",
    targetGroup: "Mieszkańcy Częstochowy, w szczególności kobiety w wieku 25–69 lat i młodzież szkolna",
    summary: "Edukacja zdrowotna o wczesnym wykrywaniu nowotworów: warsztaty w szkołach, punkty informacyjne podczas wydarzeń miejskich i konsultacje ze specjalistami, zachęcające do badań przesiewowych.",
    actions: [
      { name: "Warsztaty edukacyjne w szkołach", description: "Dwugodzinne warsztaty o profilaktyce i samobadaniu.", targetGroup: "Młodzież szkół ponadpodstawowych" },
      { name: "Punkty informacyjne na wydarzeniach miejskich", description: "Dyżury edukatorek i materiały o badaniach przesiewowych.", targetGroup: "Mieszkańcy" },
      { name: "Konsultacje ze specjalistami", description: "Konsultacje z onkologiem i położną.", targetGroup: "Kobiety 25–69 lat" },
    ],
    resultsProduced: "40 warsztatów, 16 dyżurów informacyjnych, 30 godzin konsultacji, 5 000 egzemplarzy materiałów.",
    resultsChange: "Więcej mieszkanek zgłasza się na mammografię i cytologię; młodzież zna zasady samobadania.",
    resultsDurability: "Materiały zostają w szkołach; edukatorki prowadzą zajęcia także po zakończeniu zadania.",
    indicators: [
      { name: "Liczba uczestników warsztatów", target: "800", monitoring: "Listy obecności" },
      { name: "Liczba rozdanych materiałów", target: "5 000", monitoring: "Protokoły wydania" },
    ],
    resources: "Wolontariuszki-edukatorki po szkoleniu, modele do nauki samobadania, współpraca z poradnią onkologiczną.",
    rows: [
      { action: 1, name: "Warsztaty edukacyjne w szkołach", unit: "warsztat", unitCost: 60_000, units: 40 },
      { action: 2, name: "Dyżury punktu informacyjnego", unit: "dyżur", unitCost: 45_000, units: 16 },
      { action: 2, name: "Materiały edukacyjne (ulotki, broszury)", unit: "egzemplarz", unitCost: 150, units: 5_000 },
      { action: 3, name: "Konsultacje z onkologiem i położną", unit: "godzina", unitCost: 20_000, units: 30 },
      { action: null, name: "Koordynacja i rozliczenie zadania", unit: "miesiąc", unitCost: 50_000, units: 8 },
    ],
  },
  summer: {
    areaCode: "children_youth", status: "closed",
    place: "Ośrodek wypoczynkowy nad morzem (turnus 10-dniowy), wyjazd z Częstochowy",
    targetGroup: "Dzieci i młodzież w wieku 7–16 lat z Częstochowy, w tym z rodzin w trudnej sytuacji",
    summary: "Dziesięciodniowy wypoczynek letni z programem sportowym i edukacyjnym, zgłoszony kuratorowi oświaty, pod opieką wychowawców z kwalifikacjami.",
    actions: [
      { name: "Organizacja turnusu wypoczynku", description: "Zakwaterowanie, wyżywienie, transport, opieka wychowawców i ubezpieczenie.", targetGroup: "Dzieci i młodzież" },
      { name: "Program zajęć sportowych i edukacyjnych", description: "Zajęcia sportowe, wycieczki i warsztaty ekologiczne.", targetGroup: "Uczestnicy turnusu" },
    ],
    resultsProduced: "Turnus dla 20 uczestników, 10 dni zajęć, 2 wycieczki.",
    resultsChange: "Dzieci spędzają aktywnie wakacje, poznają nowe dyscypliny sportu i uczą się współpracy w grupie.",
    resultsDurability: "Uczestnicy zapraszani są na całoroczne zajęcia organizacji.",
    indicators: [
      { name: "Liczba uczestników", target: "20", monitoring: "Karty kwalifikacyjne uczestników" },
      { name: "Liczba dni wypoczynku", target: "10", monitoring: "Dziennik zajęć" },
    ],
    resources: "Wychowawcy i kierownik wypoczynku z zaświadczeniami, doświadczenie w organizacji kolonii od wielu lat.",
    rows: [
      { action: 1, name: "Zakwaterowanie i wyżywienie uczestników", unit: "osobodzień", unitCost: 13_000, units: 200 },
      { action: 1, name: "Transport autokarem", unit: "kurs", unitCost: 400_000, units: 2 },
      { action: 1, name: "Wynagrodzenie wychowawców i kierownika", unit: "osobodzień", unitCost: 35_000, units: 30 },
      { action: 1, name: "Ubezpieczenie NNW uczestników", unit: "uczestnik", unitCost: 3_500, units: 20 },
      { action: 2, name: "Bilety wstępu i materiały do zajęć", unit: "uczestnik", unitCost: 8_000, units: 20 },
      { action: null, name: "Koordynacja i obsługa księgowa", unit: "ryczałt", unitCost: 250_000, units: 1 },
    ],
  },
  sport: {
    areaCode: "physical_culture", status: "in_evaluation",
    place: "Obiekty sportowe w Częstochowie (hale, boiska, przystań)",
    targetGroup: "Dzieci i młodzież w wieku 8–19 lat zrzeszeni w klubie",
    summary: "Całoroczne szkolenie sportowe grup młodzieżowych: treningi prowadzone przez trenerów z uprawnieniami, udział w rozgrywkach ligowych i zawodach, sprzęt sportowy.",
    actions: [
      { name: "Treningi grup młodzieżowych", description: "Treningi cztery razy w tygodniu w grupach wiekowych.", targetGroup: "Zawodnicy 8–19 lat" },
      { name: "Udział w rozgrywkach i zawodach", description: "Rozgrywki ligowe, turnieje i zawody wojewódzkie.", targetGroup: "Zawodnicy" },
    ],
    resultsProduced: "Ok. 1 200 godzin treningów, udział w 15 wyjazdach na zawody.",
    resultsChange: "Zawodnicy podnoszą umiejętności i regularnie uprawiają sport; rośnie liczba licencjonowanych zawodników.",
    resultsDurability: "Grupy szkoleniowe działają w kolejnych sezonach; sprzęt zostaje w klubie.",
    indicators: [
      { name: "Liczba zawodników objętych szkoleniem", target: "120", monitoring: "Listy obecności na treningach" },
      { name: "Liczba startów w zawodach", target: "15", monitoring: "Komunikaty z zawodów" },
    ],
    resources: "Trenerzy z uprawnieniami, dostęp do obiektów miejskich, wolontariusze — rodzice zawodników.",
    rows: [
      { action: 1, name: "Wynagrodzenie trenerów", unit: "godzina", unitCost: 9_000, units: 1_200 },
      { action: 1, name: "Wynajem obiektów sportowych", unit: "godzina", unitCost: 15_000, units: 300 },
      { action: 1, name: "Sprzęt sportowy", unit: "komplet", unitCost: 40_000, units: 20 },
      { action: 2, name: "Opłaty startowe, licencje i sędziowie", unit: "miesiąc", unitCost: 100_000, units: 12 },
      { action: 2, name: "Transport na zawody", unit: "przejazd", unitCost: 120_000, units: 15 },
      { action: null, name: "Obsługa księgowa", unit: "miesiąc", unitCost: 60_000, units: 11 },
    ],
  },
  eco: {
    // Resolved by seed-evaluation.server.ts once its offers are in.
    areaCode: "ecology_animals", status: "in_evaluation",
    place: "Częstochowa — szkoły podstawowe, przedszkole i tereny zielone (Lasek Aniołowski, park Lisiniec)",
    targetGroup: "Dzieci i młodzież szkół częstochowskich, ich nauczyciele i rodzice",
    summary: "Cykl warsztatów i zajęć terenowych o ochronie przyrody, segregacji odpadów i oszczędzaniu wody, zakończony konkursem ekologicznym dla szkół.",
    actions: [
      { name: "Warsztaty ekologiczne w szkołach", description: "Warsztaty w klasach prowadzone przez edukatorów, z materiałami do zajęć.", targetGroup: "Uczniowie klas I–VIII" },
      { name: "Zajęcia terenowe i konkurs", description: "Wyjścia do lasu i parku z przewodnikiem przyrodnikiem; konkurs wiedzy ekologicznej z nagrodami.", targetGroup: "Uczniowie i ich rodzice" },
    ],
    resultsProduced: "40 warsztatów, 4 wyjścia terenowe, konkurs z udziałem 10 szkół.",
    resultsChange: "Uczestnicy segregują odpady i znają chronione gatunki okolicy; szkoły prowadzą własne akcje ekologiczne.",
    resultsDurability: "Scenariusze warsztatów zostają w szkołach i są udostępnione nauczycielom.",
    indicators: [
      { name: "Liczba uczestników warsztatów", target: "600", monitoring: "Listy obecności" },
      { name: "Liczba szkół w konkursie", target: "10", monitoring: "Karty zgłoszeń" },
    ],
    resources: "Edukatorzy przyrodnicy z doświadczeniem, sprzęt do zajęć terenowych, wolontariusze.",
    rows: [
      { action: 1, name: "Prowadzenie warsztatów", unit: "godzina", unitCost: 15_000, units: 40 },
      { action: 1, name: "Materiały do zajęć", unit: "komplet", unitCost: 3_000, units: 60 },
      { action: 2, name: "Transport na zajęcia terenowe", unit: "przejazd", unitCost: 60_000, units: 4 },
      { action: 2, name: "Nagrody w konkursie", unit: "zestaw", unitCost: 10_000, units: 10 },
      { action: null, name: "Koordynacja zadania", unit: "ryczałt", unitCost: 80_000, units: 1 },
    ],
  },
} satisfies Record<string, DemoTheme>;

const EXPERIENCE = (since: number, what: string) =>
  `Działamy od ${since} r. ${what} Zadania publiczne rozliczaliśmy terminowo, bez zwrotów dotacji.`;

// biome-ignore format: one offer per block reads like the office's list
export const SUBMITTED_OFFERS: DemoOffer[] = [
  {
    theme: "respite", leader: "Stowarzyszenie Na Rzecz Osób Niepełnosprawnych „Integracja”",
    partners: ["Polskie Stowarzyszenie na rzecz Osób z Niepełnosprawnością Intelektualną Koło w Częstochowie"],
    title: "Chwila dla siebie — opieka wytchnieniowa dla opiekunów osób z niepełnosprawnościami",
    contact: { name: "Tomasz Wójcik", function: "Koordynator projektu", phone: "+48 34 361 11 21" },
    experience: EXPERIENCE(2004, "Prowadzimy dzienny ośrodek wsparcia i od trzech lat opiekę wytchnieniową na zlecenie Miasta; partner prowadzi warsztaty terapii zajęciowej."),
    partnersRoles: "Lider prowadzi pobyt dzienny i rozlicza zadanie; partner prowadzi zajęcia terapeutyczne i grupę wsparcia dla opiekunów.",
    scale: 1, ownBp: 800, hoursBefore: 50,
  },
  {
    theme: "respite", leader: "Caritas Archidiecezji Częstochowskiej",
    title: "Opieka wytchnieniowa w Domu Dziennego Pobytu „Przystań”",
    contact: { name: "Marek Szymański", function: "Kierownik Domu Dziennego Pobytu", phone: "+48 34 372 22 32" },
    experience: EXPERIENCE(1992, "Prowadzimy domy dziennego pobytu, usługi opiekuńcze i wypożyczalnię sprzętu rehabilitacyjnego."),
    scale: 0.75, ownBp: 700, hoursBefore: 26,
  },
  {
    theme: "crisis", leader: "Fundacja Chrześcijańska „Adullam”",
    title: "Częstochowskie Centrum Interwencji Kryzysowej — pomoc całą dobę",
    contact: { name: "Anna Nowak", function: "Dyrektorka Centrum", phone: "+48 34 360 10 20" },
    experience: EXPERIENCE(2001, "Prowadzimy hostel dla osób doznających przemocy i punkt interwencji kryzysowej."),
    scale: 1, ownBp: 0, hoursBefore: 20,
  },
  {
    theme: "health", leader: "Stowarzyszenie Częstochowskie Amazonki",
    title: "Różowa wstążka — wiem, badam się",
    contact: { name: "Magdalena Kamińska", function: "Przewodnicząca klubu", phone: "+48 34 364 14 24" },
    experience: EXPERIENCE(1998, "Od lat prowadzimy kampanie profilaktyczne w szkołach i na wydarzeniach miejskich."),
    scale: 1, ownBp: 500, hoursBefore: 30,
  },
  {
    theme: "summer", leader: "Stowarzyszenie Traugutt dla Przyszłości",
    title: "Wakacje z przygodą — kolonie nad morzem",
    contact: { name: "Joanna Woźniak", function: "Kierowniczka wypoczynku", phone: "+48 34 389 39 49" },
    experience: EXPERIENCE(2010, "Co roku organizujemy kolonie i półkolonie dla uczniów częstochowskich szkół."),
    scale: 0.9, ownBp: 1_200, hoursBefore: 6 * 24,
  },
  {
    theme: "summer", leader: "Fundacja Maxima Dzieciom",
    title: "Słoneczne lato — wypoczynek dla dzieci z rodzin wspieranych przez fundację",
    contact: { name: "Paweł Dąbrowski", function: "Prezes zarządu", phone: "+48 34 374 24 34" },
    experience: EXPERIENCE(2012, "Wspieramy rodziny z dziećmi przewlekle chorymi; organizujemy turnusy wypoczynkowe."),
    scale: 0.8, ownBp: 1_100, hoursBefore: 3 * 24,
  },
  {
    theme: "summer", leader: "UKS „Morka” Częstochowa",
    title: "Żeglarskie lato z UKS „Morka”",
    contact: { name: "Krzysztof Lewandowski", function: "Trener, kierownik obozu", phone: "+48 34 391 41 51" },
    experience: EXPERIENCE(2008, "Prowadzimy szkolenie żeglarskie dzieci i obozy pod żaglami."),
    scale: 0.55, ownBp: 1_500, hoursBefore: 24,
  },
  {
    theme: "summer", leader: "Stowarzyszenie „Aktywna Częstochowa”",
    title: "Aktywne wakacje — półkolonie i obóz sportowy",
    contact: { name: "Agnieszka Zielińska", function: "Koordynatorka", phone: "+48 34 384 34 44" },
    experience: EXPERIENCE(2015, "Organizujemy zajęcia ruchowe dla dzieci i rodzin w dzielnicy Północ."),
    scale: 0.7, ownBp: 1_000, hoursBefore: 2,
  },
  {
    theme: "sport", leader: "Stowarzyszenie „Sportowa Częstochowa”",
    title: "Szkolenie sportowe grup młodzieżowych w piłce ręcznej",
    contact: { name: "Piotr Kowalski", function: "Prezes klubu", phone: "+48 34 383 33 43" },
    experience: EXPERIENCE(1999, "Szkolimy ok. 150 zawodników w grupach od żaka do juniora."),
    scale: 0.9, ownBp: 1_800, hoursBefore: 9 * 24,
  },
  {
    theme: "sport", leader: "LKS „Gol-Start” Częstochowa",
    title: "Piłkarska akademia Kiedrzyna",
    contact: { name: "Katarzyna Wiśniewska", function: "Wiceprezeska klubu", phone: "+48 34 393 43 53" },
    experience: EXPERIENCE(1957, "Klub prowadzi drużyny młodzieżowe w rozgrywkach Śląskiego ZPN."),
    scale: 0.75, ownBp: 1_700, hoursBefore: 4 * 24,
  },
  {
    theme: "sport", leader: "Uczniowski Klub Sportowy przy Szkole Podstawowej nr 35 w Częstochowie",
    title: "Lekkoatletyka dla uczniów szkół podstawowych",
    contact: { name: "Anna Nowak", function: "Nauczycielka wychowania fizycznego", phone: "+48 34 392 42 52" },
    experience: EXPERIENCE(2003, "Prowadzimy zajęcia lekkoatletyczne dla uczniów dzielnicy Wyczerpy-Aniołów."),
    scale: 0.3, ownBp: 1_600, hoursBefore: 24,
  },
  {
    theme: "sport", leader: "Częstochowski Okręgowy Związek Żeglarski",
    title: "Szkolenie żeglarskie dzieci i młodzieży na zalewie Mirów",
    contact: { name: "Tomasz Wójcik", function: "Komandor", phone: "+48 34 396 46 56" },
    experience: EXPERIENCE(1985, "Szkolimy młodzież w klasach Optimist i Laser."),
    scale: 0.45, ownBp: 2_000, hoursBefore: 0.5,
  },
  // The resolved ecological-education call of last year (its evaluation is in seed-evaluation.server.ts).
  {
    theme: "eco", leader: "Towarzystwo Opieki nad Zwierzętami w Polsce Oddział w Częstochowie",
    title: "Zwierzęta naszych lasów — warsztaty i zajęcia terenowe",
    contact: { name: "Magdalena Kamińska", function: "Koordynatorka edukacji", phone: "+48 34 365 15 25" },
    experience: EXPERIENCE(1995, "Prowadzimy edukację o ochronie zwierząt w częstochowskich szkołach."),
    scale: 0.8, ownBp: 1_500, hoursBefore: 72,
  },
  {
    theme: "eco", leader: "Stowarzyszenie Komunikat",
    title: "Eko-klasa: segregacja i oszczędzanie wody w praktyce",
    contact: { name: "Paweł Dąbrowski", function: "Prezes", phone: "+48 34 366 16 26" },
    experience: EXPERIENCE(2011, "Prowadzimy warsztaty edukacyjne dla szkół i bibliotek."),
    scale: 0.7, ownBp: 1_200, hoursBefore: 30, endMonthDay: "06-30",
  },
  {
    theme: "eco", leader: "Stowarzyszenie Traugutt dla Przyszłości",
    title: "Młodzi dla klimatu",
    contact: { name: "Joanna Woźniak", function: "Koordynatorka projektów", phone: "+48 34 367 17 27" },
    experience: EXPERIENCE(2016, "Wspieramy samorządy uczniowskie i szkolne koła ekologiczne."),
    scale: 0.75, ownBp: 1_000, hoursBefore: 12,
  },
  {
    theme: "eco", leader: "Fundacja Maxima Dzieciom",
    title: "Przyroda z bliska dla przedszkolaków",
    contact: { name: "Marek Szymański", function: "Członek zarządu", phone: "+48 34 368 18 28" },
    experience: "Fundacja działa od 2019 r.; to nasze pierwsze zadanie z zakresu edukacji ekologicznej.",
    scale: 0.5, ownBp: 1_000, hoursBefore: 5,
  },
  {
    theme: "eco", leader: "Stowarzyszenie Wspierania Edukacji Artystycznej AKORD",
    title: "Ekologia w sztuce — warsztaty plastyczne z odzysku",
    contact: { name: "Anna Nowak", function: "Sekretarz", phone: "+48 34 369 19 29" },
    experience: EXPERIENCE(2009, "Prowadzimy warsztaty artystyczne dla dzieci i młodzieży."),
    scale: 0.6, ownBp: 1_100, hoursBefore: 1,
  },
];
