// Ui: menus, alerts, prompts, sidebars and dialogs. Tests script the user's answers in advance
// (`queueAlert("YES")`, `queuePrompt("2023-06", "OK")`) and read what was shown afterwards.

import { Counted, type FakeEnv } from "./env";
import { FakeHtmlOutput } from "./html";
import { asFake, asReal, enumMember, enumName, enumOf, type FakeEnum } from "./real-types";

type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;
type ButtonEnum = typeof GoogleAppsScript.Base.Button;
type ButtonSetEnum = typeof GoogleAppsScript.Base.ButtonSet;
export type ButtonName = keyof ButtonEnum & string;
export type ButtonSetName = keyof ButtonSetEnum & string;

export type MenuEntry =
  | { kind: "item"; caption: string; functionName: string }
  | { kind: "separator" }
  | { kind: "submenu"; menu: FakeMenu };

export class FakeMenu extends Counted implements Pick<GMenu, "addItem" | "addSeparator" | "addSubMenu" | "addToUi"> {
  readonly entries: MenuEntry[] = [];

  constructor(
    env: FakeEnv,
    private readonly ui: FakeUi,
    /** The caption; null for an add-on menu (Sheets titles it with the add-on's name). */
    readonly title: string | null,
  ) {
    super(env, "Menu");
  }

  /** Test accessor: item captions in order, separators as "---", submenus as "Title ▸". */
  captions(): string[] {
    return this.entries.map((e) =>
      e.kind === "item" ? e.caption : e.kind === "separator" ? "---" : `${e.menu.title ?? ""} ▸`,
    );
  }

  /** Test accessor: every function name the menu (and its submenus) can call. */
  functionNames(): string[] {
    return this.entries.flatMap((e) =>
      e.kind === "item" ? [e.functionName] : e.kind === "submenu" ? e.menu.functionNames() : [],
    );
  }

  addItem(caption: string, functionName: string): GMenu {
    this.track("addItem", caption, functionName);
    if (typeof functionName !== "string") {
      throw this.fail("Fake Ui: addItem takes the function's name as a string, not the function.");
    }
    this.entries.push({ kind: "item", caption, functionName });
    return asReal<GMenu>(this);
  }

  addSeparator(): GMenu {
    this.track("addSeparator");
    this.entries.push({ kind: "separator" });
    return asReal<GMenu>(this);
  }

  addSubMenu(menu: GMenu): GMenu {
    this.track("addSubMenu", menu);
    this.entries.push({ kind: "submenu", menu: asFake(menu, FakeMenu, "Menu") });
    return asReal<GMenu>(this);
  }

  addToUi(): void {
    this.track("addToUi");
    this.ui.menus.push(this);
  }
}

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: ButtonSetName;
  answer: ButtonName;
}

export interface PromptRecord extends AlertRecord {
  responseText: string;
}

export interface ShownHtml {
  kind: "sidebar" | "modal" | "modeless";
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

export class FakePromptResponse
  extends Counted
  implements Pick<GoogleAppsScript.Base.PromptResponse, "getResponseText" | "getSelectedButton">
{
  constructor(
    env: FakeEnv,
    private readonly text: string,
    private readonly button: ButtonName,
  ) {
    super(env, "PromptResponse");
  }

  getResponseText(): string {
    this.track("getResponseText");
    return this.text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    this.track("getSelectedButton");
    return enumMember<ButtonEnum>(this.button);
  }
}

const FIRST_BUTTON: Record<ButtonSetName, ButtonName> = {
  OK: "OK",
  OK_CANCEL: "OK",
  YES_NO: "YES",
  YES_NO_CANCEL: "YES",
};

type UiMethods =
  | "alert"
  | "createAddonMenu"
  | "createMenu"
  | "prompt"
  | "showModalDialog"
  | "showModelessDialog"
  | "showSidebar";

export class FakeUi extends Counted implements Pick<GUi, UiMethods> {
  readonly Button: FakeEnum<ButtonEnum> = enumOf("CLOSE", "OK", "CANCEL", "YES", "NO");
  readonly ButtonSet: FakeEnum<ButtonSetEnum> = enumOf("OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL");

  /** Menus added with addToUi, in order. */
  readonly menus: FakeMenu[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly sidebars: ShownHtml[] = [];
  readonly dialogs: ShownHtml[] = [];
  private readonly alertAnswers: ButtonName[] = [];
  private readonly promptAnswers: { text: string; button: ButtonName }[] = [];

  constructor(env: FakeEnv) {
    super(env, "Ui");
  }

  /** Test knob: the button the user clicks in the next alert. Unscripted alerts get the first button (OK or YES). */
  queueAlert(button: ButtonName): void {
    this.alertAnswers.push(button);
  }

  /** Test knob: what the user types and clicks in the next prompt. Unscripted prompts are closed (CLOSE, ""). */
  queuePrompt(text: string, button: ButtonName = "OK"): void {
    this.promptAnswers.push({ text, button });
  }

  /** Test accessor: the menu with this title. */
  menu(title: string): FakeMenu | undefined {
    return this.menus.find((m) => m.title === title);
  }

  createMenu(caption: string): GMenu {
    this.track("createMenu", caption);
    return asReal<GMenu>(new FakeMenu(this.env, this, caption));
  }

  createAddonMenu(): GMenu {
    this.track("createAddonMenu");
    return asReal<GMenu>(new FakeMenu(this.env, this, null));
  }

  private dialogArgs(
    a: string,
    b: string | GoogleAppsScript.Base.ButtonSet | undefined,
    c: GoogleAppsScript.Base.ButtonSet | undefined,
  ): { title: string | null; prompt: string; buttons: ButtonSetName } {
    if (typeof b === "string" && c !== undefined) return { title: a, prompt: b, buttons: enumName(c) as ButtonSetName };
    return { title: null, prompt: a, buttons: b === undefined ? "OK" : (enumName(b) as ButtonSetName) };
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(
    titleOrPrompt: string,
    promptOrButtons?: string | GoogleAppsScript.Base.ButtonSet,
    buttons?: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.Button {
    this.track("alert", ...[titleOrPrompt, promptOrButtons, buttons].filter((x) => x !== undefined));
    const args = this.dialogArgs(titleOrPrompt, promptOrButtons, buttons);
    const answer = this.alertAnswers.shift() ?? FIRST_BUTTON[args.buttons] ?? "OK";
    this.alerts.push({ ...args, answer });
    return enumMember<ButtonEnum>(answer);
  }

  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons). */
  prompt(
    titleOrPrompt: string,
    promptOrButtons?: string | GoogleAppsScript.Base.ButtonSet,
    buttons?: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.PromptResponse {
    this.track("prompt", ...[titleOrPrompt, promptOrButtons, buttons].filter((x) => x !== undefined));
    const args = this.dialogArgs(titleOrPrompt, promptOrButtons, buttons);
    const answer = this.promptAnswers.shift() ?? { text: "", button: "CLOSE" as const };
    this.prompts.push({ ...args, answer: answer.button, responseText: answer.text });
    return asReal<GoogleAppsScript.Base.PromptResponse>(new FakePromptResponse(this.env, answer.text, answer.button));
  }

  private shown(kind: ShownHtml["kind"], html: GoogleAppsScript.HTML.HtmlOutput, title?: string): ShownHtml {
    const out = asFake(html, FakeHtmlOutput, "HtmlOutput");
    return { kind, title: title ?? out.title, content: out.content, width: out.width, height: out.height };
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.track("showSidebar", userInterface);
    this.sidebars.push(this.shown("sidebar", userInterface));
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.track("showModalDialog", userInterface, title);
    this.dialogs.push(this.shown("modal", userInterface, title));
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.track("showModelessDialog", userInterface, title);
    this.dialogs.push(this.shown("modeless", userInterface, title));
  }
}
