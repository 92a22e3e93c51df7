// How the fakes stand in for the real Apps Script types.
//
// Each fake class `implements Pick<GoogleAppsScript.X.Y, "method" | ...>`, so the compiler checks
// every signature it provides against the real API. A real method that returns another service
// object (Sheet.getRange returns a Range) cannot return the fake's own class, which has only a
// few of the real members; the fake returns `asReal(fake)` instead: the same object, typed as the
// real interface. Calling a real method the fake lacks fails at run time with "is not a function".

/**
 * Presents a fake under the real interface type. `Partial<T>` still checks the members they share;
 * `Skip` names members left out of that check (enum objects, which the fakes model as names).
 */
export function asReal<T, Skip extends keyof T = never>(fake: Partial<Omit<T, Skip>>): T {
  return fake as T;
}

/** Recovers the fake behind a real-typed value, e.g. a Range handed back to `addRange`. */
export function asFake<F>(value: unknown, cls: abstract new (...args: never[]) => F, what: string): F {
  if (value instanceof cls) return value;
  throw new Error(`Fake Apps Script: expected a ${what} made by the fakes, got ${String(value)}`);
}

/**
 * Real Apps Script enum members print as their names (`String(SpreadsheetApp.ProtectionType.SHEET)`
 * is "SHEET"); the fakes use the names themselves. The type requires exactly the real members.
 */
export type FakeEnum<E> = { readonly [K in keyof E & string]: K };

export function enumOf<const K extends string>(...names: K[]): { readonly [P in K]: P } {
  const out = {} as { [P in K]: P };
  for (const n of names) out[n] = n;
  return Object.freeze(out);
}

/** A member of a real enum, by name, typed as the real enum (`E` is `typeof TheEnum`). */
export function enumMember<E>(name: keyof E & string): E[keyof E] {
  return name as unknown as E[keyof E];
}

/** The member name of an enum value, whether a fake (a string) or a real enum object. */
export function enumName(value: unknown): string {
  return String(value);
}
