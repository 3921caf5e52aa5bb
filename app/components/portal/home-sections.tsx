import { Form, Link } from "react-router";
import { MAX_QUERY_LENGTH } from "~/domain/portal/rules";
import { plural } from "../../i18n/plural";
import { useLocale, useShell, useT } from "../../lib/shell";
import { Field } from "../forms";

/** A search box straight into the NGO base (a GET form: works without JavaScript). */
export function HomeSearch() {
  const t = useT();
  return (
    <Form
      method="get"
      action="/organizacje"
      role="search"
      aria-label={t("portal.home.search")}
      className="portal-home-search"
    >
      <Field
        name="q"
        type="search"
        idPrefix="home"
        label={t("portal.home.search")}
        hint={t("portal.home.search.hint")}
        maxLength={MAX_QUERY_LENGTH}
      />
      <button type="submit" className="primary">
        {t("portal.home.search.submit")}
      </button>
    </Form>
  );
}

/** The base in two numbers: verified organisations and those with public benefit status. */
export function HomeFigures({ verified, opp }: { verified: number; opp: number }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="home-figures">
      <h2 id="home-figures">{t("portal.home.figures")}</h2>
      <ul className="portal-figures">
        <li>
          <Link to="/organizacje">{plural(t, locale, "portal.home.verified", verified)}</Link>
        </li>
        <li>
          <Link to="/jeden-i-pol-procent">{plural(t, locale, "portal.home.opp", opp)}</Link>
        </li>
      </ul>
    </section>
  );
}

/** Where visitors most often go: register an organisation, the base, the 1.5 % page, logging in. */
export function QuickLinks() {
  const t = useT();
  const { viewer } = useShell();
  const links = [
    { to: "/organizacje/zglos", key: "register" },
    { to: "/organizacje", key: "ngoBase" },
    { to: "/jeden-i-pol-procent", key: "opp" },
    { to: "/aktualnosci/zglos", key: "submitNews" },
    { to: "/zglos-blad", key: "reportError" },
    { to: "/kontakt", key: "contact" },
    ...(viewer ? [] : [{ to: "/logowanie", key: "login" }]),
  ];
  return (
    <nav aria-labelledby="home-quick-links">
      <h2 id="home-quick-links">{t("portal.home.quickLinks")}</h2>
      <ul className="portal-tiles">
        {links.map((l) => (
          <li key={l.key}>
            <Link to={l.to}>{t(`portal.home.link.${l.key}`)}</Link>
            <p>{t(`portal.home.link.${l.key}.hint`)}</p>
          </li>
        ))}
      </ul>
    </nav>
  );
}
