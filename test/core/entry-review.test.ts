import { describe, expect, it } from "vitest";
import { evidenceText } from "../../src/core/entry-fields";
import { auditExcerpt, reviewState } from "../../src/core/entry-review";

const yesNo = { type: "boolean" as const, levels: null };
const percent = { type: "percent" as const, levels: null };

describe("reviewState: what the unit's form makes of the office's decision", () => {
  it("locks a figure accepted or adjusted as it stands", () => {
    expect(reviewState(yesNo, "accepted", "có", [true])).toEqual({ status: "accepted", locked: true, stale: false });
    expect(reviewState(percent, "adjusted", "82,5%", [0.825])).toEqual({
      status: "adjusted",
      locked: true,
      stale: false,
    });
  });

  it("reopens a decision taken on a figure that has changed since, or on a cell that is no figure", () => {
    expect(reviewState(yesNo, "accepted", "có", [false])).toEqual({ status: "pending", locked: false, stale: true });
    expect(reviewState(percent, "accepted", "82,5%", null)).toEqual({ status: "pending", locked: false, stale: true });
  });

  it("keeps a hand-written decision without a self-assessed value, and never locks pending or sent-back items", () => {
    expect(reviewState(yesNo, "accepted", "", [false]).locked).toBe(true);
    expect(reviewState(yesNo, "pending", "có", [true]).locked).toBe(false);
    expect(reviewState(yesNo, "more", "có", [true])).toEqual({ status: "more", locked: false, stale: false });
  });
});

describe("evidence texts", () => {
  it("are compared as NFC with Unix line ends and no outer spaces", () => {
    expect(evidenceText("  Cong van\r\nso 12 \r")).toBe("Cong van\nso 12");
    expect(evidenceText("Bi\u0301en ba\u0309n")).toBe("Bíen bản".normalize("NFC"));
  });

  it("are shortened for a Nhật ký line, on one line", () => {
    expect(auditExcerpt("a\nb")).toBe("a ⏎ b");
    const long = auditExcerpt("x".repeat(500));
    expect(long).toHaveLength(200);
    expect(long.endsWith("…")).toBe(true);
  });
});
