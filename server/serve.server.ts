import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import express from "express";
import { createRequestHandler, type ServerBuild } from "react-router";
import { printDemoAccounts } from "../demo/accounts";
import { loadSigningSecret } from "../platform/auth/instance-secret.server";
import { type Clock, offsetFileClock, systemClock } from "../platform/clock/clock";
import type { Database } from "../platform/db/client.server";
import { migrateDatabase } from "../platform/db/migrate.server";
import { tenants } from "../platform/db/schema/tenancy";
import type { Env } from "../platform/env/env.server";
import { createLogger } from "../platform/logging/logger.server";
import type { Services } from "../platform/services.server";
import { healthHandler, type Lifecycle, processPage } from "./health.server";
import { auditOversizedForm } from "./oversized-form-audit.server";
import { createPageCache, pageCacheTtlMs } from "./page-cache.server";
import { reactRouterHandler } from "./react-router-handler.server";
import { securityHeaders } from "./security-headers.server";

/*
 * The HTTP process once its database is opening (server/main.ts starts that first): Express with
 * the health check, static assets, the anonymous page cache and React Router; then migrations, the
 * signing secret, the demo data in demo mode, and the background work.
 */

/** The context keys live in the build (exported by app/entry.server.tsx): one module instance for both sides. */
type BuildContexts = typeof import("../app/entry.server");

export async function serve(env: Env, databaseOpening: Promise<Database>): Promise<void> {
  const logger = createLogger(env.LOG_LEVEL);
  const dev = process.argv.includes("--dev");
  const lifecycle: Lifecycle = { phase: "starting", database: null };

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.TRUST_PROXY);
  app.use(securityHeaders);
  app.get("/healthz", healthHandler(lifecycle));

  let services: Services | null = null;
  let build: (() => Promise<ServerBuild>) | ServerBuild;
  let contexts: Pick<BuildContexts, "servicesContext" | "clientIpContext" | "RouterContextProvider">;

  if (dev) {
    const vite = await import("vite");
    const viteServer = await vite.createServer({ server: { middlewareMode: true } });
    app.use(viteServer.middlewares);
    build = () => viteServer.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>;
    contexts = (await viteServer.ssrLoadModule("/app/entry.server.tsx")) as BuildContexts;
  } else {
    const buildDir = path.resolve("build");
    if (!existsSync(path.join(buildDir, "server/index.js"))) {
      logger.fatal(
        "Brak zbudowanej aplikacji (build/). Uruchom `npm run build` albo `npm ci`, które ją buduje.",
      );
      process.exit(1);
    }
    app.use(
      "/assets",
      express.static(path.join(buildDir, "client/assets"), { immutable: true, maxAge: "1y" }),
    );
    // The other public files (favicon, robots.txt…) have a name with an extension: pages and
    // form posts skip the file system's lookup.
    const files = express.static(path.join(buildDir, "client"), { maxAge: "1h", index: false });
    app.use((req, res, next) => {
      if ((req.method === "GET" || req.method === "HEAD") && /\.[a-z0-9]+$/i.test(req.path))
        files(req, res, next);
      else next();
    });
    build = (await import(path.join(buildDir, "server/index.js"))) as ServerBuild;
    contexts = build.entry.module as unknown as BuildContexts;
  }

  const handler = reactRouterHandler({
    handle: createRequestHandler(build, process.env.NODE_ENV),
    getLoadContext(req) {
      const context = new contexts.RouterContextProvider();
      context.set(contexts.servicesContext, services!);
      context.set(contexts.clientIpContext, req.ip ?? "");
      return context;
    },
    onOversizedBody(req) {
      logger.warn({ path: req.path, ip: req.ip }, "Odrzucono zbyt duży formularz");
      void auditOversizedForm(services!, req);
    },
  });
  // Anonymous GETs of the public NGO base, kept briefly per process (docs/decisions/011).
  const pageCache = createPageCache({
    ttlMs: pageCacheTtlMs(process.env.PAGE_CACHE_TTL_SECONDS),
    maxEntries: 500,
    signingSecret: () => services?.signingSecret ?? null,
    secureCookie: env.COOKIE_SECURE,
  });
  app.use((req, res, next) => {
    if (lifecycle.phase !== "ready" || !services) {
      res.status(503).set("Retry-After", "2").type("html").send(processPage(503));
      return;
    }
    pageCache.middleware(req, res, () => handler(req, res, next));
  });

  const server = app.listen(env.PORT, env.HOST, () => {
    logger.info({ port: env.PORT }, `Pożytek nasłuchuje na http://localhost:${env.PORT}`);
  });

  let database: Database | null = null;
  let stopBackground: (() => Promise<void>) | null = null;
  try {
    lifecycle.phase = "migrating";
    database = await databaseOpening;
    lifecycle.database = database;
    await migrateDatabase(database);
    const signingSecret = await loadSigningSecret(database.db, env.SESSION_SECRET);
    services = {
      env,
      database,
      db: database.db,
      clock: clockFor(env.CLOCK_OFFSET_FILE),
      logger,
      signingSecret,
    };
    if (env.APP_MODE === "demo") {
      // The demo's seeding (every procedure's use cases) is loaded only for an empty database.
      const [anyTenant] = await database.db.select({ id: tenants.id }).from(tenants).limit(1);
      if (!anyTenant) await (await import("../demo/seed-demo.server")).seedDemoIfEmpty(services);
      printDemoAccounts();
    }
    lifecycle.phase = "ready";
    logger.info({ database: database.kind }, "Gotowe");
    // The job worker starts after the app answers: requests need not wait for the queue's schema check.
    // (pg-boss and the jobs' code load only now, off the path to the first answer.)
    stopBackground = await (await import("./background.server")).startBackgroundWork(services);
  } catch (error) {
    lifecycle.phase = "failed";
    logger.fatal({ err: error }, "Nie udało się uruchomić aplikacji");
    process.exitCode = 1;
    server.close();
    await database?.close();
  }

  async function shutdown(signal: string) {
    logger.info({ signal }, "Zamykanie");
    lifecycle.phase = "stopping";
    server.close();
    await stopBackground?.().catch(() => {});
    await database?.close().catch(() => {});
    process.exit(0);
  }
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

/** The system clock, or in demo mode with CLOCK_OFFSET_FILE the clock acceptance tests can move. */
function clockFor(offsetFile: string | undefined): Clock {
  if (!offsetFile) return systemClock;
  return offsetFileClock(() => {
    try {
      return readFileSync(offsetFile, "utf8");
    } catch {
      return null;
    }
  });
}
