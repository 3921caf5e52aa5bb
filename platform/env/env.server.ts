import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** PostgreSQL connection string; unset means the embedded PGlite under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL musi zaczynać się od postgres:// lub postgresql://")
    .optional(),
  DATA_DIR: z.string().default("./data"),
  /** Public address of the app, used in links sent by e-mail. */
  APP_URL: z.string().url().default("http://localhost:3000"),
  /** Secret for signing cookies and CSRF tokens; required in production. */
  SESSION_SECRET: z.string().min(32).optional(),
  /** smtp://user:pass@host:port; unset means mail lands in the development mailbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL musi zaczynać się od smtp:// lub smtps://")
    .optional(),
  MAIL_FROM: z.string().default("Pożytek <no-reply@localhost>"),
  /** "demo" loads the seed city's demo data into an empty database and prints the demo accounts. */
  APP_MODE: z.enum(["demo", "production"]).default("demo"),
  /** Slug of the tenant served when a request's host matches no tenant. */
  DEFAULT_TENANT: z.string().optional(),
  /** "http" asks the public KRS API (api-krs.ms.gov.pl) for prefill; "local" serves the bundled fixtures. */
  KRS_REGISTRY: z.enum(["local", "http"]).default("local"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Set behind a TLS-terminating proxy so cookies get the Secure flag. */
  COOKIE_SECURE: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** Number of reverse proxies in front of the app whose X-Forwarded-For is trusted. */
  TRUST_PROXY: z.coerce.number().int().min(0).default(0),
  /**
   * Where uploaded files' bytes live: "disk" under FILES_DIR (one node, or a volume every node
   * shares) or "database" (stored_file_blobs, so stateless nodes on PostgreSQL see the same files).
   */
  FILE_STORAGE: z.enum(["disk", "database"]).default("disk"),
  /** Root folder of the disk storage; unset means DATA_DIR/files. */
  FILES_DIR: z.string().optional(),
  /** Largest single uploaded file, in megabytes (MiB). */
  FILES_MAX_FILE_MB: z.coerce.number().int().min(1).max(100).default(10),
  /** Largest total of the attachments of one offer, in megabytes (MiB). */
  FILES_MAX_OFFER_MB: z.coerce.number().int().min(1).max(1000).default(50),
  /**
   * Demo mode only: a file holding an offset in milliseconds added to the server's clock, so
   * acceptance tests can step past a deadline (platform/clock offsetFileClock). Refused in production.
   */
  CLOCK_OFFSET_FILE: z.string().optional(),
  /**
   * How often the reminders of reports, instalments and returns are looked for, in seconds (each
   * reminder goes once, so more often is harmless); default 6 hours. The browser suite sets a few seconds.
   */
  REMINDERS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(21_600),
  /** Run the job worker in this process (turn off for web-only nodes). */
  JOBS_WORKER: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export type Env = z.infer<typeof EnvSchema>;

/** Parses the environment once at start and fails with a message naming each bad variable. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (DATABASE_URL= in a compose file) means "not set".
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Nieprawidłowa konfiguracja środowiska (zmienne środowiskowe):\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  if (env.APP_MODE === "production" && env.CLOCK_OFFSET_FILE) {
    throw new Error(
      "Nieprawidłowa konfiguracja środowiska:\n  CLOCK_OFFSET_FILE: niedozwolony w trybie produkcyjnym",
    );
  }
  if (env.APP_MODE === "production" && !env.SESSION_SECRET) {
    throw new Error(
      "Nieprawidłowa konfiguracja środowiska:\n  SESSION_SECRET: wymagany w trybie produkcyjnym (co najmniej 32 znaki)",
    );
  }
  return env;
}
