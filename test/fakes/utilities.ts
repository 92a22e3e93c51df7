// Utilities: formatDate in an IANA zone, sleep (recorded, never waits), base64, blobs, UUIDs and
// digests.

import { createHash, randomUUID } from "node:crypto";
import { FakeBlob, fromBytes, toSignedBytes } from "./blob";
import { formatInstant, PatternError } from "./date-format";
import { Counted, type FakeEnv } from "./env";
import { asReal, enumName, enumOf, type FakeEnum } from "./real-types";
import { isDate, signatureMismatch } from "./realm";

type GUtilities = GoogleAppsScript.Utilities.Utilities;
type GBlob = GoogleAppsScript.Base.Blob;

type UtilitiesMethods =
  | "base64Decode"
  | "base64Encode"
  | "base64EncodeWebSafe"
  | "computeDigest"
  | "formatDate"
  | "getUuid"
  | "newBlob"
  | "sleep";

const DIGESTS: Record<string, string> = {
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};

function toBuffer(data: string | readonly number[]): Buffer {
  return typeof data === "string" ? Buffer.from(data, "utf8") : fromBytes(data);
}

export class FakeUtilities extends Counted implements Pick<GUtilities, UtilitiesMethods> {
  readonly Charset: FakeEnum<typeof GoogleAppsScript.Utilities.Charset> = enumOf("US_ASCII", "UTF_8");
  readonly DigestAlgorithm: FakeEnum<typeof GoogleAppsScript.Utilities.DigestAlgorithm> = enumOf(
    "MD2",
    "MD5",
    "SHA_1",
    "SHA_256",
    "SHA_384",
    "SHA_512",
  );
  /** Every sleep(ms) asked for, in order; nothing actually waits. */
  readonly sleeps: number[] = [];

  constructor(env: FakeEnv) {
    super(env, "Utilities");
  }

  /** Java SimpleDateFormat letters (y M d H h m s S E a Z X z, quoted text) in the given zone. */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.track("formatDate", date, timeZone, format);
    if (!isDate(date) || typeof timeZone !== "string" || typeof format !== "string") {
      throw signatureMismatch(this.env.realm, "Utilities.formatDate", [date, timeZone, format]);
    }
    try {
      return formatInstant(date.getTime(), timeZone, format);
    } catch (e) {
      if (e instanceof PatternError) throw this.fail(e.message);
      throw this.fail(`Fake Utilities: ${(e as Error).message}`);
    }
  }

  sleep(milliseconds: number): void {
    this.track("sleep", milliseconds);
    this.sleeps.push(milliseconds);
  }

  base64Encode(data: string | number[], _charset?: GoogleAppsScript.Utilities.Charset): string {
    this.track("base64Encode", data);
    return toBuffer(data).toString("base64");
  }

  base64EncodeWebSafe(data: string | number[], _charset?: GoogleAppsScript.Utilities.Charset): string {
    this.track("base64EncodeWebSafe", data);
    return toBuffer(data).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }

  base64Decode(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    this.track("base64Decode", encoded);
    return toSignedBytes(Buffer.from(encoded, "base64"));
  }

  newBlob(data: string | number[], contentType?: string, name?: string): GBlob {
    this.track("newBlob", data, contentType, name);
    return asReal<GBlob>(new FakeBlob(this.env, toBuffer(data), contentType ?? null, name ?? null));
  }

  getUuid(): string {
    this.track("getUuid");
    return randomUUID();
  }

  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
    _charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    this.track("computeDigest", algorithm, value);
    const alg = DIGESTS[enumName(algorithm)];
    if (!alg) throw this.fail(`Fake Utilities: digest ${enumName(algorithm)} is not supported.`);
    return toSignedBytes(createHash(alg).update(toBuffer(value)).digest());
  }
}
