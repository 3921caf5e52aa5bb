import { describe, expect, it } from "vitest";
import { auditChanges } from "./audit-diff";

describe("audit changes as readable lines", () => {
  it("lists changed fields only, old and new", () => {
    expect(auditChanges({ name: "Stara", code: "WPS" }, { name: "Nowa", code: "WPS" })).toEqual([
      { key: "name", before: "Stara", after: "Nowa" },
    ]);
  });

  it("shows a creation and a removal with one side empty", () => {
    expect(auditChanges(null, { user: "a@b.pl", role: "admin", department: null })).toEqual([
      { key: "user", before: undefined, after: "a@b.pl" },
      { key: "role", before: undefined, after: "admin" },
      { key: "department", before: undefined, after: "" },
    ]);
    expect(auditChanges({ role: "officer" }, null)).toEqual([
      { key: "role", before: "officer", after: undefined },
    ]);
  });

  it("flattens nested objects and joins lists", () => {
    expect(
      auditChanges(
        { accessibility: { contactName: "Jan" }, hosts: ["a.pl"] },
        { accessibility: { contactName: "Anna" }, hosts: ["a.pl", "b.pl"] },
      ),
    ).toEqual([
      { key: "accessibility.contactName", before: "Jan", after: "Anna" },
      { key: "hosts", before: "a.pl", after: "a.pl, b.pl" },
    ]);
  });

  it("handles a plain value and cuts long ones", () => {
    expect(auditChanges("x", "y")).toEqual([{ key: "", before: "x", after: "y" }]);
    const long = "ż".repeat(1000);
    expect(auditChanges(null, { text: long })[0]?.after).toHaveLength(301);
  });
});
