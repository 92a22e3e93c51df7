// "Gửi tổng hợp": a preview dialog (who receives what, the summary itself), then a confirmed send.
import * as z from "zod/mini";
import { t } from "../core/messages";
import { formatPeriod } from "../core/periods";
import { escapeHtml, type MessageKind } from "../core/summary";
import { caller } from "./access";
import { lastCompleteMonth } from "./clock";
import { deliver, periodOf, planSend } from "./mail";
import { deadlineFromNow } from "./run-budget";
import { readSpreadsheet, type Spreadsheet } from "./spreadsheet";
import { alert, maybeUi, toast } from "./ui";

/**
 * Every kind, in the order they go out (and are cut when the quota runs short): the committee's
 * summary, which everyone waits for; the notices to heads; the requests for more evidence, which
 * give a unit a few days to answer and whose outcome changes the ranking; the reminders last, as
 * the schedule has usually sent them already on the due day − 2.
 */
const KINDS: MessageKind[] = ["summary", "notice", "review", "reminder"];

/** What the menu, the dialog's button and scripts may pass: nothing, a period, or a confirmed send. */
export const SendArgSchema = z.union([
  z.undefined(),
  z.string().check(z.maxLength(16)),
  z.strictObject({ period: z.string().check(z.maxLength(16)), confirm: z.boolean() }),
]);

export function sendSummaryNowIn(ss: Spreadsheet, arg: unknown): string {
  const deadline = deadlineFromNow();
  const read = readSpreadsheet(ss, ["settings"]);
  const lang = read.model.settings.language;
  const parsed = SendArgSchema.safeParse(arg);
  // A menu click passes an event object, not one of the shapes above: treat it as no argument.
  const value = parsed.success ? parsed.data : undefined;
  const who = caller(ss, read.model.settings);
  if (!who.admin) {
    const message = t(lang, "notAdmin", { email: who.email || t(lang, "unknownUser"), action: t(lang, "actionSend") });
    alert(t(lang, "sendTitle"), message);
    return message;
  }
  let text: string | undefined = typeof value === "string" ? value : value?.period;
  if (text === undefined) {
    const ui = maybeUi();
    const fallback = formatPeriod(lastCompleteMonth(read.timeZone));
    if (!ui) text = fallback;
    else {
      const r = ui.prompt(t(lang, "sendTitle"), t(lang, "sendPrompt", { default: fallback }), ui.ButtonSet.OK_CANCEL);
      if (r.getSelectedButton() !== ui.Button.OK) return "";
      text = r.getResponseText().trim() || fallback;
    }
  }
  const period = periodOf(text);
  if (!period) {
    const message = t(lang, "periodInvalid", { value: text });
    alert(t(lang, "sendTitle"), message);
    return message;
  }
  if (typeof value === "object" && value.confirm) {
    toast(ss, t(lang, "sendStarted", { period: formatPeriod(period) }));
    const outcome = deliver(ss, period, KINDS, { deadline });
    toast(ss, outcome.message, "DX Scorecard", 10);
    return outcome.message;
  }
  return preview(ss, period);
}

function preview(ss: Spreadsheet, period: NonNullable<ReturnType<typeof periodOf>>): string {
  const plan = planSend(ss, period, KINDS);
  const { lang, label } = plan;
  if (plan.problem) {
    const message = t(lang, "sendCannot", { period: label, reason: plan.problem });
    alert(t(lang, "sendTitle"), message);
    return message;
  }
  if (plan.pending.length === 0) {
    const message = t(lang, "sendPreviewNothing", { period: label });
    alert(t(lang, "sendTitle"), message);
    return message;
  }
  const recipients = plan.pending.reduce((n, m) => n + m.to.length + (m.cc?.length ?? 0), 0);
  const intro =
    t(lang, "sendPreviewIntro", {
      count: plan.pending.length,
      recipients,
      quota: MailApp.getRemainingDailyQuota(),
      already: plan.already,
    }) + plan.warnings;
  const ui = maybeUi();
  if (ui) {
    const html = HtmlService.createHtmlOutput(previewHtml(plan, intro, formatPeriod(period)))
      .setWidth(760)
      .setHeight(640);
    ui.showModalDialog(html, `${t(lang, "sendTitle")} — ${label}`);
  }
  return intro;
}

function previewHtml(plan: ReturnType<typeof planSend>, intro: string, periodKey: string): string {
  const { lang } = plan;
  const rows = plan.pending
    .map(
      (m) =>
        `<tr><td style="padding:2px 6px;color:#5f6368">${escapeHtml(m.kind)}</td><td style="padding:2px 6px">${escapeHtml([...m.to, ...(m.cc ?? [])].join(", "))}</td><td style="padding:2px 6px">${escapeHtml(m.subject)}</td></tr>`,
    )
    .join("");
  const body = plan.pending.find((m) => m.kind === "summary")?.html ?? "";
  const arg = JSON.stringify({ period: periodKey, confirm: true }).replace(/</g, "\\u003c");
  return `<!doctype html><html><head><base target="_top"><meta charset="utf-8"></head>
<body style="font:13px Arial,sans-serif;color:#202124;margin:0 8px">
<p style="white-space:pre-line">${escapeHtml(intro)}</p>
<p><button id="send" style="background:#1a73e8;color:#fff;border:0;border-radius:4px;padding:8px 16px;font-weight:bold;cursor:pointer">${escapeHtml(t(lang, "sendConfirm"))}</button>
<button onclick="google.script.host.close()" style="background:#fff;border:1px solid #dadce0;border-radius:4px;padding:8px 16px;cursor:pointer">${escapeHtml(t(lang, "sendCancel"))}</button>
<span id="status" style="margin-left:8px"></span></p>
<table style="border-collapse:collapse;font-size:12px">${rows}</table>
<hr style="border:0;border-top:1px solid #dadce0">${body}
<script>
document.getElementById("send").onclick = function () {
  var b = this; b.disabled = true; document.getElementById("status").textContent = "…";
  google.script.run
    .withSuccessHandler(function (m) { document.getElementById("status").textContent = m; })
    .withFailureHandler(function (e) { b.disabled = false; document.getElementById("status").textContent = e.message; })
    .sendSummaryNow(${arg});
};
</script></body></html>`;
}
