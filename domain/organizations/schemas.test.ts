import { describe, expect, it } from "vitest";
import { OrganizationProfileFormSchema, OrganizationProfileSchema, profileToFormValues } from "./schemas";

const validForm = {
  name: "Fundacja Oczami Brata",
  legalForm: "foundation",
  krs: "123",
  nip: "123-456-32-18",
  street: "ul. Jasnogórska 1",
  postalCode: "42200",
  city: "Częstochowa",
  email: "biuro@oczamibrata.pl",
  website: "oczamibrata.pl",
  areas: ["culture", "disability"],
  opp: "on",
  representativeName: ["Jan Kowalski", ""],
  representativeFunction: ["Prezes zarządu", ""],
  description: "",
  hiddenFields: ["phone"],
  intent: "submit",
};

function errorsOf(input: unknown) {
  const r = OrganizationProfileFormSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("organisation profile schema", () => {
  it("reads a valid form into the normalised profile", () => {
    const profile = OrganizationProfileFormSchema.parse(validForm);
    expect(profile).toMatchObject({
      krs: "0000000123",
      nip: "1234563218",
      postalCode: "42-200",
      website: "https://oczamibrata.pl/",
      opp: true,
      representatives: [{ name: "Jan Kowalski", function: "Prezes zarządu" }],
      hiddenFields: ["phone"],
    });
    expect(profile).not.toHaveProperty("intent");
  });

  it("puts every error next to its field at once", () => {
    const errors = errorsOf({
      ...validForm,
      name: "<script>alert(1)</script>",
      legalForm: "spółka",
      krs: "",
      nip: "1234563217",
      areas: ["culture", "astrology"],
      hiddenFields: ["password"],
      representativeName: ["Jan", "", ""],
      representativeFunction: ["", "", "Skarbnik"],
    });
    expect(errors).toMatchObject({
      name: "org.error.plainText",
      legalForm: "form.invalidChoice",
      nip: "org.error.nipChecksum",
      areas: "form.invalidChoice",
      hiddenFields: "form.invalidChoice",
      "representatives.0.function": "form.required",
      "representatives.2.name": "form.required",
      krs: "org.error.registerRequired",
    });
  });

  it("requires a register number, an area and a representative", () => {
    const errors = errorsOf({
      ...validForm,
      krs: "",
      areas: [],
      representativeName: [""],
      representativeFunction: [""],
    });
    expect(errors).toMatchObject({
      krs: "org.error.registerRequired",
      areas: "form.chooseAtLeastOne",
      representatives: "org.error.representativeRequired",
    });
  });

  it("keeps areas in the act's order without repeats, so an unchanged choice never shows as a change", () => {
    const a = OrganizationProfileFormSchema.parse({
      ...validForm,
      areas: ["culture", "disability", "culture"],
    });
    const b = OrganizationProfileFormSchema.parse({ ...validForm, areas: ["disability", "culture"] });
    expect(a.areas).toEqual(["disability", "culture"]);
    expect(b.areas).toEqual(a.areas);
  });

  it("refuses oversize fields with the limit in the message", () => {
    expect(errorsOf({ ...validForm, description: "x".repeat(6000) }).description).toBe(
      'form.tooLong|{"max":5000}',
    );
  });

  it("round-trips through form values", () => {
    const profile = OrganizationProfileFormSchema.parse(validForm);
    const values = profileToFormValues(profile);
    expect(values.areas).toBe("disability\nculture");
    const again = OrganizationProfileFormSchema.parse({
      ...values,
      areas: values.areas?.split("\n"),
      hiddenFields: values.hiddenFields?.split("\n"),
      representativeName: values.representativeName?.split("\n"),
      representativeFunction: values.representativeFunction?.split("\n"),
    });
    expect(again).toEqual(profile);
    expect(OrganizationProfileSchema.parse(profile)).toEqual(profile);
  });
});
