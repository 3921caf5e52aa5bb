import { useNavigation } from "react-router";
import { formatChecksum } from "~/domain/offers/document";
import { useT } from "../../lib/shell";
import { type FieldErrors, PostForm } from "../forms";
import { CheckboxField } from "./field-parts";
import { formatInstant } from "./format";

/** A submission of the offer as the pages show it. */
export interface SubmissionView {
  number: number;
  receiptNumber: string;
  checksum: string;
  submittedAt: Date;
}

const versionPdf = (offerId: string, n: number) => `/panel/oferty/${offerId}/wersje/${n}.pdf`;

/**
 * The receipt right after a submission, prominent and announced: the number, the checksum and the
 * time to the second, the PDF, and that a copy went by e-mail. A repeated submit (a double click,
 * a retry) shows the same receipt and says nothing new was submitted.
 */
export function OfferReceipt(props: { offerId: string; submission: SubmissionView; repeated: boolean }) {
  const t = useT();
  const s = props.submission;
  return (
    <div className="notice notice--success offer-receipt" role="status" data-testid="offer-receipt">
      <h2>{t(props.repeated ? "offers.receipt.repeatedTitle" : "offers.receipt.title")}</h2>
      <p>
        {t("offers.receipt.text", {
          receipt: s.receiptNumber,
          checksum: formatChecksum(s.checksum),
          at: formatInstant(s.submittedAt),
        })}
      </p>
      <p>{t(props.repeated ? "offers.receipt.repeated" : "offers.receipt.mailed")}</p>
      <p>
        <a href={versionPdf(props.offerId, s.number)} type="application/pdf">
          {t("offers.receipt.pdf", { receipt: s.receiptNumber })}
        </a>
      </p>
    </div>
  );
}

/** "Złóż ofertę": one POST; the button is disabled while it is on its way (the server is idempotent anyway). */
export function SubmitOfferForm(props: { resubmission: boolean }) {
  const t = useT();
  const navigation = useNavigation();
  const submitting = navigation.state !== "idle" && navigation.formData?.get("intent") === "submit";
  return (
    <PostForm className="offer-submit">
      <p>{t(props.resubmission ? "offers.submit.hintAgain" : "offers.submit.hint")}</p>
      <button type="submit" name="intent" value="submit" className="primary" disabled={submitting}>
        {t("offers.submit.button")}
      </button>
      {submitting ? (
        <p role="status" className="field__hint">
          {t("offers.submit.sending")}
        </p>
      ) : null}
    </PostForm>
  );
}

/** Every submission of the offer, newest first, each with its PDF. */
export function SubmissionsHistory(props: { offerId: string; submissions: SubmissionView[] }) {
  const t = useT();
  if (props.submissions.length === 0) return null;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("offers.history.title")}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("offers.history.version")}</th>
              <th scope="col">{t("offers.col.receipt")}</th>
              <th scope="col">{t("offers.history.submittedAt")}</th>
              <th scope="col">{t("offers.history.checksum")}</th>
              <th scope="col">{t("offers.history.pdf")}</th>
            </tr>
          </thead>
          <tbody>
            {[...props.submissions].reverse().map((s) => (
              <tr key={s.number}>
                <td>{s.number}</td>
                <th scope="row">{s.receiptNumber}</th>
                <td>{formatInstant(s.submittedAt)}</td>
                <td>
                  <code className="checksum">{formatChecksum(s.checksum)}</code>
                </td>
                <td>
                  <a href={versionPdf(props.offerId, s.number)} type="application/pdf">
                    {t("offers.history.pdfLink", { receipt: s.receiptNumber })}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Withdrawing a submitted offer: the confirmation is a required checkbox, so it works without JavaScript. */
export function WithdrawOfferForm({ errors }: { errors?: FieldErrors }) {
  const t = useT();
  return (
    <section aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t("offers.withdraw.title")}</h2>
      <p>{t("offers.withdraw.hint")}</p>
      <PostForm>
        <CheckboxField name="confirm" label={t("offers.withdraw.confirm")} checked={false} errors={errors} />
        <button type="submit" name="intent" value="withdraw" className="danger">
          {t("offers.withdraw.button")}
        </button>
      </PostForm>
    </section>
  );
}
