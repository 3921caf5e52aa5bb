import { useRouteLoaderData } from "react-router";
import { type Locale, type Translate, translator } from "../i18n/catalog";
import type { Preferences } from "./contexts";

/** What the root loader gives every page: the tenant, the viewer in brief, preferences, the CSRF token. */
export interface ShellData {
  tenant: { name: string; bipUrl: string | null; logoUrl: string | null };
  viewer: {
    name: string;
    email: string;
    isStaff: boolean;
    isAdmin: boolean;
    isCoordinator: boolean;
    pendingSecondFactor: boolean;
  } | null;
  preferences: Preferences;
  csrfToken: string;
}

export function useShell(): ShellData {
  const data = useRouteLoaderData("root") as ShellData | undefined;
  if (!data) {
    return {
      tenant: { name: "Pożytek", bipUrl: null, logoUrl: null },
      viewer: null,
      preferences: { locale: "pl", fontScale: "normal", highContrast: false },
      csrfToken: "",
    };
  }
  return data;
}

/** The translator for the viewer's language. */
export function useT(): Translate {
  return translator(useShell().preferences.locale);
}

export function useLocale(): Locale {
  return useShell().preferences.locale;
}

/**
 * Field errors from schemas are i18n keys, optionally with parameters: "form.tooLong|{"max":200}".
 * This turns one into text.
 */
export function translateError(t: Translate, message: string): string {
  const bar = message.indexOf("|");
  if (bar < 0) return t(message);
  try {
    return t(message.slice(0, bar), JSON.parse(message.slice(bar + 1)) as Record<string, string | number>);
  } catch {
    return t(message.slice(0, bar));
  }
}
