// Sheet and range protections (Sheet.protect, Range.protect).

import { Counted, type FakeEnv } from "./env";
import type { FakeRange } from "./range";
import { asReal, enumMember, enumOf, type FakeEnum } from "./real-types";
import { FakeUser } from "./session";

type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionTypeEnum = typeof GoogleAppsScript.Spreadsheet.ProtectionType;

export const ProtectionType: FakeEnum<ProtectionTypeEnum> = enumOf("RANGE", "SHEET");

export type ProtectionKind = keyof ProtectionTypeEnum & string;

type Methods =
  | "addEditor"
  | "addEditors"
  | "canDomainEdit"
  | "canEdit"
  | "getDescription"
  | "getEditors"
  | "getProtectionType"
  | "getRange"
  | "isWarningOnly"
  | "remove"
  | "removeEditor"
  | "removeEditors"
  | "setDescription"
  | "setDomainEdit"
  | "setWarningOnly";

/** A plain description of a protection, for assertions. */
export interface ProtectionSummary {
  type: ProtectionKind;
  range: string;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
}

export class FakeProtection extends Counted implements Pick<GProtection, Methods> {
  private description = "";
  private warningOnly = false;
  private domainEdit = true;
  private readonly editors: string[];

  constructor(
    env: FakeEnv,
    readonly type: ProtectionKind,
    /** The protected range (the whole sheet for a sheet protection). */
    readonly range: FakeRange,
    /** Removes this protection from its sheet. */
    private readonly detach: (p: FakeProtection) => void,
    creator: string,
    fileEditors: readonly string[] = [],
  ) {
    super(env, "Protection");
    // As in Sheets, whoever protects stays an editor, and so does everyone who could edit before.
    this.editors = [...new Set([creator, ...fileEditors].filter((e) => e !== ""))];
  }

  addEditor(user: string | GoogleAppsScript.Base.User): GProtection {
    this.track("addEditor", user);
    this.add([typeof user === "string" ? user : user.getEmail()]);
    return asReal<GProtection>(this);
  }

  addEditors(emailAddresses: string[]): GProtection {
    this.track("addEditors", emailAddresses);
    this.add(emailAddresses);
    return asReal<GProtection>(this);
  }

  canDomainEdit(): boolean {
    this.track("canDomainEdit");
    return this.domainEdit;
  }

  canEdit(): boolean {
    this.track("canEdit");
    return true;
  }

  getDescription(): string {
    this.track("getDescription");
    return this.description;
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    this.track("getEditors");
    return this.editors.map((e) => asReal<GoogleAppsScript.Base.User>(new FakeUser(this.env, e)));
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.track("getProtectionType");
    return enumMember<ProtectionTypeEnum>(this.type);
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    this.track("getRange");
    return asReal<GoogleAppsScript.Spreadsheet.Range>(this.range);
  }

  isWarningOnly(): boolean {
    this.track("isWarningOnly");
    return this.warningOnly;
  }

  remove(): void {
    this.track("remove");
    this.detach(this);
  }

  removeEditor(user: string | GoogleAppsScript.Base.User): GProtection {
    this.track("removeEditor", user);
    this.drop([typeof user === "string" ? user : user.getEmail()]);
    return asReal<GProtection>(this);
  }

  removeEditors(users: string[] | GoogleAppsScript.Base.User[]): GProtection {
    this.track("removeEditors", users);
    this.drop(users.map((u) => (typeof u === "string" ? u : u.getEmail())));
    return asReal<GProtection>(this);
  }

  setDescription(description: string): GProtection {
    this.track("setDescription", description);
    this.description = description;
    return asReal<GProtection>(this);
  }

  setDomainEdit(editable: boolean): GProtection {
    this.track("setDomainEdit", editable);
    this.domainEdit = editable;
    return asReal<GProtection>(this);
  }

  setWarningOnly(warningOnly: boolean): GProtection {
    this.track("setWarningOnly", warningOnly);
    this.warningOnly = warningOnly;
    return asReal<GProtection>(this);
  }

  /** Test accessor (not counted). */
  summary(): ProtectionSummary {
    return {
      type: this.type,
      range: this.range.a1(),
      description: this.description,
      warningOnly: this.warningOnly,
      editors: [...this.editors],
      domainEdit: this.domainEdit,
    };
  }

  private add(emails: string[]): void {
    for (const e of emails) if (!this.editors.includes(e)) this.editors.push(e);
  }

  private drop(emails: string[]): void {
    for (const e of emails) {
      const i = this.editors.indexOf(e);
      if (i >= 0) this.editors.splice(i, 1);
    }
  }
}
