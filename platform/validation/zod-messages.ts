import { z } from "zod";

/**
 * Zod's default messages replaced by i18n keys (app/i18n/pl/common.ts and en/common.ts), so one schema serves the
 * form (client), the action and the API with Polish errors next to the field. Parameters travel as
 * "key|{json}". Imported once by every namespace that defines schemas.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case "too_small":
        if (issue.origin === "string" && issue.minimum === 1) return "form.required";
        if (issue.origin === "string")
          return `form.tooShort|${JSON.stringify({ min: Number(issue.minimum) })}`;
        if (issue.origin === "array" && issue.minimum === 1) return "form.chooseAtLeastOne";
        return `form.tooSmall|${JSON.stringify({ min: Number(issue.minimum) })}`;
      case "too_big":
        if (issue.origin === "string")
          return `form.tooLong|${JSON.stringify({ max: Number(issue.maximum) })}`;
        return `form.tooBig|${JSON.stringify({ max: Number(issue.maximum) })}`;
      case "invalid_type":
        return issue.input === undefined || issue.input === null ? "form.required" : "form.invalid";
      case "invalid_value":
        return "form.invalidChoice";
      case "invalid_format":
        return issue.format === "email" ? "form.invalidEmail" : "form.invalid";
      default:
        return "form.invalid";
    }
  },
});

export { z };
