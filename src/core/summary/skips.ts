// Why a message could not be produced, as the sentence shown to the DX office.
import { t } from "../messages";
import type { Language } from "../schemas";
import type { SkippedMessage } from "./mail";

export function describeSkip(s: SkippedMessage, lang: Language): string {
  switch (s.reason) {
    case "noCommitteeEmails":
      return t(lang, "skipNoCommitteeEmails");
    case "noUnitEmails":
      return t(lang, "skipNoUnitEmails", { unit: s.unitName ?? s.unitId ?? "" });
    case "noClerkEmails":
      return t(lang, "skipNoClerkEmails", { unit: s.unitName ?? s.unitId ?? "" });
  }
}
