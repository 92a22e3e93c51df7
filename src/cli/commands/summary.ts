// `summary <file.xlsx> --period P [--outbox DIR]`: the committee summary, laggard notices and
// reminders of a period; prints who would receive what and, with --outbox, writes one .eml each.
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { periodLabel } from "../../core/labels";
import { type MessageKey, sentence, t } from "../../core/messages";
import type { Period } from "../../core/periods";
import { UserError } from "../../core/problems";
import type { Report } from "../../core/report";
import type { Language } from "../../core/schemas";
import {
  buildOutbox,
  describeSkip,
  type MessageKind,
  type Outbox,
  type OutboxMessage,
  recipientCount,
} from "../../core/summary";
import { emlFileName, toEml } from "../eml";
import { type Io, sameFile } from "../io";
import { type Loaded, loadModel } from "../load";
import type { Progress } from "../progress";
import { rankLoaded, rankWarnings } from "./rank";

export interface SummaryCommandOptions {
  period: Period;
  outbox?: string;
  now?: Date;
}

const KIND_LABEL: Record<MessageKind, MessageKey> = {
  summary: "kindSummary",
  notice: "kindNotice",
  reminder: "kindReminder",
};

export function outboxOf(loaded: Loaded, report: Report): Outbox {
  const { units, settings } = loaded.read.model;
  return buildOutbox({ report, units, settings });
}

/** One line per message: kind, recipients, subject (tab-separated, for people and for `cut`). */
export function describeOutbox(outbox: Outbox, period: string, lang: Language): string {
  const line = (m: OutboxMessage) => {
    const cc = m.cc?.length ? `; cc: ${m.cc.join(", ")}` : "";
    return `${t(lang, KIND_LABEL[m.kind])}\t${m.to.join(", ")}${cc}\t${m.subject}`;
  };
  const lines = outbox.messages.map(line);
  if (outbox.skipped.length) {
    lines.push("", `${t(lang, "outboxSkipped")}:`);
    for (const s of outbox.skipped) {
      lines.push(`${t(lang, KIND_LABEL[s.kind])}\t${s.unitId ?? "—"}\t${describeSkip(s, lang)}`);
    }
  }
  const count = (k: MessageKind) => outbox.messages.filter((m) => m.kind === k).length;
  lines.push(
    "",
    sentence(
      t(lang, "outboxTotal", {
        period,
        messages: outbox.messages.length,
        summaries: count("summary"),
        notices: count("notice"),
        reminders: count("reminder"),
        recipients: recipientCount(outbox.messages),
        skipped: outbox.skipped.length,
      }),
    ),
  );
  return `${lines.join("\n")}\n`;
}

const cannotWrite = (file: string, e: unknown) =>
  new UserError([{ key: "cannotWrite", params: { file, reason: e instanceof Error ? e.message : String(e) } }], 1);

async function makeDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw cannotWrite(dir, e);
  }
}

/** Writes one .eml per message into `dir`, each through a temporary file and a rename. */
export async function writeOutbox(dir: string, outbox: Outbox, now: Date, p: Progress): Promise<string[]> {
  await makeDir(dir);
  const written: string[] = [];
  for (const [i, m] of outbox.messages.entries()) {
    const file = join(dir, emlFileName(m.key));
    p.step(`${i + 1}/${outbox.messages.length} ${file}`);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      await writeFile(tmp, toEml(m, { date: now }));
      await rename(tmp, file);
    } catch (e) {
      await unlink(tmp).catch(() => {});
      throw cannotWrite(file, e);
    }
    written.push(file);
  }
  p.done();
  return written;
}

export async function summaryCommand(file: string, opts: SummaryCommandOptions, io: Io, p: Progress): Promise<void> {
  if (opts.outbox !== undefined && sameFile(opts.outbox, file))
    throw new UserError([{ key: "outputSameAsInput", params: {} }], 2);
  const loaded = await loadModel(file, p);
  const report = await rankLoaded(loaded, file, { period: opts.period, json: false });
  for (const line of rankWarnings(loaded, file, opts.period)) io.err(line);
  const lang = loaded.read.model.settings.language;
  const outbox = outboxOf(loaded, report);
  // A directory that cannot be made fails before anything is printed.
  if (opts.outbox !== undefined) await makeDir(opts.outbox);
  io.out(describeOutbox(outbox, periodLabel(opts.period, lang), lang));
  if (opts.outbox !== undefined) {
    const written = await writeOutbox(opts.outbox, outbox, opts.now ?? new Date(), p);
    io.err(`${t(lang, "outboxWritten", { count: written.length, dir: opts.outbox })}\n`);
  }
}
