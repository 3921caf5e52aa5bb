import { describe, expect, it } from "vitest";
import { OrganizationProfileSchema } from "../schemas";
import type { KrsExtract } from "./krs-extract";
import {
  createLocalKrsRegistry,
  LOCAL_KRS_MAINTENANCE_NUMBER,
  LOCAL_KRS_SAMPLES,
} from "./local-krs-registry.server";
import { krsTextToTitleCase, mapKrsExtract, mergePrefill } from "./map-krs-extract";
import { parseKrsResponse } from "./parse-krs-response";

const registry = createLocalKrsRegistry();

async function extractOf(krs: string, register: "S" | "P" = "S"): Promise<KrsExtract> {
  const lookup = await registry.fetchCurrentExtract(krs, register);
  if (lookup.kind !== "found") throw new Error(`fixture ${krs} not found`);
  return lookup.extract;
}

describe("local KRS registry", () => {
  it("serves an extract in the API's shape", async () => {
    const extract = await extractOf("0000612345");
    expect(extract.odpis.dane.dzial1.danePodmiotu.nazwa).toContain("PODAJ DALEJ");
  });

  it("answers 404 problem JSON for an unknown number or the wrong register", async () => {
    expect(await registry.fetchCurrentExtract("0000000001", "S")).toEqual({ kind: "not-found" });
    expect(await registry.fetchCurrentExtract("0000612345", "P")).toEqual({ kind: "not-found" });
    expect((await registry.fetchCurrentExtract("0000701234", "P")).kind).toBe("found");
  });

  it("answers the maintenance page as 'unavailable'", async () => {
    expect(await registry.fetchCurrentExtract(LOCAL_KRS_MAINTENANCE_NUMBER, "S")).toEqual({
      kind: "unavailable",
      reason: "maintenance",
    });
  });

  it("lists its sample numbers with their registers", () => {
    expect(LOCAL_KRS_SAMPLES).toContainEqual({ krs: "0000701234", register: "P" });
  });
});

describe("parsing raw answers", () => {
  it("treats HTML with status 200, garbage JSON and 5xx as unavailable, never throwing", () => {
    expect(
      parseKrsResponse({ status: 200, contentType: "text/html", body: "<html>przerwa</html>" }),
    ).toMatchObject({
      kind: "unavailable",
      reason: "maintenance",
    });
    expect(parseKrsResponse({ status: 200, contentType: "application/json", body: "{not json" }).kind).toBe(
      "unavailable",
    );
    expect(
      parseKrsResponse({ status: 200, contentType: "application/json", body: '{"odpis":{}}' }).kind,
    ).toBe("unavailable");
    expect(parseKrsResponse({ status: 502, contentType: "application/json", body: "{}" }).kind).toBe(
      "unavailable",
    );
    expect(parseKrsResponse({ status: 404, contentType: null, body: '{"status":404}' })).toEqual({
      kind: "not-found",
    });
  });
});

describe("KRS extract to form prefill", () => {
  it("maps an association's extract to profile values that pass the schema once names are typed", async () => {
    const values = mapKrsExtract("0000612345", await extractOf("0000612345"));
    expect(values).toMatchObject({
      krs: "0000612345",
      name: "Stowarzyszenie Pomocy Potrzebującym „Podaj Dalej”",
      legalForm: "registered_association",
      nip: "6732901237",
      regon: "672901234",
      street: "ul. Krakowska 45/3",
      postalCode: "42-202",
      city: "Częstochowa",
      email: "kontakt@podajdalej.org.pl",
      website: "https://www.podajdalej.org.pl",
      opp: false,
      representatives: [
        { name: "", function: "Prezes zarządu" },
        { name: "", function: "Skarbnik" },
      ],
    });
    const typed = {
      ...values,
      areas: ["social_assistance"],
      representatives: values.representatives?.map((r, i) => ({ ...r, name: `Osoba ${i + 1}` })),
    };
    expect(OrganizationProfileSchema.safeParse(typed).success).toBe(true);
  });

  it("maps a foundation with OPP status and skips suspended board members", async () => {
    const values = mapKrsExtract("0000398765", await extractOf("0000398765"));
    expect(values).toMatchObject({
      legalForm: "foundation",
      opp: true,
      street: "al. Armii Krajowej 36B",
      representatives: [{ name: "", function: "Prezes zarządu" }],
    });
    expect(values.description).toMatch(/^Wspieranie edukacji/);
  });

  it("maps a social cooperative from the entrepreneurs' register", async () => {
    const values = mapKrsExtract("0000701234", await extractOf("0000701234", "P"));
    expect(values.legalForm).toBe("social_cooperative");
    expect(values.regon).toBe("832012341");
  });

  it("leaves out identifiers that fail our checks instead of prefilling them wrong", () => {
    const extract = {
      odpis: {
        dane: {
          dzial1: {
            danePodmiotu: {
              nazwa: "FUNDACJA X",
              formaPrawna: "FUNDACJA",
              identyfikatory: { nip: "1234567890", regon: "12" },
            },
          },
        },
      },
    } as KrsExtract;
    const values = mapKrsExtract("0000000042", extract);
    expect(values).not.toHaveProperty("nip");
    expect(values).not.toHaveProperty("regon");
    expect(values.representatives).toEqual([]);
  });

  it("writes names the Polish way", () => {
    expect(krsTextToTitleCase("STOWARZYSZENIE NA RZECZ OSÓB NIEPEŁNOSPRAWNYCH „INTEGRACJA”")).toBe(
      "Stowarzyszenie na Rzecz Osób Niepełnosprawnych „Integracja”",
    );
  });
});

describe("merging prefill into the typed form", () => {
  it("takes the register's values but keeps typed fields it does not know and typed representatives", () => {
    const typed = {
      phone: "+48 600",
      name: "Stara nazwa",
      representativeName: "Jan Nowak\n",
      representativeFunction: "Prezes\n",
    };
    const merged = mergePrefill(typed, {
      name: "Nowa nazwa",
      representativeName: "\n",
      representativeFunction: "Prezes zarządu\nSkarbnik",
    });
    expect(merged).toEqual({ ...typed, name: "Nowa nazwa" });
    expect(mergePrefill({}, { representativeFunction: "Skarbnik" })).toEqual({
      representativeFunction: "Skarbnik",
    });
  });
});
