// `1.250` could be 1,25 or 1250: the message names both readings, the second without a thousands
// separator, and asks for an unambiguous form; a count can only mean 1250.
import { describe, expect, it } from "vitest";
import { parseField } from "../../src/core/entry-fields";
import { t } from "../../src/core/messages";
import { readCount, readNumber } from "../../src/workbook/cells";

const message = (r: { ok: boolean; key?: string; params?: Record<string, string | number> }, lang: "vi" | "en") =>
  r.ok ? "" : t(lang, r.key as Parameters<typeof t>[1], r.params);

describe("an ambiguous number", () => {
  it("offers 1250 or 1,25 in a number cell, never 1.250 again", () => {
    expect(message(readNumber("1.250"), "vi")).toBe(
      "“1.250” có thể hiểu là 1,25 hoặc 1250. Vui lòng ghi rõ: 1250 (không dùng dấu phân cách hàng nghìn) hoặc 1,25.",
    );
  });

  it("asks for 1250 in a count cell, a count being whole", () => {
    expect(message(readCount("1.250"), "vi")).toBe(
      "“1.250” có thể hiểu là 1,25 hoặc 1250; số lượng phải là số nguyên: nhập 1250 (không dùng dấu phân cách hàng nghìn).",
    );
    expect(message(readCount("1,250"), "en")).toBe(
      "“1,250” could mean 1,25 or 1250; a count is a whole number: enter 1250 (no thousands separator).",
    );
  });

  it("says the same in the sidebar, in the form's language", () => {
    expect(message(parseField("count", "1.250", "vi"), "vi")).toBe(
      "“1.250” có thể hiểu là 1,25 hoặc 1250; số lượng phải là số nguyên: nhập 1250 (không dùng dấu phân cách hàng nghìn).",
    );
    expect(message(parseField("percent", "1,250", "en"), "en")).toBe(
      "“1,250” could mean 1.25 or 1250. Please write it unambiguously: 1250 (no thousands separator) or 1.25.",
    );
  });
});

describe("English counts", () => {
  it("says 1 unit, 1 notice, 1 problem and their plurals", () => {
    expect(t("en", "groupHeading", { group: "G", count: 1 })).toBe("Group: G (1 unit)");
    expect(t("en", "groupHeading", { group: "G", count: 2 })).toBe("Group: G (2 units)");
    expect(t("en", "checkFailed", { count: 1 })).toBe("Found 1 problem.");
    const total = (n: number) =>
      t("en", "outboxTotal", {
        period: "June 2023",
        messages: n,
        summaries: n,
        notices: n,
        reminders: n,
        recipients: n,
        skipped: 0,
      });
    expect(total(1)).toBe("June 2023: 1 message (1 summary, 1 notice, 1 reminder), 1 recipient; 0 not produced.");
    expect(total(2)).toBe("June 2023: 2 messages (2 summaries, 2 notices, 2 reminders), 2 recipients; 0 not produced.");
  });
});
