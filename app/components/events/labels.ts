import type { CalendarCategory } from "~/domain/events/rules";
import { toWarsawLocalInput } from "~/platform/format/dates";
import type { Translate } from "../../i18n/catalog";

/** The category's name in the interface. */
export function categoryLabel(t: Translate, category: CalendarCategory): string {
  return t(`events.category.${category}`);
}

/** "10:00" of an instant in Warsaw. */
export function warsawTime(at: Date): string {
  return toWarsawLocalInput(new Date(at)).slice(11);
}

/** "grudzień 2026" (or "December 2026"). */
export function monthName(year: number, month: number, locale: string): string {
  const text = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "pl-PL", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, 15)));
  return text.charAt(0).toUpperCase() + text.slice(1);
}
