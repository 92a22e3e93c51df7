// One form field per indicator, by type: a percent box with a `%` suffix, a whole-number box, a
// có/không list, a list of a choice's labels, or a ratio's two counts with the percent they make;
// with the indicator's name as its label, the previous period's figure and the threshold; below
// it the evidence (design §10) and the office's review: a status badge, the reason, and the figure
// read-only once accepted or adjusted.
import type { EntryIndicator, EntryReview } from "../core/entry";
import { MAX_EVIDENCE, MAX_FIELD, parseField, parseRatio, ratioPercentText } from "../core/entry-fields";
import { fieldKeys } from "../core/indicators";
import { type MessageKey, t } from "../core/messages";
import { formatNumber } from "../core/numbers";
import type { Language, ReviewStatus } from "../core/schemas";
import { h } from "./dom";
import { evidenceLinks } from "./evidence";
import { thresholdLabel } from "./form-labels";

/** The badge of each review status (literal keys: the build keeps only the messages the sidebar names). */
const STATUS_LABEL: Record<ReviewStatus, MessageKey> = {
  pending: "sidebarReview_pending",
  accepted: "sidebarReview_accepted",
  adjusted: "sidebarReview_adjusted",
  more: "sidebarReview_more",
};

type Control = HTMLInputElement | HTMLSelectElement;

export interface Field {
  readonly indicator: EntryIndicator;
  readonly root: HTMLElement;
  /** The inputs: one, or a ratio's tử số and mẫu số. */
  readonly controls: Control[];
  /** The texts to submit, by field key: as typed, `có`/`không`, or a choice's label. */
  texts(): Record<string, string>;
  /** Shows the texts of `values` (by field key); a key that is absent empties its input. */
  setTexts(values: Record<string, string>): void;
  /**
   * Still being typed, judged on leaving the field: a text ends in a separator, or one part of a
   * ratio is filled (the other is typed next).
   */
  unfinished(): boolean;
  /** Shows a message under the field (red border, aria-invalid) or clears it with null. */
  setError(message: string | null): void;
  /** A note that does not block saving (a figure that looks mistyped), or null. */
  setWarning(message: string | null): void;
  /** The evidence box (read-only when the figure is locked). */
  readonly evidenceControl: HTMLTextAreaElement;
  /** Accepted or adjusted by the office: the figure and its evidence cannot be changed here. */
  readonly locked: boolean;
  /** The evidence as typed. */
  evidence(): string;
  /** Shows the evidence text (after a save, as the server kept it). */
  setEvidence(text: string): void;
  /** The note under the evidence: a required one missing (a warning, never a refusal), or null. */
  setEvidenceWarning(message: string | null): void;
}

export interface FieldContext {
  lang: Language;
  /** The previous period's figure, formatted; undefined or empty when there is none. */
  previous: string | undefined;
  /** The form is a year's: the hint says "Năm trước" instead of "Tháng trước". */
  yearly: boolean;
  /** The evidence and the office's review of this figure, when it has a `Thẩm định` row. */
  review?: EntryReview;
}

function numberInput(id: string, name: string, describedBy: string, decimal: boolean): HTMLInputElement {
  return h("input", {
    id,
    name,
    type: "text",
    inputmode: decimal ? "decimal" : "numeric",
    autocomplete: "off",
    spellcheck: "false",
    maxlength: MAX_FIELD,
    "aria-describedby": describedBy,
  });
}

/** Selects the option showing `text`, or adds one: a cell the list cannot show (typed into the
 * sheet) stays visible so that it can be corrected. */
function selectText(select: HTMLSelectElement, text: string, known: string | null): void {
  if (known !== null) select.value = known;
  else {
    select.append(h("option", { value: text }, text));
    select.value = text;
  }
}

export function createField(ind: EntryIndicator, index: number, ctx: FieldContext): Field {
  const { lang } = ctx;
  const id = `f${index}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = `${errorId} ${hintId}`;
  const ratio = ind.type === "ratio";
  const keys = fieldKeys(ind);

  let controls: Control[];
  let body: HTMLElement[];
  let percent: HTMLOutputElement | null = null;
  if (ind.type === "boolean" || ind.type === "choice") {
    const labels = ind.type === "boolean" ? [t(lang, "yes"), t(lang, "no")] : (ind.labels ?? []);
    const shown = (label: string, i: number) =>
      ind.shares
        ? t(lang, "sidebarLevelShare", { label, share: formatNumber((ind.shares[i] ?? 0) * 100, lang) })
        : label;
    const select = h(
      "select",
      { id, name: ind.id, "aria-describedby": describedBy },
      h("option", { value: "" }, "—"),
      ...labels.map((label, i) => h("option", { value: label }, shown(label, i))),
    );
    controls = [select];
    body = [h("div", { class: "box box-select" }, select)];
  } else if (ratio) {
    percent = h("output", { class: "ratio-result", id: `${id}-pct`, "aria-live": "polite" });
    const parts = keys.map((key, i) => {
      const partId = i === 0 ? id : `${id}-den`;
      const input = numberInput(partId, key, `${describedBy} ${id}-pct`, false);
      const label = h(
        "label",
        { class: "part-label", for: partId },
        t(lang, i === 0 ? "sidebarRatioNum" : "sidebarRatioDen"),
      );
      return { input, part: h("div", { class: "part" }, label, h("div", { class: "box" }, input)) };
    });
    controls = parts.map((p) => p.input);
    body = [
      h(
        "div",
        { class: "ratio" },
        parts[0].part,
        h("span", { class: "slash", "aria-hidden": "true" }, "/"),
        parts[1].part,
        percent,
      ),
    ];
  } else {
    const isPercent = ind.type === "percent";
    const input = numberInput(id, ind.id, describedBy, isPercent);
    controls = [input];
    body = [
      h(
        "div",
        { class: isPercent ? "box box-percent" : "box" },
        input,
        isPercent && h("span", { class: "suffix", "aria-hidden": "true" }, "%"),
      ),
    ];
  }

  const previousKey = ctx.yearly ? "sidebarPreviousYear" : "sidebarPrevious";
  const hints = [t(lang, previousKey, { value: ctx.previous || t(lang, "missingValue") })];
  const threshold = thresholdLabel(ind, lang);
  if (threshold) hints.push(threshold);
  const error = h("div", { class: "error", id: errorId, "aria-live": "polite" });
  const warning = h("div", { class: "warning", "aria-live": "polite" });
  // A ratio's two inputs have their own labels; the indicator's name captions the pair.
  const caption = ratio
    ? h("div", { class: "label", id: `${id}-cap` }, ind.name)
    : h(
        "label",
        { class: "label", for: id },
        ind.name,
        ind.type === "percent" && h("span", { class: "sr-only" }, " (%)"),
      );
  // The office's review: a badge, the office's value, its reason (all as text, never HTML).
  const review = ctx.review;
  const status = review?.status ?? null;
  const locked = review?.locked === true;
  const reviewId = `${id}-review`;
  const reviewBlock =
    review &&
    h(
      "div",
      { class: "review", id: reviewId },
      h(
        "p",
        { class: "review-line" },
        h("span", { class: `badge badge-${review.status}` }, t(lang, STATUS_LABEL[review.status])),
        review.reviewed &&
          h("span", { class: "reviewed" }, t(lang, "sidebarReviewedValue", { value: review.reviewed })),
      ),
      review.reason && h("p", { class: "review-reason" }, t(lang, "sidebarReviewReason", { reason: review.reason })),
      review.stale && h("p", { class: "review-note" }, t(lang, "sidebarReviewStale")),
      review.status === "more" && !review.reason && h("p", { class: "review-note" }, t(lang, "sidebarReviewMore")),
      locked && h("p", { class: "review-locked" }, t(lang, "entryReviewedField")),
    );

  // The evidence: a link, or a document's number, date and summary.
  const evidenceId = `${id}-ev`;
  const evidenceControl = h("textarea", {
    id: evidenceId,
    name: `${ind.id}-evidence`,
    rows: 2,
    maxlength: MAX_EVIDENCE,
    placeholder: t(lang, "sidebarEvidencePlaceholder"),
    "aria-describedby": `${evidenceId}-warn ${reviewBlock ? reviewId : ""}`.trim(),
    "aria-required": ind.evidenceRequired ? "true" : false,
  });
  evidenceControl.value = review?.evidence ?? "";
  evidenceControl.readOnly = locked;
  const links = h("div", { class: "evidence-links" });
  const showLinks = () => links.replaceChildren(...evidenceLinks(evidenceControl.value));
  showLinks();
  evidenceControl.addEventListener("input", showLinks);
  const evidenceWarning = h("div", { class: "evidence-warning", id: `${evidenceId}-warn`, "aria-live": "polite" });
  const evidenceBlock = h(
    "div",
    { class: "evidence" },
    h(
      "label",
      { class: "evidence-label", for: evidenceId },
      t(lang, "sidebarEvidence"),
      ind.evidenceRequired && h("span", { class: "required" }, ` (${t(lang, "sidebarEvidenceRequired")})`),
    ),
    h("div", { class: "box box-evidence" }, evidenceControl),
    links,
    evidenceWarning,
  );

  const classes = ["field", status === "more" && "review-more", locked && "review-locked-field"].filter(Boolean);
  const root = h(
    "div",
    {
      class: classes.join(" "),
      "data-indicator": ind.id,
      "data-review": status,
      role: ratio && "group",
      "aria-labelledby": ratio && `${id}-cap`,
    },
    caption,
    reviewBlock,
    ...body,
    error,
    warning,
    h("div", { class: "hint", id: hintId }, ...hints.map((s) => h("span", {}, s))),
    evidenceBlock,
  );
  if (locked) {
    for (const control of controls) {
      control.disabled = true;
      control.setAttribute("aria-describedby", `${reviewId} ${control.getAttribute("aria-describedby") ?? ""}`.trim());
    }
  }

  const texts = () => Object.fromEntries(keys.map((key, i) => [key, controls[i].value.trim()]));
  /** The percent a ratio makes, as typed; nothing while the pair is incomplete or refused. */
  const showPercent = () => {
    if (!percent) return;
    const r = parseRatio(controls[0].value, controls[1].value, lang);
    percent.textContent = (r.ok && ratioPercentText(r.num, r.den, lang)) || "";
  };
  if (percent) for (const c of controls) c.addEventListener("input", showPercent);

  return {
    indicator: ind,
    root,
    controls,
    evidenceControl,
    locked,
    evidence: () => evidenceControl.value,
    setEvidence(text) {
      evidenceControl.value = text;
      showLinks();
    },
    setEvidenceWarning(message) {
      evidenceWarning.textContent = message ?? "";
    },
    texts,
    setTexts(values) {
      keys.forEach((key, i) => {
        const control = controls[i];
        const text = values[key] ?? "";
        if (control instanceof HTMLSelectElement) {
          const r = parseField(ind.type, text, lang, ind.labels ?? []);
          const known = !r.ok
            ? null
            : r.value === null
              ? ""
              : ind.type === "boolean"
                ? t(lang, r.value ? "yes" : "no")
                : (ind.labels?.[r.value as number] ?? null);
          selectText(control, text, known);
        } else control.value = text;
      });
      showPercent();
    },
    unfinished() {
      const all = Object.values(texts());
      return all.some((s) => /[.,]$/.test(s)) || (ratio && all.filter((s) => s !== "").length === 1);
    },
    setWarning(message) {
      warning.textContent = message ?? "";
    },
    setError(message) {
      error.textContent = message ?? "";
      root.classList.toggle("invalid", message !== null);
      for (const control of controls) {
        if (message === null) control.removeAttribute("aria-invalid");
        else control.setAttribute("aria-invalid", "true");
      }
    },
  };
}
