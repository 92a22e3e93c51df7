// The sidebars' and dialogs' only way to the server: a promise around google.script.run, typed
// against EntryApi, ReviewApi and ImportApi so that renaming or retyping a server function breaks
// their build.
import type { EntryApi as EntryCalls } from "../core/entry";
import type { ImportApi } from "../core/import/api";
import type { ReviewApi } from "../core/review-api";

type EntryApi = EntryCalls & ReviewApi & ImportApi;

type ServerCalls = { [K in keyof EntryApi]: (...args: Parameters<EntryApi[K]>) => void };

/** The part of `google.script.run` the sidebar uses (the runtime provides it in the iframe). */
interface ScriptRun extends ServerCalls {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
}

declare const google: { script: { run: ScriptRun; host?: { close(): void } } };

/** A failed call's reason for a sentence: the error's message without its final full stop. */
export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/[.\s]+$/, "") || "?";
}

/** Closes the dialog the page is shown in (a sidebar has its own close button). */
export function closeDialog(): void {
  google.script.host?.close();
}

/** Calls a server function; resolves with its return value, rejects with the server's Error. */
export function run<K extends keyof EntryApi>(
  name: K,
  ...args: Parameters<EntryApi[K]>
): Promise<ReturnType<EntryApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<EntryApi[K]>))
      .withFailureHandler(reject);
    // Indexing a mapped type by a generic key loses the link to its own parameters; the signature
    // above already checked them.
    (runner[name] as (...a: Parameters<EntryApi[K]>) => void)(...args);
  });
}
