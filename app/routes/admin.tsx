import { Outlet } from "react-router";
import { AdminNav } from "../components/admin/admin-nav";
import { adminSections, requirePermission } from "../lib/admin/admin-route.server";
import type { Route } from "./+types/admin";

/** The administration area: its navigation above every admin page. Each page guards itself too. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { roles } = requirePermission(context, request, "dashboard.view");
  return { sections: adminSections(roles) };
}

export default function AdminLayout({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <AdminNav sections={loaderData.sections} />
      <Outlet />
    </>
  );
}
