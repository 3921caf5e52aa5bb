import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import type { CompetitionOffers } from "~/domain/offers/list-competition-offers";
import { OfficeFundsSummary, OfficeOffersTable } from "./office-offers-table";

let node: () => React.ReactNode = () => null;

function Harness() {
  return <>{node()}</>;
}

/** Renders inside a data router (useT reads the root loader's data; without it, Polish). */
function render(make: () => React.ReactNode): string {
  node = make;
  const Stub = createRoutesStub([{ id: "root", path: "/", Component: Harness }]);
  return renderToString(<Stub initialEntries={["/"]} />).replace(/\u00a0|&nbsp;|&#160;/g, " ");
}

const row = (over: Partial<CompetitionOffers["offers"][number]>): CompetitionOffers["offers"][number] => ({
  offerId: "00000000-0000-4000-8000-000000000001",
  status: "submitted",
  organizations: ["Fundacja A"],
  title: "Opieka wytchnieniowa",
  versionNumber: 1,
  receiptNumber: "OF/2026/000001",
  submittedAt: new Date("2026-04-01T10:00:00Z"),
  totalCost: 2_160_000,
  requestedGrant: 1_900_000,
  ownContribution: 260_000,
  ...over,
});

describe("the office's list of a competition's offers", () => {
  it("is a captioned table with partners, Warsaw times, shares, a version link and a totals row", () => {
    const offers = [
      row({}),
      row({
        offerId: "00000000-0000-4000-8000-000000000002",
        organizations: ["Stowarzyszenie B", "Fundacja C"],
        status: "withdrawn",
        versionNumber: 2,
        receiptNumber: "OF/2026/000002",
      }),
    ];
    const totals = {
      count: 1,
      withdrawn: 1,
      totalCost: 2_160_000,
      requestedGrant: 1_900_000,
      ownContribution: 260_000,
    };
    const html = render(() => (
      <OfficeOffersTable competitionTitle="Konkurs X" offers={offers} totals={totals} />
    ));
    expect(html).toContain("<caption>Oferty złożone w konkursie „Konkurs X”</caption>");
    expect(html).toContain(">Wnioskowana dotacja</th>");
    expect(html).toContain("partnerzy: Fundacja C");
    expect(html).toContain("01.04.2026, 12:00:00");
    expect(html).toContain("12,04 %");
    expect(html).toContain('href="/urzad/oferty/00000000-0000-4000-8000-000000000002/wersje/2"');
    expect(html).toContain("Wycofana");
    expect(html).toMatch(/<tfoot>.*Razem oferty biorące udział: 1 \(wycofane, nieliczone: 1\)/);
    expect(html).toContain("19 000,00 zł");
  });

  it("says so when nothing was submitted", () => {
    const totals = { count: 0, withdrawn: 0, totalCost: 0, requestedGrant: 0, ownContribution: 0 };
    const html = render(() => <OfficeOffersTable competitionTitle="K" offers={[]} totals={totals} />);
    expect(html).toContain("nie złożono jeszcze żadnej oferty");
    expect(html).not.toContain("<table");
  });

  it("puts requested against available funds in words, the meter named by the same sentence", () => {
    const html = render(() => <OfficeFundsSummary requested={50_000_00} available={100_000_00} />);
    expect(html).toContain("Wnioskowane: 50 000,00 zł z dostępnych 100 000,00 zł");
    expect(html).toContain("50,00 % środków konkursu");
    expect(html).toMatch(/<meter[^>]*aria-labelledby="office-funds-text"/);
    const over = render(() => <OfficeFundsSummary requested={150_000_00} available={100_000_00} />);
    expect(over).toContain("przekracza środki konkursu");
  });
});
