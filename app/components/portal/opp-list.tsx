import { useState } from "react";
import { Link } from "react-router";
import type { LocalOpp } from "~/domain/portal/opp-campaign";
import { useT } from "../../lib/shell";
import { CopyKrsButton } from "./copy-krs-button";

/** The local OPPs with their KRS numbers to copy into the tax return, areas and profile links. */
export function OppList({ organizations }: { organizations: LocalOpp[] }) {
  const t = useT();
  const [message, setMessage] = useState("");
  const announce = (text: string) => {
    // Cleared first, so copying the same number twice is announced twice.
    setMessage("");
    window.setTimeout(() => setMessage(text), 50);
  };
  if (organizations.length === 0) return <p>{t("portal.campaign.list.empty")}</p>;
  return (
    <>
      <div aria-live="polite">{message ? <p className="notice notice--success">{message}</p> : null}</div>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("portal.campaign.col.name")}</th>
              <th scope="col">{t("portal.campaign.col.krs")}</th>
              <th scope="col">{t("portal.campaign.col.areas")}</th>
              <th scope="col">{t("portal.campaign.col.district")}</th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  <Link to={`/organizacje/${o.id}`}>{o.name}</Link>
                </th>
                <td className="krs-cell">
                  <code>{o.krs}</code>
                  <CopyKrsButton krs={o.krs} name={o.name} announce={announce} />
                </td>
                <td>
                  <ul>
                    {o.areas.map((a) => (
                      <li key={a}>{t(`org.area.${a}`)}</li>
                    ))}
                  </ul>
                </td>
                <td>{o.district ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
