// Text written through Range.setValues is parsed as if typed: `=…` becomes a formula, `2023-06` a
// date, `12` a number, `TRUE` a boolean. A leading apostrophe keeps it text (Sheets does not show it).
import type { Cell } from "./contract";

const FORMULA_START = /^\s*[=+\-@']/;
const NUMBER_OR_DATE_LIKE = /^[\d\s.,:%/-]+$/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;

export function keepAsText(value: Cell): Cell {
  if (typeof value !== "string" || value === "") return value;
  return FORMULA_START.test(value) || NUMBER_OR_DATE_LIKE.test(value) || BOOLEAN_LIKE.test(value) ? `'${value}` : value;
}
