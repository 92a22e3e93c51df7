// A write asked for from a sidebar (a clerk's save, a reviewer's decision): everything is read and
// checked inside the document lock, so a period closed or a row written a moment ago by someone
// else is seen; a busy lock or a failing service call is answered with a message, never thrown.
import { type MessageKey, t } from "../core/messages";
import type { Language } from "../core/schemas";
import { withDocumentLock } from "./lock";
import { readLanguage, readSpreadsheet, type Spreadsheet, type WorkbookRead } from "./spreadsheet";

export function sidebarWrite<T>(
  open: () => Spreadsheet,
  failed: MessageKey,
  write: (ss: Spreadsheet, read: WorkbookRead) => T,
): T | { ok: false; message: string } {
  let lang: Language = "vi";
  try {
    const ss = open();
    return withDocumentLock<T | { ok: false; message: string }>(
      () => {
        const read = readSpreadsheet(ss, ["units", "indicators", "settings"]);
        lang = read.model.settings.language;
        return write(ss, read);
      },
      () => ({ ok: false, message: t(languageOf(ss), "busy") }),
    );
  } catch (e) {
    console.error(e);
    return { ok: false, message: t(lang, failed) };
  }
}

/** The settings language, or Vietnamese when even `Cài đặt` cannot be read. */
export function languageOf(ss: Spreadsheet): Language {
  try {
    return readLanguage(ss);
  } catch {
    return "vi";
  }
}
