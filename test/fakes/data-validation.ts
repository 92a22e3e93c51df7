// Data validation rules: SpreadsheetApp.newDataValidation() and the rules it builds.

import { Counted, type FakeEnv } from "./env";
import { asReal, enumMember, enumOf, type FakeEnum } from "./real-types";

type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Criteria = typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export const DataValidationCriteria: FakeEnum<Criteria> = enumOf(
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
);

export type CriteriaName = keyof Criteria & string;

interface RuleState {
  criteria: CriteriaName | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** A plain description of a rule, for assertions. */
export interface ValidationSummary {
  criteria: CriteriaName | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class FakeDataValidation
  extends Counted
  implements Pick<GDataValidation, "getCriteriaType" | "getCriteriaValues" | "getAllowInvalid" | "getHelpText" | "copy">
{
  constructor(
    env: FakeEnv,
    private readonly state: Readonly<RuleState>,
  ) {
    super(env, "DataValidation");
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.track("getCriteriaType");
    return enumMember<Criteria>(this.state.criteria ?? "CUSTOM_FORMULA");
  }

  getCriteriaValues(): unknown[] {
    this.track("getCriteriaValues");
    return structuredClone(this.state.values);
  }

  getAllowInvalid(): boolean {
    this.track("getAllowInvalid");
    return this.state.allowInvalid;
  }

  getHelpText(): string {
    this.track("getHelpText");
    return this.state.helpText ?? "";
  }

  copy(): GBuilder {
    this.track("copy");
    return asReal<GBuilder>(new FakeDataValidationBuilder(this.env, { ...this.state, values: [...this.state.values] }));
  }

  /** Test accessor (not counted). */
  summary(): ValidationSummary {
    return { ...this.state, values: structuredClone(this.state.values), helpText: this.state.helpText ?? "" };
  }
}

type BuilderMethods =
  | "build"
  | "copy"
  | "getAllowInvalid"
  | "getCriteriaType"
  | "getCriteriaValues"
  | "getHelpText"
  | "requireCheckbox"
  | "requireDate"
  | "requireNumberBetween"
  | "requireNumberGreaterThanOrEqualTo"
  | "requireNumberLessThanOrEqualTo"
  | "requireTextIsEmail"
  | "requireValueInList"
  | "setAllowInvalid"
  | "setHelpText"
  | "withCriteria";

export class FakeDataValidationBuilder extends Counted implements Pick<GBuilder, BuilderMethods> {
  private readonly state: RuleState;

  constructor(env: FakeEnv, state?: RuleState) {
    super(env, "DataValidationBuilder");
    // A new rule allows invalid input (with a warning) until told otherwise, as in Sheets.
    this.state = state ?? { criteria: null, values: [], allowInvalid: true, helpText: null };
  }

  private set(criteria: CriteriaName, values: unknown[]): GBuilder {
    this.state.criteria = criteria;
    this.state.values = values;
    return asReal<GBuilder>(this);
  }

  build(): GDataValidation {
    this.track("build");
    if (this.state.criteria === null)
      throw this.fail("Fake Sheets: build() needs a criteria (requireValueInList, requireCheckbox, ...).");
    return asReal<GDataValidation>(new FakeDataValidation(this.env, { ...this.state, values: [...this.state.values] }));
  }

  copy(): GBuilder {
    this.track("copy");
    return asReal<GBuilder>(new FakeDataValidationBuilder(this.env, { ...this.state, values: [...this.state.values] }));
  }

  getAllowInvalid(): boolean {
    this.track("getAllowInvalid");
    return this.state.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.track("getCriteriaType");
    return enumMember<Criteria>(this.state.criteria ?? "CUSTOM_FORMULA");
  }

  getCriteriaValues(): unknown[] {
    this.track("getCriteriaValues");
    return [...this.state.values];
  }

  getHelpText(): string | null {
    this.track("getHelpText");
    return this.state.helpText;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GBuilder {
    this.track("requireCheckbox", checkedValue, uncheckedValue);
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.set("CHECKBOX", values);
  }

  requireDate(): GBuilder {
    this.track("requireDate");
    return this.set("DATE_IS_VALID_DATE", []);
  }

  requireNumberBetween(start: number, end: number): GBuilder {
    this.track("requireNumberBetween", start, end);
    return this.set("NUMBER_BETWEEN", [start, end]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): GBuilder {
    this.track("requireNumberGreaterThanOrEqualTo", number);
    return this.set("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): GBuilder {
    this.track("requireNumberLessThanOrEqualTo", number);
    return this.set("NUMBER_LESS_THAN_OR_EQUAL_TO", [number]);
  }

  requireTextIsEmail(): GBuilder {
    this.track("requireTextIsEmail");
    return this.set("TEXT_IS_VALID_EMAIL", []);
  }

  /** Criteria values are `[list, showDropdown]`, as the real getCriteriaValues reports them. */
  requireValueInList(values: string[], showDropdown = true): GBuilder {
    this.track("requireValueInList", values, showDropdown);
    return this.set("VALUE_IN_LIST", [[...values], showDropdown]);
  }

  setAllowInvalid(allowInvalidData: boolean): GBuilder {
    this.track("setAllowInvalid", allowInvalidData);
    this.state.allowInvalid = allowInvalidData;
    return asReal<GBuilder>(this);
  }

  setHelpText(helpText: string): GBuilder {
    this.track("setHelpText", helpText);
    this.state.helpText = helpText;
    return asReal<GBuilder>(this);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): GBuilder {
    this.track("withCriteria", criteria, args);
    return this.set(String(criteria) as CriteriaName, [...args]);
  }
}
