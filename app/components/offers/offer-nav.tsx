import { Link, NavLink } from "react-router";
import { SECTION_KEYS } from "~/domain/offers/sections";
import { SECTION_SLUGS } from "../../lib/offers/section-slugs";
import { useT } from "../../lib/shell";
import { sectionTitle } from "./field-labels";

/** The way back: "Moje oferty › <the offer> › <this page>". */
export function OfferBreadcrumbs(props: { offerId?: string; offerTitle?: string; current?: string }) {
  const t = useT();
  return (
    <nav aria-label={t("offers.breadcrumbs")} className="breadcrumbs">
      <ol>
        <li>
          <Link to="/panel">{t("offers.breadcrumbs.panel")}</Link>
        </li>
        {props.offerId || props.current ? (
          <li>
            <Link to="/panel/oferty">{t("offers.my.title")}</Link>
          </li>
        ) : (
          <li aria-current="page">{t("offers.my.title")}</li>
        )}
        {props.offerId ? (
          <li>
            <Link to={`/panel/oferty/${props.offerId}`}>{props.offerTitle || t("offers.untitled")}</Link>
          </li>
        ) : null}
        {props.current ? <li aria-current="page">{props.current}</li> : null}
      </ol>
    </nav>
  );
}

/** Links to every section's form (II–VII), the attachments, the partners and the preview. */
export function SectionNav({ offerId }: { offerId: string }) {
  const t = useT();
  return (
    <nav aria-label={t("offers.sections.nav")} className="subnav">
      <ul>
        <li>
          <NavLink to={`/panel/oferty/${offerId}`} end>
            {t("offers.overview.short")}
          </NavLink>
        </li>
        {SECTION_KEYS.map((k) => (
          <li key={k}>
            <NavLink to={`/panel/oferty/${offerId}/${SECTION_SLUGS[k]}`}>{sectionTitle(t, k, true)}</NavLink>
          </li>
        ))}
        <li>
          <NavLink to={`/panel/oferty/${offerId}/zalaczniki`}>{t("offers.attachments.short")}</NavLink>
        </li>
        <li>
          <NavLink to={`/panel/oferty/${offerId}/partnerzy`}>{t("offers.partners.short")}</NavLink>
        </li>
        <li>
          <NavLink to={`/panel/oferty/${offerId}/podglad`}>{t("offers.preview.short")}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
