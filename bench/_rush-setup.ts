// Preparation of deadline-rush (not measured): N verified organisations, each with an owner, a
// session and CSRF pair made by the app's own code, and an offer draft in an open demo competition
// with the competition's required attachments; then the forms each virtual NGO will post, built
// with the same field names the section pages use. Also creates the baseline's tables and drafts.
// Run: tsx bench/_rush-setup.ts <count> <out.json> (DATABASE_URL of a migrated, demo-seeded
// database, or without it DATA_DIR of a PGlite one that no server has open).
import { writeFileSync } from "node:fs";
import { and, eq, like } from "drizzle-orm";
import { rowCountField } from "../app/lib/offers/form-paths";
import { ROW_GROUPS, SECTION_SLUGS } from "../app/lib/offers/section-slugs";
import { sectionToValues } from "../app/lib/offers/section-values";
import { getCompetitionParameters } from "../domain/competitions/get-competition-parameters";
import { offerRulesOf } from "../domain/offers/access";
import { attachOfferFile } from "../domain/offers/attach-offer-file";
import { submissionIssues } from "../domain/offers/checks";
import type { OfferSections, SectionKey } from "../domain/offers/sections";
import { SECTION_KEYS } from "../domain/offers/sections";
import { startOffer } from "../domain/offers/start-offer";
import { fullOfferSections } from "../domain/offers/testing/full-offer-document";
import { actorOf, createTestOrganization, createTestUser } from "../domain/organizations/testing/factories";
import { CSRF_COOKIE, CSRF_FIELD, csrfTokenFor, newCsrfSeed } from "../platform/auth/csrf.server";
import { loadSigningSecret } from "../platform/auth/instance-secret.server";
import { createSession, SESSION_COOKIE } from "../platform/auth/session.server";
import { systemClock } from "../platform/clock/clock";
import { openDatabase } from "../platform/db/client.server";
import { competitions } from "../platform/db/schema/competitions";
import { tenants } from "../platform/db/schema/tenancy";
import { loadEnv } from "../platform/env/env.server";
import { fileLimitsFromEnv, fileStoragesFromEnv } from "../platform/files/file-storage-from-env.server";

const count = Number(process.argv[2] ?? 40);
const out = process.argv[3] ?? "/tmp/rush.json";
const env = loadEnv();
// DATA_DIR must be named: its default (./data) is the developer's own database.
if (!env.DATABASE_URL && !process.env.DATA_DIR) throw new Error("DATABASE_URL or DATA_DIR required");
const database = env.DATABASE_URL
  ? await openDatabase({ kind: "postgresql", url: env.DATABASE_URL, poolSize: 8 })
  : await openDatabase({ kind: "pglite", dataDir: env.DATA_DIR });
const { db } = database;

const [tenant] = await db.select().from(tenants).limit(1);
if (!tenant) throw new Error("no tenant: is the database demo-seeded?");
const [competition] = await db
  .select({ id: competitions.id })
  .from(competitions)
  .where(
    and(
      eq(competitions.tenantId, tenant.id),
      eq(competitions.status, "published"),
      like(competitions.title, "Świadczenie usługi opieki wytchnieniowej%"),
    ),
  );
if (!competition) throw new Error("the demo's open respite-care competition is missing");
const params = await getCompetitionParameters({ db, tenantId: tenant.id, competitionId: competition.id });
const year = Number(params.taskStart?.slice(0, 4));
const secret = await loadSigningSecret(db, env.SESSION_SECRET);
const files = fileStoragesFromEnv(env, db);
const limits = fileLimitsFromEnv(env);
const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** The full offer of the test factory, moved into the competition's year, one offeror, numbered. */
function sectionsFor(n: number): OfferSections {
  const s = fullOfferSections();
  s.task.title = `${s.task.title} (oferta ${n})`;
  s.task.startDate = `${year}-02-01`;
  s.task.endDate = `${year}-12-15`;
  // Ten actions, one a month from February, inside the task and the competition's window.
  s.task.actions = s.task.actions.map((a, i) => {
    const m = String(i + 2).padStart(2, "0");
    return { ...a, start: `${year}-${m}-01`, end: `${year}-${m}-28` };
  });
  s.costs.rows = s.costs.rows.map((r) => ({ ...r, year }));
  s.costs.split = [];
  s.other.partnersRoles = "";
  return s;
}

function formOf(section: SectionKey, content: OfferSections[SectionKey], csrf: string): string {
  const values: Record<string, string> = {
    [CSRF_FIELD]: csrf,
    intent: "saveNext",
    version: "1",
    ...sectionToValues(section, content),
  };
  for (const group of Object.keys(ROW_GROUPS[section] ?? {})) {
    const rows = (content as unknown as Record<string, unknown[]>)[group]?.length ?? 0;
    values[rowCountField(group)] = String(Math.max(1, rows));
  }
  return new URLSearchParams(values).toString();
}

const offers: unknown[] = [];
const started = performance.now();
for (let n = 1; n <= count; n++) {
  const owner = await createTestUser(db, { emailVerifiedAt: new Date() });
  const organizationId = await createTestOrganization(db, {
    tenantId: tenant.id,
    owner,
    status: "verified",
    profile: { legalForm: "foundation", name: `Fundacja Ławkowa nr ${n}` },
  });
  const actor = actorOf(owner);
  const { offerId } = await startOffer({
    db,
    tenantId: tenant.id,
    actor,
    clock: systemClock,
    competitionId: competition.id,
    organizationId,
  });
  for (const req of params.requiredAttachments)
    await attachOfferFile({
      db,
      tenantId: tenant.id,
      actor,
      clock: systemClock,
      files,
      limits,
      offerId,
      requirement: req.label,
      filename: "zalacznik.pdf",
      bytes: pdf,
    });
  const sections = sectionsFor(n);
  if (n === 1) {
    const issues = submissionIssues(sections, offerRulesOf(params), {
      offerorIds: [organizationId],
      attachedRequirements: params.requiredAttachments.map((r) => r.label),
    });
    if (issues.length > 0) throw new Error(`the generated offer would be refused: ${JSON.stringify(issues)}`);
  }
  const { token } = await createSession(db, {
    userId: owner.id,
    isStaff: false,
    now: new Date(),
    ip: "127.0.0.1",
    userAgent: "bench",
  });
  const seed = newCsrfSeed();
  const csrf = csrfTokenFor(secret, seed);
  offers.push({
    offerId,
    cookie: `${SESSION_COOKIE}=${encodeURIComponent(token)}; ${CSRF_COOKIE}=${encodeURIComponent(seed)}`,
    sections: SECTION_KEYS.map((section) => ({
      path: `/panel/oferty/${offerId}/${SECTION_SLUGS[section]}`,
      section,
      body: formOf(section, sections[section], csrf),
    })),
    submit: {
      path: `/panel/oferty/${offerId}`,
      body: new URLSearchParams({ _csrf: csrf, intent: "submit" }).toString(),
    },
  });
}

// The baseline's tables: an offers-like table, one JSON row per section, versions with a checksum.
await database.executeSql(`
  drop schema if exists bench_baseline cascade;
  create schema bench_baseline;
  create sequence bench_baseline.receipt_seq;
  create table bench_baseline.offers (id uuid primary key, status text not null default 'draft',
    revision int not null default 1, title text, updated_at timestamptz not null default now());
  create table bench_baseline.sections (offer_id uuid not null references bench_baseline.offers,
    section text not null, content jsonb not null default '{}', version int not null default 1,
    updated_at timestamptz not null default now(), primary key (offer_id, section));
  create table bench_baseline.versions (id uuid primary key default gen_random_uuid(),
    offer_id uuid not null references bench_baseline.offers, number int not null, content jsonb not null,
    checksum text not null, receipt_number text not null unique, submitted_at timestamptz not null,
    unique (offer_id, number));`);
for (const o of offers as { offerId: string }[]) {
  await database.executeSql(
    `insert into bench_baseline.offers (id) values ('${o.offerId}');
     insert into bench_baseline.sections (offer_id, section)
       select '${o.offerId}', s from unnest(array['${SECTION_KEYS.join("','")}']) s;`,
  );
}
writeFileSync(out, JSON.stringify({ tenantId: tenant.id, competitionId: competition.id, offers }));
console.info(`prepared ${count} offers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
await database.close();
