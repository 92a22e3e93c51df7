// A reminder as e-mail: short, with the due date and what to do.
import { t } from "../messages";
import * as H from "./email-html";
import * as T from "./email-text";
import type { RenderedMail } from "./mail";
import type { Reminder } from "./reminders";

export function renderReminder(r: Reminder): RenderedMail {
  const html = [H.h1(r.title), H.para(r.greeting), H.para(r.body, "font-weight:bold;"), H.para(r.action)];
  const text = [T.heading(r.title), r.greeting, r.body, r.action];
  if (r.spreadsheetUrl) {
    html.push(H.link(t(r.lang, "reminderLinkIntro"), r.spreadsheetUrl, t(r.lang, "spreadsheetLinkText")));
    text.push(`${t(r.lang, "reminderLinkIntro")} ${r.spreadsheetUrl}`);
  }
  html.push(H.footer(t(r.lang, "mailFooter")));
  text.push(`-- \n${t(r.lang, "mailFooter")}`);
  return { subject: r.subject, html: H.page(r.lang, r.subject, html), text: T.document(text) };
}
