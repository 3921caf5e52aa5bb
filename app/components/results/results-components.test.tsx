import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import type { PublicResults } from "~/domain/results/get-public-results";
import type { ResultRow } from "~/domain/results/read-results";
import { OrganizationGrants } from "./grants-table";
import { CorrectionForm, ReasonRequests } from "./office-forms";
import { PublicResultsBlock } from "./public-results";
import { ReasonsForm } from "./reasons-form";

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

const decision = {
  id: "d1",
  kind: "decision" as const,
  number: "123/2026",
  decisionDate: "2026-05-12",
  reason: null,
  recordedAt: new Date("2026-05-12T10:00:00Z"),
};
const correction = {
  ...decision,
  id: "d2",
  kind: "correction" as const,
  number: "130/2026",
  decisionDate: "2026-05-19",
  reason: "Błąd rachunkowy",
};
const row = (over: Partial<ResultRow>): ResultRow => ({
  offerId: "00000000-0000-4000-8000-000000000001",
  organizationId: "00000000-0000-4000-8000-0000000000a1",
  organizationName: "Fundacja A",
  registerNumber: "0000123456",
  offerTitle: "Opieka wytchnieniowa",
  requestedAmount: 123_456,
  awardedAmount: 100_000,
  scoreHundredths: 5_250,
  rank: 1,
  status: "funded",
  decisionId: "d1",
  publishedAt: new Date("2026-05-12T10:00:00Z"),
  correction: null,
  ...over,
});

describe("the results' components", () => {
  it("show the decision, the correction with its reason, captioned tables and money in Polish", () => {
    const rows = [
      row({}),
      row({
        offerId: "00000000-0000-4000-8000-000000000002",
        organizationName: "Stowarzyszenie B",
        status: "not_funded",
        awardedAmount: 0,
        scoreHundredths: 3_050,
        decisionId: "d2",
        correction,
      }),
    ];
    const results: PublicResults = {
      competition: {
        id: "00000000-0000-4000-8000-0000000000c1",
        title: "Konkurs X",
        departmentId: "x",
        status: "resolved",
        publishedAt: new Date("2026-03-20T10:00:00Z"),
      },
      decisions: [decision, correction],
      rows,
      groups: [
        { status: "funded", rows: [rows[0] as ResultRow] },
        { status: "not_funded", rows: [rows[1] as ResultRow] },
        { status: "below_threshold", rows: [] },
        { status: "rejected_formally", rows: [] },
      ],
      totals: { awarded: 100_000, requested: 246_912, fundedCount: 1, count: 2 },
      publishedAt: new Date("2026-05-12T10:00:00Z"),
      reasonsUntil: "2026-06-11",
      reasonsOpen: true,
    };
    const html = render(() => <PublicResultsBlock results={results} />);
    expect(html).toContain("Zarządzenie nr 123/2026 z dnia 12 maja 2026");
    expect(html).toContain("Korekta wyników:");
    expect(html).toContain("Uzasadnienie korekty: Błąd rachunkowy");
    expect(html).toContain("<caption>Oferty, którym przyznano dotację (liczba: 1)</caption>");
    expect(html).toContain('<th scope="col">Przyznana kwota</th>');
    expect(html).toContain("1 234,56 zł");
    expect(html).toContain("52,50");
    expect(html).toContain("skorygowano zarządzeniem nr 130/2026 z dnia 19 maja 2026");
    expect(html).not.toContain("poniżej progu");
  });

  it("offers the request for reasons within 30 days and a note with the article afterwards", () => {
    const open = render(() => <ReasonsForm open until="2026-06-11" />);
    expect(open).toContain("art. 15 ust. 2j");
    expect(open).toContain('name="question"');
    const closed = render(() => <ReasonsForm open={false} until="2026-06-11" />);
    expect(closed).toContain("upłynął 11 czerwca 2026");
    expect(closed).not.toContain("<form");
  });

  it("renders the office's forms and the organisation's grants", () => {
    const html = render(() => (
      <>
        <CorrectionForm rows={[row({})]} errors={{ awardedAmount: ["results.error.aboveRequested"] }} />
        <ReasonRequests
          canAnswer
          requests={[
            {
              id: "00000000-0000-4000-8000-0000000000f1",
              requesterName: "Jan",
              requesterEmail: "jan@example.org",
              question: "Dlaczego?",
              askedAt: new Date("2026-05-13T10:00:00Z"),
              answer: null,
              answeredAt: null,
            },
          ]}
        />
        <OrganizationGrants
          grants={[
            {
              competitionId: "00000000-0000-4000-8000-0000000000c1",
              competitionTitle: "Konkurs X",
              organizationId: "00000000-0000-4000-8000-0000000000a1",
              organizationName: "Fundacja A",
              registerNumber: "",
              taskTitle: "Opieka",
              awardedAmount: 100_000,
              decisionDate: "2026-05-12",
              contractStatus: null,
              paid: 0,
              returned: 0,
            },
          ]}
        />
      </>
    ));
    expect(html).toContain("Przyznana kwota nie może przekraczać kwoty wnioskowanej.");
    expect(html).toContain('aria-describedby="f-awardedAmount-hint f-awardedAmount-error"');
    expect(html).toContain('name="requestId" value="00000000-0000-4000-8000-0000000000f1"');
    expect(html).toContain("Liczba dotacji: 1, łącznie 1 000,00 zł.");
  });
});
