// HtmlService: HTML outputs and templates built from a map of project files given to the factory.

import { FakeBlob } from "./blob";
import { Counted, type FakeEnv } from "./env";
import { asReal, enumName, enumOf, type FakeEnum } from "./real-types";

type GOutput = GoogleAppsScript.HTML.HtmlOutput;
type GTemplate = GoogleAppsScript.HTML.HtmlTemplate;

type OutputMethods =
  | "addMetaTag"
  | "append"
  | "appendUntrusted"
  | "clear"
  | "getBlob"
  | "getContent"
  | "getHeight"
  | "getTitle"
  | "getWidth"
  | "setContent"
  | "setFaviconUrl"
  | "setHeight"
  | "setSandboxMode"
  | "setTitle"
  | "setWidth"
  | "setXFrameOptionsMode";

function escapeHtml(s: unknown): string {
  return String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export class FakeHtmlOutput extends Counted implements Pick<GOutput, OutputMethods> {
  title = "";
  width: number | null = null;
  height: number | null = null;
  sandboxMode: string | null = null;
  xFrameOptionsMode: string | null = null;
  faviconUrl: string | null = null;
  readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    env: FakeEnv,
    public content = "",
  ) {
    super(env, "HtmlOutput");
  }

  private self(): GOutput {
    return asReal<GOutput>(this);
  }

  addMetaTag(name: string, content: string): GOutput {
    this.track("addMetaTag", name, content);
    this.metaTags.push({ name, content });
    return this.self();
  }

  append(addedContent: string): GOutput {
    this.track("append", addedContent);
    this.content += addedContent;
    return this.self();
  }

  appendUntrusted(addedContent: string): GOutput {
    this.track("appendUntrusted", addedContent);
    this.content += escapeHtml(addedContent);
    return this.self();
  }

  clear(): GOutput {
    this.track("clear");
    this.content = "";
    return this.self();
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    this.track("getBlob");
    return asReal<GoogleAppsScript.Base.Blob>(new FakeBlob(this.env, Buffer.from(this.content, "utf8"), "text/html"));
  }

  getContent(): string {
    this.track("getContent");
    return this.content;
  }

  setContent(content: string): GOutput {
    this.track("setContent", content);
    this.content = content;
    return this.self();
  }

  getTitle(): string {
    this.track("getTitle");
    return this.title;
  }

  setTitle(title: string): GOutput {
    this.track("setTitle", title);
    this.title = title;
    return this.self();
  }

  getWidth(): number {
    this.track("getWidth");
    return this.width ?? 0;
  }

  setWidth(width: number): GOutput {
    this.track("setWidth", width);
    this.width = width;
    return this.self();
  }

  getHeight(): number {
    this.track("getHeight");
    return this.height ?? 0;
  }

  setHeight(height: number): GOutput {
    this.track("setHeight", height);
    this.height = height;
    return this.self();
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GOutput {
    this.track("setSandboxMode", mode);
    this.sandboxMode = enumName(mode);
    return this.self();
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GOutput {
    this.track("setXFrameOptionsMode", mode);
    this.xFrameOptionsMode = enumName(mode);
    return this.self();
  }

  setFaviconUrl(iconUrl: string): GOutput {
    this.track("setFaviconUrl", iconUrl);
    this.faviconUrl = iconUrl;
    return this.self();
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Compiles `<? code ?>`, `<?= escaped ?>` and `<?!= raw ?>` scriptlets into a function body. */
function compileTemplate(source: string): string {
  const parts: string[] = ['let __out = "";'];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    if (m.index > last) parts.push(`__out += ${JSON.stringify(source.slice(last, m.index))};`);
    const code = m[2].trim();
    if (m[1] === "=") parts.push(`__out += __escape(${code});`);
    else if (m[1] === "!=") parts.push(`__out += String(${code});`);
    else parts.push(code);
    last = re.lastIndex;
  }
  if (last < source.length) parts.push(`__out += ${JSON.stringify(source.slice(last))};`);
  parts.push("return __out;");
  return parts.join("\n");
}

/**
 * A template: assign properties (`t.data = ...`), then evaluate(). Scriptlets see the template's
 * properties as variables. Real templates escape by context; this one HTML-escapes `<?= ?>`.
 */
export class FakeHtmlTemplate extends Counted implements Pick<GTemplate, "evaluate" | "getCode" | "getRawContent"> {
  [property: string]: unknown;
  private readonly ownKeys: Set<string>;

  constructor(
    env: FakeEnv,
    private readonly source: string,
    /** Names visible to every template besides its own properties (the script's globals). */
    private readonly scope: Readonly<Record<string, unknown>> = {},
  ) {
    super(env, "HtmlTemplate");
    this.ownKeys = new Set([...Object.keys(this), "ownKeys"]);
  }

  evaluate(): GOutput {
    this.track("evaluate");
    const props = Object.keys(this).filter((k) => !this.ownKeys.has(k));
    const vars: Record<string, unknown> = { ...this.scope };
    for (const k of props) vars[k] = this[k];
    const names = Object.keys(vars).filter((k) => IDENTIFIER.test(k));
    const values = names.map((k) => vars[k]);
    let html: string;
    try {
      html = new Function("__escape", ...names, compileTemplate(this.source))(escapeHtml, ...values) as string;
    } catch (e) {
      throw this.fail(`Fake HtmlService: template evaluation failed: ${(e as Error).message}`);
    }
    return asReal<GOutput>(new FakeHtmlOutput(this.env, html));
  }

  getCode(): string {
    this.track("getCode");
    return compileTemplate(this.source);
  }

  getRawContent(): string {
    this.track("getRawContent");
    return this.source;
  }
}

type ServiceMethods = "createHtmlOutput" | "createHtmlOutputFromFile" | "createTemplate" | "createTemplateFromFile";

export class FakeHtmlService extends Counted implements Pick<GoogleAppsScript.HTML.HtmlService, ServiceMethods> {
  readonly SandboxMode: FakeEnum<typeof GoogleAppsScript.HTML.SandboxMode> = enumOf("EMULATED", "IFRAME", "NATIVE");
  readonly XFrameOptionsMode: FakeEnum<typeof GoogleAppsScript.HTML.XFrameOptionsMode> = enumOf("ALLOWALL", "DEFAULT");

  /**
   * Names every template can use besides its own properties: real templates run in the script's
   * global scope, so `<?!= include("Styles") ?>` calls the script's own `include`.
   */
  templateGlobals: Record<string, unknown> = {};

  constructor(
    env: FakeEnv,
    /** Project HTML files by name (`Sidebar` or `Sidebar.html`). */
    readonly files: Record<string, string> = {},
  ) {
    super(env, "HtmlService");
  }

  private file(name: string): string {
    const base = String(name).replace(/\.html$/, "");
    const text = this.files[base] ?? this.files[`${base}.html`];
    if (text === undefined) throw this.fail(`No HTML file named ${name} was found.`);
    return text;
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GOutput {
    this.track("createHtmlOutput", html);
    const content = html === undefined ? "" : typeof html === "string" ? html : html.getBlob().getDataAsString();
    return asReal<GOutput>(new FakeHtmlOutput(this.env, content));
  }

  createHtmlOutputFromFile(filename: string): GOutput {
    this.track("createHtmlOutputFromFile", filename);
    return asReal<GOutput>(new FakeHtmlOutput(this.env, this.file(filename)));
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): GTemplate {
    this.track("createTemplate", html);
    const source = typeof html === "string" ? html : html.getBlob().getDataAsString();
    return asReal<GTemplate>(new FakeHtmlTemplate(this.env, source, this.templateGlobals));
  }

  createTemplateFromFile(filename: string): GTemplate {
    this.track("createTemplateFromFile", filename);
    return asReal<GTemplate>(new FakeHtmlTemplate(this.env, this.file(filename), this.templateGlobals));
  }
}
