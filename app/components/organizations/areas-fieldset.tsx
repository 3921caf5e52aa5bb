import { PUBLIC_BENEFIT_AREAS } from "~/domain/organizations/areas";
import { useT } from "../../lib/shell";
import type { FieldErrors } from "../forms";
import { FieldError } from "../forms";

/** The areas of public benefit (art. 4 ust. 1) as checkboxes, with one error for the group. */
export function AreasFieldset({ selected, errors }: { selected: string[]; errors?: FieldErrors }) {
  const t = useT();
  const messages = errors?.areas;
  const describedBy = ["f-areas-hint", messages?.length ? "f-areas-error" : ""].filter(Boolean).join(" ");
  return (
    <fieldset id="f-areas" tabIndex={-1} aria-describedby={describedBy}>
      <legend>
        {t("org.field.areas")}
        <span aria-hidden="true"> *</span>
      </legend>
      <p className="field__hint" id="f-areas-hint">
        {t("org.field.areas.hint")}
      </p>
      <FieldError id="f-areas-error" messages={messages} />
      {PUBLIC_BENEFIT_AREAS.map((area) => (
        <div className="checkbox" key={area.code}>
          <input
            type="checkbox"
            id={`f-areas-${area.code}`}
            name="areas"
            value={area.code}
            defaultChecked={selected.includes(area.code)}
          />
          <label htmlFor={`f-areas-${area.code}`}>{t(`org.area.${area.code}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
