// `npm run admin:create -- --email a@gmina.pl --name "Jan Kowalski" [--tenant slug]
//   [--tenant-name "Gmina X" --teryt 1234567]`
// Makes someone an administrator of a municipality and prints a one-time link (valid for an hour)
// to set the password. On an empty database it creates the municipality too. It reads the same
// environment as the server (DATABASE_URL or DATA_DIR, APP_URL). With the embedded database (no
// DATABASE_URL) stop the app first: only one process may open a PGlite data directory.
import { parseArgs } from "node:util";
import { translator } from "../app/i18n/catalog";
import {
  BootstrapAdministratorSchema,
  bootstrapAdministrator,
} from "../domain/administration/bootstrap-administrator";
import { systemClock } from "../platform/clock/clock";
import { migrateDatabase } from "../platform/db/migrate.server";
import { loadEnv } from "../platform/env/env.server";
import { isAppError } from "../platform/errors/app-error";
import { formatDateTime } from "../platform/format/dates";
import { openConfiguredDatabase } from "../server/boot.server";

const USAGE = `Użycie:
  npm run admin:create -- --email <e-mail> --name "<imię i nazwisko>" [--tenant <identyfikator>]
                          [--tenant-name "<nazwa gminy>" --teryt <7 cyfr>]

  --tenant       identyfikator (slug) gminy, gdy w bazie jest ich kilka
  --tenant-name  nazwa gminy do utworzenia, gdy baza jest pusta (albo nie ma gminy --tenant)
  --teryt        kod TERYT tej gminy (7 cyfr)
Hasła nie podaje się w wierszu poleceń: polecenie wypisuje jednorazowy link do jego ustawienia.`;

const t = translator("pl");

/** A Zod or AppError message key ("form.tooLong|{"max":200}") as Polish text. */
function messageText(message: string): string {
  const [key, params] = message.split("|");
  return t(key ?? message, params ? (JSON.parse(params) as Record<string, string | number>) : undefined);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        tenant: { type: "string" },
        "tenant-name": { type: "string" },
        teryt: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
})();
if (values.help) {
  console.info(USAGE);
  process.exit(0);
}

const parsed = BootstrapAdministratorSchema.safeParse({
  email: values.email,
  name: values.name,
  tenantSlug: values.tenant,
  tenantName: values["tenant-name"],
  teryt: values.teryt,
});
if (!parsed.success) {
  const labels: Record<string, string> = { tenantSlug: "tenant", tenantName: "tenant-name" };
  const lines = parsed.error.issues.map((i) => {
    const field = String(i.path[0] ?? "");
    return `  --${labels[field] ?? field}: ${messageText(i.message)}`;
  });
  fail(`Nieprawidłowe argumenty:\n${lines.join("\n")}\n\n${USAGE}`);
}

const env = loadEnv();
const database = await openConfiguredDatabase(env);
try {
  await migrateDatabase(database);
  const result = await bootstrapAdministrator({
    db: database.db,
    clock: systemClock,
    appUrl: env.APP_URL,
    input: parsed.data,
  });
  console.info(
    [
      "",
      `Gmina: ${result.tenant.name} (${result.tenant.slug})${result.tenant.created ? " — utworzona" : ""}`,
      `Administrator: ${result.user.email}${result.user.created ? " — konto utworzone" : " — konto już istniało"}`,
      "",
      `Jednorazowy link do ustawienia hasła (ważny do ${formatDateTime(result.expiresAt)}):`,
      `  ${result.url}`,
      "",
      "Przekaż go tej osobie bezpiecznym kanałem. Po ustawieniu hasła zaloguje się i skonfiguruje",
      "weryfikację dwuetapową (wymaganą dla pracowników urzędu).",
      "",
    ].join("\n"),
  );
} catch (error) {
  if (!isAppError(error)) throw error;
  const slugs = (error.details.slugs as string[] | undefined)?.join(", ");
  console.error(`${messageText(error.messageKey)}${slugs ? ` Dostępne: ${slugs}.` : ""}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
