import { describe, expect, it } from "vitest";
import { evidenceUrls } from "../../src/ui/evidence";

describe("evidenceUrls", () => {
  it("finds http(s) addresses only, without the punctuation that ends a sentence", () => {
    expect(
      evidenceUrls(
        "Xem (https://a.example/kh.pdf), http://b.example/x?y=1. javascript:alert(1) data:text/html,x file:///etc ftp://c",
      ),
    ).toEqual(["https://a.example/kh.pdf", "http://b.example/x?y=1"]);
  });
});
