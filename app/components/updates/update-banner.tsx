import { Link } from "react-router";
import { formatMoney } from "~/platform/format/money";
import { useT } from "../../lib/shell";

/** The overview's banner while the offer has an update after the award: the amounts, its state, the way there. */
export function UpdateBanner(props: {
  offerId: string;
  update: { status: string; awarded: number; requested: number } | null;
}) {
  const t = useT();
  if (!props.update) return null;
  const { update } = props;
  const pending = update.status === "open" || update.status === "returned";
  return (
    <div className={pending ? "notice notice--warning" : "notice"} role="status">
      <h2>{t("updates.banner.title")}</h2>
      <p>
        {t("updates.banner.text", {
          awarded: formatMoney(update.awarded),
          requested: formatMoney(update.requested),
        })}
      </p>
      <p>{t("updates.banner.status", { status: t(`updates.status.${update.status}`) })}</p>
      <p>
        <Link to={`/panel/oferty/${props.offerId}/aktualizacja`}>{t("updates.banner.link")}</Link>
      </p>
    </div>
  );
}
