import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex, utf8Bytes } from "../../src/core/sha256";

describe("SHA-256", () => {
  it("matches the FIPS 180-4 and NIST test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    expect(sha256Hex("a".repeat(1_000_000))).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  });

  it("pads correctly at the block boundaries (55, 56, 63, 64, 65 bytes)", () => {
    for (const n of [55, 56, 63, 64, 65, 119, 120, 128]) {
      const text = "x".repeat(n);
      expect(sha256Hex(text), `${n} bytes`).toBe(createHash("sha256").update(text).digest("hex"));
    }
  });

  it("hashes Vietnamese text as its UTF-8 bytes, like Node's crypto, for any string", () => {
    expect(sha256Hex("Nhật ký")).toBe(createHash("sha256").update("Nhật ký", "utf8").digest("hex"));
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => {
        expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
        expect(Buffer.from(utf8Bytes(s)).equals(Buffer.from(s, "utf8"))).toBe(true);
      }),
    );
  });
});
