import { Link } from "react-router";
import { useShell, useT } from "../lib/shell";

export function AppFooter() {
  const t = useT();
  const { tenant } = useShell();
  return (
    <footer className="site-footer">
      <div className="container">
        <ul className="site-footer__links">
          <li>
            <Link to="/deklaracja-dostepnosci">{t("shell.footer.accessibility")}</Link>
          </li>
          {tenant.bipUrl ? (
            <li>
              <a href={tenant.bipUrl}>{t("shell.footer.bip")}</a>
            </li>
          ) : null}
          <li>
            <Link to="/bezpieczenstwo">{t("shell.footer.security")}</Link>
          </li>
          <li>
            <Link to="/kontakt">{t("contact.link.contact")}</Link>
          </li>
          <li>
            <Link to="/zglos-blad">{t("contact.link.reportError")}</Link>
          </li>
          <li>
            <Link to="/aktualnosci/zglos">{t("news.link.submit")}</Link>
          </li>
          <li>
            <Link to="/kalendarz">{t("events.link.calendar")}</Link>
          </li>
          <li>
            <Link to="/dotacje">{t("results.link.grants")}</Link>
          </li>
        </ul>
        <p>
          {tenant.name} · {t("shell.footer.source")}
        </p>
      </div>
    </footer>
  );
}
