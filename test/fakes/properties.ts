// PropertiesService: script, document and user stores of strings, with the real size limits
// (9 KB a value, 500 KB a store).

import { Counted, type FakeEnv } from "./env";
import { asReal } from "./real-types";

type GProperties = GoogleAppsScript.Properties.Properties;

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const utf8Length = (s: string): number => Buffer.byteLength(s, "utf8");

type PropertiesMethods =
  | "deleteAllProperties"
  | "deleteProperty"
  | "getKeys"
  | "getProperties"
  | "getProperty"
  | "setProperties"
  | "setProperty";

export class FakeProperties extends Counted implements Pick<GProperties, PropertiesMethods> {
  private readonly map = new Map<string, string>();

  constructor(
    env: FakeEnv,
    readonly store: "script" | "document" | "user",
  ) {
    super(env, "Properties");
  }

  /** Test accessor (not counted): a plain copy of the store. */
  dump(): Record<string, string> {
    return Object.fromEntries(this.map);
  }

  /** Bytes the store uses, keys and values, in UTF-8. */
  usedBytes(map: ReadonlyMap<string, string> = this.map): number {
    let n = 0;
    for (const [k, v] of map) n += utf8Length(k) + utf8Length(v);
    return n;
  }

  /** Applies a change only if the store stays within the quota, with the real messages. */
  private commit(next: Map<string, string>, changed: Iterable<string>): void {
    for (const key of changed) {
      const value = next.get(key);
      if (value !== undefined && utf8Length(value) > MAX_VALUE_BYTES) {
        throw this.fail(
          `Argument too large: value (property "${key}" is ${utf8Length(value)} bytes; the limit is ${MAX_VALUE_BYTES} bytes a value)`,
        );
      }
    }
    const used = this.usedBytes(next);
    if (used > MAX_STORE_BYTES) {
      throw this.fail(
        `You have exceeded the property storage quota. Please remove some properties and try again. (the ${this.store} store would hold ${used} bytes; the limit is ${MAX_STORE_BYTES})`,
      );
    }
    this.map.clear();
    for (const [k, v] of next) this.map.set(k, v);
  }

  getProperty(key: string): string | null {
    this.track("getProperty", key);
    return this.map.get(key) ?? null;
  }

  /** Stores `String(value)`: properties are strings only. */
  setProperty(key: string, value: string): GProperties {
    this.track("setProperty", key, value);
    const next = new Map(this.map);
    next.set(String(key), String(value));
    this.commit(next, [String(key)]);
    return asReal<GProperties>(this);
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): GProperties {
    this.track("setProperties", properties, deleteAllOthers);
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.map);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this.commit(next, Object.keys(properties));
    return asReal<GProperties>(this);
  }

  getProperties(): { [key: string]: string } {
    this.track("getProperties");
    return Object.fromEntries(this.map);
  }

  getKeys(): string[] {
    this.track("getKeys");
    return [...this.map.keys()];
  }

  deleteProperty(key: string): GProperties {
    this.track("deleteProperty", key);
    this.map.delete(key);
    return asReal<GProperties>(this);
  }

  deleteAllProperties(): GProperties {
    this.track("deleteAllProperties");
    this.map.clear();
    return asReal<GProperties>(this);
  }
}

export class FakePropertiesService
  extends Counted
  implements
    Pick<
      GoogleAppsScript.Properties.PropertiesService,
      "getDocumentProperties" | "getScriptProperties" | "getUserProperties"
    >
{
  readonly script: FakeProperties;
  readonly document: FakeProperties;
  private readonly users = new Map<string, FakeProperties>();

  constructor(
    env: FakeEnv,
    /** User properties belong to whoever runs the script. */
    private readonly currentUser: () => string = () => "",
  ) {
    super(env, "PropertiesService");
    this.script = new FakeProperties(env, "script");
    this.document = new FakeProperties(env, "document");
  }

  /** Test accessor: one user's store. */
  forUser(email: string): FakeProperties {
    let store = this.users.get(email);
    if (!store) {
      store = new FakeProperties(this.env, "user");
      this.users.set(email, store);
    }
    return store;
  }

  /** Test accessor: the current user's store. */
  get user(): FakeProperties {
    return this.forUser(this.currentUser());
  }

  getScriptProperties(): GProperties {
    this.track("getScriptProperties");
    return asReal<GProperties>(this.script);
  }

  getDocumentProperties(): GProperties {
    this.track("getDocumentProperties");
    return asReal<GProperties>(this.document);
  }

  getUserProperties(): GProperties {
    this.track("getUserProperties");
    return asReal<GProperties>(this.user);
  }
}
