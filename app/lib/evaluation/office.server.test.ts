import { describe, expect, it } from "vitest";
import { FormalDecisionSchema } from "~/domain/evaluation/schemas";
import { checklistItemsOf, decisionInputOf } from "./office.server";

describe("formal check forms", () => {
  it("reads the checklist editor's rows in order, dropping removed and blank ones", () => {
    expect(
      checklistItemsOf({
        "items.1.code": "b",
        "items.1.label": "Drugie",
        "items.0.code": "a",
        "items.0.label": "Pierwsze",
        "items.0.correctable": "on",
        "items.2.code": "c",
        "items.2.label": "Usunięte",
        "items.2.remove": "on",
        "items.3.code": "",
        "items.3.label": "",
        intent: "checklist",
      }),
    ).toEqual([
      { code: "a", label: "Pierwsze", correctable: true },
      { code: "b", label: "Drugie", correctable: false },
    ]);
  });

  it("turns the decision form's fields into the use case's input, which the shared schema accepts", () => {
    const input = decisionInputOf({
      expectedVersion: "2",
      outcome: "correction",
      "mark.on_time.result": "pass",
      "mark.own_contribution.result": "fail",
      "mark.own_contribution.note": "za mało",
      correctionSections: "costs\nother",
      correctionMessage: "Proszę poprawić",
    });
    const parsed = FormalDecisionSchema.parse(input);
    expect(parsed).toMatchObject({
      expectedVersion: 2,
      outcome: "correction",
      correctionSections: ["costs", "other"],
      marks: { on_time: { result: "pass", note: "" }, own_contribution: { result: "fail", note: "za mało" } },
    });
  });
});
