import { redirect } from "react-router";
import { logOut } from "~/domain/identity/log-out";
import { viewerContext } from "../lib/contexts";
import {
  clearedSessionCookie,
  currentSessionToken,
  identityDeps,
} from "../lib/identity/identity-route.server";
import type { Route } from "./+types/wyloguj";

/** Logging out is a POST (with the CSRF token), so a link or an image cannot log anyone out. */
export async function action({ context }: Route.ActionArgs) {
  const token = currentSessionToken(context);
  if (token) {
    const userId = context.get(viewerContext).user?.id ?? null;
    await logOut({ ...identityDeps(context), sessionToken: token, userId });
  }
  return redirect("/", { headers: { "Set-Cookie": clearedSessionCookie(context) } });
}

export function loader() {
  return redirect("/");
}
