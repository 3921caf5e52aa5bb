import type { OfferorData } from "~/domain/offers/document";
import type { SectionKey } from "~/domain/offers/sections";
import { formatDate } from "~/platform/format/dates";
import type { SectionAnswer } from "../../lib/offers/answers";
import { nextSection } from "../../lib/offers/section-slugs";
import { useShell, useT } from "../../lib/shell";
import { Notice } from "../organizations/form-parts";
import { CostsFields } from "./costs-fields";
import type { ActionOption } from "./costs-table";
import { sectionTitle } from "./field-labels";
import { DeadlineLine } from "./offer-facts";
import { OfferBreadcrumbs, SectionNav } from "./offer-nav";
import { type LiveCheckInput, type SectionFieldsProps, SectionForm } from "./section-form";
import { DeclarationsFields, OfferorsFields, OtherFields, ProfileFields } from "./simple-sections";
import { TaskFields } from "./task-fields";

/** What the section's loader gives the page (app/lib/offers/section-form.server.ts sectionPageData). */
export interface SectionPageData {
  section: SectionKey;
  offer: { id: string; title: string; status: string };
  competition: { id: string; title: string; offerDeadline: Date | null };
  open: boolean;
  editable: boolean;
  version: number;
  values: Record<string, string>;
  live: LiveCheckInput;
  offerors: OfferorData[];
  actions: ActionOption[];
  years: number[];
  window: { from: string; to: string } | null;
  now: Date;
  saved: boolean;
}

const day = (iso: string) => formatDate(`${iso}T12:00:00Z`);

/** The fields' props narrowed to the section being rendered (the switch below picks it). */
const as = <K extends SectionKey>(fields: SectionFieldsProps<SectionKey>) =>
  fields as unknown as SectionFieldsProps<K>;

/** One section of the offer: its title, where it sits in the offer, and its form. */
export function SectionPage({ data, answer }: { data: SectionPageData; answer: SectionAnswer | undefined }) {
  const t = useT();
  const { tenant } = useShell();
  const { section, offer } = data;
  const title = sectionTitle(t, section);
  const refused = answer && !answer.ok ? answer : null;
  const values = answer?.values ?? data.values;
  const version = answer ? answer.version : data.version;
  const formLevel = refused && Object.keys(refused.fieldErrors).length === 0 ? refused : null;
  const common = { offerId: offer.id };
  return (
    <>
      <title>{`${title} — ${offer.title || t("offers.untitled")} — ${tenant.name}`}</title>
      <OfferBreadcrumbs offerId={offer.id} offerTitle={offer.title} current={title} />
      <h1>{title}</h1>
      <p className="lead">{data.competition.title}</p>
      <p>
        <DeadlineLine deadline={data.competition.offerDeadline} now={data.now} open={data.open} />
      </p>
      <SectionNav offerId={offer.id} />
      {data.saved && !answer ? <Notice messageKey="offers.notice.saved" /> : null}
      {!data.editable ? (
        <Notice messageKey={data.open ? "offers.readOnly" : "offers.deadlinePassed.section"} kind="info" />
      ) : null}
      <SectionForm
        key={answer?.id ?? `${offer.id}:${section}:${data.version}`}
        offerId={offer.id}
        section={section}
        version={version}
        values={values}
        errors={refused?.fieldErrors}
        failure={formLevel}
        editable={data.editable}
        live={data.live}
        hasNext={nextSection(section) !== null}
        focus={answer?.focus}
      >
        {(fields) => {
          switch (section) {
            case "offerors":
              return <OfferorsFields {...as<"offerors">(fields)} offerors={data.offerors} />;
            case "task":
              return (
                <TaskFields
                  {...as<"task">(fields)}
                  window={data.window ? { from: day(data.window.from), to: day(data.window.to) } : null}
                />
              );
            case "profile":
              return <ProfileFields {...as<"profile">(fields)} />;
            case "costs":
              return (
                <CostsFields
                  {...as<"costs">(fields)}
                  actions={data.actions}
                  years={data.years}
                  offerors={data.offerors}
                />
              );
            case "other":
              return <OtherFields {...as<"other">(fields)} {...common} joint={data.offerors.length > 1} />;
            default:
              return <DeclarationsFields {...as<"declarations">(fields)} />;
          }
        }}
      </SectionForm>
    </>
  );
}
