import type { OfferorData } from "~/domain/offers/document";
import { useT } from "../../lib/shell";
import { ErrorSummary, Field, type FieldErrors, PostForm } from "../forms";

/*
 * The offerors of a joint offer (oferta wspólna, UDPP art. 14 ust. 2): the leading organisation
 * and its partners, added by KRS or NIP and removed with a button by the leader's owners and editors.
 */

/** Why and how: what a joint offer is and what it changes in the form. */
export function JointOfferExplained() {
  const t = useT();
  return (
    <div className="notice">
      <p>{t("offers.partners.explain")}</p>
      <p>{t("offers.partners.explainForm")}</p>
    </div>
  );
}

/** The offerors, leader first, each partner with its "Usuń" when the person may change them. */
export function PartnersTable(props: { offerors: OfferorData[]; canManage: boolean }) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t("offers.partners.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("offers.col.organization")}</th>
            <th scope="col">{t("offers.partners.role")}</th>
            <th scope="col">{t("offers.offerors.krs")}</th>
            <th scope="col">NIP</th>
            {props.canManage ? <th scope="col">{t("offers.partners.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.offerors.map((o) => (
            <tr key={o.organizationId}>
              <th scope="row">{o.name}</th>
              <td>{t(o.leader ? "offers.offerors.leader" : "offers.partners.partner")}</td>
              <td>{o.krs ?? o.otherRegister ?? "—"}</td>
              <td>{o.nip ?? "—"}</td>
              {props.canManage ? (
                <td>
                  {o.leader ? null : (
                    <PostForm className="inline-form">
                      <input type="hidden" name="organizationId" value={o.organizationId} />
                      <button type="submit" name="intent" value="remove" className="danger">
                        {t("offers.partners.remove")}
                        <span className="visually-hidden"> {o.name}</span>
                      </button>
                    </PostForm>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Adding a partner by the KRS number or NIP of a verified organisation of this municipality. */
export function AddPartnerForm(props: { errors?: FieldErrors; identifier?: string }) {
  const t = useT();
  const label = t("offers.partners.identifier");
  return (
    <section aria-labelledby="add-partner-title">
      <h2 id="add-partner-title">{t("offers.partners.add")}</h2>
      <ErrorSummary errors={props.errors} labels={{ identifier: label }} />
      <PostForm>
        <Field
          name="identifier"
          label={label}
          hint={t("offers.partners.identifier.hint")}
          inputMode="numeric"
          autoComplete="off"
          required
          errors={props.errors}
          defaultValue={props.identifier}
        />
        <button type="submit" name="intent" value="add" className="primary">
          {t("offers.partners.addButton")}
        </button>
      </PostForm>
    </section>
  );
}
