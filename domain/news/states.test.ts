import { describe, expect, it } from "vitest";
import { NEWS_STATUS_VALUES } from "../../platform/db/schema/news";
import { canTransition, NEWS_STATUSES } from "./states";

describe("news states", () => {
  it("lists the same statuses as the table's column", () => {
    expect([...NEWS_STATUSES]).toEqual([...NEWS_STATUS_VALUES]);
  });

  it("allows only the declared edges", () => {
    expect(canTransition("pending", "published")).toBe(true);
    expect(canTransition("pending", "rejected")).toBe(true);
    expect(canTransition("published", "archived")).toBe(true);
    expect(canTransition("rejected", "published")).toBe(false);
    expect(canTransition("archived", "published")).toBe(false);
    expect(canTransition("published", "rejected")).toBe(false);
  });
});
