import { beforeAll, describe, expect, it } from "vitest";
import { CompetitionDraftSchema, DRAFT_FORM_ARRAYS } from "~/domain/competitions/schemas";
import { ContactMessageSchema } from "~/domain/contact/schemas";
import { RegistrationSchema } from "~/domain/events/schemas";
import { NewsContentSchema } from "~/domain/news/schemas";
import { OrganizationProfileSchema, PROFILE_FORM_ARRAYS } from "~/domain/organizations/schemas";
import { legalBases } from "~/platform/db/schema/competitions";
import { useTestDatabase } from "~/test/db";
import { action as submitNews } from "../../routes/aktualnosci.zglos";
import { action as registerEvent } from "../../routes/kalendarz.$id";
import { action as contact } from "../../routes/kontakt";
import { action as registerOrganization } from "../../routes/organizacje.zglos";
import { action as newCompetition } from "../../routes/urzad.konkursy.nowy";
import { createMatrixWorld, type MatrixWorld, type Role } from "../authorization/matrix-world";
import { countRows, type FuzzTarget, fieldsOf, fuzzAction, post } from "./fuzz-actions";
import { prototypeIsClean } from "./hostile";

/*
 * The public and office forms' actions fed hostile bodies on the demo world: registration of an
 * organisation, a competition draft, news, the contact form and an event registration.
 */

describe("form actions under hostile input", () => {
  const t = useTestDatabase();
  let world: MatrixWorld;

  beforeAll(async () => {
    world = await createMatrixWorld(t.db);
  }, 60_000);

  /** The target of one form: its fields, the field keys its empty post answers with, one table watched. */
  async function target(
    action: FuzzTarget["action"],
    role: Role,
    url: string,
    params: Record<string, string>,
    fields: string[],
    table: string,
    fixed?: Record<string, string>,
    base?: Record<string, string>,
  ): Promise<FuzzTarget> {
    const empty = await post(world, action, role, url, params, new URLSearchParams());
    const emptyKeys = Object.keys((empty.data as { fieldErrors?: object } | null)?.fieldErrors ?? {});
    const known = new Set([...fields, ...emptyKeys].map((k) => k.split(/[.:]/)[0] ?? k));
    return {
      world,
      action,
      role,
      url,
      params,
      fields,
      known,
      fixed: fixed ? async () => fixed : undefined,
      base,
      snapshot: () => countRows(t.db, table),
    };
  }

  it("registering an organisation", async () => {
    const fields = [...fieldsOf(OrganizationProfileSchema), ...PROFILE_FORM_ARRAYS, "intent"];
    const tally = await fuzzAction(
      await target(registerOrganization, "memberA", "/organizacje/zglos", {}, fields, "organizations"),
    );
    expect(tally.refused).toBeGreaterThan(0);
  });

  it("a competition draft", async () => {
    const fields = [...fieldsOf(CompetitionDraftSchema), ...DRAFT_FORM_ARRAYS, "intent"];
    const [basis] = await t.db.select({ id: legalBases.id }).from(legalBases).limit(1);
    const base = {
      departmentId: world.people.get("officerX")?.staff[0]?.departmentId ?? "",
      legalBasisId: basis?.id ?? "",
      areaCode: "social_assistance",
      title: "Opieka wytchnieniowa w 2027 r.",
      taskDescription: "Opieka wytchnieniowa dla rodzin.",
      awardRules: "Dotacja do 90% kosztów zadania.",
      taskStart: "2027-05-01",
      taskEnd: "2027-12-31",
      offerDeadline: "2027-03-28 02:30",
      minGrant: "10 000,00",
      maxGrant: "200 000,00",
      budgetYear: "2027",
      budgetAmount: "881 280,00",
    };
    const tally = await fuzzAction(
      await target(
        newCompetition,
        "officerX",
        "/urzad/konkursy/nowy",
        {},
        fields,
        "competitions",
        undefined,
        base,
      ),
    );
    expect(tally.refused).toBeGreaterThan(0);
  });

  it("submitting news", async () => {
    const fields = [...fieldsOf(NewsContentSchema), "organizationId", "image"];
    const tally = await fuzzAction(
      await target(
        submitNews,
        "memberA",
        "/aktualnosci/zglos",
        {},
        fields,
        "news",
        { organizationId: world.ids.orgA },
        { title: "Festyn", lead: "Zapraszamy na festyn.", body: "Festyn w parku w sobotę." },
      ),
    );
    expect(tally.refused).toBeGreaterThan(0);
  });

  it("the contact form", async () => {
    const fields = fieldsOf(ContactMessageSchema);
    const tally = await fuzzAction(
      await target(contact, "visitor", "/kontakt", {}, fields, "contact_messages", undefined, {
        name: "Jan Kowalski",
        email: "jan@example.org",
        subject: "Pytanie",
        message: "Kiedy otwarty konkurs?",
      }),
    );
    expect(tally.refused).toBeGreaterThan(0);
  });

  it("registering for an event", async () => {
    const fields = [...fieldsOf(RegistrationSchema), "intent", "token"];
    const url = `/kalendarz/${world.ids.eventId}`;
    const tally = await fuzzAction(
      await target(
        registerEvent,
        "visitor",
        url,
        { id: world.ids.eventId },
        fields,
        "event_registrations",
        undefined,
        {
          name: "Anna Nowak",
          email: "anna@example.org",
          consent: "on",
        },
      ),
    );
    expect(tally.refused).toBeGreaterThan(0);
    expect(prototypeIsClean()).toBe(true);
  });
});
