import { NavLink } from "react-router";
import { useT } from "../../lib/shell";

export interface AdminSections {
  staff: boolean;
  departments: boolean;
  settings: boolean;
  audit: boolean;
  mailbox: boolean;
}

/** The administration area's own navigation: only the sections the viewer may open. */
export function AdminNav({ sections }: { sections: AdminSections }) {
  const t = useT();
  const links: [boolean, string, string][] = [
    [true, "/admin", "admin.nav.dashboard"],
    [sections.staff, "/admin/uzytkownicy", "admin.nav.staff"],
    [sections.departments, "/admin/wydzialy", "admin.nav.departments"],
    [sections.settings, "/admin/ustawienia", "admin.nav.settings"],
    [sections.settings, "/admin/odsetki", "settlement.nav.rates"],
    [sections.audit, "/admin/dziennik", "admin.nav.audit"],
    [sections.mailbox, "/admin/poczta", "admin.nav.mailbox"],
  ];
  return (
    <nav aria-label={t("admin.nav.label")} className="subnav">
      <ul>
        {links
          .filter(([allowed]) => allowed)
          .map(([, to, key]) => (
            <li key={to}>
              <NavLink to={to} end={to === "/admin"}>
                {t(key)}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
