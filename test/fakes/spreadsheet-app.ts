// The SpreadsheetApp global: the active spreadsheet, its Ui, flush, data validation builders and
// the enums the code uses.

import { DataValidationCriteria, FakeDataValidationBuilder } from "./data-validation";
import { Counted, type FakeEnv } from "./env";
import { ProtectionType } from "./protection";
import { asReal, enumOf, type FakeEnum } from "./real-types";
import type { FakeSpreadsheet } from "./spreadsheet";
import type { FakeUi } from "./ui";

type GSpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

type AppMethods =
  | "flush"
  | "getActive"
  | "getActiveSheet"
  | "getActiveSpreadsheet"
  | "getUi"
  | "newDataValidation"
  | "openById";

export const UI_UNAVAILABLE_MESSAGE = "Cannot call SpreadsheetApp.getUi() from this context.";

export class FakeSpreadsheetApp extends Counted implements Pick<GSpreadsheetApp, AppMethods> {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BorderStyle: FakeEnum<typeof GoogleAppsScript.Spreadsheet.BorderStyle> = enumOf(
    "DOTTED",
    "DASHED",
    "SOLID",
    "SOLID_MEDIUM",
    "SOLID_THICK",
    "DOUBLE",
  );
  readonly WrapStrategy: FakeEnum<typeof GoogleAppsScript.Spreadsheet.WrapStrategy> = enumOf(
    "WRAP",
    "OVERFLOW",
    "CLIP",
  );
  readonly Dimension: FakeEnum<typeof GoogleAppsScript.Spreadsheet.Dimension> = enumOf("COLUMNS", "ROWS");

  /**
   * Whether getUi() works. Time-driven triggers and the script editor have no Ui; set this to
   * false to check that scheduled code never touches it.
   */
  uiAvailable = true;

  constructor(
    env: FakeEnv,
    readonly ss: FakeSpreadsheet,
    private readonly ui: FakeUi,
  ) {
    super(env, "SpreadsheetApp");
  }

  getActiveSpreadsheet(): GSpreadsheet {
    this.track("getActiveSpreadsheet");
    return asReal<GSpreadsheet>(this.ss);
  }

  getActive(): GSpreadsheet {
    this.track("getActive");
    return asReal<GSpreadsheet>(this.ss);
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.track("getActiveSheet");
    return asReal<GoogleAppsScript.Spreadsheet.Sheet>(this.ss.active ?? this.ss.sheets[0]);
  }

  openById(id: string): GSpreadsheet {
    this.track("openById", id);
    if (id !== this.ss.id) {
      throw this.fail("Unexpected error while getting the method or property openById on object SpreadsheetApp.");
    }
    return asReal<GSpreadsheet>(this.ss);
  }

  getUi(): GoogleAppsScript.Base.Ui {
    this.track("getUi");
    if (!this.uiAvailable) throw this.fail(UI_UNAVAILABLE_MESSAGE);
    return asReal<GoogleAppsScript.Base.Ui, "Button" | "ButtonSet">(this.ui);
  }

  /** Recorded: tests assert that writes are flushed before a lock is released. */
  flush(): void {
    this.track("flush");
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.track("newDataValidation");
    return asReal<GoogleAppsScript.Spreadsheet.DataValidationBuilder>(new FakeDataValidationBuilder(this.env));
  }
}
