import type { RouteConfig } from "@react-router/dev/routes";
import { flatRoutes } from "@react-router/fs-routes";

// Routes are files in app/routes/ (flat-routes naming); URLs are Polish, as the portal's users read them.
export default flatRoutes() satisfies RouteConfig;
