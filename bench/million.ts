// `node bench/run.mjs --million`: the sample province's indicators over 10,000 units × 100 months,
// a 1,000,000-row `Số liệu`, written straight as XML into a zip (ExcelJS would take many minutes),
// then `rank --json` and `rank --out` on it: each must rank, or stop with one sentence and exit 1.
//   million.mjs gen <file.xlsx>    writes the workbook, prints one JSON line
import { closeSync, openSync, renameSync, writeSync } from "node:fs";
import { constants, crc32, deflateRawSync } from "node:zlib";
import type { Cell, Grid } from "../src/workbook/contract";
import { sampleProvince } from "../src/workbook/sample";
import { templateSheets } from "../src/workbook/template";
import { emit, main, now } from "./common";

export const UNITS = 10_000;
export const MONTHS = 100;

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function column(j: number): string {
  let n = j + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function rowXml(r: number, cells: Cell[]): string {
  let out = `<row r="${r}">`;
  cells.forEach((v, j) => {
    const ref = `${column(j)}${r}`;
    if (v === "" || v === null) return;
    if (typeof v === "number") out += `<c r="${ref}"><v>${v}</v></c>`;
    else if (typeof v === "boolean") out += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
    else out += `<c r="${ref}" t="inlineStr"><is><t>${xmlText(v instanceof Date ? v.toISOString() : v)}</t></is></c>`;
  });
  return `${out}</row>`;
}

/** A zip written entry by entry, each deflated in independent sync-flushed pieces. */
class ZipWriter {
  private fd: number;
  private offset = 0;
  private central: Buffer[] = [];
  private count = 0;

  constructor(file: string) {
    this.fd = openSync(file, "w");
  }

  private write(b: Buffer) {
    writeSync(this.fd, b);
    this.offset += b.length;
  }

  add(name: string, pieces: Iterable<string>) {
    const nameBytes = Buffer.from(name, "utf8");
    const start = this.offset;
    this.write(Buffer.alloc(30 + nameBytes.length));
    let crc = 0;
    let size = 0;
    let compressed = 0;
    for (const piece of pieces) {
      const raw = Buffer.from(piece, "utf8");
      crc = crc32(raw, crc);
      size += raw.length;
      const z = deflateRawSync(raw, { finishFlush: constants.Z_SYNC_FLUSH });
      this.write(z);
      compressed += z.length;
    }
    const last = Buffer.from([3, 0]); // an empty final block
    this.write(last);
    compressed += last.length;
    if (size >= 2 ** 32 || compressed >= 2 ** 32 || start >= 2 ** 32) throw new Error("zip64 needed");
    const header = Buffer.alloc(30 + nameBytes.length);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(0x21, 12);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressed, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    nameBytes.copy(header, 30);
    writeSync(this.fd, header, 0, header.length, start);
    const cd = Buffer.alloc(46 + nameBytes.length);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt16LE(0x21, 14);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(compressed, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(nameBytes.length, 28);
    cd.writeUInt32LE(start, 42);
    nameBytes.copy(cd, 46);
    this.central.push(cd);
    this.count++;
  }

  close() {
    const cdStart = this.offset;
    for (const c of this.central) this.write(c);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(this.count, 8);
    eocd.writeUInt16LE(this.count, 10);
    eocd.writeUInt32LE(this.offset - cdStart, 12);
    eocd.writeUInt32LE(cdStart, 16);
    this.write(eocd);
    closeSync(this.fd);
  }
}

function* sheetXml(rows: Iterable<Cell[]>): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  let block = "";
  let r = 0;
  for (const row of rows) {
    block += rowXml(++r, row);
    if (r % 4000 === 0) {
      yield block;
      block = "";
    }
  }
  yield `${block}</sheetData></worksheet>`;
}

function gen(file: string) {
  const t0 = now();
  const sheets = templateSheets(sampleProvince());
  const byName = (name: string) => {
    const s = sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no template sheet ${name}`);
    return s.grid;
  };
  const unitsTemplate = byName("Đơn vị");
  const data = byName("Số liệu");
  const units: Grid = [unitsTemplate[0]];
  for (let u = 0; u < UNITS; u++) {
    const like = unitsTemplate[1 + (u % (unitsTemplate.length - 1))];
    units.push([`DV${String(u).padStart(5, "0")}`, `Đơn vị số ${u + 1} (${like[1]})`, ...like.slice(2)]);
  }
  // The sample's month rows only: its year rows (`Kỳ` = 2023) hold yearly figures, refused in a month.
  const body = data.slice(1).filter((r) => r.length > 2 && /^\d{4}-\d{2}$/.test(String(r[0])));
  let rows = 0;
  function* dataRows(): Generator<Cell[]> {
    yield data[0];
    for (let m = 0; m < MONTHS; m++) {
      const period = `${2016 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
      for (let u = 0; u < UNITS; u++) {
        const like = body[(m * UNITS + u) % body.length];
        rows++;
        yield [period, units[u + 1][0], ...like.slice(2)];
      }
    }
  }
  const names = sheets.map((s) => s.name);
  const tmp = `${file}.tmp-${process.pid}`;
  const zip = new ZipWriter(tmp);
  zip.add("[Content_Types].xml", [
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
  ]);
  zip.add("_rels/.rels", [
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ]);
  zip.add("xl/workbook.xml", [
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
  ]);
  zip.add("xl/_rels/workbook.xml.rels", [
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`,
  ]);
  names.forEach((name, i) => {
    const grid = name === "Đơn vị" ? units : name === "Số liệu" ? dataRows() : byName(name);
    zip.add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(grid));
  });
  zip.close();
  renameSync(tmp, file);
  emit({ task: "million", ms: Math.round(now() - t0), dataRows: rows, units: UNITS });
}

const [mode, file] = process.argv.slice(2);
await main(`million ${mode}`, () => {
  if (mode === "gen") gen(file);
  else throw new Error(`unknown mode ${mode}`);
});
