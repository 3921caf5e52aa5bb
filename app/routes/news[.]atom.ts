import { feedResponse } from "../lib/news/feed-response.server";
import type { Route } from "./+types/news[.]atom";

/** GET /news.atom — Atom 1.0 feed of the newest published news. */
export function loader({ request, context }: Route.LoaderArgs) {
  return feedResponse(request, context, "atom");
}
