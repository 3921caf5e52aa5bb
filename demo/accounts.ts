/**
 * Demo accounts, one per role (demo mode only; never created in production mode). Staff accounts
 * have two-factor authentication on with a published TOTP secret, so a demo user can add it to an
 * authenticator app and the browser tests can compute codes.
 */
export const DEMO_PASSWORD = "Pozytek-demo-2026";
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

export interface DemoAccount {
  email: string;
  name: string;
  role: "admin" | "coordinator" | "officer" | "ngo-owner" | "ngo-editor";
  description: string;
  departmentCode?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: "admin@demo.pozytek.pl",
    name: "Anna Administracyjna",
    role: "admin",
    description: "administrator",
  },
  {
    email: "koordynator@demo.pozytek.pl",
    name: "Katarzyna Koordynatorska",
    role: "coordinator",
    description: "koordynator (Częstochowskie Centrum Organizacji Pozarządowych)",
  },
  {
    email: "urzednik@demo.pozytek.pl",
    name: "Urszula Urzędnicza",
    role: "officer",
    description: "urzędnik Wydziału Polityki Społecznej",
    departmentCode: "WPS",
  },
  {
    email: "ngo@demo.pozytek.pl",
    name: "Norbert Organizacyjny",
    role: "ngo-owner",
    description: "właściciel profilu organizacji (Fundacja Oczami Brata)",
  },
  {
    email: "ngo-redaktor@demo.pozytek.pl",
    name: "Ewa Edytorska",
    role: "ngo-editor",
    description: "redaktor profilu organizacji (Stowarzyszenie Wzajemnej Pomocy „AGAPE”)",
  },
  {
    email: "klub@demo.pozytek.pl",
    name: "Kamil Klubowy",
    role: "ngo-owner",
    description: "właściciel profilu klubu (Stowarzyszenie „Sportowa Częstochowa”, oferta w ocenie)",
  },
  {
    email: "eko@demo.pozytek.pl",
    name: "Joanna Woźniak",
    role: "ngo-owner",
    description:
      "właścicielka profilu Stowarzyszenia Traugutt dla Przyszłości (dotacja niższa niż wnioskowana: aktualizacja oferty)",
  },
  {
    email: "toz@demo.pozytek.pl",
    name: "Magdalena Kamińska",
    role: "ngo-owner",
    description: "właścicielka profilu Towarzystwa Opieki nad Zwierzętami (umowa w realizacji, sprawozdania)",
  },
  {
    email: "komunikat@demo.pozytek.pl",
    name: "Paweł Dąbrowski",
    role: "ngo-owner",
    description:
      "właściciel profilu Stowarzyszenia Komunikat (umowa rozliczona, zwrot niewykorzystanej dotacji)",
  },
];

/** Prints the demo accounts and their password at a demo start (the console is the only place it shows). */
export function printDemoAccounts(): void {
  const lines = [
    "",
    `Konta demonstracyjne (tryb demo; hasło dla wszystkich: ${DEMO_PASSWORD}):`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(32)} ${a.description}`),
    `Konta pracowników urzędu wymagają kodu 2FA (TOTP); sekret demonstracyjny: ${DEMO_TOTP_SECRET}`,
    "",
  ];
  console.info(lines.join("\n"));
}
