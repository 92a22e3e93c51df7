// The record of what was sent at a national scale: 3,000 units, thousands of keys a period, kept in
// document properties within 9 KB a value and 500 KB a store, and written with one call a message.
import { describe, expect, it } from "vitest";
import type { Grid } from "../../src/workbook/contract";
import { MAX_STORE_BYTES, MAX_VALUE_BYTES } from "../fakes";
import { loadBundle, loadSample } from "./harness";

process.env.TZ = "America/Los_Angeles";

const ADMIN = "cds@binhphuoc.example";
const UNITS = 3000;

/** The sample province grown to `n` units: each sample unit copied with its figures of May and June. */
function grow(n: number) {
  const b = loadBundle({ activeUser: ADMIN, mailQuota: 1_000_000 });
  loadSample(b.fakes, (s) => {
    // Units are renamed below; the sample's Thẩm định rows (year 2023) name the original ones.
    s.review = undefined;
    const base = s.units.slice(1);
    const data = s.data.slice(1).filter((r) => r[0] === "2023-05" || r[0] === "2023-06");
    const units: Grid = [s.units[0]];
    const rows: Grid = [s.data[0]];
    for (let i = 0; i < n; i++) {
      const u = base[i % base.length];
      const id = `${u[0]}_${String(Math.floor(i / base.length)).padStart(3, "0")}`;
      units.push([id, `${u[1]} ${i}`, ...u.slice(2)]);
      for (const r of data) if (r[1] === u[0]) rows.push([r[0], id, ...r.slice(2)]);
    }
    s.units.splice(0, s.units.length, ...units);
    s.data.splice(0, s.data.length, ...rows);
  });
  return b;
}

function largestValue(store: Record<string, string>): number {
  return Math.max(...Object.values(store).map((v) => Buffer.byteLength(v, "utf8")));
}

describe("the sent record at 3,000 units", () => {
  it("sends each message once with one property write each, every value under 9 KB", { timeout: 240_000 }, () => {
    const { fakes, call } = grow(UNITS);
    const first = call<string>("sendSummaryNow", { period: "2023-06", confirm: true });
    const sent = fakes.mail.sent.length;
    expect(first).toMatch(new RegExp(`^Đã gửi ${sent} e-mail tháng 06/2023; 0 e-mail`));
    expect(sent).toBeGreaterThan(1500);
    const calls = fakes.calls.byName();
    expect(calls["MailApp.sendEmail"]).toBe(sent);
    expect(calls["Properties.setProperty"]).toBeLessThanOrEqual(sent + Math.ceil(sent / 50) + 2);
    const store = fakes.properties.document.dump();
    const chunks = Object.keys(store).filter((k) => k.startsWith("dxScorecard.sent.2023-06#"));
    expect(chunks.length).toBeGreaterThan(1);
    expect(largestValue(store)).toBeLessThanOrEqual(MAX_VALUE_BYTES);
    const bytes = fakes.properties.document.usedBytes();
    expect(bytes).toBeLessThan(MAX_STORE_BYTES / 10);

    fakes.calls.reset();
    expect(call<string>("sendSummaryNow", { period: "2023-06", confirm: true })).toMatch(/^Đã gửi 0 e-mail/);
    expect(fakes.mail.sent).toHaveLength(sent);
  });
});
