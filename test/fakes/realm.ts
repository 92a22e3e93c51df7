// The JavaScript realm the code under test runs in. A bundle loaded in node:vm checks
// `x instanceof Date` and `e instanceof Error` against its own context's constructors, so the
// fakes build the Dates and Errors they hand out with the constructors of that realm.

export class Realm {
  constructor(
    public dateCtor: DateConstructor = globalThis.Date,
    public errorCtor: ErrorConstructor = globalThis.Error,
  ) {}

  date(ms: number): Date {
    return new this.dateCtor(ms);
  }

  /** An error as Apps Script throws it: `String(e)` reads `Exception: <message>`. */
  error(message: string): Error {
    const e = new this.errorCtor(message);
    e.name = "Exception";
    return e;
  }
}

/** True for a Date from any realm (instanceof would miss Dates made inside a vm context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** How Apps Script names an argument's type in "The parameters (…) don't match" errors. */
export function typeNameForSignature(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return "String";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "Boolean";
  if (isDate(value)) return "Date";
  if (Array.isArray(value)) {
    const inner = value.length > 0 ? typeNameForSignature(value[0]) : "Object";
    return `${inner}[]`;
  }
  return "Object";
}

export function signatureMismatch(realm: Realm, method: string, args: readonly unknown[]): Error {
  const types = args.map(typeNameForSignature).join(",");
  return realm.error(`The parameters (${types}) don't match the method signature for ${method}.`);
}
