// `check` verifies the hash chain of `Nhật ký` offline: rows written by the add-on (through the
// built bundle and the fakes), exported as Google Sheets exports them (a date becomes its wall-clock
// time in the spreadsheet's zone, with no zone), then edited, deleted or reordered in the .xlsx.
import { rmSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cell, Grid } from "../../src/workbook/contract";
import { dateParts } from "../../src/workbook/dates";
import { loadBundle, loadSample } from "../bundle/harness";
import { isDate } from "../fakes";
import { ensureBuilt, initSample, mutate, run, sheet, tempDir } from "./helpers";

let dir: string;
let sample: string;
let audit: Grid;

/** What Sheets puts in an .xlsx for a date: its wall time in the spreadsheet's zone, as a serial. */
function exported(cell: Cell): Cell {
  if (!isDate(cell)) return cell;
  const p = dateParts(cell as Date, "Asia/Ho_Chi_Minh");
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}

async function withAudit(name: string, change?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  return mutate(sample, join(dir, name), (wb) => {
    const ws = sheet(wb, "Nhật ký");
    for (const row of audit.slice(1)) ws.addRow(row.map((c) => (c === "" ? null : exported(c))));
    change?.(ws);
  });
}

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir("dx-chain-");
  sample = await initSample(dir);
  const { fakes, call } = loadBundle({ activeUser: "cds@binhphuoc.example" });
  loadSample(fakes);
  call("sendSummaryNow", { period: "2023-06", confirm: true });
  audit = fakes.ss.snapshot()["Nhật ký"].values as Grid;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("check on the chain of Nhật ký", () => {
  it("accepts the rows the add-on wrote, after the trip through an .xlsx export", async () => {
    expect(audit).toHaveLength(24);
    const r = await run(["check", await withAudit("whole.xlsx")]);
    expect(r.stdout).toBe("Không phát hiện lỗi: 33 đơn vị, 34 chỉ tiêu, 428 dòng số liệu.\n");
    expect(r.code).toBe(0);
  });

  it("names an edited row with its cell", async () => {
    const file = await withAudit("edited.xlsx", (ws) => {
      ws.getCell(6, 8).value = "giamdoc@khac.vn";
    });
    const r = await run(["check", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `${file}: Nhật ký!I6: dòng này (mục số 5) hoặc mã kiểm tra của dòng ngay trước nó đã bị sửa sau khi ghi`,
    );
  });

  it("names the row after a deleted one, and rows put in another order", async () => {
    const deleted = await withAudit("deleted.xlsx", (ws) => {
      ws.spliceRows(6, 2);
    });
    const d = await run(["check", deleted]);
    expect(d.code).toBe(1);
    expect(d.stdout).toContain("Nhật ký!I6: 2 dòng ngay trước dòng này đã bị xóa khỏi Nhật ký (mục số 5 đến 6).");

    const moved = await withAudit("moved.xlsx", (ws) => {
      const [a, b] = [ws.getRow(6).values, ws.getRow(7).values];
      ws.getRow(6).values = b as ExcelJS.CellValue[];
      ws.getRow(7).values = a as ExcelJS.CellValue[];
    });
    const m = await run(["check", moved]);
    expect(m.code).toBe(1);
    expect(m.stdout).toContain("Nhật ký!I6: dòng này (mục số 6) đã bị chuyển khỏi vị trí ban đầu");
  });
});
