import type { ReportContent } from "./content";
import {
  type AdditionalSection,
  type DocumentsSection,
  documentsSectionSchema,
  type FinancialSection,
  REPORT_SECTION_SCHEMAS,
  type ReportDeclarations,
  type ReportSectionKey,
  type SubstantiveSection,
} from "./schemas";

/** One section parsed into the report's content (pure): rows of the plan are matched by index. */
export function applySection(
  content: ReportContent,
  section: ReportSectionKey,
  data: SubstantiveSection | FinancialSection | AdditionalSection | DocumentsSection | ReportDeclarations,
): ReportContent {
  switch (section) {
    case "substantive": {
      const d = data as SubstantiveSection;
      return {
        ...content,
        achievement: d.achievement,
        actions: content.actions.map((a, i) => ({ ...a, done: d.actions[String(i)]?.done ?? a.done })),
        indicators: content.indicators.map((ind, i) => ({
          ...ind,
          achieved: d.indicators[String(i)]?.achieved ?? ind.achieved,
          comment: d.indicators[String(i)]?.comment ?? ind.comment,
        })),
        beneficiaries: d.beneficiaries,
        deviations: d.deviations,
      };
    }
    case "financial": {
      const d = data as FinancialSection;
      return {
        ...content,
        costLines: content.costLines.map((l, i) => ({
          ...l,
          actual: d.costLines[String(i)]?.actual ?? l.actual,
          explanation: d.costLines[String(i)]?.explanation ?? l.explanation,
        })),
        sources: { planned: content.sources.planned, actual: d.sources },
        otherIncome: d.otherIncome,
        interestEarned: d.interestEarned,
        interestSpent: d.interestSpent,
      };
    }
    case "additional":
      return { ...content, additionalInfo: (data as AdditionalSection).additionalInfo };
    case "documents":
      return { ...content, documents: (data as DocumentsSection).documents };
    case "declarations":
      return { ...content, declarations: data as ReportDeclarations };
  }
}

/** The content's values of a section as its form shows them (the inverse of applySection). */
export function sectionValuesOf(content: ReportContent, section: ReportSectionKey): unknown {
  switch (section) {
    case "substantive":
      return {
        achievement: content.achievement,
        actions: content.actions.map((a) => ({ done: a.done })),
        indicators: content.indicators.map((i) => ({ achieved: i.achieved, comment: i.comment })),
        beneficiaries: content.beneficiaries,
        deviations: content.deviations,
      };
    case "financial":
      return {
        costLines: content.costLines.map((l) => ({ actual: l.actual, explanation: l.explanation })),
        sources: content.sources.actual,
        otherIncome: content.otherIncome,
        interestEarned: content.interestEarned,
        interestSpent: content.interestSpent,
      };
    case "additional":
      return { additionalInfo: content.additionalInfo };
    case "documents":
      return { documents: content.documents };
    case "declarations":
      return content.declarations;
  }
}

/** Parses a section's values; the list of documents is checked against the plan's cost lines. */
export function parseSection(
  section: ReportSectionKey,
  values: unknown,
  plan?: Pick<ReportContent, "costLines">,
) {
  if (section === "documents" && plan)
    return documentsSectionSchema(plan.costLines.map((l) => l.key)).safeParse(values);
  return REPORT_SECTION_SCHEMAS[section].safeParse(values);
}
