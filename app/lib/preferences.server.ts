import { isLocale } from "../i18n/catalog";
import type { Preferences } from "./contexts";

export const PREFS_COOKIE = "pz_prefs";
const FONT_SCALES = ["small", "normal", "large", "xlarge"] as const;

/** Reads display preferences (language, font size, contrast) kept in a cookie so they work without JavaScript. */
export function readPreferences(cookieValue: string | undefined, acceptLanguage: string | null): Preferences {
  const params = new URLSearchParams(cookieValue ?? "");
  const lang = params.get("lang");
  const font = params.get("font");
  return {
    locale: isLocale(lang) ? lang : acceptLanguage?.toLowerCase().startsWith("en") ? "en" : "pl",
    fontScale: FONT_SCALES.includes(font as (typeof FONT_SCALES)[number])
      ? (font as Preferences["fontScale"])
      : "normal",
    highContrast: params.get("contrast") === "1",
  };
}

export function writePreferences(p: Preferences): string {
  return new URLSearchParams({
    lang: p.locale,
    font: p.fontScale,
    contrast: p.highContrast ? "1" : "0",
  }).toString();
}

export function nextFontScale(current: Preferences["fontScale"], direction: "up" | "down" | "reset") {
  if (direction === "reset") return "normal";
  const i = FONT_SCALES.indexOf(current) + (direction === "up" ? 1 : -1);
  return FONT_SCALES[Math.max(0, Math.min(FONT_SCALES.length - 1, i))] ?? "normal";
}
