import { beforeAll, describe, expect, it } from "vitest";
import { submitEvent } from "~/domain/events/submit-event";
import { type CalendarWorld, createCalendarWorld, createTraining } from "~/domain/events/testing/factories";
import { parseIcs, textOf } from "~/domain/events/testing/ics-reader";
import { actorOf } from "~/domain/organizations/testing/factories";
import { fixedClock } from "~/platform/clock/clock";
import type { Services } from "~/platform/services.server";
import { useTestDatabase } from "~/test/db";
import { callLoader, routeContext } from "../../components/portal/testing/portal-fixture";
import { loader as calendarLoader } from "../../routes/kalendarz._index";
import { action as eventAction, loader as eventLoader } from "../../routes/kalendarz.$id";
import { loader as eventIcsLoader } from "../../routes/kalendarz.$id[.]ics";
import { loader as feedLoader } from "../../routes/kalendarz[.]ics";
import { requestInfoContext, servicesContext } from "../contexts";

describe("the calendar's routes: page, feeds, registration form", () => {
  const t = useTestDatabase();
  let w: CalendarWorld;
  const ids = { training: "", council: "", pending: "" };
  const context = () => {
    const c = routeContext(t.db, w.tenant as Parameters<typeof routeContext>[1]);
    c.set(servicesContext, {
      db: t.db,
      clock: fixedClock("2026-12-01T08:00:00Z"),
      env: { APP_URL: "https://ngo.czestochowa.example" },
    } as unknown as Services);
    c.set(requestInfoContext, {
      requestId: "t",
      ip: "192.0.2.7",
      userAgent: null,
      csrfSeed: "",
      csrfToken: "",
    });
    return c;
  };

  beforeAll(async () => {
    w = await createCalendarWorld(t.db);
    ids.training = await createTraining(w, { capacity: "1" });
    ids.council = await createTraining(w, {
      category: "council",
      title: "Posiedzenie Rady Działalności Pożytku Publicznego",
      capacity: "",
      startsAt: "2026-12-10 15:00",
      endsAt: "2026-12-10 17:00",
    });
    ids.pending = (
      await submitEvent({
        ...w.base,
        actor: actorOf(w.owner),
        input: {
          organizationId: w.organizationId,
          title: "Niezatwierdzone-ABC",
          startsAt: "2026-12-11 10:00",
          endsAt: "2026-12-11 12:00",
        },
      })
    ).eventId;
  });

  it("serves the feed as text/calendar, parsed strictly, filtered by category, never pending events", async () => {
    const all = await callLoader(feedLoader, { url: "/kalendarz.ics", context: context() });
    expect(all.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await all.text();
    expect(text).not.toContain("Niezatwierdzone-ABC");
    const uids = parseIcs(text).events.map((e) => textOf(e, "UID"));
    expect(uids).toEqual([
      `event-${ids.training}@ngo.czestochowa.example`,
      `event-${ids.council}@ngo.czestochowa.example`,
    ]);
    const council = await callLoader(feedLoader, {
      url: "/kalendarz.ics?kategoria=council",
      context: context(),
    });
    expect(parseIcs(await council.text()).events.map((e) => textOf(e, "SUMMARY"))).toEqual([
      "Posiedzenie Rady Działalności Pożytku Publicznego",
    ]);
  });

  it("serves one event as .ics and 404 for a pending or unknown one", async () => {
    const one = await callLoader(eventIcsLoader, {
      url: "/x",
      params: { id: ids.training },
      context: context(),
    });
    const [event] = parseIcs(await one.text()).events;
    expect(textOf(event!, "URL")).toBe(`https://ngo.czestochowa.example/kalendarz/${ids.training}`);
    for (const id of [ids.pending, "nie-ma", "' or 1=1 --"]) {
      const error = await Promise.resolve(
        callLoader(eventIcsLoader, { url: "/x", params: { id }, context: context() }),
      ).catch((e: unknown) => e);
      expect((error as { init?: { status?: number } }).init?.status).toBe(404);
    }
  });

  it("reads the month and categories from the address and ignores malformed ones", async () => {
    const december = await callLoader(calendarLoader, {
      url: "/kalendarz?miesiac=2026-12&widok=lista&kategoria=training&kategoria=<script>",
      context: context(),
    });
    expect(december.view).toBe("lista");
    expect(december.categories).toEqual(["training"]);
    expect(december.items.map((i) => i.id)).toEqual([ids.training]);
    const junk = await callLoader(calendarLoader, {
      url: `/kalendarz?miesiac=${"9".repeat(500)}`,
      context: context(),
    });
    expect(junk.month).toEqual({ year: 2026, month: 12 });
    expect(junk.weeks.flat().filter(Boolean)).toHaveLength(31);
  });

  it("registers through the form (no JavaScript needed) and keeps typed values on refusal", async () => {
    const post = (fields: Record<string, string>) =>
      eventAction({
        request: new Request(`https://ngo.czestochowa.example/kalendarz/${ids.training}`, {
          method: "POST",
          body: new URLSearchParams(fields),
        }),
        params: { id: ids.training },
        context: context(),
      } as never);
    const refused = (await post({ name: "Anna Nowak", email: "anna@example.pl" })) as unknown as {
      data: { fieldErrors: Record<string, string[]>; values: Record<string, string> };
      init: { status: number };
    };
    expect(refused.init.status).toBe(422);
    expect(refused.data.fieldErrors.consent).toEqual(["events.error.consent"]);
    expect(refused.data.values.name).toBe("Anna Nowak");
    const ok = (await post({ name: "Anna Nowak", email: "anna@example.pl", consent: "on" })) as Response;
    expect(ok.headers.get("location")).toBe(`/kalendarz/${ids.training}?komunikat=confirmed`);
    const waiting = (await post({ name: "Jan", email: "jan@example.pl", consent: "on" })) as Response;
    expect(waiting.headers.get("location")).toContain("komunikat=waiting");
    const page = await callLoader(eventLoader, {
      url: `/kalendarz/${ids.training}`,
      params: { id: ids.training },
      context: context(),
    });
    expect(page.event.registration).toMatchObject({ capacity: 1, confirmed: 1, waiting: 1 });
  });
});
