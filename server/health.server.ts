import type { Request, Response } from "express";
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

/** Shown while migrations run; refreshes itself. */
export function startingPage(): string {
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2"><title>Trwa uruchamianie — Pożytek</title></head><body><main><h1>Trwa uruchamianie</h1><p>Aplikacja uruchamia się. Strona odświeży się sama za kilka sekund.</p></main></body></html>`;
}

/** A refusal the process answers itself, before any route (an oversized form post). */
export function refusalPage(title: string, text: string): string {
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} — Pożytek</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/">Strona główna</a></p></main></body></html>`;
}
