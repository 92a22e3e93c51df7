// Session: who is running the script, and in which time zone and locale.

import { Counted, type FakeEnv } from "./env";
import { asReal } from "./real-types";

type GUser = GoogleAppsScript.Base.User;

export class FakeUser extends Counted implements Pick<GUser, "getEmail"> {
  constructor(
    env: FakeEnv,
    readonly email: string,
  ) {
    super(env, "User");
  }

  getEmail(): string {
    this.track("getEmail");
    return this.email;
  }
}

type SessionMethods =
  | "getActiveUser"
  | "getActiveUserLocale"
  | "getEffectiveUser"
  | "getScriptTimeZone"
  | "getTemporaryActiveUserKey";

export interface FakeSessionOptions {
  activeUser?: string;
  effectiveUser?: string;
  timeZone?: string;
  locale?: string;
}

export class FakeSession extends Counted implements Pick<GoogleAppsScript.Base.Session, SessionMethods> {
  /**
   * The active user's e-mail. Set it to "" to model a consumer account or a simple trigger, where
   * Apps Script hides the address.
   */
  activeUser: string;
  /** Whose authority the script runs with: the trigger's creator, or the active user. */
  effectiveUser: string;
  timeZone: string;
  locale: string;

  constructor(env: FakeEnv, options: FakeSessionOptions = {}) {
    super(env, "Session");
    this.activeUser = options.activeUser ?? "admin@example.gov.vn";
    this.effectiveUser = options.effectiveUser ?? this.activeUser;
    this.timeZone = options.timeZone ?? "Asia/Ho_Chi_Minh";
    this.locale = options.locale ?? "vi";
  }

  /** Test knob: the next calls run as this user (and, unless given, with this user's authority). */
  setActiveUser(email: string, effectiveUser: string = email): void {
    this.activeUser = email;
    this.effectiveUser = effectiveUser;
  }

  setEffectiveUser(email: string): void {
    this.effectiveUser = email;
  }

  getActiveUser(): GUser {
    this.track("getActiveUser");
    return asReal<GUser>(new FakeUser(this.env, this.activeUser));
  }

  getEffectiveUser(): GUser {
    this.track("getEffectiveUser");
    return asReal<GUser>(new FakeUser(this.env, this.effectiveUser));
  }

  getScriptTimeZone(): string {
    this.track("getScriptTimeZone");
    return this.timeZone;
  }

  getActiveUserLocale(): string {
    this.track("getActiveUserLocale");
    return this.locale;
  }

  getTemporaryActiveUserKey(): string {
    this.track("getTemporaryActiveUserKey");
    return `temp-key-${this.activeUser}`;
  }
}
