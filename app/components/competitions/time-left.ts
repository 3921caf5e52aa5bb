import { timeLeft } from "~/platform/format/dates";
import type { Locale, Translate } from "../../i18n/catalog";

/** One rule object per locale: building an Intl.PluralRules costs more than many selections. */
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The plural category of a whole number in the catalogue's terms (Polish: one, few, many). */
function category(locale: Locale, n: number): "one" | "few" | "many" {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const rule = rules.select(n);
  return rule === "one" ? "one" : rule === "few" ? "few" : "many";
}

/** "zostało 5 dni 3 godziny" (or "minęło" when the time is up). */
export function timeLeftText(t: Translate, locale: Locale, now: Date, until: Date): string {
  if (until.getTime() <= now.getTime()) return t("competition.timeLeft.over");
  const { days, hours, minutes } = timeLeft(now, until);
  const unit = (name: "day" | "hour" | "minute", n: number) =>
    t(`competition.unit.${name}.${category(locale, n)}`, { count: n });
  const parts =
    days > 0 ? [unit("day", days), unit("hour", hours)] : [unit("hour", hours), unit("minute", minutes)];
  return t("competition.timeLeft", { time: parts.join(" ") });
}
