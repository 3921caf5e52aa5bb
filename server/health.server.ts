import type { Request, Response } from "express";
import { common } from "../app/i18n/pl/common";
import type { Database } from "../platform/db/client.server";

export interface Lifecycle {
  phase: "starting" | "migrating" | "ready" | "failed" | "stopping";
  database: Database | null;
}

/** 200 {"status":"ok","database":…} once ready and the database answers; 503 otherwise. */
export function healthHandler(lifecycle: Lifecycle) {
  return async (_req: Request, res: Response) => {
    res.set("Cache-Control", "no-store");
    const database = lifecycle.database;
    if (lifecycle.phase !== "ready" || !database) {
      res.status(503).json({ status: lifecycle.phase });
      return;
    }
    try {
      await withTimeout(database.executeSql("select 1"), 2000);
      res.json({ status: "ok", database: database.kind });
    } catch {
      res.status(503).json({ status: "database-unreachable", database: database.kind });
    }
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/**
 * A page the process answers itself, before React Router, in the words of the Polish catalogue:
 * 503 while migrations run (it refreshes itself), 413 for a form over the body limit.
 */
export function processPage(status: 503 | 413): string {
  const title = common[`error.${status}.title`];
  const refresh = status === 503 ? '<meta http-equiv="refresh" content="2">' : "";
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${refresh}<title>${title} — Pożytek</title></head><body><main><h1>${title}</h1><p>${common[`error.${status}.body`]}</p><p><a href="/">${common["error.backHome"]}</a></p></main></body></html>`;
}
