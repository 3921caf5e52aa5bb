import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { statementName } from "./named-statements.server";
import { tenants } from "./schema/tenancy";

/** What a pool's connection has prepared (pg keeps the names it parsed per connection). */
type Parsed = { connection: { parsedStatements: Record<string, string> } };

describe.runIf(process.env.DB_DRIVER === "postgresql")("named statements on PostgreSQL", () => {
  const t = useTestDatabase();

  async function preparedOnEveryConnection(): Promise<Record<string, string>> {
    const pool = t.database.pool;
    if (!pool) throw new Error("no pool");
    const clients = await Promise.all(Array.from({ length: pool.options.max ?? 1 }, () => pool.connect()));
    try {
      return Object.assign({}, ...clients.map((c) => (c as unknown as Parsed).connection.parsedStatements));
    } finally {
      for (const c of clients) c.release();
    }
  }

  it("names a data statement by its text, prepares it once, and answers the same as before", async () => {
    const query = () =>
      t.db.select({ name: tenants.name }).from(tenants).where(eq(tenants.slug, "nie-ma-takiego")).limit(1);
    const text = query().toSQL().sql;
    for (let i = 0; i < 12; i++) expect(await query()).toEqual([]);
    const prepared = await preparedOnEveryConnection();
    expect(prepared[statementName(text)]).toBe(text);
  });

  it("leaves DDL and transaction control unnamed, and a statement inside a transaction still sees its writes", async () => {
    await t.db.execute(sql`create table if not exists named_probe (n int)`);
    const answer = await t.db.transaction(async (tx) => {
      await tx.execute(sql`insert into named_probe values (${1})`);
      return tx.execute<{ n: number }>(sql`select n from named_probe`);
    });
    expect(answer.rows.map((r) => Number(r.n))).toEqual([1]);
    const texts = Object.values(await preparedOnEveryConnection());
    expect(texts.some((x) => /^\s*create/i.test(x))).toBe(false);
    expect(texts.some((x) => /^\s*insert into named_probe/i.test(x))).toBe(true);
  });

  it("gives one text one name, and different texts different names", () => {
    expect(statementName("select 1")).toBe(statementName("select 1"));
    expect(statementName("select 1")).not.toBe(statementName("select 2"));
    expect(statementName("select 1")).toMatch(/^s[A-Za-z0-9_-]{22}$/);
  });
});
