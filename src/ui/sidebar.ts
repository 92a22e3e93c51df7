// The data-entry sidebar: one round trip opens the form, validation runs as the user types with the
// same parser the server uses, and one round trip saves. Texts come from the catalogue in the
// settings language the server sends.
import type { EntryForm, EntryRefusal, EntryRequest, Submission, SubmitResult } from "../core/entry";
import { evidenceText, MAX_NOTE, parseEntry } from "../core/entry-fields";
import { type MessageKey, type MessageParams, sentence, t } from "../core/messages";
import { formatNumber } from "../core/numbers";
import type { Language } from "../core/schemas";
import { h } from "./dom";
import { createField, type Field } from "./field";
import { dateLabel, isYear, periodName, periodOption, timeLabel } from "./form-labels";
import { reasonOf, run } from "./server";

/** Names listed in "Chưa nhập: …" before the rest are counted. */
const MISSING_NAMES_SHOWN = 3;

const app = document.getElementById("app")!;
let lang: Language = "vi";
/** Answers to superseded requests (the user changed the period twice) are dropped. */
let latest = 0;

const tr = (key: MessageKey, params?: MessageParams) => t(lang, key, params);

function setLanguage(next: Language): void {
  lang = next;
  document.documentElement.lang = next;
}

function spinner(): HTMLElement {
  return h("span", { class: "spinner", "aria-hidden": "true" });
}

function showLoading(): void {
  app.setAttribute("aria-busy", "true");
  app.replaceChildren(h("p", { class: "loading", role: "status" }, spinner(), tr("sidebarLoading")));
}

/** A refusal or a failure shown instead of the form, with a way to start again. */
function showNotice(message: string): void {
  app.removeAttribute("aria-busy");
  const retry = h("button", { type: "button", class: "secondary" }, tr("sidebarRetry"));
  retry.addEventListener("click", () => void load());
  app.replaceChildren(h("div", { class: "notice notice-error", role: "alert" }, h("p", {}, message)), retry);
}

async function load(request?: EntryRequest, busy?: () => void): Promise<void> {
  const mine = ++latest;
  if (busy) busy();
  else showLoading();
  let answer: EntryForm | EntryRefusal;
  try {
    answer = request ? await run("getEntryForm", request) : await run("getEntryForm");
  } catch (error) {
    if (mine === latest) showNotice(tr("sidebarServerError", { reason: reasonOf(error) }));
    return;
  }
  if (mine !== latest) return;
  setLanguage(answer.lang);
  if (answer.ok) showForm(answer);
  else showNotice(answer.message);
}

function showForm(form: EntryForm): void {
  app.removeAttribute("aria-busy");
  const unit = form.units.find((u) => u.id === form.unitId);
  const unitName = unit?.name ?? form.unitId;
  const periodText = periodName(form.period, lang);

  // Header: who, which period, by when, and whether it is done.
  const chip = h("span", { class: "chip" });
  const setReported = (reported: boolean) => {
    chip.textContent = tr(reported ? "sidebarReported" : "notReported");
    chip.className = reported ? "chip chip-done" : "chip chip-todo";
  };
  setReported(form.reported);
  const updated = h("p", { class: "updated" });
  const setUpdated = (time: string, email: string) => {
    updated.textContent = time ? tr("sidebarLastSaved", { time: timeLabel(time), email }) : "";
    updated.hidden = !time;
  };
  setUpdated(form.updatedAt, form.enteredBy);
  const header = h(
    "header",
    { class: "head" },
    h("h1", { class: "unit-name" }, unitName),
    h(
      "p",
      { class: "meta" },
      h("span", {}, tr("sidebarPeriodLine", { period: periodText })),
      h("span", {}, tr("sidebarDeadline", { date: dateLabel(form.deadline, lang) })),
    ),
    h("p", { class: "status" }, chip),
    updated,
  );

  // Pickers: a unit list only for those who may enter for several units.
  const pickers = h("div", { class: "pickers" });
  let unitSelect: HTMLSelectElement | null = null;
  if (form.units.length > 1) {
    unitSelect = h("select", { id: "unit", name: "unit" });
    const groups = new Map<string, HTMLOptGroupElement>();
    for (const u of form.units) {
      let group = groups.get(u.group);
      if (!group) {
        group = h("optgroup", { label: u.group });
        groups.set(u.group, group);
        unitSelect.append(group);
      }
      group.append(h("option", { value: u.id }, u.name));
    }
    unitSelect.value = form.unitId;
    pickers.append(
      h(
        "div",
        { class: "field" },
        h("label", { class: "label", for: "unit" }, tr("sidebarUnit")),
        h("div", { class: "box box-select" }, unitSelect),
      ),
    );
  }
  const periodSelect = h(
    "select",
    { id: "period", name: "period" },
    ...form.periods.map((p) => h("option", { value: p }, periodOption(p, lang))),
  );
  periodSelect.value = form.period;
  const reloading = h("p", { class: "reloading", role: "status", hidden: true }, spinner(), tr("sidebarReloading"));
  pickers.append(
    h(
      "div",
      { class: "field" },
      h("label", { class: "label", for: "period" }, tr("sidebarPeriod")),
      h("div", { class: "box box-select" }, periodSelect),
    ),
    reloading,
  );

  // One field per indicator of this unit and period, then the note.
  const yearly = isYear(form.period);
  const fields: Field[] = form.indicators.map((ind, i) =>
    createField(ind, i, { lang, previous: form.previous[ind.id], yearly, review: form.reviews?.[ind.id] }),
  );
  /** The evidence as the server holds it, by indicator: only what the clerk changes is sent. */
  const savedEvidence: Record<string, string> = Object.fromEntries(
    fields.map((f) => [idOf(f), evidenceText(f.evidence())]),
  );
  for (const f of fields) f.setTexts(form.values);
  const note = h("textarea", {
    id: "note",
    name: "note",
    rows: 3,
    maxlength: MAX_NOTE,
    "aria-describedby": "note-hint",
  });
  note.value = form.note;
  const figures = h(
    "fieldset",
    { class: "figures" },
    h("legend", { class: "sr-only" }, tr("sidebarPeriodLine", { period: periodText })),
    ...fields.map((f) => f.root),
    h(
      "div",
      { class: "field" },
      h("label", { class: "label", for: "note" }, tr("sidebarNote")),
      h("div", { class: "box box-note" }, note),
      h("div", { class: "hint", id: "note-hint" }, tr("sidebarNoteHint")),
    ),
  );

  // Footer: the server's answer, what still blocks saving, and the button.
  const result = h("div", { class: "result" });
  const submitHint = h("p", { class: "submit-hint", id: "submit-hint" });
  const submitLabel = h("span", {}, tr("sidebarSubmit"));
  const submit = h("button", { type: "submit", class: "primary", "aria-describedby": "submit-hint" }, submitLabel);
  const footer = h("div", { class: "footer" }, result, submitHint, submit);

  const formEl = h("form", { novalidate: true, "aria-label": `${unitName} — ${periodText}` }, pickers, figures, footer);
  app.replaceChildren(header, formEl);

  let busy = false;
  /** Messages the server gave per field, kept until the user edits that field. */
  let serverErrors: Record<string, string> = {};
  /** The field being typed (see Field.unfinished): judged on leaving it. */
  let typing: Field | null = null;

  const texts = (): Record<string, string> => Object.assign({}, ...fields.map((f) => f.texts()));

  function validate(): void {
    const parsed = parseEntry(form.indicators, texts(), lang);
    let invalid = 0;
    for (const f of fields) {
      const own = parsed.errors[idOf(f)];
      const message = serverErrors[idOf(f)] ?? own;
      if (message) invalid++;
      const unfinished = f === typing && f.unfinished();
      f.setError(message && !unfinished ? sentence(message) : null);
      f.setWarning(message || unfinished ? null : smallPercentWarning(f, parsed.values[idOf(f)]));
    }
    // Required evidence missing beside a figure: a warning, never a refusal (design §10: the check
    // warns at the figure's cell). The clerk is asked clearly, and may still save.
    let noEvidence = 0;
    for (const f of fields) {
      const ind = f.indicator;
      const entered = !parsed.missing.includes(ind.id) && !parsed.errors[ind.id];
      const lacking = ind.evidenceRequired && !f.locked && entered && evidenceText(f.evidence()) === "";
      if (lacking) noEvidence++;
      f.setEvidenceWarning(lacking ? tr("sidebarEvidenceMissing") : null);
    }
    const missing = form.indicators.filter((i) => parsed.missing.includes(i.id)).map((i) => i.name);
    const lines: string[] = [];
    if (invalid > 0) lines.push(tr("entryInvalidFields", { count: invalid }));
    if (missing.length > 0) {
      const shown = missing.slice(0, MISSING_NAMES_SHOWN).join("; ");
      const more = missing.length - MISSING_NAMES_SHOWN;
      lines.push(tr("entryMissing", { names: more > 0 ? `${shown} ${tr("sidebarAndMore", { count: more })}` : shown }));
    }
    const blocked = lines.length > 0;
    const evidenceNote = noEvidence > 0 ? ` ${tr("sidebarEvidenceMissingCount", { count: noEvidence })}` : "";
    submitHint.textContent = blocked ? lines.join(" ") : tr("sidebarReady") + evidenceNote;
    submitHint.className =
      invalid > 0 ? "submit-hint invalid" : blocked || noEvidence > 0 ? "submit-hint blocked" : "submit-hint";
    submit.disabled = busy || blocked || form.closed;
  }

  /** Locks the form while the server works; `saving` also turns the button into a spinner. */
  function setBusy(on: boolean, saving = false): void {
    busy = on;
    // A closed period stays read-only whatever happens.
    figures.disabled = on || form.closed;
    periodSelect.disabled = on;
    if (unitSelect) unitSelect.disabled = on;
    submit.setAttribute("aria-busy", String(on && saving));
    submitLabel.textContent = tr(on && saving ? "sidebarSaving" : "sidebarSubmit");
    submit.querySelector(".spinner")?.remove();
    if (on && saving) submit.prepend(spinner());
    validate();
  }

  function showResult(ok: boolean, message: string): void {
    result.replaceChildren(
      h("div", { class: ok ? "notice notice-ok" : "notice notice-error", role: ok ? "status" : "alert" }, message),
    );
  }

  for (const f of fields) {
    const edited = () => {
      delete serverErrors[idOf(f)];
      result.replaceChildren();
      typing = f;
      validate();
    };
    for (const control of f.controls) {
      control.addEventListener("input", edited);
      control.addEventListener("change", edited);
      control.addEventListener("blur", (event) => {
        // The box already shows `%`: a `%` typed as well would read "55% %".
        if (f.indicator.type === "percent") control.value = control.value.replace(/\s*%\s*$/, "");
        // From a ratio's tử số to its mẫu số the field is still being typed.
        if (f.root.contains((event as FocusEvent).relatedTarget as Node | null)) return;
        typing = null;
        validate();
      });
    }
  }
  note.addEventListener("input", () => result.replaceChildren());
  for (const f of fields)
    f.evidenceControl.addEventListener("input", () => {
      delete serverErrors[idOf(f)];
      result.replaceChildren();
      validate();
    });

  const reload = (focusId: string) => {
    const request: EntryRequest = { unitId: unitSelect?.value ?? form.unitId, period: periodSelect.value };
    void load(request, () => {
      setBusy(true);
      reloading.hidden = false;
    }).then(() => document.getElementById(focusId)?.focus());
  };
  unitSelect?.addEventListener("change", () => reload("unit"));
  periodSelect.addEventListener("change", () => reload("period"));

  formEl.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    const submission: Submission = { unitId: form.unitId, period: form.period, values: texts(), note: note.value };
    const evidence: Record<string, string> = {};
    for (const f of fields) {
      const text = evidenceText(f.evidence());
      if (!f.locked && text !== savedEvidence[idOf(f)]) evidence[idOf(f)] = text;
    }
    if (Object.keys(evidence).length > 0) submission.evidence = evidence;
    setBusy(true, true);
    result.replaceChildren();
    let answer: SubmitResult;
    try {
      answer = await run("submitFigures", submission);
    } catch (error) {
      setBusy(false);
      showResult(false, tr("sidebarServerError", { reason: reasonOf(error) }));
      return;
    }
    serverErrors = answer.ok ? {} : { ...(answer.fieldErrors ?? {}) };
    if (answer.ok) {
      if (answer.values) for (const f of fields) f.setTexts({ ...f.texts(), ...answer.values });
      for (const [id, text] of Object.entries(answer.evidence ?? {})) {
        savedEvidence[id] = text;
        fields.find((f) => idOf(f) === id)?.setEvidence(text);
      }
      setReported(true);
      setUpdated(new Date().toISOString(), form.userEmail);
    }
    setBusy(false);
    showResult(answer.ok, answer.message);
    if (!answer.ok) fields.find((f) => serverErrors[idOf(f)])?.controls[0].focus();
  });

  if (form.closed) {
    figures.disabled = true;
    submit.hidden = true;
    submitHint.hidden = true;
    showResult(false, sentence(tr("periodClosed", { period: periodText })));
  }
  validate();
}

function idOf(f: Field): string {
  return f.indicator.id;
}

void load();

/**
 * In the sheet 0,5 means 50 %, but this box takes the percent itself: 0,5 here is half a percent.
 * Saving is not blocked (0,5 % can be true); the clerk is told what was understood.
 */
function smallPercentWarning(f: Field, value: unknown): string | null {
  if (f.indicator.type !== "percent" || typeof value !== "number") return null;
  if (value <= 0 || value > 0.01 || f.controls[0].value.includes("%")) return null;
  return t(lang, "sidebarSmallPercent", {
    value: formatNumber(value * 100, lang, 4),
    suggestion: formatNumber(value * 10_000, lang, 2),
  });
}
