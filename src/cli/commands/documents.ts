// `letter <file.xlsx> --period P [--out cong-van.docx]` and `report <file.xlsx> --period YEAR
// [--out bao-cao.docx]`: the documents the DX office signs (design §11), drafted from the period's
// ranking and written as .docx files. The period's kind is checked by main.ts: a letter is a month's
// or a quarter's, a report a year's.

import { baoCao } from "../../core/documents/bao-cao";
import { congVan } from "../../core/documents/cong-van";
import type { DocumentModel } from "../../core/documents/model";
import { periodLabel } from "../../core/labels";
import { t } from "../../core/messages";
import { formatPeriod, type Period } from "../../core/periods";
import { UserError } from "../../core/problems";
import type { Report } from "../../core/report";
import type { Settings } from "../../core/schemas";
import { renderDocx } from "../docx";
import { type Io, refuseOverwrite, sameFile, writeFileSafely } from "../io";
import { loadModel } from "../load";
import type { Progress } from "../progress";
import { rankLoaded, rankWarnings } from "./rank";

export type DocumentKind = "letter" | "report";

export interface DocumentOptions {
  period: Period;
  /** The .docx to write; `defaultDocumentName` in the current folder when not given. */
  out?: string;
  /** Lets the output replace an existing file. */
  force?: boolean;
}

/** `cong-van-2023-06.docx`, `cong-van-2023-Q2.docx`, `bao-cao-2023.docx`: the names `demo` writes too. */
export function defaultDocumentName(kind: DocumentKind, period: Period): string {
  return `${kind === "letter" ? "cong-van" : "bao-cao"}-${formatPeriod(period)}.docx`;
}

export function documentModel(kind: DocumentKind, report: Report, settings: Settings): DocumentModel {
  return kind === "letter" ? congVan(report, settings) : baoCao(report, settings);
}

/** Renders the model and writes it through a temporary file, so that a failure leaves no partial document. */
export async function writeDocument(model: DocumentModel, out: string): Promise<void> {
  await writeFileSafely(out, await renderDocx(model));
}

export async function documentCommand(
  kind: DocumentKind,
  file: string,
  opts: DocumentOptions,
  io: Io,
  p: Progress,
): Promise<string> {
  const out = opts.out ?? defaultDocumentName(kind, opts.period);
  if (sameFile(out, file)) throw new UserError([{ key: "outputSameAsInput", params: {} }], 2);
  if (!/\.docx$/i.test(out)) throw new UserError([{ key: "outNotDocx", params: { file: out } }], 2);
  if (!opts.force) await refuseOverwrite(out);
  const loaded = await loadModel(file, p);
  const report = await rankLoaded(loaded, file, { period: opts.period, json: false });
  for (const line of rankWarnings(loaded, file, opts.period)) io.err(line);
  const settings = loaded.read.model.settings;
  p.step(`${out}…`);
  await writeDocument(documentModel(kind, report, settings), out);
  p.done();
  const period = periodLabel(opts.period, settings.language);
  io.err(`${t(settings.language, kind === "letter" ? "wroteLetter" : "wroteReport", { period, file: out })}\n`);
  return out;
}
