import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { readRanking } from "~/domain/ranking/read-ranking";
import { createRankingWorld } from "~/domain/ranking/testing/factories";
import { useTestDatabase } from "~/test/db";
import { AmountsTable, FundsSummary } from "./amounts-table";
import { ProgressMatrix, RankingTable } from "./ranking-tables";

let node: () => React.ReactNode = () => null;
function Harness() {
  return <>{node()}</>;
}
/** Renders inside a data router (useT reads the root loader's data; without it, Polish). */
function render(make: () => React.ReactNode): string {
  node = make;
  const Stub = createRoutesStub([{ id: "root", path: "/", Component: Harness }]);
  return renderToString(<Stub initialEntries={["/"]} />)
    .replace(/\u00a0|&nbsp;|&#160;/g, " ")
    .replace(/<!-- -->/g, "");
}

describe("the ranking's tables", () => {
  const t = useTestDatabase();

  it("say in words who scored, the mean with its spread, pass or fail, and the error by its cell", async () => {
    const w = await createRankingWorld(t.db);
    const r = await readRanking({ db: t.db, tenantId: w.tenant.id, competitionId: w.competitionId });

    const progress = render(() => (
      <ProgressMatrix members={r.members} offers={r.offers} progress={r.progress} />
    ));
    expect(progress).toContain("<caption>");
    expect(progress).toContain('scope="row"');
    expect(progress).toContain("wyłączony");
    expect(progress).toContain("Członek zarządu oferenta.");
    expect(progress).toContain("oceniono");
    expect(progress).not.toContain("Piotr Ekspert");

    const ranking = render(() => <RankingTable offers={r.offers} threshold={30} />);
    expect(ranking).toContain("Próg punktowy: 30 pkt.");
    expect(ranking).toContain("50,00");
    expect(ranking).toContain("22,50<small> (20–25)</small>");
    expect(ranking).toContain("poniżej progu");
    expect(ranking).toContain("odrzucona z przyczyn formalnych");

    const passed = r.offers.filter((o) => o.passed);
    const name = `amount.${w.offerB}`;
    const amounts = render(() => (
      <AmountsTable
        prefix="amount"
        caption="Kwoty"
        offers={passed}
        initial={() => 1_200_000}
        values={{ [name]: "25 000" }}
        errors={{ [name]: ["ranking.error.amountAboveRequested"] }}
      />
    ));
    expect(amounts).toContain('value="25 000"');
    expect(amounts).toContain(`aria-describedby="f-${name}-requested f-${name}-error"`);
    expect(amounts).toContain("Kwota nie może przekroczyć wnioskowanej.");
    expect(amounts).toContain(`<label for="f-${name}"`);

    const over = render(() => <FundsSummary total={2_000} funds={1_000} kind="proposed" />);
    expect(over).toContain("Suma przekracza środki przeznaczone na konkurs.");
  });
});
