import { type ReactNode, useDeferredValue, useMemo, useRef, useState } from "react";
import { type OfferContext, type OfferRules, parameterIssues } from "~/domain/offers/checks";
import type { OfferSections, SectionKey } from "~/domain/offers/sections";
import { SECTION_SLUGS } from "../../lib/offers/section-slugs";
import { lenientSection } from "../../lib/offers/section-values";
import { useT } from "../../lib/shell";
import { ErrorSummary, type FieldErrors, PostForm } from "../forms";
import { fieldLabel, issuesAsErrors, mergeErrors } from "./field-labels";
import { AutosaveStatus, ConflictNotice } from "./section-notices";
import { useAutosave } from "./use-autosave";

/** What the live checks need besides the form: the other sections as saved and the competition's rules. */
export interface LiveCheckInput {
  sections: OfferSections;
  rules: OfferRules;
  context: OfferContext;
}

/** What a section's fields get: the values as typed now, the errors to show and the section as read. */
export interface SectionFieldsProps<K extends SectionKey> {
  values: Record<string, string>;
  errors: FieldErrors;
  content: OfferSections[K];
  editable: boolean;
  /** The id of the element that takes the focus (a new row's first field, or "Dodaj wiersz" after a removal). */
  focus?: string;
}

/**
 * One section's form. Works without JavaScript (every button posts it); with JavaScript it saves
 * in the background 3 s after the last change, and recomputes the sums and the competition's
 * checks as the person types (the same pure functions the server runs).
 */
export function SectionForm<K extends SectionKey>(props: {
  offerId: string;
  section: K;
  version: number;
  values: Record<string, string>;
  /** Errors of the last refused save (validation), keyed by field path. */
  errors?: FieldErrors;
  /** A refusal about the whole form (conflict, deadline). */
  failure?: { messageKey: string; details: Record<string, string | number | null> } | null;
  editable: boolean;
  live: LiveCheckInput;
  hasNext: boolean;
  focus?: string;
  children: (fields: SectionFieldsProps<K>) => ReactNode;
}) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(props.values);
  const autosave = useAutosave({ form, initialVersion: props.version, enabled: props.editable });
  const typed = useDeferredValue(values);
  const { section, live } = props;
  const content = useMemo(() => lenientSection(section, typed), [section, typed]);
  const liveErrors = useMemo(
    () =>
      issuesAsErrors(
        parameterIssues({ ...live.sections, [section]: content }, live.rules, live.context),
        section,
      ),
    [live, section, content],
  );
  const background = autosave.answer && !autosave.answer.ok ? autosave.answer : null;
  const validation = background ? background.fieldErrors : autosave.answer?.ok ? {} : props.errors;
  const errors = mergeErrors(validation, liveErrors);
  const failure = background && !Object.keys(background.fieldErrors).length ? background : props.failure;

  const onChange = () => {
    if (form.current) setValues(formValues(form.current));
    autosave.changed();
  };

  return (
    <>
      <ConflictNotice
        failure={failure ?? null}
        reloadHref={`/panel/oferty/${props.offerId}/${SECTION_SLUGS[section]}`}
      />
      <ErrorSummary
        errors={validation}
        labels={Object.fromEntries(Object.keys(validation ?? {}).map((f) => [f, fieldLabel(t, section, f)]))}
      />
      <PostForm ref={form} onChange={onChange} onSubmit={autosave.beforeSubmit}>
        {/* Enter in a field saves (the first submit button), never "Usuń" of a row. */}
        <button
          type="submit"
          name="intent"
          value="save"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
        >
          {t("offers.form.save")}
        </button>
        <input type="hidden" name="version" value={autosave.version} />
        <fieldset className="offer-section" disabled={!props.editable}>
          <legend className="visually-hidden">{t(`offers.section.${section}`)}</legend>
          {props.children({ values, errors, content, editable: props.editable, focus: props.focus })}
        </fieldset>
        {props.editable ? (
          <div className="actions">
            <button type="submit" name="intent" value="save" className="primary">
              {t("offers.form.save")}
            </button>
            {props.hasNext ? (
              <button type="submit" name="intent" value="saveNext">
                {t("offers.form.saveNext")}
              </button>
            ) : null}
          </div>
        ) : null}
        <AutosaveStatus answer={autosave.answer} blocked={autosave.blocked} />
      </PostForm>
    </>
  );
}

/** The form's fields as name → value (unticked checkboxes absent, like a post). */
function formValues(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of new FormData(form).entries()) if (typeof value === "string") out[name] = value;
  return out;
}
