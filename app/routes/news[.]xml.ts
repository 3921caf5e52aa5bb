import { feedResponse } from "../lib/news/feed-response.server";
import type { Route } from "./+types/news[.]xml";

/** GET /news.xml — RSS 2.0 feed of the newest published news. */
export function loader({ request, context }: Route.LoaderArgs) {
  return feedResponse(request, context, "rss");
}
