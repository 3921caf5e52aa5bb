import { NavLink } from "react-router";
import { useT } from "../../lib/shell";

/** Links between the pages of one organisation's workspace. */
export function WorkspaceNav({ id, canEdit }: { id: string; canEdit: boolean }) {
  const t = useT();
  return (
    <nav aria-label={t("org.profile.members")} className="workspace-nav">
      <ul>
        <li>
          <NavLink to="/panel" end>
            {t("org.profile.backToList")}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/panel/organizacje/${id}`} end>
            {t("org.profile.back")}
          </NavLink>
        </li>
        {canEdit ? (
          <li>
            <NavLink to={`/panel/organizacje/${id}/edytuj`}>{t("org.profile.edit")}</NavLink>
          </li>
        ) : null}
        <li>
          <NavLink to={`/panel/organizacje/${id}/czlonkowie`}>{t("org.profile.members")}</NavLink>
        </li>
        <li>
          <NavLink to="/panel/oferty">{t("offers.my.title")}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
