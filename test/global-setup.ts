import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../platform/db/client.server";
import { migrateDatabase } from "../platform/db/migrate.server";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDumpPath: string;
    postgresTemplate: string;
    postgresUrl: string;
  }
}

export const TEMPLATE_DB = "pozytek_test_template";

/** Migrates once per run: a PGlite dump for the embedded project, a template database for PostgreSQL. */
export default async function setup(project: TestProject) {
  const driver = project.config.env?.DB_DRIVER ?? "pglite";
  if (driver === "postgresql") {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("TEST_DATABASE_URL is required for the postgresql test project");
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const templateUrl = withDatabase(url, TEMPLATE_DB);
    const database = await openDatabase({ kind: "postgresql", url: templateUrl, poolSize: 1 });
    await migrateDatabase(database);
    await database.close();
    project.provide("postgresUrl", url);
    project.provide("postgresTemplate", TEMPLATE_DB);
    return;
  }
  const database = await openDatabase({ kind: "pglite" });
  await migrateDatabase(database);
  const dump = await database.pglite!.dumpDataDir("none");
  await database.close();
  const file = path.join(os.tmpdir(), `pozytek-test-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteDumpPath", file);
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
