// One call builds every fake Apps Script service around one spreadsheet, one call log and one
// realm. `globals` holds exactly the names the Apps Script runtime provides, so a test can run
// the bundle with `vm.createContext({ ...fakes.globals })` and then `fakes.useRealmOf(context)`.

import vm from "node:vm";
import { CallLog } from "./calls";
import { createChartsGlobal } from "./charts";
import { FakeDocumentApp } from "./document";
import type { FakeEnv } from "./env";
import { FakeHtmlService } from "./html";
import { FakeLockService } from "./lock";
import { FakeConsole, FakeLogger } from "./logger";
import { FakeMailApp } from "./mail";
import { FakePropertiesService } from "./properties";
import { Realm } from "./realm";
import { FakeSession } from "./session";
import { FakeSpreadsheet } from "./spreadsheet";
import { FakeSpreadsheetApp } from "./spreadsheet-app";
import { FakeScriptApp } from "./triggers";
import { FakeUi } from "./ui";
import { FakeUtilities } from "./utilities";

export interface FakeServicesOptions {
  /** The spreadsheet's and the script's time zone; "Asia/Ho_Chi_Minh" by default. */
  timeZone?: string;
  /** The active (and effective) user's e-mail; "admin@example.gov.vn" by default. */
  activeUser?: string;
  /** Recipients MailApp may still send to today; 100 (a consumer account) by default. */
  mailQuota?: number;
  /** Project HTML files for HtmlService, by name (`Sidebar` or `Sidebar.html`). */
  htmlFiles?: Record<string, string>;
  /** The Date constructor of the realm running the code (see `useRealmOf`). */
  dateCtor?: DateConstructor;
  /** The Error constructor of that realm. */
  errorCtor?: ErrorConstructor;
  /** The spreadsheet's locale; "vi_VN" by default. */
  locale?: string;
  /** The sheets a new spreadsheet starts with; ["Sheet1"] by default. */
  sheetNames?: string[];
  /** The spreadsheet's owner; "owner@example.gov.vn" by default (not the active user). */
  owner?: string;
}

/** The globals of the Apps Script runtime, as fakes. */
export interface FakeGlobals {
  SpreadsheetApp: FakeSpreadsheetApp;
  DocumentApp: FakeDocumentApp;
  HtmlService: FakeHtmlService;
  LockService: FakeLockService;
  PropertiesService: FakePropertiesService;
  Session: FakeSession;
  Utilities: FakeUtilities;
  ScriptApp: FakeScriptApp;
  MailApp: FakeMailApp;
  Charts: ReturnType<typeof createChartsGlobal>;
  Logger: FakeLogger;
  console: FakeConsole;
}

export interface FakeServices {
  globals: FakeGlobals;
  ss: FakeSpreadsheet;
  spreadsheetApp: FakeSpreadsheetApp;
  documentApp: FakeDocumentApp;
  calls: CallLog;
  ui: FakeUi;
  lock: FakeLockService;
  mail: FakeMailApp;
  triggers: FakeScriptApp;
  properties: FakePropertiesService;
  session: FakeSession;
  utilities: FakeUtilities;
  html: FakeHtmlService;
  logger: FakeLogger;
  console: FakeConsole;
  realm: Realm;
  /** Dates handed to the code are made with this constructor from now on. */
  setDateCtor(ctor: DateConstructor): void;
  /** Dates and errors handed to the code are made in this vm context's realm from now on. */
  useRealmOf(context: vm.Context): void;
}

export function createFakeServices(options: FakeServicesOptions = {}): FakeServices {
  const timeZone = options.timeZone ?? "Asia/Ho_Chi_Minh";
  const calls = new CallLog();
  const realm = new Realm(options.dateCtor, options.errorCtor);
  const env: FakeEnv = { calls, realm };

  const session = new FakeSession(env, { activeUser: options.activeUser, timeZone });
  const currentUser = () => session.activeUser;
  const ss = new FakeSpreadsheet(env, {
    timeZone,
    locale: options.locale,
    // The owner is a DX-office account of its own: a clerk running the add-on is never the owner by accident.
    owner: options.owner ?? "owner@example.gov.vn",
    sheetNames: options.sheetNames,
    currentUser,
  });
  const ui = new FakeUi(env);
  const spreadsheetApp = new FakeSpreadsheetApp(env, ss, ui);
  const documentApp = new FakeDocumentApp(env);
  const lock = new FakeLockService(env);
  const properties = new FakePropertiesService(env, currentUser);
  const utilities = new FakeUtilities(env);
  // Installable triggers run as, and belong to, the effective user.
  const triggers = new FakeScriptApp(env, () => session.effectiveUser);
  const mail = new FakeMailApp(env, options.mailQuota ?? 100);
  const html = new FakeHtmlService(env, options.htmlFiles ?? {});
  const logger = new FakeLogger(env);
  const fakeConsole = new FakeConsole(env);

  const globals: FakeGlobals = {
    SpreadsheetApp: spreadsheetApp,
    DocumentApp: documentApp,
    HtmlService: html,
    LockService: lock,
    PropertiesService: properties,
    Session: session,
    Utilities: utilities,
    ScriptApp: triggers,
    MailApp: mail,
    Charts: createChartsGlobal(),
    Logger: logger,
    console: fakeConsole,
  };

  return {
    globals,
    ss,
    spreadsheetApp,
    documentApp,
    calls,
    ui,
    lock,
    mail,
    triggers,
    properties,
    session,
    utilities,
    html,
    logger,
    console: fakeConsole,
    realm,
    setDateCtor(ctor) {
      realm.dateCtor = ctor;
    },
    useRealmOf(context) {
      realm.dateCtor = vm.runInContext("Date", context) as DateConstructor;
      realm.errorCtor = vm.runInContext("Error", context) as ErrorConstructor;
    },
  };
}

export { type CallEntry, CallLog, type Fault, SERVICE_FAILED_MESSAGE } from "./calls";
export { type ChartSummary, FakeEmbeddedChart, FakeEmbeddedChartBuilder } from "./charts";
export { FakeDataValidation, FakeDataValidationBuilder, type ValidationSummary } from "./data-validation";
export {
  type Attrs,
  CLOSED_MESSAGE,
  FakeBody,
  FakeDocument,
  FakeDocumentApp,
  FakeParagraph,
  FakeTable,
  FakeTableCell,
  LAST_PARAGRAPH_MESSAGE,
  TABLE_NEIGHBOUR_MESSAGE,
} from "./document";
export { FakeHtmlOutput, FakeHtmlService, FakeHtmlTemplate } from "./html";
export { FakeLock, FakeLockService, LOCK_TIMEOUT_MESSAGE, type LockAttempt } from "./lock";
export { type ConsoleEntry, FakeConsole, FakeLogger } from "./logger";
export { FakeMailApp, QUOTA_MESSAGE, type SentMail } from "./mail";
export { FakeProperties, FakePropertiesService, MAX_STORE_BYTES, MAX_VALUE_BYTES } from "./properties";
export { FakeProtection, type ProtectionSummary } from "./protection";
export { FakeRange } from "./range";
export { asFake, asReal } from "./real-types";
export { isDate, Realm } from "./realm";
export { FakeSession, FakeUser } from "./session";
export { FakeSheet, PROTECTED_MESSAGE, type SheetSnapshot } from "./sheet";
export { FakeSpreadsheet, type Toast } from "./spreadsheet";
export { FakeSpreadsheetApp, UI_UNAVAILABLE_MESSAGE } from "./spreadsheet-app";
export { FakeScriptApp, FakeTrigger, type TriggerConfig } from "./triggers";
export { type AlertRecord, FakeMenu, FakeUi, type PromptRecord, type ShownHtml } from "./ui";
export { FakeUtilities } from "./utilities";
