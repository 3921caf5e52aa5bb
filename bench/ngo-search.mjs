#!/usr/bin/env node
// ngo-search: the public NGO base with 100,000 generated organisations (20,000 with --quick) in a
// fresh PostgreSQL database; a mix of searches on the page /organizacje (name, area, district) and
// the API /api/v1/organizations (name, KRS), C at once for a fixed time, against a bare node:http
// server answering every request with a static page of the same size. Alternating rounds.
// Goal: ratio ≥ 0.3 (requests/s, ours / baseline).
import http from "node:http";
import pg from "pg";
import {
  dropDatabase,
  freshDatabase,
  httpClient,
  percentile,
  pool,
  printTable,
  startServer,
  stopProcess,
} from "./_lib.mjs";

const quick = process.argv.includes("--quick");
const opt = (name, fallback) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const N = opt("organizations", quick ? 20_000 : 100_000);
const C = opt("concurrency", quick ? 10 : 20);
const SECONDS = opt("seconds", quick ? 8 : 40);
const GOAL = 0.3;
const PORT = 3297;
const BASE_PORT = 3298;
const DB = "pozytek_bench_ngo";

const WORDS = [
  "Sąsiedzka",
  "Zielona",
  "Pomocna Dłoń",
  "Hospicyjna",
  "Sportowa",
  "Kulturalna",
  "Młodzieżowa",
  "Seniorów",
  "Rodzinna",
  "Ekologiczna",
  "Jasnogórska",
  "Warciańska",
  "Edukacyjna",
  "Muzyczna",
  "Teatralna",
  "Zdrowie",
  "Przyjaciół Zwierząt",
  "Rozwoju Lokalnego",
  "Wolontariatu",
  "Integracji",
];
const FORMS = [
  ["Fundacja", "foundation"],
  ["Stowarzyszenie", "registered_association"],
  ["Klub Sportowy", "registered_association"],
  ["Towarzystwo", "registered_association"],
];
const AREAS = [
  "social_assistance",
  "health",
  "disability",
  "seniors",
  "education",
  "children_youth",
  "culture",
  "physical_culture",
  "ecology_animals",
  "volunteering",
  "local_communities",
  "addiction_prevention",
];
const DISTRICTS = [
  "Śródmieście",
  "Tysiąclecie",
  "Raków",
  "Parkitka",
  "Północ",
  "Wrzosowiak",
  "Błeszno",
  "Lisiniec",
  "Stradom",
  "Zawodzie",
];
const sqlArray = (xs) => `array[${xs.map((x) => `'${x.replaceAll("'", "''")}'`).join(",")}]`;

const databaseUrl = await freshDatabase(DB);
let server = null;
let baseline = null;
try {
  server = await startServer({ port: PORT, databaseUrl });
  const t0 = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const tenantId = (await client.query("select id from tenants order by created_at limit 1")).rows[0].id;
  // Words, forms, areas and districts cycle at different periods, so searches hit varied subsets.
  await client.query(
    `insert into organizations (tenant_id, name, legal_form, krs, street, postal_code, city, district,
       email, areas, opp, representatives, description, status, verified_at, created_at)
     select $1,
       (${sqlArray(FORMS.map((f) => f[0]))})[1 + i % ${FORMS.length}] || ' ' ||
         (${sqlArray(WORDS)})[1 + (i / ${FORMS.length}) % ${WORDS.length}] || ' ' ||
         (${sqlArray(DISTRICTS)})[1 + i % ${DISTRICTS.length}] || ' nr ' || i,
       (${sqlArray(FORMS.map((f) => f[1]))})[1 + i % ${FORMS.length}],
       lpad((9000000 + i)::text, 10, '0'),
       'ul. Ławkowa ' || (1 + i % 200), '42-200', 'Częstochowa',
       (${sqlArray(DISTRICTS)})[1 + i % ${DISTRICTS.length}],
       'biuro' || i || '@ngo.example.pl',
       array[(${sqlArray(AREAS)})[1 + i % ${AREAS.length}], (${sqlArray(AREAS)})[1 + (i / 7) % ${AREAS.length}]],
       i % 5 = 0, '[{"name":"Jan Kowalski","function":"Prezes"}]'::jsonb, 'Organizacja wygenerowana do pomiaru.',
       case when i % 10 = 0 then 'pending' else 'verified' end,
       now() - make_interval(secs => i), now() - make_interval(secs => i)
     from generate_series(1, $2::int) i`,
    [tenantId, N],
  );
  await client.query("analyze organizations");
  await client.end();
  console.info(
    `prepared: server up, ${N} organisations in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  // The mix: page searches by name, name + area, area + district; API searches by name and KRS.
  const templates = [];
  for (let k = 0; k < 20; k++) {
    const word = encodeURIComponent(WORDS[k % WORDS.length].split(" ")[0].toLowerCase());
    const area = AREAS[k % AREAS.length];
    const district = encodeURIComponent(DISTRICTS[k % DISTRICTS.length]);
    templates.push(`/organizacje?q=${word}`);
    templates.push(`/organizacje?q=${word}&area=${area}`);
    templates.push(`/organizacje?area=${area}&district=${district}&page=${1 + (k % 5)}`);
    templates.push(`/api/v1/organizations?q=${word}`);
    templates.push(`/api/v1/organizations?q=${9000000 + 1 + k * 97}`);
  }
  // Each address as the app wants it (the page redirects to its canonical query); sizes for the baseline.
  const warm = httpClient(PORT, 4);
  const urls = [];
  const sizes = { page: [], api: [] };
  for (const t of templates) {
    let r = await warm.request("GET", t);
    let url = t;
    if (r.status >= 300 && r.status < 400) {
      url = r.headers.location;
      r = await warm.request("GET", url);
    }
    if (r.status !== 200) throw new Error(`${url}: HTTP ${r.status}`);
    urls.push(url);
    sizes[url.startsWith("/api/") ? "api" : "page"].push(Buffer.byteLength(r.body));
  }
  warm.close();
  const mean = (xs) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
  const pageBody = Buffer.from(
    `<!doctype html><title>Baza NGO</title>${"x".repeat(Math.max(0, mean(sizes.page) - 40))}`,
  );
  const apiBody = Buffer.from(`{"items":[],"pad":"${"x".repeat(Math.max(0, mean(sizes.api) - 24))}"}`);
  baseline = http
    .createServer((req, res) => {
      const api = req.url.startsWith("/api/");
      res.writeHead(200, { "content-type": api ? "application/json" : "text/html; charset=utf-8" });
      res.end(api ? apiBody : pageBody);
    })
    .listen(BASE_PORT, "127.0.0.1");

  const ours = [];
  const base = [];
  for (let round = 0; round < 2; round++) {
    ours.push(await load(PORT, urls, SECONDS / 2));
    base.push(await load(BASE_PORT, urls, SECONDS / 2));
  }
  const merged = (rounds) => ({
    count: rounds.reduce((n, r) => n + r.count, 0),
    seconds: rounds.reduce((n, r) => n + r.seconds, 0),
    page: rounds.flatMap((r) => r.page),
    api: rounds.flatMap((r) => r.api),
    errors: rounds.flatMap((r) => r.errors),
  });
  const [o, b] = [merged(ours), merged(base)];
  const rate = (x) => x.count / x.seconds;
  printTable([
    [
      "scenario",
      "orgs",
      "conc",
      "req/s",
      "page p50 ms",
      "page p99 ms",
      "api p50 ms",
      "api p99 ms",
      "requests",
      "errors",
    ],
    ...[
      ["pozytek", o],
      ["static", b],
    ].map(([label, x]) => [
      label,
      N,
      C,
      rate(x).toFixed(1),
      percentile(x.page, 0.5).toFixed(1),
      percentile(x.page, 0.99).toFixed(1),
      percentile(x.api, 0.5).toFixed(1),
      percentile(x.api, 0.99).toFixed(1),
      x.count,
      x.errors.length,
    ]),
  ]);
  console.info(
    `mix: ${urls.length} addresses; mean size page ${mean(sizes.page)} B, api ${mean(sizes.api)} B`,
  );
  for (const e of o.errors.slice(0, 5)) console.info(`error: ${e}`);
  const ratio = rate(o) / rate(b);
  const missed = [];
  if (!(ratio >= GOAL)) missed.push(`ratio ${ratio.toFixed(2)} < ${GOAL}`);
  if (o.errors.length > 0) missed.push(`${o.errors.length} errors`);
  console.info(`goal: ratio >= ${GOAL}, 0 errors`);
  if (missed.length > 0) console.info(`missed: ${missed.join("; ")}`);
  console.info(`ratio=${ratio.toFixed(3)}`);
  process.exitCode = missed.length === 0 ? 0 : 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  if (server) await stopProcess(server);
  baseline?.close();
  if (!process.argv.includes("--keep")) await dropDatabase(DB).catch(() => {});
}

/** GETs of the mix, C at once, for `seconds`; latencies by kind. */
async function load(port, urls, seconds) {
  const client = httpClient(port, C);
  const page = [];
  const api = [];
  const errors = [];
  let count = 0;
  let next = 0;
  const started = performance.now();
  const stopAt = started + seconds * 1000;
  await pool(C, C, async () => {
    while (performance.now() < stopAt) {
      const url = urls[next++ % urls.length];
      const t = performance.now();
      try {
        const r = await client.request("GET", url);
        if (r.status !== 200) throw new Error(`HTTP ${r.status}`);
        (url.startsWith("/api/") ? api : page).push(performance.now() - t);
        count++;
      } catch (error) {
        errors.push(`${url}: ${error.message}`);
      }
    }
  });
  const elapsed = (performance.now() - started) / 1000;
  client.close();
  return { count, seconds: elapsed, page, api, errors };
}
