// A minimal Blob (Utilities.newBlob, HtmlOutput.getBlob). Apps Script bytes are signed Java bytes.

import { Counted, type FakeEnv } from "./env";
import { asReal } from "./real-types";

type GBlob = GoogleAppsScript.Base.Blob;

/** Unsigned bytes (a Buffer) to the signed bytes Apps Script hands out (-128…127). */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

export function fromBytes(bytes: readonly number[]): Buffer {
  return Buffer.from(bytes.map((b) => b & 0xff));
}

type BlobMethods =
  | "copyBlob"
  | "getBlob"
  | "getBytes"
  | "getContentType"
  | "getDataAsString"
  | "getName"
  | "setBytes"
  | "setContentType"
  | "setDataFromString"
  | "setName";

export class FakeBlob extends Counted implements Pick<GBlob, BlobMethods> {
  constructor(
    env: FakeEnv,
    public data: Buffer,
    public contentType: string | null = null,
    public name: string | null = null,
  ) {
    super(env, "Blob");
  }

  copyBlob(): GBlob {
    this.track("copyBlob");
    return asReal<GBlob>(new FakeBlob(this.env, Buffer.from(this.data), this.contentType, this.name));
  }

  getBlob(): GBlob {
    this.track("getBlob");
    return asReal<GBlob>(this);
  }

  getBytes(): number[] {
    this.track("getBytes");
    return toSignedBytes(this.data);
  }

  getContentType(): string | null {
    this.track("getContentType");
    return this.contentType;
  }

  getDataAsString(charset?: string): string {
    this.track("getDataAsString", charset);
    return this.data.toString(charset && /^us[-_]?ascii$/i.test(charset) ? "ascii" : "utf8");
  }

  getName(): string | null {
    this.track("getName");
    return this.name;
  }

  setBytes(data: number[]): GBlob {
    this.track("setBytes", data);
    this.data = fromBytes(data);
    return asReal<GBlob>(this);
  }

  setContentType(contentType: string | null): GBlob {
    this.track("setContentType", contentType);
    this.contentType = contentType;
    return asReal<GBlob>(this);
  }

  setDataFromString(text: string, charset?: string): GBlob {
    this.track("setDataFromString", text, charset);
    this.data = Buffer.from(String(text), "utf8");
    return asReal<GBlob>(this);
  }

  setName(name: string): GBlob {
    this.track("setName", name);
    this.name = name;
    return asReal<GBlob>(this);
  }
}
