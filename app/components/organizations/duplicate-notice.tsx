import { ORG_LIMITS } from "~/domain/organizations/schemas";
import { useT } from "../../lib/shell";
import { Field, PostForm } from "../forms";

/**
 * A registration refused as a duplicate: names the organisation already in the base and offers
 * to ask its owners to join (a form of its own, so the registration form stays as typed).
 */
export function DuplicateNotice({ duplicate }: { duplicate: { id: string; name: string } }) {
  const t = useT();
  return (
    <section className="notice notice--error" aria-labelledby="duplicate-title">
      <h2 id="duplicate-title">{t("org.duplicate.title")}</h2>
      <p>{t("org.duplicate.body", { name: duplicate.name })}</p>
      <PostForm>
        <input type="hidden" name="intent" value="join" />
        <input type="hidden" name="organizationId" value={duplicate.id} />
        <Field
          name="message"
          label={t("org.duplicate.message")}
          multiline
          maxLength={ORG_LIMITS.joinMessage}
        />
        <div className="actions">
          <button type="submit" className="primary">
            {t("org.duplicate.ask")}
          </button>
        </div>
      </PostForm>
    </section>
  );
}
