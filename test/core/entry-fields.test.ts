import { describe, expect, it } from "vitest";
import {
  fieldText,
  parseEntry,
  parseField,
  parseRatio,
  ratioPercentText,
  unknownFields,
} from "../../src/core/entry-fields";
import { t } from "../../src/core/messages";

const LABELS = ["Chủ tịch", "Phó Chủ tịch", "Chưa có"];

describe("a choice field", () => {
  it("takes one of the labels, whatever the case and spacing, as the index of its level", () => {
    expect(parseField("choice", "Phó Chủ tịch", "vi", LABELS)).toEqual({ ok: true, value: 1 });
    expect(parseField("choice", "  phó   chủ TỊCH ", "vi", LABELS)).toEqual({ ok: true, value: 1 });
    expect(parseField("choice", "", "vi", LABELS)).toEqual({ ok: true, value: null });
    expect(fieldText("choice", 2, "vi", LABELS)).toBe("Chưa có");
  });

  it("refuses a label Mức does not list, naming the ones it does", () => {
    const r = parseField("choice", "Trưởng phòng", "vi", LABELS);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(t("vi", r.key, r.params)).toBe(
        "“Trưởng phòng” không phải một lựa chọn của chỉ tiêu này. Vui lòng chọn một trong: Chủ tịch; Phó Chủ tịch; Chưa có.",
      );
  });
});

describe("a ratio's two fields", () => {
  const message = (num: string, den: string, lang: "vi" | "en" = "vi") => {
    const r = parseRatio(num, den, lang);
    return r.ok ? null : t(lang, r.key, r.params);
  };

  it("takes two whole counts with tử ≤ mẫu, and both empty as missing", () => {
    expect(parseRatio("90", "100")).toEqual({ ok: true, num: 90, den: 100 });
    expect(parseRatio("1250", "2.000,0")).toEqual({ ok: true, num: 1250, den: 2000 });
    expect(parseRatio(" ", "")).toEqual({ ok: true, num: null, den: null });
    // No document issued: 0/0 is saved; the ranking reads it as a missing value.
    expect(parseRatio("0", "0")).toEqual({ ok: true, num: 0, den: 0 });
  });

  it("refuses tử > mẫu, one part alone, a negative or a fraction, in one sentence", () => {
    expect(message("120", "100")).toBe("Tử số 120 lớn hơn mẫu số 100: tử số không được vượt mẫu số.");
    expect(message("90", "")).toBe("Chưa nhập mẫu số: vui lòng nhập cả tử số và mẫu số, hoặc để trống cả hai.");
    expect(message("", "100")).toBe("Chưa nhập tử số: vui lòng nhập cả tử số và mẫu số, hoặc để trống cả hai.");
    expect(message("-1", "100")).toBe("Tử số “-1” không hợp lệ: vui lòng nhập số nguyên không âm, ví dụ 90.");
    expect(message("3", "4,5")).toBe("Mẫu số “4,5” không hợp lệ: vui lòng nhập số nguyên không âm, ví dụ 90.");
    expect(message("90%", "100")).toBe("Tử số “90%” không hợp lệ: vui lòng nhập số nguyên không âm, ví dụ 90.");
    expect(message("5", "0")).toBe("Tử số 5 lớn hơn mẫu số 0: tử số không được vượt mẫu số.");
    expect(message("120", "100", "en")).toBe(
      "The numerator 120 is larger than the denominator 100: it cannot exceed the denominator.",
    );
  });

  it("shows the percent the pair makes with two decimals, and none without a mẫu", () => {
    expect(ratioPercentText(90, 100, "vi")).toBe("= 90,00%");
    expect(ratioPercentText(87, 93, "vi")).toBe("= 93,55%");
    expect(ratioPercentText(1, 3, "en")).toBe("= 33.33%");
    expect(ratioPercentText(0, 0, "vi")).toBeNull();
    expect(ratioPercentText(null, null, "vi")).toBeNull();
  });
});

describe("a submission", () => {
  const form = [
    { id: "BCD", type: "choice" as const, labels: LABELS },
    { id: "VB_KS", type: "ratio" as const },
    { id: "KY_SO", type: "percent" as const },
  ];

  it("gives figures by field key, one error per indicator, and the indicators left empty", () => {
    const r = parseEntry(form, { BCD: "Chủ tịch", VB_KS_TU: "9", VB_KS_MAU: "10", KY_SO: "" }, "vi");
    expect(r).toEqual({ values: { BCD: 0, VB_KS_TU: 9, VB_KS_MAU: 10 }, errors: {}, missing: ["KY_SO"] });
    const bad = parseEntry(form, { BCD: "?", VB_KS_TU: "11", VB_KS_MAU: "10", KY_SO: "50" }, "vi");
    expect(Object.keys(bad.errors)).toEqual(["BCD", "VB_KS"]);
    expect(parseEntry(form, { BCD: "", VB_KS_TU: "", VB_KS_MAU: "" }, "vi").missing).toEqual(["BCD", "VB_KS", "KY_SO"]);
  });

  it("knows a ratio by its two keys, not by its ID", () => {
    expect(unknownFields(form, { BCD: "", VB_KS_TU: "1", VB_KS_MAU: "2", KY_SO: "1" })).toEqual([]);
    expect(unknownFields(form, { VB_KS: "90", VB_KS_NUM: "1" })).toEqual(["VB_KS", "VB_KS_NUM"]);
  });
});
