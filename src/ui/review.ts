// The office's review sidebar (design §10): one round trip opens the period's queue, one per
// decision. Keyboard first: j/k or ↑/↓ move, a accept, d adjust, m ask for more, r reopen, u accept
// every pending item of the unit, Enter confirms, Esc cancels. Evidence is untrusted: it is only
// ever set as text, and an http(s) URL becomes a link opened with noopener noreferrer.
import { type MessageKey, type MessageParams, sentence, t } from "../core/messages";
import type {
  QueueItem,
  ReviewBatch,
  ReviewDecision,
  ReviewQueue,
  ReviewQueueRequest,
  ReviewRefusal,
  ReviewResult,
} from "../core/review-api";
import { MAX_REASON, parseReviewValue, reviewValueMessage } from "../core/review-fields";
import type { Language, ReviewStatus } from "../core/schemas";
import { h } from "./dom";
import { periodName, periodOption, timeLabel } from "./form-labels";
import { reasonOf, run } from "./server";

type Action = ReviewDecision["action"];
type Filter = "all" | ReviewStatus;

const app = document.getElementById("app")!;
let lang: Language = "vi";
let latest = 0;
const tr = (key: MessageKey, params?: MessageParams) => t(lang, key, params);

const STATUS_KEYS: Record<ReviewStatus, MessageKey> = {
  pending: "reviewStatusPending",
  accepted: "reviewStatusAccepted",
  adjusted: "reviewStatusAdjusted",
  more: "reviewStatusMore",
};
const STATUS_ORDER: ReviewStatus[] = ["pending", "more", "adjusted", "accepted"];

const spinner = () => h("span", { class: "spinner", "aria-hidden": "true" });

function showLoading(): void {
  app.setAttribute("aria-busy", "true");
  app.replaceChildren(h("p", { class: "loading", role: "status" }, spinner(), tr("reviewLoading")));
}

function showNotice(message: string): void {
  app.removeAttribute("aria-busy");
  const retry = h("button", { type: "button", class: "secondary" }, tr("sidebarRetry"));
  retry.addEventListener("click", () => void load());
  app.replaceChildren(h("div", { class: "notice notice-error", role: "alert" }, h("p", {}, message)), retry);
}

async function load(request?: ReviewQueueRequest): Promise<void> {
  const mine = ++latest;
  showLoading();
  let answer: ReviewQueue | ReviewRefusal;
  try {
    answer = request ? await run("getReviewQueue", request) : await run("getReviewQueue");
  } catch (error) {
    if (mine === latest) showNotice(tr("sidebarServerError", { reason: reasonOf(error) }));
    return;
  }
  if (mine !== latest) return;
  if (answer.lang) {
    lang = answer.lang;
    document.documentElement.lang = lang;
  }
  if (answer.ok) showQueue(answer);
  else showNotice(answer.message);
}

/**
 * Evidence as nodes: each http(s) URL a link to a new tab without opener or referrer, everything
 * else text. Never HTML: the clerk wrote it.
 */
function evidenceNodes(text: string): Node[] {
  const nodes: Node[] = [];
  let last = 0;
  for (const m of text.matchAll(/https?:\/\/[^\s<>"']+/gi)) {
    const url = m[0].replace(/[.,;:)\]]+$/, "");
    const at = m.index ?? 0;
    if (at > last) nodes.push(document.createTextNode(text.slice(last, at)));
    const a = h("a", { href: url, target: "_blank", rel: "noopener noreferrer" });
    a.textContent = url;
    nodes.push(a);
    last = at + url.length;
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}

const statusOf = (item: QueueItem): ReviewStatus => item.status ?? "pending";
const expectedOf = (item: QueueItem) => item.canon ?? item.self ?? "";

function showQueue(queue: ReviewQueue): void {
  app.removeAttribute("aria-busy");
  const items = queue.items;
  const periodText = periodName(queue.period, lang);

  const counts = h("p", { class: "counts", role: "status", "aria-live": "polite" });
  const updateCounts = () => {
    const c = { pending: 0, accepted: 0, adjusted: 0, more: 0 };
    for (const it of items) c[statusOf(it)]++;
    counts.textContent = tr("reviewCounts", c);
  };

  const select = (id: string, labelKey: MessageKey, options: [string, string][], value: string) => {
    const el = h("select", { id, name: id }, ...options.map(([v, text]) => h("option", { value: v }, text)));
    el.value = value;
    const field = h(
      "div",
      { class: "field" },
      h("label", { class: "label", for: id }, tr(labelKey)),
      h("div", { class: "box box-select" }, el),
    );
    return { el, field };
  };
  const period = select(
    "period",
    "reviewPeriod",
    queue.periods.map((p) => [p, periodOption(p, lang)]),
    queue.period,
  );
  const unit = select(
    "f-unit",
    "reviewFilterUnit",
    [["", tr("reviewAllUnits")], ...queue.units.map((u): [string, string] => [u.id, u.name])],
    "",
  );
  const indicator = select(
    "f-indicator",
    "reviewFilterIndicator",
    [["", tr("reviewAllIndicators")], ...queue.indicators.map((i): [string, string] => [i.id, `${i.id} — ${i.name}`])],
    "",
  );
  const status = select(
    "f-status",
    "reviewFilterStatus",
    [["all", tr("reviewPendingFirst")], ...STATUS_ORDER.map((s): [string, string] => [s, tr(STATUS_KEYS[s])])],
    "all",
  );
  const acceptAll = h("button", { type: "button", class: "secondary accept-all", "aria-keyshortcuts": "u" });
  acceptAll.textContent = tr("reviewAcceptAll");
  const topResult = h("div", { class: "top-result" });
  const list = h("ul", { class: "queue", "aria-label": tr("reviewTitle"), "aria-describedby": "keys" });

  app.replaceChildren(
    h(
      "header",
      { class: "head" },
      h("h1", { class: "unit-name" }, tr("reviewTitle")),
      h("p", { class: "meta" }, sentence(periodText)),
      counts,
      queue.closed ? h("p", { class: "closed-note" }, tr("reviewClosed", { period: sentence(periodText) })) : null,
    ),
    h("div", { class: "pickers" }, period.field, unit.field, indicator.field, status.field),
    acceptAll,
    topResult,
    h("p", { class: "keys", id: "keys" }, tr("reviewKeys")),
    list,
  );

  /** The rows shown, in order; `current` indexes it. */
  let shown: { item: QueueItem; li: HTMLLIElement; k: number }[] = [];
  let current = -1;
  let busy = false;

  function visible(): number[] {
    const f = status.el.value as Filter;
    const u = unit.el.value;
    const i = indicator.el.value;
    const keep = items
      .map((it, k) => ({ it, k }))
      .filter(({ it }) => (u === "" || queue.units[it.u].id === u) && (i === "" || queue.indicators[it.i].id === i))
      .filter(({ it }) => f === "all" || statusOf(it) === f);
    if (f === "all") keep.sort((a, b) => STATUS_ORDER.indexOf(statusOf(a.it)) - STATUS_ORDER.indexOf(statusOf(b.it)));
    return keep.map(({ k }) => k);
  }

  function render(): void {
    shown = visible().map((k) => ({ item: items[k], li: h("li", { class: "item" }), k }));
    for (const row of shown) fill(row);
    list.replaceChildren(
      ...(shown.length > 0 ? shown.map((r) => r.li) : [h("li", { class: "empty" }, tr("reviewEmpty"))]),
    );
    current = shown.length > 0 ? 0 : -1;
    for (const [n, r] of shown.entries()) {
      r.li.tabIndex = n === current ? 0 : -1;
      r.li.classList.toggle("current", n === current);
    }
    updateCounts();
    updateAcceptAll();
  }

  /** The unit "Đạt tất cả" works on: the unit filter, else the current item's unit. */
  function acceptAllUnit(): number | null {
    const u = unit.el.value;
    if (u !== "") return queue.units.findIndex((x) => x.id === u);
    return current >= 0 ? shown[current].item.u : null;
  }

  function updateAcceptAll(): void {
    const u = acceptAllUnit();
    acceptAll.disabled = busy || u === null;
    acceptAll.title = u === null ? "" : queue.units[u].name;
    acceptAll.setAttribute(
      "aria-label",
      u === null ? tr("reviewAcceptAll") : `${tr("reviewAcceptAll")}: ${queue.units[u].name}`,
    );
  }

  function line(labelKey: MessageKey, value: Node[] | string, cls = ""): HTMLElement {
    const v = h("span", { class: "v" });
    if (typeof value === "string") v.textContent = value;
    else v.append(...value);
    return h("div", { class: `row ${cls}`.trim() }, h("span", { class: "k" }, tr(labelKey)), v);
  }

  /** An item's content and its actions, from its data; the form and message slots stay empty. */
  function fill(row: { item: QueueItem; li: HTMLLIElement; k: number }): void {
    const { item, li } = row;
    const u = queue.units[item.u];
    const ind = queue.indicators[item.i];
    const s = statusOf(item);
    li.className = `item status-${s}`;
    li.dataset.unit = u.id;
    li.dataset.indicator = ind.id;
    li.dataset.status = s;
    const titleId = `t-${row.k}`;
    li.setAttribute("aria-labelledby", titleId);
    const chip = h("span", { class: `chip chip-${s}` }, tr(STATUS_KEYS[s]));
    const title = h(
      "div",
      { class: "item-head" },
      h("span", { class: "item-title", id: titleId }, `${u.name} · ${ind.id}`),
      chip,
    );
    const name = h("p", { class: "ind-name" }, ind.name);
    const evidence = item.evidence
      ? line("reviewEvidence", evidenceNodes(item.evidence), "evidence")
      : line(
          "reviewEvidence",
          `${tr("reviewNoEvidence")}${ind.evidence ? ` ${tr("reviewEvidenceRequired")}` : ""}`,
          ind.evidence ? "evidence missing" : "evidence",
        );
    const details: (HTMLElement | null)[] = [
      line("reviewSelf", item.self ?? tr("missingValue"), "self"),
      item.prev ? line("reviewPrevious", item.prev, "prev") : null,
      evidence,
      item.reviewed ? line("reviewReviewedValue", item.reviewed, "reviewed") : null,
      item.reason ? line("reviewReason", item.reason, "reason") : null,
      item.stale ? h("p", { class: "stale" }, tr("reviewStaleNote")) : null,
      item.reviewer
        ? h("p", { class: "by" }, tr("reviewBy", { email: item.reviewer, time: timeLabel(item.at ?? "") }))
        : null,
    ];
    const actions = h("div", { class: "actions" });
    const button = (action: Action, key: MessageKey, shortcut: string, primary = false) => {
      const b = h(
        "button",
        { type: "button", class: primary ? "primary small" : "secondary small", "aria-keyshortcuts": shortcut },
        tr(key),
      );
      b.dataset.action = action;
      b.addEventListener("click", () => start(row, action));
      actions.append(b);
    };
    if (s !== "accepted" && item.self) button("accept", "reviewAccept", "a", true);
    button("adjust", "reviewAdjust", "d");
    if (s !== "more") button("more", "reviewMore", "m");
    if (s !== "pending") button("reopen", "reviewReopen", "r");
    li.replaceChildren(
      title,
      name,
      h("div", { class: "details" }, ...details),
      actions,
      h("div", { class: "slot-form" }),
      h("div", { class: "slot-msg" }),
    );
  }

  function say(row: { li: HTMLLIElement }, ok: boolean, message: string): void {
    row.li
      .querySelector(".slot-msg")!
      .replaceChildren(h("p", { class: ok ? "msg msg-ok" : "msg msg-error", role: ok ? "status" : "alert" }, message));
  }

  function focusRow(n: number): void {
    if (shown.length === 0) return;
    current = Math.max(0, Math.min(shown.length - 1, n));
    for (const [k, r] of shown.entries()) {
      r.li.tabIndex = k === current ? 0 : -1;
      r.li.classList.toggle("current", k === current);
    }
    shown[current].li.focus();
    shown[current].li.scrollIntoView({ block: "nearest" });
    updateAcceptAll();
  }

  /** Starts an action on a row: accept at once; the others open the row's small form. */
  function start(row: (typeof shown)[number], action: Action): void {
    if (busy) return;
    current = shown.indexOf(row);
    if (action === "accept") {
      void decide(row, { action }, true);
      return;
    }
    const slot = row.li.querySelector(".slot-form")!;
    const ind = queue.indicators[row.item.i];
    const k = row.k;
    const value = h("input", {
      id: `v-${k}`,
      name: "value",
      autocomplete: "off",
      "aria-describedby": `vh-${k}`,
    });
    const reason = h("textarea", { id: `r-${k}`, name: "reason", rows: 2, maxlength: MAX_REASON });
    const error = h("p", { class: "error", role: "alert" });
    const confirm = h("button", { type: "submit", class: "primary small" }, tr("reviewConfirm"));
    const cancel = h("button", { type: "button", class: "secondary small" }, tr("reviewCancel"));
    const form = h(
      "form",
      { class: "decide", novalidate: true, "aria-label": `${tr(actionKey(action))} — ${ind.id}` },
      action === "adjust"
        ? h(
            "div",
            { class: "field" },
            h("label", { class: "label", for: `v-${k}` }, tr("reviewReviewedValue")),
            h("div", { class: "box" }, value),
            h("div", { class: "hint", id: `vh-${k}` }, tr("reviewValueHint")),
          )
        : null,
      h(
        "div",
        { class: "field" },
        h("label", { class: "label", for: `r-${k}` }, tr("reviewReason")),
        h("div", { class: "box box-note" }, reason),
      ),
      error,
      h("div", { class: "form-buttons" }, confirm, cancel),
    );
    const close = () => {
      slot.replaceChildren();
      focusRow(shown.indexOf(row));
    };
    cancel.addEventListener("click", close);
    form.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        close();
      } else if (e.key === "Enter" && e.target === reason && !e.shiftKey) {
        e.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const text = reason.value.trim();
      if (action === "adjust") {
        const v = parseReviewValue({ id: ind.id, type: ind.type, labels: ind.labels ?? [] }, value.value, lang);
        if (!v.ok) {
          error.textContent = sentence(reviewValueMessage(v, lang));
          value.focus();
          return;
        }
      }
      if ((action === "adjust" || action === "more") && text === "") {
        error.textContent = tr(action === "adjust" ? "reviewAdjustNeeds" : "reviewMoreNeedsReason", { id: ind.id });
        reason.focus();
        return;
      }
      void decide(row, { action, value: action === "adjust" ? value.value : undefined, reason: text }, false);
    });
    slot.replaceChildren(form);
    (action === "adjust" ? value : reason).focus();
  }

  async function decide(
    row: (typeof shown)[number],
    d: { action: Action; value?: string; reason?: string },
    advance: boolean,
  ): Promise<void> {
    const { item } = row;
    const payload: ReviewDecision = {
      period: queue.period,
      unitId: queue.units[item.u].id,
      indicatorId: queue.indicators[item.i].id,
      action: d.action,
      expected: expectedOf(item),
      expectedStatus: statusOf(item),
    };
    if (d.value !== undefined) payload.value = d.value;
    if (d.reason) payload.reason = d.reason;
    setBusy(true, row);
    let answer: ReviewResult;
    try {
      answer = await run("submitReview", payload);
    } catch (error) {
      setBusy(false, row);
      say(row, false, tr("sidebarServerError", { reason: reasonOf(error) }));
      return;
    }
    setBusy(false, row);
    if (!answer.ok) {
      say(row, false, answer.message);
      row.li.focus();
      return;
    }
    apply(item.u, answer);
    say(row, true, answer.message);
    const n = shown.indexOf(row);
    focusRow(advance ? n + 1 : n);
  }

  /** The server's answer written into a unit's items, each re-drawn where it stands (filters kept). */
  function apply(u: number, answer: ReviewResult): void {
    for (const { indicatorId, item: fresh } of answer.items ?? []) {
      const k = items.findIndex((it) => it.u === u && queue.indicators[it.i].id === indicatorId);
      if (k < 0) continue;
      const next: QueueItem = { u, i: items[k].i, ...fresh };
      if (items[k].prev) next.prev = items[k].prev;
      items[k] = next;
      const row = shown.find((r) => r.k === k);
      if (row) {
        row.item = next;
        fill(row);
      }
    }
    updateCounts();
  }

  function setBusy(on: boolean, row?: (typeof shown)[number]): void {
    busy = on;
    for (const b of list.querySelectorAll("button")) b.disabled = on;
    acceptAll.disabled = on;
    if (row) row.li.setAttribute("aria-busy", String(on));
    if (!on) updateAcceptAll();
  }

  async function acceptAllOfUnit(): Promise<void> {
    const u = acceptAllUnit();
    if (busy || u === null) return;
    const pending = items.filter((it) => it.u === u && statusOf(it) === "pending" && it.self);
    if (pending.length === 0) {
      topResult.replaceChildren(h("p", { class: "msg msg-error", role: "alert" }, tr("reviewAcceptAllNone")));
      return;
    }
    const payload: ReviewBatch = {
      period: queue.period,
      unitId: queue.units[u].id,
      action: "accept",
      items: pending.map((it) => ({
        indicatorId: queue.indicators[it.i].id,
        expected: expectedOf(it),
        expectedStatus: "pending",
      })),
    };
    setBusy(true);
    acceptAll.replaceChildren(spinner(), tr("reviewSaving"));
    let answer: ReviewResult;
    try {
      answer = await run("submitReview", payload);
    } catch (error) {
      answer = { ok: false, message: tr("sidebarServerError", { reason: reasonOf(error) }) };
    }
    acceptAll.replaceChildren(tr("reviewAcceptAll"));
    setBusy(false);
    if (answer.ok) apply(u, answer);
    topResult.replaceChildren(
      h(
        "p",
        { class: answer.ok ? "msg msg-ok" : "msg msg-error", role: answer.ok ? "status" : "alert" },
        answer.message,
      ),
    );
  }

  acceptAll.addEventListener("click", () => void acceptAllOfUnit());
  period.el.addEventListener("change", () => void load({ period: period.el.value }));
  for (const f of [unit.el, indicator.el, status.el]) f.addEventListener("change", render);
  list.addEventListener("focusin", (e) => {
    const n = shown.findIndex((r) => r.li === e.target);
    if (n >= 0 && n !== current) {
      current = n;
      for (const [k, r] of shown.entries()) {
        r.li.tabIndex = k === current ? 0 : -1;
        r.li.classList.toggle("current", k === current);
      }
      updateAcceptAll();
    }
  });

  document.onkeydown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (target.closest("input, textarea, select, form")) return;
    const row = current >= 0 ? shown[current] : undefined;
    const keys: Record<string, () => void> = {
      j: () => focusRow(current + 1),
      ArrowDown: () => focusRow(current + 1),
      k: () => focusRow(current - 1),
      ArrowUp: () => focusRow(current - 1),
      a: () => row && statusOf(row.item) !== "accepted" && row.item.self && start(row, "accept"),
      d: () => row && start(row, "adjust"),
      m: () => row && statusOf(row.item) !== "more" && start(row, "more"),
      r: () => row && statusOf(row.item) !== "pending" && start(row, "reopen"),
      u: () => void acceptAllOfUnit(),
    };
    const action = keys[e.key];
    if (!action) return;
    if (target.tagName === "BUTTON" && e.key === "Enter") return;
    e.preventDefault();
    action();
  };

  render();
}

function actionKey(action: Action): MessageKey {
  return action === "accept"
    ? "reviewAccept"
    : action === "adjust"
      ? "reviewAdjust"
      : action === "more"
        ? "reviewMore"
        : "reviewReopen";
}

void load();
