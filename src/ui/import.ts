// The *Nhập từ tệp xuất* dialog (design §12, dist/Import.html): three steps, each one round trip.
//   1. Tệp xuất: a sheet the export was pasted into, or a CSV read here in the browser (decoded and
//      split by src/core/import/csv.ts, the same code as the command line's), and the period.
//   2. Ghép cột: the name column and, for each field of the period, the export's column.
//   3. Xem trước: every row with its unit and its figures (old → new, and what happens), the rows
//      to resolve by hand, the problems; *Ghi* writes only when nothing is left to resolve.
// Names come from a shared sheet or a file: they are only ever set as text, never as HTML.
import type {
  ImportHeaders,
  ImportPreview,
  ImportRefusal,
  ImportRequest,
  ImportResult,
  ImportSetup,
  ImportSource,
  PreviewCell,
  PreviewRow,
} from "../core/import/api";
import { decodeCsv, detectSeparator, ENCODING_NAMES, parseCsv } from "../core/import/csv";
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, MAX_IMPORT_TEXT } from "../core/import/limits";
import { type MessageKey, type MessageParams, sentence, t } from "../core/messages";
import type { Language } from "../core/schemas";
import { h } from "./dom";
import { isYear, periodName, periodOption } from "./form-labels";
import { closeDialog, reasonOf, run } from "./server";

type Step = 1 | 2 | 3 | "done";
type Filter = "all" | "attention" | "write" | "other";
type Field = ImportSetup["fields"][number];

interface Csv {
  name: string;
  rows: string[][];
  /** `UTF-8 (có BOM) · phân cách “;” · 36 dòng`. */
  summary: string;
  /** Changes with every file read, so a new file of the same name is a new source. */
  serial: number;
}

/** How long a row's drop-down rests before the preview is asked again. */
const PICK_SETTLE_MS = 400;
const UNMATCHED = new Set<PreviewRow["kind"]>(["ambiguous", "unknown", "duplicate"]);
const ACTION_KEYS: Record<PreviewCell["action"], MessageKey> = {
  write: "importUiActWrite",
  same: "importUiActSame",
  keep: "importUiActKeep",
  reviewed: "importUiActReviewed",
  blank: "importUiActBlank",
  notApplicable: "importUiActNotApplicable",
  inactive: "importUiActInactive",
  invalid: "importUiActInvalid",
};
const HOW_KEYS: Record<string, MessageKey> = {
  name: "importUiHowName",
  shortName: "importUiHowShortName",
  alias: "importUiHowAlias",
  spelling: "importUiHowSpelling",
};

const app = document.getElementById("app")!;
let lang: Language = "vi";
const tr = (key: MessageKey, params?: MessageParams) => t(lang, key, params);

function setLanguage(next: Language): void {
  lang = next;
  document.documentElement.lang = next;
}

const spinner = () => h("span", { class: "spinner", "aria-hidden": "true" });

/** Headers compared as a person reads them: case, spacing and Unicode form aside. */
const sameHeader = (a: string, b: string) => fold(a) === fold(b) && fold(a) !== "";
const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();

/** Calls the server; a thrown error (timeout, quota) becomes a refusal with the usual sentence. */
async function call<T>(promise: () => Promise<T | ImportRefusal>): Promise<T | ImportRefusal> {
  try {
    return await promise();
  } catch (error) {
    return { ok: false, lang, message: tr("sidebarServerError", { reason: reasonOf(error) }) };
  }
}

// ---------------------------------------------------------------------------------------------
// Opening

async function load(): Promise<void> {
  app.setAttribute("aria-busy", "true");
  app.replaceChildren(h("p", { class: "loading", role: "status" }, spinner(), tr("importUiLoading")));
  const answer = await call(() => run("getImportSetup"));
  if (answer.lang) setLanguage(answer.lang);
  app.removeAttribute("aria-busy");
  if (answer.ok) new Dialog(answer);
  else {
    const retry = h("button", { type: "button", class: "secondary" }, tr("sidebarRetry"));
    retry.addEventListener("click", () => void load());
    app.replaceChildren(
      h("h1", { class: "dlg-title" }, tr("importUiTitle")),
      h("div", { class: "notice notice-error", role: "alert" }, h("p", {}, answer.message)),
      retry,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The dialog

class Dialog {
  private step: Step = 1;
  private busy = false;
  // Step 1
  private mode: "sheet" | "csv";
  private csv: Csv | null = null;
  private csvSerial = 0;
  private reading = false;
  // Step 2: the headers of the source they were read from, and the choices (kept across steps).
  private headers: string[] = [];
  private headersOf = "";
  private nameColumn = "";
  private columns: Record<string, string> = {};
  private overwrite = false;
  // Step 3: rows resolved by hand, rows skipped, and the candidates each ambiguous row had.
  private chosen: Record<string, string> = {};
  private skipped = new Set<number>();
  private attention = new Map<number, { id: string; name: string }[]>();
  private preview: ImportPreview | null = null;
  /** A unit was chosen since the preview: Ghi waits for the next one. */
  private stale = false;
  private again: number | undefined;
  private filter: Filter | null = null;
  private unitNames: Map<string, string>;

  // The frame: header with the steps, a scrolling body, a footer with the buttons.
  private readonly stepItems: HTMLLIElement[];
  private readonly frame = h("fieldset", { class: "frame" });
  private readonly body = h("div", { class: "dlg-body" });
  private readonly hint = h("p", { class: "foot-hint", id: "foot-hint" });
  private readonly status = h("p", { class: "foot-status", role: "status", "aria-live": "polite" });
  private readonly alert = h("div", { class: "foot-alert", role: "alert" });
  private readonly back = h("button", { type: "button", class: "secondary", id: "back" }, tr("importUiBack"));
  private readonly foot = h("div", { class: "dlg-foot" });
  private readonly next = h("button", {
    type: "button",
    class: "primary",
    id: "next",
    "aria-describedby": "foot-hint",
  });
  // Step 1's controls live as long as the dialog: the file input keeps its file when coming back.
  private readonly sheetSelect: HTMLSelectElement;
  private readonly fileInput: HTMLInputElement;
  private readonly fileInfo = h("p", { class: "file-info", id: "file-info", "aria-live": "polite" });
  private readonly fileName = h("span", { class: "file-name", id: "file-name" });
  private readonly periodSelect: HTMLSelectElement;
  private readonly step1: HTMLElement;

  constructor(private readonly setup: ImportSetup) {
    this.unitNames = new Map(setup.units.map((u) => [u.id, u.name]));
    const remembered = setup.remembered?.source ?? "";
    this.mode =
      setup.sheets.length === 0 || (remembered !== "" && !setup.sheets.includes(remembered)) ? "csv" : "sheet";

    const stepKeys: MessageKey[] = ["importUiStepSource", "importUiStepColumns", "importUiStepPreview"];
    this.stepItems = stepKeys.map((key, i) =>
      h("li", { class: "step" }, h("span", { class: "step-n", "aria-hidden": "true" }, String(i + 1)), tr(key)),
    );

    this.sheetSelect = h(
      "select",
      { id: "sheet", name: "sheet" },
      ...setup.sheets.map((s) => h("option", { value: s }, s)),
    );
    if (setup.sheets.includes(remembered)) this.sheetSelect.value = remembered;
    // The browser's own file button speaks the browser's language: ours speaks the workbook's.
    this.fileInput = h("input", {
      type: "file",
      id: "file",
      name: "file",
      accept: ".csv,.txt,text/csv,text/plain",
      hidden: true,
    });
    this.periodSelect = h(
      "select",
      { id: "period", name: "period", "aria-describedby": "period-hint" },
      ...setup.periods.map((p) => {
        const closed = setup.closed.includes(p);
        const text = periodOption(p, lang);
        return h("option", { value: p, disabled: closed }, closed ? tr("importUiClosed", { period: text }) : text);
      }),
    );
    this.periodSelect.value = setup.periods.includes(setup.period) ? setup.period : "";
    if (this.periodSelect.selectedOptions[0]?.disabled) {
      const open = setup.periods.find((p) => !setup.closed.includes(p));
      this.periodSelect.value = open ?? "";
    }
    this.step1 = this.buildStep1(remembered);

    this.foot.append(
      this.alert,
      h("div", { class: "foot-row" }, h("div", { class: "foot-text" }, this.status, this.hint), this.back, this.next),
    );
    this.back.addEventListener("click", () => this.goBack());
    this.next.addEventListener("click", () => void this.goNext());
    const steps = h("ol", { class: "steps", "aria-label": tr("importUiSteps") }, ...this.stepItems);
    this.frame.append(
      h("div", { class: "dlg-head" }, h("h1", { class: "dlg-title" }, tr("importUiTitle")), steps),
      this.body,
      this.foot,
    );
    app.replaceChildren(this.frame);
    this.show(1);
  }

  // -------------------------------------------------------------------------------------------
  // Steps and the footer

  /** Shows a step; focus goes to the control `focusId` names, else to the step's first task. */
  private show(step: Step, focusId?: string): void {
    // Drawn again in place (a row's choice): the reader keeps their place in the list.
    const scroll = step === this.step ? this.body.scrollTop : 0;
    this.step = step;
    this.alert.replaceChildren();
    this.status.textContent = "";
    const n = step === "done" ? 4 : step;
    for (const [i, li] of this.stepItems.entries()) {
      li.classList.toggle("step-current", i + 1 === n);
      li.classList.toggle("step-done", i + 1 < n);
      if (i + 1 === n) li.setAttribute("aria-current", "step");
      else li.removeAttribute("aria-current");
    }
    if (step === 1) this.body.replaceChildren(this.step1);
    else if (step === 2) this.body.replaceChildren(this.buildStep2());
    else if (step === 3) this.body.replaceChildren(this.buildStep3());
    this.body.scrollTop = scroll;
    this.updateFooter();
    const wanted = focusId ? document.getElementById(focusId) : null;
    const first =
      step === 3
        ? (this.body.querySelector<HTMLElement>(".kind-ambiguous .pick, .kind-unknown .pick, .kind-duplicate .pick") ??
          document.getElementById("counts"))
        : this.body.querySelector<HTMLElement>("select:not(:disabled), input:not(:disabled), button");
    (wanted && !wanted.hidden ? wanted : first)?.focus();
  }

  private updateFooter(): void {
    this.foot.hidden = this.step === "done";
    this.back.hidden = this.step === 1 || this.step === "done";
    this.next.hidden = this.step === "done";
    this.next.removeAttribute("aria-busy");
    const label: Record<1 | 2 | 3, MessageKey> = { 1: "importUiNext", 2: "importUiPreview", 3: "importUiWrite" };
    if (this.step !== "done") this.next.replaceChildren(tr(label[this.step]));
    this.hint.textContent = "";
    this.hint.className = "foot-hint";
    this.next.disabled = false;
    if (this.step === 1) this.next.disabled = this.reading;
    if (this.step === 3) {
      const gate = this.writeGate();
      this.next.disabled = !gate.ok;
      this.hint.textContent = gate.text;
      if (!gate.ok) this.hint.classList.add("blocked");
    }
  }

  private say(message: string): void {
    this.alert.replaceChildren(h("div", { class: "notice notice-error" }, h("p", {}, message)));
  }

  /**
   * Runs a server call with every control disabled (one fieldset), the primary button showing
   * what is happening; the focused control gets the focus back if it is still there.
   */
  private async busyWith<T>(label: MessageKey, work: () => Promise<T>): Promise<T> {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : "";
    this.busy = true;
    this.alert.replaceChildren();
    this.frame.disabled = true;
    app.setAttribute("aria-busy", "true");
    this.next.setAttribute("aria-busy", "true");
    this.next.replaceChildren(spinner(), tr(label));
    this.status.textContent = tr(label);
    try {
      return await work();
    } finally {
      this.busy = false;
      this.frame.disabled = false;
      app.removeAttribute("aria-busy");
      this.status.textContent = "";
      this.updateFooter();
      const again = focused ? document.getElementById(focused) : null;
      if (again && !again.hidden) again.focus();
    }
  }

  private goBack(): void {
    if (this.busy) return;
    if (this.step === 2) this.show(1, this.mode === "sheet" ? "sheet" : "file-button");
    else if (this.step === 3) this.show(2);
  }

  private async goNext(): Promise<void> {
    if (this.busy) return;
    if (this.step === 1) await this.readHeaders();
    else if (this.step === 2) await this.runPreview(true);
    else if (this.step === 3) await this.write();
  }

  // -------------------------------------------------------------------------------------------
  // Step 1: the export and the period

  private buildStep1(remembered: string): HTMLElement {
    const radio = (value: "sheet" | "csv", key: MessageKey, disabled: boolean) => {
      const input = h("input", {
        type: "radio",
        name: "mode",
        id: `mode-${value}`,
        value,
        checked: this.mode === value,
        disabled,
      });
      input.addEventListener("change", () => {
        if (input.checked) this.setMode(value);
      });
      return h("label", { class: "choice", for: `mode-${value}` }, input, h("span", {}, tr(key)));
    };
    const noSheets = this.setup.sheets.length === 0;
    const sheetField = h(
      "div",
      { class: "field", id: "sheet-field" },
      h("label", { class: "label", for: "sheet" }, tr("importUiSheet")),
      noSheets ? null : h("div", { class: "box box-select narrow" }, this.sheetSelect),
    );
    const fileButton = h(
      "button",
      {
        type: "button",
        class: "secondary small",
        id: "file-button",
        "aria-describedby": "file-name file-hint file-info",
      },
      tr("importUiChooseFile"),
    );
    fileButton.addEventListener("click", () => this.fileInput.click());
    const csvField = h(
      "div",
      { class: "field", id: "csv-field" },
      h("label", { class: "label", for: "file-button" }, tr("importUiFile")),
      h("div", { class: "file-box" }, fileButton, this.fileName, this.fileInput),
      h("p", { class: "hint", id: "file-hint" }, tr("importUiFileHint")),
      this.fileInfo,
    );
    if (remembered !== "" && !this.setup.sheets.includes(remembered))
      this.fileInfo.replaceChildren(h("span", { class: "muted" }, tr("importUiRememberedFile", { file: remembered })));
    this.fileName.textContent = tr("importUiNoFileChosen");
    this.fileName.classList.add("muted");
    this.fileInput.addEventListener("change", () => void this.readFile());
    const period = h(
      "div",
      { class: "field" },
      h("label", { class: "label", for: "period" }, tr("importUiPeriod")),
      h("div", { class: "box box-select narrow" }, this.periodSelect),
      this.setup.closed.length > 0 ? h("p", { class: "hint", id: "period-hint" }, tr("importUiPeriodHint")) : null,
    );
    const section = h(
      "section",
      { class: "step-body step-1", "aria-labelledby": "s1-title" },
      h("h2", { class: "sr-only", id: "s1-title" }, tr("importUiStepSource")),
      h(
        "fieldset",
        { class: "group" },
        h("legend", { class: "label" }, tr("importUiSourceKind")),
        h(
          "div",
          { class: "choices" },
          radio("sheet", "importUiFromSheet", noSheets),
          radio("csv", "importUiFromCsv", false),
        ),
        noSheets ? h("p", { class: "hint" }, tr("importUiNoSheets")) : null,
      ),
      sheetField,
      csvField,
      period,
    );
    this.applyMode(section);
    return section;
  }

  private setMode(mode: "sheet" | "csv"): void {
    this.mode = mode;
    this.applyMode(this.step1);
    this.alert.replaceChildren();
  }

  private applyMode(section: HTMLElement): void {
    (section.querySelector("#sheet-field") as HTMLElement).hidden = this.mode !== "sheet";
    (section.querySelector("#csv-field") as HTMLElement).hidden = this.mode !== "csv";
  }

  /** Reads the chosen file: decoded, split and checked against the request's limits here. */
  private async readFile(): Promise<void> {
    const file = this.fileInput.files?.[0];
    const serial = ++this.csvSerial;
    this.csv = null;
    this.alert.replaceChildren();
    this.fileName.textContent = file ? file.name : tr("importUiNoFileChosen");
    this.fileName.classList.toggle("muted", !file);
    if (!file) {
      this.fileInfo.replaceChildren();
      return;
    }
    this.reading = true;
    this.updateFooter();
    const result = await readCsv(file, serial);
    if (serial !== this.csvSerial) return;
    this.reading = false;
    if (result.ok) {
      this.csv = result.csv;
      this.fileInfo.replaceChildren(h("span", { class: "file-ok" }, result.csv.summary));
    } else {
      this.fileInfo.replaceChildren(h("span", { class: "error" }, result.message));
    }
    this.updateFooter();
  }

  private source(): ImportSource | null {
    if (this.mode === "sheet") {
      const name = this.sheetSelect.value;
      return name ? { kind: "sheet", name } : null;
    }
    return this.csv ? { kind: "csv", name: this.csv.name, rows: this.csv.rows } : null;
  }

  private sourceKey(): string {
    return this.mode === "sheet" ? `sheet:${this.sheetSelect.value}` : `csv:${this.csv?.serial ?? 0}`;
  }

  private sourceName(): string {
    return this.mode === "sheet" ? this.sheetSelect.value : (this.csv?.name ?? "");
  }

  private async readHeaders(): Promise<void> {
    const source = this.source();
    if (!source) {
      this.say(this.mode === "csv" ? this.fileError() : tr("importUiNoSheets"));
      document.getElementById(this.mode === "csv" ? "file-button" : "sheet")?.focus();
      return;
    }
    if (!this.periodSelect.value) {
      this.say(tr("importUiPeriodHint"));
      this.periodSelect.focus();
      return;
    }
    const answer = await this.busyWith("importUiReading", () =>
      call<ImportHeaders>(() => run("getImportHeaders", source)),
    );
    if (!answer.ok) {
      this.say(answer.message);
      return;
    }
    const key = this.sourceKey();
    if (key !== this.headersOf) {
      // Another export: the rows resolved by hand belonged to the last one.
      this.headersOf = key;
      this.resetRows();
    }
    this.setHeaders(answer.headers, answer.nameColumn);
    this.show(2);
  }

  private fileError(): string {
    const shown = this.fileInfo.querySelector(".error")?.textContent;
    return shown || tr("importUiNoFile");
  }

  // -------------------------------------------------------------------------------------------
  // Step 2: the name column and the fields' columns

  /** New headers: earlier choices kept where their header is still there, else last time's, else a header named like the field. */
  private setHeaders(headers: string[], detected?: string): void {
    this.headers = headers.filter((x, i) => x !== "" && headers.indexOf(x) === i);
    const has = (text: string | undefined) => (text ? this.headers.find((x) => sameHeader(x, text)) : undefined);
    const remembered = this.setup.remembered;
    this.nameColumn = has(this.nameColumn) ?? has(remembered?.nameColumn) ?? has(detected) ?? "";
    const columns: Record<string, string> = {};
    for (const f of this.setup.fields) {
      const header =
        has(this.columns[f.key]) ?? has(remembered?.columns[f.key]) ?? has(f.key) ?? has(f.name) ?? undefined;
      if (header) columns[f.key] = header;
    }
    this.columns = columns;
  }

  private periodFields(): Field[] {
    const year = isYear(this.periodSelect.value);
    return this.setup.fields.filter((f) => (f.frequency === "year") === year);
  }

  private buildStep2(): HTMLElement {
    const period = periodName(this.periodSelect.value, lang);
    const nameSelect = h(
      "select",
      { id: "name-column", name: "nameColumn", "aria-describedby": "name-hint", required: true },
      h("option", { value: "" }, tr("importUiNameColumnPick")),
      ...this.headers.map((x) => h("option", { value: x }, x)),
    );
    nameSelect.value = this.nameColumn;
    nameSelect.addEventListener("change", () => {
      // Other names, other rows: what was resolved by hand no longer applies.
      this.nameColumn = nameSelect.value;
      this.resetRows();
      this.alert.replaceChildren();
    });

    const fields = this.periodFields();
    const remembered = this.setup.remembered;
    const usedRemembered = remembered !== null && fields.some((f) => remembered.columns[f.key] && this.columns[f.key]);
    const rows = fields.map((f, i) => {
      const id = `col-${i}`;
      const select = h(
        "select",
        { id, name: f.key },
        h("option", { value: "" }, tr("importUiNoImport")),
        ...this.headers.map((x) => h("option", { value: x }, x)),
      );
      select.value = this.columns[f.key] ?? "";
      select.dataset.field = f.key;
      const mark = () => select.closest(".map-row")?.classList.toggle("mapped", select.value !== "");
      select.addEventListener("change", () => {
        if (select.value) this.columns[f.key] = select.value;
        else delete this.columns[f.key];
        mark();
        this.alert.replaceChildren();
      });
      const row = h(
        "div",
        { class: `map-row${select.value ? " mapped" : ""}` },
        h(
          "label",
          { class: "map-label", for: id },
          h("span", { class: "key" }, f.key),
          h("span", { class: "map-name" }, f.name),
        ),
        h("div", { class: "box box-select" }, select),
      );
      return row;
    });
    const overwrite = h("input", {
      type: "checkbox",
      id: "overwrite",
      name: "overwrite",
      checked: this.overwrite,
      "aria-describedby": "overwrite-hint",
    });
    overwrite.addEventListener("change", () => {
      this.overwrite = overwrite.checked;
    });

    return h(
      "section",
      { class: "step-body step-2", "aria-labelledby": "s2-title" },
      h("h2", { class: "sr-only", id: "s2-title" }, tr("importUiStepColumns")),
      h("p", { class: "source-line" }, this.sourceName(), " · ", sentence(period)),
      h(
        "div",
        { class: "field name-field" },
        h("label", { class: "label", for: "name-column" }, tr("importUiNameColumn")),
        h("div", { class: "box box-select narrow" }, nameSelect),
        h("p", { class: "hint", id: "name-hint" }, tr("importUiNameColumnHint")),
      ),
      h(
        "fieldset",
        { class: "group" },
        h("legend", { class: "label" }, tr("importUiFieldsLegend", { period })),
        h(
          "p",
          { class: "hint fields-hint" },
          tr("importUiFieldsHint"),
          usedRemembered ? ` ${tr("importUiRememberedMapping")}` : "",
        ),
        rows.length > 0
          ? h("div", { class: "map-grid" }, ...rows)
          : h("p", { class: "error" }, tr("importUiNoFields", { period })),
      ),
      h(
        "div",
        { class: "check" },
        overwrite,
        h(
          "div",
          {},
          h("label", { for: "overwrite" }, tr("importUiOverwrite")),
          h("p", { class: "hint", id: "overwrite-hint" }, tr("importUiOverwriteHint")),
        ),
      ),
    );
  }

  private resetRows(): void {
    this.chosen = {};
    this.skipped.clear();
    this.attention.clear();
    this.preview = null;
    this.filter = null;
    this.stale = false;
    window.clearTimeout(this.again);
  }

  // -------------------------------------------------------------------------------------------
  // Step 3: the preview

  private request(write: boolean): ImportRequest | null {
    const source = this.source();
    if (!source) return null;
    const columns: Record<string, string> = {};
    for (const f of this.periodFields()) if (this.columns[f.key]) columns[f.key] = this.columns[f.key];
    const request: ImportRequest = {
      period: this.periodSelect.value,
      source,
      nameColumn: this.nameColumn,
      columns,
      overwrite: this.overwrite,
      chosen: { ...this.chosen },
      // The preview leaves unmatched rows to this dialog, which lists them itself; the write skips
      // them only when the user said so for each one left (Ghi is disabled before).
      skipUnmatched: write ? this.undecided().length === 0 && this.skippedRows().length > 0 : true,
      // The write is refused if the export is no longer the one previewed (an editor changed the sheet).
      ...(write && this.preview ? { digest: this.preview.digest } : {}),
    };
    return request;
  }

  /** Previews; from step 2 (`enter`) it checks the mapping first and moves on when it works. */
  private async runPreview(enter: boolean): Promise<void> {
    if (enter) {
      if (!this.nameColumn) {
        this.say(tr("importUiNameColumnNeeded"));
        document.getElementById("name-column")?.focus();
        return;
      }
      if (Object.keys(this.request(false)?.columns ?? {}).length === 0) {
        this.say(tr("importUiNoField"));
        this.body.querySelector<HTMLElement>(".map-grid select")?.focus();
        return;
      }
    }
    const request = this.request(false);
    if (!request) return;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : "";
    const answer = await this.busyWith("importUiPreviewing", () =>
      call<ImportPreview>(() => run("previewImport", request)),
    );
    if (!answer.ok) {
      if (answer.headers && this.step === 2) {
        this.setHeaders(answer.headers);
        this.show(2);
      }
      this.say(answer.message);
      return;
    }
    this.stale = false;
    this.takePreview(answer);
    // From step 3 the control that was changed is rebuilt: focus goes back to its replacement.
    this.show(3, enter ? undefined : focused);
  }

  private takePreview(preview: ImportPreview): void {
    this.preview = preview;
    for (const r of preview.rows) {
      if (UNMATCHED.has(r.kind) && !this.attention.has(r.row)) this.attention.set(r.row, []);
      if (r.kind === "ambiguous") this.attention.set(r.row, r.candidates);
      if (!UNMATCHED.has(r.kind)) this.skipped.delete(r.row);
    }
  }

  /** Rows still waiting for a unit or a "bỏ qua". */
  private undecided(): PreviewRow[] {
    return (this.preview?.rows ?? []).filter((r) => UNMATCHED.has(r.kind) && !this.skipped.has(r.row));
  }

  private skippedRows(): PreviewRow[] {
    return (this.preview?.rows ?? []).filter((r) => UNMATCHED.has(r.kind) && this.skipped.has(r.row));
  }

  private writeGate(): { ok: boolean; text: string } {
    const p = this.preview;
    if (!p) return { ok: false, text: "" };
    if (this.stale) return { ok: false, text: tr("importUiStale") };
    if (this.undecided().length > 0) return { ok: false, text: tr("importUiWriteBlocked") };
    if (p.problems.length > 0) return { ok: false, text: tr("importUiWriteProblems") };
    const count = p.rows.reduce((n, r) => n + r.cells.filter((c) => c.action === "write").length, 0);
    if (count === 0 && p.aliases.length === 0) return { ok: false, text: tr("importUiWriteNothing") };
    return { ok: true, text: tr("importUiWriteReady", { count, names: p.aliases.length }) };
  }

  private buildStep3(): HTMLElement {
    const p = this.preview!;
    const rows = p.rows;
    const kinds = (...k: PreviewRow["kind"][]) => rows.filter((r) => k.includes(r.kind) && !this.skipped.has(r.row));
    const cells = (action: PreviewCell["action"]) =>
      rows.reduce((n, r) => n + r.cells.filter((c) => c.action === action).length, 0);
    const parts: string[] = [tr("importUiCountMatched", { count: kinds("matched", "chosen").length })];
    const add = (count: number, key: MessageKey) => count > 0 && parts.push(tr(key, { count }));
    add(kinds("ambiguous").length, "importUiCountAmbiguous");
    add(kinds("unknown").length, "importUiCountUnknown");
    add(kinds("duplicate").length, "importUiCountDuplicate");
    add(this.skippedRows().length, "importUiCountSkipped");
    add(kinds("total").length, "importUiCountTotal");
    parts.push(tr("importUiCountWrite", { count: cells("write") }));
    add(cells("keep"), "importUiCountKeep");
    add(cells("reviewed"), "importUiCountReviewed");
    add(cells("invalid"), "importUiCountInvalid");

    // Why Ghi waits: the rows to resolve (this dialog's sentences), then the server's problems.
    const undecided = this.undecided();
    const sentences = [...undecided.map((r) => this.needSentence(r)), ...p.problems];
    const problems =
      sentences.length > 0
        ? h(
            "section",
            { class: "problems", "aria-labelledby": "problems-title" },
            h("h2", { class: "problems-title", id: "problems-title" }, tr("importUiProblems")),
            h("ul", {}, ...sentences.map((s) => h("li", {}, s))),
            undecided.length > 0
              ? h("div", { class: "problems-actions" }, this.skipRestButton(undecided.length))
              : null,
          )
        : null;

    const groups: Record<Filter, PreviewRow[]> = {
      all: rows,
      attention: rows.filter((r) => this.attention.has(r.row)),
      write: rows.filter((r) => r.cells.some((c) => c.action === "write")),
      other: rows.filter((r) => !r.cells.some((c) => c.action === "write")),
    };
    if (this.filter === null || (this.filter === "attention" && groups.attention.length === 0))
      this.filter = groups.attention.length > 0 ? "attention" : "all";
    const filterKeys: Record<Filter, MessageKey> = {
      all: "importUiFilterAll",
      attention: "importUiFilterAttention",
      write: "importUiFilterWrite",
      other: "importUiFilterOther",
    };
    const tbody = h("tbody");
    const fill = () => {
      const shown = groups[this.filter ?? "all"];
      tbody.replaceChildren(
        ...(shown.length > 0
          ? shown.map((r) => this.rowElement(r))
          : [h("tr", {}, h("td", { colspan: 4, class: "empty" }, tr("importUiFilterEmpty")))]),
      );
    };
    const filterButtons = (Object.keys(groups) as Filter[])
      .filter((f) => f !== "attention" || groups.attention.length > 0)
      .map((f) => {
        const b = h(
          "button",
          { type: "button", class: "seg", id: `filter-${f}`, "aria-pressed": String(this.filter === f) },
          tr(filterKeys[f], { count: groups[f].length }),
        );
        b.addEventListener("click", () => {
          this.filter = f;
          for (const other of b.parentElement!.querySelectorAll("button"))
            other.setAttribute("aria-pressed", String(other === b));
          fill();
        });
        return b;
      });
    fill();
    const refresh = h("button", { type: "button", class: "secondary small", id: "refresh" }, tr("importUiRefresh"));
    refresh.addEventListener("click", () => void this.runPreview(false));

    const learn =
      p.aliases.length > 0
        ? h(
            "section",
            { class: "learn", "aria-labelledby": "learn-title" },
            h("h2", { class: "learn-title", id: "learn-title" }, tr("importUiLearn")),
            h(
              "ul",
              {},
              ...p.aliases.map((a) =>
                h("li", {}, h("span", { class: "alias" }, a.name), " → ", this.unitNames.get(a.unitId) ?? a.unitId),
              ),
            ),
          )
        : null;

    return h(
      "section",
      { class: "step-body step-3", "aria-labelledby": "s3-title" },
      h("h2", { class: "sr-only", id: "s3-title" }, tr("importUiStepPreview")),
      h(
        "p",
        { class: "source-line" },
        tr("importUiSource", {
          source: this.sourceName(),
          period: sentence(periodName(this.periodSelect.value, lang)),
          column: p.nameColumn,
        }),
      ),
      // Focused when nothing is left to resolve: it is read first, and Ghi is one Tab away.
      h("p", { class: "counts", id: "counts", tabindex: -1 }, parts.join(" · ")),
      problems,
      h(
        "div",
        { class: "toolbar" },
        h("div", { class: "segs", role: "group", "aria-label": tr("importUiFilter") }, ...filterButtons),
        refresh,
      ),
      h(
        "table",
        { class: "rows", "aria-describedby": "counts" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col", class: "c-row" }, tr("importUiColRow")),
            h("th", { scope: "col", class: "c-name" }, tr("importUiColName")),
            h("th", { scope: "col", class: "c-unit" }, tr("importUiColUnit")),
            h("th", { scope: "col", class: "c-figs" }, tr("importUiColFigures")),
          ),
        ),
        tbody,
      ),
      learn,
      h("p", { class: "hint skip-note" }, tr("importUiSkipNote")),
    );
  }

  private skipRestButton(count: number): HTMLButtonElement {
    const b = h(
      "button",
      { type: "button", class: "secondary small", id: "skip-rest" },
      tr("importUiSkipRest", { count }),
    );
    b.addEventListener("click", () => {
      for (const r of this.undecided()) this.skipped.add(r.row);
      this.show(3, "next");
    });
    return b;
  }

  private needSentence(r: PreviewRow): string {
    const name = r.name;
    if (r.kind === "ambiguous" && r.candidates.length === 1)
      return tr("importUiNeedPartial", { row: r.row, name, candidate: r.candidates[0].name });
    if (r.kind === "ambiguous") {
      const candidates = r.candidates.map((c) => c.name).join(lang === "vi" ? " và " : " and ");
      return tr("importUiNeedAmbiguous", { row: r.row, name, candidates });
    }
    if (r.kind === "duplicate") {
      const unit = r.candidates[0];
      const others = (this.preview?.rows ?? [])
        .filter((x) => x.kind === "duplicate" && x.row !== r.row && x.candidates[0]?.id === unit?.id)
        .map((x) => x.row)
        .join(", ");
      return tr("importUiNeedDuplicate", { row: r.row, name, rows: others || "?", unit: unit?.name ?? "?" });
    }
    return name === "" ? tr("importUiNeedNoName", { row: r.row }) : tr("importUiNeedUnknown", { row: r.row, name });
  }

  private rowElement(r: PreviewRow): HTMLTableRowElement {
    const skipped = UNMATCHED.has(r.kind) && this.skipped.has(r.row);
    const line = h("tr", { class: `row kind-${r.kind}${skipped ? " skipped" : ""}` });
    line.dataset.row = String(r.row);
    line.dataset.kind = skipped ? "skipped" : r.kind;
    const nameCell = h("td", { class: "c-name" });
    if (r.name) nameCell.textContent = r.name;
    else nameCell.append(h("span", { class: "muted" }, tr("importUiNoName")));
    line.append(h("td", { class: "c-row" }, String(r.row)), nameCell, this.unitCell(r, skipped), this.figuresCell(r));
    return line;
  }

  private unitCell(r: PreviewRow, skipped: boolean): HTMLTableCellElement {
    const td = h("td", { class: "c-unit" });
    if (r.kind === "matched") {
      td.append(h("span", { class: "unit" }, this.unitNames.get(r.unitId ?? "") ?? r.unitId ?? ""));
      if (r.how && HOW_KEYS[r.how]) td.append(h("span", { class: "how" }, tr(HOW_KEYS[r.how])));
      return td;
    }
    if (r.kind === "total") {
      td.append(h("span", { class: "muted" }, tr("importUiKindTotal")));
      return td;
    }
    const state: Record<string, MessageKey> = {
      ambiguous: "importUiKindAmbiguous",
      unknown: "importUiKindUnknown",
      duplicate: "importUiKindDuplicate",
      chosen: "importUiHowChosen",
    };
    const id = `pick-${r.row}`;
    const candidates = r.kind === "ambiguous" ? r.candidates : (this.attention.get(r.row) ?? []);
    const select = h(
      "select",
      { id, name: id, class: "pick" },
      h("option", { value: "" }, tr("importUiPickNone")),
      h("option", { value: "skip" }, tr("importUiPickSkip")),
      candidates.length > 0
        ? h(
            "optgroup",
            { label: tr("importUiPickCandidates") },
            ...candidates.map((c) => h("option", { value: c.id }, c.name)),
          )
        : null,
      h(
        "optgroup",
        { label: tr("importUiPickAll") },
        ...this.setup.units.map((u) => h("option", { value: u.id }, u.name)),
      ),
    );
    select.value = this.chosen[String(r.row)] ?? (skipped ? "skip" : "");
    select.addEventListener("change", () => this.pick(r.row, select.value));
    const partial = r.kind === "ambiguous" && r.candidates.length === 1;
    const label = skipped
      ? tr("importUiKindSkipped")
      : tr(partial ? "importUiKindPartial" : (state[r.kind] ?? "importUiKindUnknown"));
    // Its name says which row it is for, then the row's state, which is what shows.
    td.append(
      h(
        "label",
        { class: `pick-state state-${skipped ? "skipped" : r.kind}`, for: id },
        h("span", { class: "sr-only" }, `${tr("importUiPickLabel", { row: r.row })}: `),
        label,
      ),
      h("div", { class: "box box-select" }, select),
    );
    return td;
  }

  private figuresCell(r: PreviewRow): HTMLTableCellElement {
    const td = h("td", { class: "c-figs" });
    if (r.cells.length === 0) {
      td.append(h("span", { class: "muted" }, "—"));
      return td;
    }
    td.append(
      h(
        "ul",
        { class: "figs" },
        ...r.cells.map((c) =>
          h(
            "li",
            { class: `fig act-${c.action}` },
            h("span", { class: "key" }, c.key),
            h(
              "span",
              { class: "change" },
              h("span", { class: "old" }, c.old || tr("importUiEmpty")),
              " → ",
              h("span", { class: "new" }, c.value || tr("importUiEmpty")),
            ),
            h("span", { class: "act" }, tr(ACTION_KEYS[c.action] ?? "importUiActInvalid")),
          ),
        ),
      ),
    );
    return td;
  }

  /** A unit chosen for a row re-previews; "bỏ qua" and "chưa chọn" change only this dialog's state. */
  /**
   * A row's drop-down changed. The row shows it at once; a unit chosen is previewed again once the
   * drop-down rests (arrow keys change a closed drop-down one option at a time), and Ghi waits for it.
   */
  private pick(row: number, value: string): void {
    const key = String(row);
    const had = this.chosen[key];
    if (value === "skip") this.skipped.add(row);
    else this.skipped.delete(row);
    if (value === "" || value === "skip") delete this.chosen[key];
    else this.chosen[key] = value;
    if (had !== this.chosen[key]) this.stale = true;
    this.show(3, `pick-${row}`);
    if (!this.stale) return;
    window.clearTimeout(this.again);
    this.again = window.setTimeout(() => {
      this.again = undefined;
      if (this.step === 3 && !this.busy) void this.runPreview(false);
    }, PICK_SETTLE_MS);
  }

  // -------------------------------------------------------------------------------------------
  // Writing

  private async write(): Promise<void> {
    if (!this.writeGate().ok) return;
    const request = this.request(true);
    if (!request) return;
    const answer = await this.busyWith("importUiWriting", () => call<ImportResult>(() => run("applyImport", request)));
    if (!answer.ok) {
      this.say(answer.message);
      return;
    }
    this.done(answer);
  }

  private done(result: ImportResult): void {
    const again = h("button", { type: "button", class: "secondary", id: "again" }, tr("importUiAgain"));
    const close = h("button", { type: "button", class: "primary", id: "close" }, tr("importUiClose"));
    again.addEventListener("click", () => void load());
    close.addEventListener("click", () => closeDialog());
    this.body.replaceChildren(
      h(
        "section",
        { class: "step-body done" },
        h("div", { class: "notice notice-ok result", role: "status" }, h("p", {}, result.message)),
        h("div", { class: "done-buttons" }, close, again),
      ),
    );
    this.show("done", "close");
  }
}

/** The file's rows, or why they cannot be sent, in one sentence. */
async function readCsv(file: File, serial: number): Promise<{ ok: true; csv: Csv } | { ok: false; message: string }> {
  const name = file.name.slice(0, MAX_IMPORT_TEXT);
  const fail = (key: MessageKey, params: MessageParams = {}) => ({
    ok: false as const,
    message: tr(key, { file: name, ...params }),
  });
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(file.name)) return fail("importUiFileSpreadsheet");
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return fail("importUiFileUnreadable", { reason: reasonOf(error) });
  }
  const decoded = decodeCsv(bytes);
  const separator = detectSeparator(decoded.text);
  // Trailing empty cells (a spreadsheet's `;;;;`) are not columns.
  const rows = parseCsv(decoded.text, separator).map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === "") end--;
    return row.slice(0, end);
  });
  if (rows.length === 0) return fail("importUiFileEmpty");
  if (rows.length > MAX_IMPORT_ROWS)
    return fail("importUiFileTooManyRows", { rows: rows.length, max: MAX_IMPORT_ROWS });
  for (const [i, row] of rows.entries()) {
    if (row.length > MAX_IMPORT_COLUMNS)
      return fail("importUiFileTooManyColumns", { row: i + 1, columns: row.length, max: MAX_IMPORT_COLUMNS });
    if (row.some((c) => c.length > MAX_IMPORT_TEXT))
      return fail("importUiFileCellTooLong", { row: i + 1, max: MAX_IMPORT_TEXT });
  }
  const encoding = ENCODING_NAMES[decoded.encoding];
  const summary = tr("importUiFileRead", {
    encoding: decoded.bom ? tr("importUiEncodingBom", { encoding }) : encoding,
    separator: separator === "\t" ? tr("importUiTab") : `“${separator}”`,
    rows: rows.length,
  });
  return { ok: true, csv: { name, rows, summary, serial } };
}

void load();
