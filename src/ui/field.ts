// One form field per indicator, by type: a percent box with a `%` suffix, a whole-number box, or a
// có/không list; with the indicator's name as its label, last month's figure and the threshold.
import type { EntryIndicator } from "../core/entry";
import { MAX_FIELD, parseField } from "../core/entry-fields";
import { t } from "../core/messages";
import type { Language } from "../core/schemas";
import { h } from "./dom";
import { thresholdLabel } from "./form-labels";

export interface Field {
  readonly indicator: EntryIndicator;
  readonly root: HTMLElement;
  readonly control: HTMLInputElement | HTMLSelectElement;
  /** The text to submit: as typed, or `có`/`không`. */
  text(): string;
  setText(text: string): void;
  /** Shows a message under the field (red border, aria-invalid) or clears it with null. */
  setError(message: string | null): void;
  /** A note that does not block saving (a figure that looks mistyped), or null. */
  setWarning(message: string | null): void;
}

export function createField(ind: EntryIndicator, index: number, previous: string | undefined, lang: Language): Field {
  const id = `f${index}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = `${errorId} ${hintId}`;

  let control: HTMLInputElement | HTMLSelectElement;
  let box: HTMLElement;
  if (ind.type === "boolean") {
    control = h(
      "select",
      { id, name: ind.id, "aria-describedby": describedBy },
      h("option", { value: "" }, "—"),
      h("option", { value: t(lang, "yes") }, t(lang, "yes")),
      h("option", { value: t(lang, "no") }, t(lang, "no")),
    );
    box = h("div", { class: "box box-select" }, control);
  } else {
    const percent = ind.type === "percent";
    control = h("input", {
      id,
      name: ind.id,
      type: "text",
      inputmode: percent ? "decimal" : "numeric",
      autocomplete: "off",
      spellcheck: "false",
      maxlength: MAX_FIELD,
      "aria-describedby": describedBy,
    });
    box = h(
      "div",
      { class: percent ? "box box-percent" : "box" },
      control,
      percent && h("span", { class: "suffix", "aria-hidden": "true" }, "%"),
    );
  }

  const hints = [t(lang, "sidebarPrevious", { value: previous || t(lang, "missingValue") })];
  const threshold = thresholdLabel(ind, lang);
  if (threshold) hints.push(threshold);
  const error = h("div", { class: "error", id: errorId, "aria-live": "polite" });
  const warning = h("div", { class: "warning", "aria-live": "polite" });
  const root = h(
    "div",
    { class: "field", "data-indicator": ind.id },
    h(
      "label",
      { class: "label", for: id },
      ind.name,
      ind.type === "percent" && h("span", { class: "sr-only" }, " (%)"),
    ),
    box,
    error,
    warning,
    h("div", { class: "hint", id: hintId }, ...hints.map((s) => h("span", {}, s))),
  );

  return {
    indicator: ind,
    root,
    control,
    text: () => control.value.trim(),
    setText(text) {
      if (control instanceof HTMLSelectElement) {
        const r = parseField("boolean", text);
        if (r.ok) control.value = r.value === null ? "" : t(lang, r.value ? "yes" : "no");
        else {
          // A cell the list cannot show (typed into the sheet): keep it visible so it can be corrected.
          control.append(h("option", { value: text }, text));
          control.value = text;
        }
      } else control.value = text;
    },
    setWarning(message) {
      warning.textContent = message ?? "";
    },
    setError(message) {
      error.textContent = message ?? "";
      root.classList.toggle("invalid", message !== null);
      if (message === null) control.removeAttribute("aria-invalid");
      else control.setAttribute("aria-invalid", "true");
    },
  };
}
