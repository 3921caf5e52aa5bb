import { redirect } from "react-router";
import { serializeCookie } from "~/platform/auth/cookies";
import { isLocale } from "../i18n/catalog";
import { preferencesContext, servicesContext } from "../lib/contexts";
import { nextFontScale, PREFS_COOKIE, writePreferences } from "../lib/preferences.server";
import { safeReturnTo } from "../lib/safe-return-to";
import type { Route } from "./+types/preferencje";

/** Font size, contrast and language switches: a plain form POST, so they work without JavaScript. */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const prefs = { ...context.get(preferencesContext) };
  const font = form.get("font");
  if (font === "up" || font === "down" || font === "reset")
    prefs.fontScale = nextFontScale(prefs.fontScale, font);
  const contrast = form.get("contrast");
  if (contrast === "1" || contrast === "0") prefs.highContrast = contrast === "1";
  const lang = form.get("lang");
  if (isLocale(lang)) prefs.locale = lang;
  const secure = context.get(servicesContext).env.COOKIE_SECURE;
  return redirect(safeReturnTo(form.get("returnTo")), {
    headers: {
      "Set-Cookie": serializeCookie(PREFS_COOKIE, writePreferences(prefs), {
        secure,
        maxAgeSeconds: 60 * 60 * 24 * 365,
      }),
    },
  });
}

export function loader() {
  return redirect("/");
}
