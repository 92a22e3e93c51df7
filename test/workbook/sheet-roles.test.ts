import { describe, expect, it } from "vitest";
import { claimsRole, resolveRoles } from "../../src/workbook/sheet-roles";

const sheets = (...names: string[]) => names.map((name, i) => ({ name, id: 100 + i }));

describe("resolveRoles", () => {
  it("before set-up, gives each role to the one sheet named for it, in Vietnamese or English, any case", () => {
    const r = resolveRoles(sheets("đơn VỊ", "Data", " Cài đặt "));
    expect(r.byKey).toEqual({ units: 0, data: 1, settings: 2 });
    expect(r.duplicates).toEqual([]);
  });

  it("before set-up, leaves a role claimed by two sheets empty and names both", () => {
    const r = resolveRoles(sheets("Số liệu", "Data", "Đơn vị"));
    expect(r.byKey.data).toBeUndefined();
    expect(r.duplicates).toEqual([{ key: "data", names: ["Số liệu", "Data"] }]);
  });

  it("after set-up, follows the recorded ID whatever the name, and reports every other claimant as a decoy", () => {
    const r = resolveRoles(sheets("Số liệu 2023", "Data", "Số liệu (2)", "Bản sao của Cài đặt", "Cấu hình"), {
      data: 100,
      settings: 104,
    });
    expect(r.byKey).toEqual({ data: 0, settings: 4 });
    expect(r.decoys).toEqual([
      { key: "data", name: "Data", holder: "Số liệu 2023" },
      { key: "data", name: "Số liệu (2)", holder: "Số liệu 2023" },
      { key: "settings", name: "Bản sao của Cài đặt", holder: "Cấu hình" },
    ]);
  });

  it("after set-up, never hands a deleted sheet's role to a sheet named like it", () => {
    const r = resolveRoles(sheets("Cài đặt"), { settings: 7 });
    expect(r.byKey.settings).toBeUndefined();
    expect(r.decoys).toEqual([{ key: "settings", name: "Cài đặt", holder: undefined }]);
  });
});

describe("claimsRole", () => {
  it("recognises copies and numbered names but not unrelated ones", () => {
    expect(claimsRole("Copy of Units", "units")).toBe(true);
    expect(claimsRole("Đơn vị 2", "units")).toBe(true);
    expect(claimsRole("Đơn vị trực thuộc", "units")).toBe(false);
    expect(claimsRole("Ghi chú", "settings")).toBe(false);
  });
});
