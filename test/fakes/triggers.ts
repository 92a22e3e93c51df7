// ScriptApp: installable triggers (time-driven and spreadsheet), with their schedule kept for
// assertions, and the ScriptApp enums.

import { Counted, type FakeEnv } from "./env";
import { asReal, enumMember, enumName, enumOf, type FakeEnum } from "./real-types";
import { isDate } from "./realm";

type GTrigger = GoogleAppsScript.Script.Trigger;
type GTriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;
type GClockBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;
type GSpreadsheetBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
type EventTypeEnum = typeof GoogleAppsScript.Script.EventType;
type TriggerSourceEnum = typeof GoogleAppsScript.Script.TriggerSource;

export type EventTypeName = keyof EventTypeEnum & string;
export type TriggerSourceName = keyof TriggerSourceEnum & string;

/** Apps Script allows 20 triggers per user per script. */
export const MAX_TRIGGERS_PER_USER = 20;

/** What a trigger was built with; fields the builder did not set are undefined. */
export interface TriggerConfig {
  monthDay?: number;
  weekDay?: string;
  hour?: number;
  nearMinute?: number;
  timeZone?: string;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  afterMs?: number;
  at?: Date;
  atDate?: { year: number; month: number; day: number };
}

/** A document's id, read directly from a fake so that the lookup is not counted as a call. */
function documentId(doc: { getId(): string }): string {
  const own = (doc as { id?: unknown }).id;
  return typeof own === "string" ? own : doc.getId();
}

export class FakeTrigger
  extends Counted
  implements
    Pick<GTrigger, "getEventType" | "getHandlerFunction" | "getTriggerSource" | "getTriggerSourceId" | "getUniqueId">
{
  constructor(
    env: FakeEnv,
    readonly uniqueId: string,
    readonly handler: string,
    readonly eventType: EventTypeName,
    readonly source: TriggerSourceName,
    readonly sourceId: string,
    /** Who created it: installable triggers run as their creator. */
    readonly owner: string,
    /** Test accessor for the schedule of a time-driven trigger. */
    readonly config: Readonly<TriggerConfig>,
  ) {
    super(env, "Trigger");
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    this.track("getEventType");
    return enumMember<EventTypeEnum>(this.eventType);
  }

  getHandlerFunction(): string {
    this.track("getHandlerFunction");
    return this.handler;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.track("getTriggerSource");
    return enumMember<TriggerSourceEnum>(this.source);
  }

  getTriggerSourceId(): string {
    this.track("getTriggerSourceId");
    return this.sourceId;
  }

  getUniqueId(): string {
    this.track("getUniqueId");
    return this.uniqueId;
  }
}

export class FakeTriggerBuilder extends Counted implements Pick<GTriggerBuilder, "forSpreadsheet" | "timeBased"> {
  constructor(
    env: FakeEnv,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {
    super(env, "TriggerBuilder");
  }

  timeBased(): GClockBuilder {
    this.track("timeBased");
    return asReal<GClockBuilder>(new FakeClockTriggerBuilder(this.env, this.app, this.handler));
  }

  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): GSpreadsheetBuilder {
    this.track("forSpreadsheet", sheet);
    const id = typeof sheet === "string" ? sheet : documentId(sheet);
    return asReal<GSpreadsheetBuilder>(new FakeSpreadsheetTriggerBuilder(this.env, this.app, this.handler, id));
  }
}

type ClockMethods =
  | "after"
  | "at"
  | "atDate"
  | "atHour"
  | "create"
  | "everyDays"
  | "everyHours"
  | "everyMinutes"
  | "everyWeeks"
  | "inTimezone"
  | "nearMinute"
  | "onMonthDay"
  | "onWeekDay";

export class FakeClockTriggerBuilder extends Counted implements Pick<GClockBuilder, ClockMethods> {
  private readonly config: TriggerConfig = {};

  constructor(
    env: FakeEnv,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {
    super(env, "ClockTriggerBuilder");
  }

  private self(): GClockBuilder {
    return asReal<GClockBuilder>(this);
  }

  private integerIn(name: string, value: number, min: number, max: number): number {
    if (!Number.isInteger(value) || value < min || value > max) {
      throw this.fail(`Fake ScriptApp: ${name}(${value}) needs an integer from ${min} to ${max}.`);
    }
    return value;
  }

  after(durationMilliseconds: number): GClockBuilder {
    this.track("after", durationMilliseconds);
    this.config.afterMs = durationMilliseconds;
    return this.self();
  }

  at(date: GoogleAppsScript.Base.Date): GClockBuilder {
    this.track("at", date);
    if (!isDate(date)) throw this.fail("Fake ScriptApp: at() needs a Date.");
    this.config.at = new Date(date.getTime());
    return this.self();
  }

  atDate(year: number, month: number, day: number): GClockBuilder {
    this.track("atDate", year, month, day);
    this.config.atDate = { year, month, day };
    return this.self();
  }

  atHour(hour: number): GClockBuilder {
    this.track("atHour", hour);
    this.config.hour = this.integerIn("atHour", hour, 0, 23);
    return this.self();
  }

  nearMinute(minute: number): GClockBuilder {
    this.track("nearMinute", minute);
    this.config.nearMinute = this.integerIn("nearMinute", minute, 0, 59);
    return this.self();
  }

  inTimezone(timezone: string): GClockBuilder {
    this.track("inTimezone", timezone);
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: timezone });
    } catch {
      throw this.fail(`Fake ScriptApp: inTimezone("${timezone}") is not an IANA time zone.`);
    }
    this.config.timeZone = timezone;
    return this.self();
  }

  onMonthDay(day: number): GClockBuilder {
    this.track("onMonthDay", day);
    this.config.monthDay = this.integerIn("onMonthDay", day, 1, 31);
    return this.self();
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): GClockBuilder {
    this.track("onWeekDay", day);
    this.config.weekDay = enumName(day);
    return this.self();
  }

  everyMinutes(n: number): GClockBuilder {
    this.track("everyMinutes", n);
    if (![1, 5, 10, 15, 30].includes(n)) {
      throw this.fail("The value you passed to everyMinutes was invalid. Accepted values are 1, 5, 10, 15, or 30.");
    }
    this.config.everyMinutes = n;
    return this.self();
  }

  everyHours(n: number): GClockBuilder {
    this.track("everyHours", n);
    this.config.everyHours = n;
    return this.self();
  }

  everyDays(n: number): GClockBuilder {
    this.track("everyDays", n);
    this.config.everyDays = n;
    return this.self();
  }

  everyWeeks(n: number): GClockBuilder {
    this.track("everyWeeks", n);
    this.config.everyWeeks = n;
    return this.self();
  }

  create(): GTrigger {
    this.track("create");
    const c = this.config;
    const scheduled = [
      c.monthDay,
      c.weekDay,
      c.everyMinutes,
      c.everyHours,
      c.everyDays,
      c.everyWeeks,
      c.afterMs,
      c.at,
      c.atDate,
    ];
    if (scheduled.every((x) => x === undefined)) {
      throw this.fail("Fake ScriptApp: a time-based trigger needs a schedule (everyDays, onMonthDay, at, ...).");
    }
    return asReal<GTrigger>(this.app.install(this.handler, "CLOCK", "CLOCK", "", { ...c }));
  }
}

export class FakeSpreadsheetTriggerBuilder
  extends Counted
  implements Pick<GSpreadsheetBuilder, "create" | "onChange" | "onEdit" | "onFormSubmit" | "onOpen">
{
  private event: EventTypeName | null = null;

  constructor(
    env: FakeEnv,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {
    super(env, "SpreadsheetTriggerBuilder");
  }

  private on(event: EventTypeName): GSpreadsheetBuilder {
    this.event = event;
    return asReal<GSpreadsheetBuilder>(this);
  }

  onOpen(): GSpreadsheetBuilder {
    this.track("onOpen");
    return this.on("ON_OPEN");
  }

  onEdit(): GSpreadsheetBuilder {
    this.track("onEdit");
    return this.on("ON_EDIT");
  }

  onChange(): GSpreadsheetBuilder {
    this.track("onChange");
    return this.on("ON_CHANGE");
  }

  onFormSubmit(): GSpreadsheetBuilder {
    this.track("onFormSubmit");
    return this.on("ON_FORM_SUBMIT");
  }

  create(): GTrigger {
    this.track("create");
    if (this.event === null) throw this.fail("Fake ScriptApp: choose onOpen, onEdit, onChange or onFormSubmit first.");
    return asReal<GTrigger>(this.app.install(this.handler, this.event, "SPREADSHEETS", this.spreadsheetId, {}));
  }
}

type ScriptAppMethods =
  | "deleteTrigger"
  | "getProjectTriggers"
  | "getScriptId"
  | "getService"
  | "getUserTriggers"
  | "newTrigger";

export class FakeScriptApp extends Counted implements Pick<GoogleAppsScript.Script.ScriptApp, ScriptAppMethods> {
  readonly AuthMode: FakeEnum<typeof GoogleAppsScript.Script.AuthMode> = enumOf(
    "NONE",
    "CUSTOM_FUNCTION",
    "LIMITED",
    "FULL",
  );
  readonly EventType: FakeEnum<EventTypeEnum> = enumOf(
    "CLOCK",
    "ON_OPEN",
    "ON_EDIT",
    "ON_FORM_SUBMIT",
    "ON_CHANGE",
    "ON_EVENT_UPDATED",
  );
  readonly TriggerSource: FakeEnum<TriggerSourceEnum> = enumOf(
    "SPREADSHEETS",
    "CLOCK",
    "FORMS",
    "DOCUMENTS",
    "CALENDAR",
  );
  readonly WeekDay: FakeEnum<typeof GoogleAppsScript.Base.Weekday> = enumOf(
    "SUNDAY",
    "MONDAY",
    "TUESDAY",
    "WEDNESDAY",
    "THURSDAY",
    "FRIDAY",
    "SATURDAY",
  );

  /** Every installed trigger of every user, in creation order. */
  triggers: FakeTrigger[] = [];
  private nextId = 1;

  constructor(
    env: FakeEnv,
    /** The user whose triggers getProjectTriggers returns and who owns new ones. */
    private readonly currentUser: () => string,
    readonly scriptId = "fake-script-id",
  ) {
    super(env, "ScriptApp");
  }

  /** Test accessor: triggers with this handler function. */
  byHandler(handler: string): FakeTrigger[] {
    return this.triggers.filter((t) => t.handler === handler);
  }

  install(
    handler: string,
    eventType: EventTypeName,
    source: TriggerSourceName,
    sourceId: string,
    config: TriggerConfig,
  ): FakeTrigger {
    const owner = this.currentUser();
    if (this.triggers.filter((t) => t.owner === owner).length >= MAX_TRIGGERS_PER_USER) {
      throw this.fail(
        "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
      );
    }
    const t = new FakeTrigger(this.env, String(this.nextId++), handler, eventType, source, sourceId, owner, config);
    this.triggers.push(t);
    return t;
  }

  newTrigger(functionName: string): GTriggerBuilder {
    this.track("newTrigger", functionName);
    return asReal<GTriggerBuilder>(new FakeTriggerBuilder(this.env, this, functionName));
  }

  /** The current user's triggers in this project. */
  getProjectTriggers(): GTrigger[] {
    this.track("getProjectTriggers");
    const me = this.currentUser();
    return this.triggers.filter((t) => t.owner === me).map((t) => asReal<GTrigger>(t));
  }

  /** The current user's triggers on this spreadsheet. */
  getUserTriggers(
    document:
      | GoogleAppsScript.Spreadsheet.Spreadsheet
      | GoogleAppsScript.Document.Document
      | GoogleAppsScript.Forms.Form,
  ): GTrigger[] {
    this.track("getUserTriggers", document);
    const id = documentId(document);
    const me = this.currentUser();
    return this.triggers.filter((t) => t.owner === me && t.sourceId === id).map((t) => asReal<GTrigger>(t));
  }

  deleteTrigger(trigger: GTrigger): void {
    this.track("deleteTrigger", trigger);
    const id = trigger instanceof FakeTrigger ? trigger.uniqueId : trigger.getUniqueId();
    this.triggers = this.triggers.filter((t) => t.uniqueId !== id);
  }

  getScriptId(): string {
    this.track("getScriptId");
    return this.scriptId;
  }

  getService(): GoogleAppsScript.Script.Service {
    this.track("getService");
    const url = `https://script.google.com/macros/s/${this.scriptId}/exec`;
    return { getUrl: () => url, isEnabled: () => false, disable: () => undefined };
  }
}
