import { Link, NavLink, useLocation } from "react-router";
import { useShell, useT } from "../lib/shell";
import { PostForm } from "./forms";

/** Site header: name of the municipality, main navigation, accessibility switches, account. */
export function AppHeader() {
  const t = useT();
  const { tenant, viewer, preferences } = useShell();
  const location = useLocation();
  const returnTo = location.pathname + location.search;
  return (
    <header className="site-header">
      <div className="container site-header__top">
        <Link to="/" className="site-header__brand">
          <span className="site-header__app">{t("app.name")}</span>
          <span className="site-header__tenant">{tenant.name}</span>
        </Link>
        <section aria-label={t("shell.accessibilityTools")} className="a11y-tools">
          <PostForm action="/preferencje" className="a11y-tools__form">
            <input type="hidden" name="returnTo" value={returnTo} />
            <button type="submit" name="font" value="down" aria-label={t("shell.fontSmaller")}>
              A−
            </button>
            <button type="submit" name="font" value="reset" aria-label={t("shell.fontNormal")}>
              A
            </button>
            <button type="submit" name="font" value="up" aria-label={t("shell.fontLarger")}>
              A+
            </button>
            <button
              type="submit"
              name="contrast"
              value={preferences.highContrast ? "0" : "1"}
              aria-pressed={preferences.highContrast}
            >
              {t("shell.contrastOn")}
            </button>
            <button
              type="submit"
              name="lang"
              value={preferences.locale === "pl" ? "en" : "pl"}
              lang={preferences.locale === "pl" ? "en" : "pl"}
            >
              {preferences.locale === "pl" ? "English" : "Polski"}
            </button>
          </PostForm>
        </section>
      </div>
      <nav aria-label={t("shell.mainNav")} className="main-nav">
        <ul className="container">
          <li>
            <NavLink to="/" end>
              {t("shell.home")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/organizacje" end>
              {t("shell.ngoBase")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/konkursy">{t("shell.competitions")}</NavLink>
          </li>
          <li>
            <NavLink to="/aktualnosci" end>
              {t("news.link.news")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/kalendarz">{t("events.link.calendar")}</NavLink>
          </li>
          <li>
            <NavLink to="/organizacje/zglos">{t("shell.registerOrganization")}</NavLink>
          </li>
          {viewer ? (
            <li>
              <NavLink to="/panel">{t("shell.myOrganizations")}</NavLink>
            </li>
          ) : null}
          {viewer?.isStaff ? (
            <li>
              <NavLink to="/urzad">{t("shell.office")}</NavLink>
            </li>
          ) : null}
          {viewer?.isAdmin || viewer?.isCoordinator ? (
            <li>
              <NavLink to="/admin">{t("shell.admin")}</NavLink>
            </li>
          ) : null}
          <li className="main-nav__account">
            {viewer ? (
              <>
                <NavLink to="/konto">{t("shell.account")}</NavLink>
                <PostForm action="/wyloguj" className="inline-form">
                  <button type="submit" className="link-button">
                    {t("shell.logout")}
                  </button>
                </PostForm>
              </>
            ) : (
              <NavLink to="/logowanie">{t("shell.login")}</NavLink>
            )}
          </li>
        </ul>
      </nav>
    </header>
  );
}
