import { useT } from "../../lib/shell";
import type { FieldErrors } from "../forms";
import { FieldError } from "../forms";

/** The district, with the districts already used in the municipality offered as suggestions. */
export function DistrictField(props: {
  label: string;
  districts: string[];
  errors?: FieldErrors;
  value?: string;
}) {
  const t = useT();
  const messages = props.errors?.district;
  return (
    <div className={`field${messages?.length ? " field--error" : ""}`}>
      <label htmlFor="f-district">{props.label}</label>
      <p className="field__hint" id="f-district-hint">
        {t("org.field.district.hint")}
      </p>
      <FieldError id="f-district-error" messages={messages} />
      <input
        id="f-district"
        name="district"
        list="districts"
        defaultValue={props.value ?? ""}
        aria-invalid={messages?.length ? true : undefined}
        aria-describedby={["f-district-hint", messages?.length ? "f-district-error" : ""]
          .filter(Boolean)
          .join(" ")}
      />
      <datalist id="districts">
        {props.districts.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
    </div>
  );
}
