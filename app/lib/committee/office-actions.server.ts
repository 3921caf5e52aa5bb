import type { RouterContextProvider } from "react-router";
import { addCommitteeMember } from "~/domain/committee/add-committee-member";
import {
  excludeCommitteeMember,
  removeCommitteeMember,
  setCommitteeChair,
} from "~/domain/committee/change-committee-member";
import { decideNomination } from "~/domain/committee/decide-nomination";
import { updateCommitteeSettings } from "~/domain/committee/update-committee-settings";
import { competitionDeps } from "../competitions/competitions-route.server";
import { runAction } from "../http.server";
import { type CommitteeNotice, withCommitteeNotice } from "./committee-route.server";

type Context = Readonly<RouterContextProvider>;

/**
 * The officer's forms on the committee page, by their `intent`: each calls one use case and comes
 * back to the page with a notice, or with the errors next to the fields and the values typed.
 */
export function runOfficeCommitteeAction(
  context: Context,
  competitionId: string | undefined,
  values: Record<string, string>,
) {
  const deps = { ...competitionDeps(context), competitionId };
  const back = (notice: CommitteeNotice) =>
    withCommitteeNotice(`/urzad/konkursy/${competitionId}/komisja`, notice);
  return runAction(async () => {
    switch (values.intent) {
      case "add":
        await addCommitteeMember({ ...deps, input: values });
        return back("memberAdded");
      case "chair":
        await setCommitteeChair({ ...deps, memberId: values.memberId });
        return back("chairSet");
      case "remove":
        await removeCommitteeMember({ ...deps, memberId: values.memberId });
        return back("memberRemoved");
      case "exclude":
        await excludeCommitteeMember({ ...deps, input: values });
        return back("excluded");
      case "hideScores":
      case "withoutNgo":
      case "nominationCall":
        await updateCommitteeSettings({ ...deps, change: { kind: values.intent, input: values } });
        return back("settingsSaved");
      case "decide":
        await decideNomination({ ...deps, input: values });
        return back("nominationDecided");
      default:
        return back("settingsSaved");
    }
  }, values);
}
