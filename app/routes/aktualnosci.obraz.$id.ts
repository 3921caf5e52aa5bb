import { getNewsImage } from "~/domain/news/get-news-image";
import { servicesContext, tenantContext } from "../lib/contexts";
import { orNewsErrorPage, staffRolesOf } from "../lib/news/news-route.server";
import type { Route } from "./+types/aktualnosci.obraz.$id";

/**
 * GET /aktualnosci/obraz/:id — the picture of a news item, with the type sniffed at upload and
 * nosniff, so a browser never runs it as anything else. Pending pictures only for moderators.
 */
export async function loader({ params, context }: Route.LoaderArgs) {
  const staffRoles = staffRolesOf(context);
  const image = await orNewsErrorPage(
    context,
    getNewsImage({
      db: context.get(servicesContext).db,
      tenantId: context.get(tenantContext).id,
      staffRoles,
      newsId: params.id,
    }),
    params.id,
  );
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(image.bytes.length),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Content-Disposition": "inline",
      // A moderator may be looking at a picture that is not public yet: never in a shared cache.
      "Cache-Control": staffRoles.length > 0 ? "private, no-store" : "public, max-age=3600",
    },
  });
}
