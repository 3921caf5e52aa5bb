/** The demo municipality, modelled on the seed city (Częstochowa, 2021 cooperation report). */
export const DEMO_TENANT = {
  slug: "czestochowa",
  name: "Gmina Miasto Częstochowa",
  teryt: "2464011",
  bipUrl: "https://bip.czestochowa.pl",
  hostnames: ["localhost", "127.0.0.1"],
  settings: {
    coordinatorUnit: "Częstochowskie Centrum Organizacji Pozarządowych, Wydział Polityki Społecznej",
    coordinatorEmail: "ccop@demo.pozytek.pl",
    seatCity: "Częstochowa",
    offerAuthority: "Prezydent Miasta Częstochowy",
    /** Who signs the contracts, and the account returns of grants go to (a demo number, valid checksum). */
    contractRepresentatives: [
      { name: "Anna Przykładowa", function: "Zastępca Prezydenta Miasta Częstochowy" },
    ],
    returnBankAccount: "PL18102016640000123456789012",
    /**
     * "Zostaw 1% w Częstochowie" as the seed's 2021 report tells it: over 111 thousand residents gave
     * over 8.5 M zł to OPPs, 2 367 202,00 zł of it to OPPs seated in the city.
     */
    oppCampaign: [{ year: 2021, donors: 111_000, totalGrosze: 850_000_000, localGrosze: 236_720_200 }],
    accessibility: {
      publishedOn: "2026-11-24",
      updatedOn: "2026-11-24",
      contactName: "Częstochowskie Centrum Organizacji Pozarządowych",
      contactEmail: "dostepnosc@demo.pozytek.pl",
      contactPhone: "+48 34 370 70 00",
    },
  },
};

/** Departments (wydziały) that, in the seed report, run the competitions of their areas. */
export const DEMO_DEPARTMENTS = [
  { code: "WPS", name: "Wydział Polityki Społecznej" },
  { code: "WKPS", name: "Wydział Kultury, Promocji i Sportu" },
  { code: "WE", name: "Wydział Edukacji" },
  { code: "WZ", name: "Wydział Zdrowia" },
  { code: "WGK", name: "Wydział Gospodarki Komunalnej" },
];
