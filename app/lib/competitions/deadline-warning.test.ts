import { eq } from "drizzle-orm";
import { type ComponentProps, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { competitions, legalBases } from "~/platform/db/schema/competitions";
import { useTestDatabase } from "~/test/db";
import { CompetitionForm } from "../../components/competitions/competition-form";
import { action as editAction, loader as editLoader } from "../../routes/urzad.konkursy.$id.edytuj";
import { action as newAction } from "../../routes/urzad.konkursy.nowy";
import { contextAs, createMatrixWorld, type MatrixWorld } from "../authorization/matrix-world";
import { settle } from "../fuzz/hostile";

/*
 * A deadline typed in the spring DST gap through the office's form: the draft is saved with the
 * shifted instant, the officer is sent back to the form and the warning beside the deadline field
 * says what was stored; a normal time saves as before, with no warning.
 */

/** The form as a route renders it (inside a data router), with the props the test sets. */
let formProps: ComponentProps<typeof CompetitionForm>;
function FormPage() {
  return createElement(CompetitionForm, formProps);
}

describe("the draft form's DST warning", () => {
  const t = useTestDatabase();
  let world: MatrixWorld;
  let form: Record<string, string>;

  beforeAll(async () => {
    world = await createMatrixWorld(t.db);
    const [basis] = await t.db.select({ id: legalBases.id }).from(legalBases).limit(1);
    form = {
      departmentId: world.people.get("officerX")?.staff[0]?.departmentId ?? "",
      legalBasisId: basis?.id ?? "",
      areaCode: "social_assistance",
      title: "Opieka wytchnieniowa w 2027 r.",
      taskStart: "2027-05-01",
      taskEnd: "2027-12-31",
      intent: "save",
    };
  }, 60_000);

  const post = (action: typeof newAction | typeof editAction, url: string, fields: Record<string, string>) =>
    settle(
      action({
        request: new Request(`https://ngo.example${url}`, {
          method: "POST",
          body: new URLSearchParams(fields),
        }),
        params: { id: url.split("/")[3] ?? "" },
        context: contextAs(world, "officerX"),
      } as never),
    );

  it("saves a time in the gap as the shifted instant and shows the warning on the form", async () => {
    const created = await post(newAction, "/urzad/konkursy/nowy", {
      ...form,
      offerDeadline: "2027-03-28 02:30",
    });
    expect(created.status).toBe(302);
    const match = /^\/urzad\/konkursy\/([0-9a-f-]{36})\/edytuj\?termin=([^&]+)&komunikat=created$/.exec(
      created.location ?? "",
    );
    expect(match, created.location ?? "").not.toBeNull();
    const id = match?.[1] ?? "";
    expect(decodeURIComponent(match?.[2] ?? "")).toBe("2027-03-28 02:30");
    const [row] = await t.db.select().from(competitions).where(eq(competitions.id, id));
    expect(row?.offerDeadline?.toISOString()).toBe("2027-03-28T01:30:00.000Z");

    const loaded = (await editLoader({
      request: new Request(`https://ngo.example${created.location}`),
      params: { id },
      context: contextAs(world, "officerX"),
    } as never)) as Awaited<ReturnType<typeof editLoader>>;
    expect(loaded.values.offerDeadline).toBe("2027-03-28 03:30");
    expect(loaded.deadlineTyped).toBe("2027-03-28 02:30");
    expect(loaded.notice).toBe("competition.notice.created");
    formProps = {
      values: loaded.values,
      options: loaded.options,
      submitLabel: "Zapisz",
      deadlineTyped: loaded.deadlineTyped,
    };
    const Stub = createRoutesStub([{ path: "/", Component: FormPage }]);
    const html = renderToStaticMarkup(createElement(Stub, { initialEntries: ["/"] }));
    expect(html).toContain("godziny 02:30 dnia 2027-03-28 nie ma na zegarach");
    expect(html).toContain("28.03.2027, 03:30");

    // A stale link (the deadline changed since) shows no warning.
    const edited = await post(editAction, `/urzad/konkursy/${id}/edytuj`, {
      ...form,
      version: String(row?.version ?? 1),
      offerDeadline: "2027-04-10 15:00",
    });
    expect(edited.location).toBe(`/urzad/konkursy/${id}?komunikat=saved`);
    const stale = (await editLoader({
      request: new Request(`https://ngo.example${created.location}`),
      params: { id },
      context: contextAs(world, "officerX"),
    } as never)) as Awaited<ReturnType<typeof editLoader>>;
    expect(stale.deadlineTyped).toBeNull();
  }, 60_000);
});
