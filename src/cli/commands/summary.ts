// `summary <file.xlsx> --period P [--outbox DIR]`: the committee summary, laggard notices, requests
// for more evidence and reminders of a period; prints who would receive what and, with --outbox,
// writes one .eml each.
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
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
import { dateParts } from "../../workbook/dates";
import { emlFileName, toEml } from "../eml";
import { type Io, sameFile } from "../io";
import { type Loaded, loadModel } from "../load";
import type { Progress } from "../progress";
import { REPORT_TIME_ZONE, rankLoaded, rankWarnings } from "./rank";

export interface SummaryCommandOptions {
  period: Period;
  outbox?: string;
  now?: Date;
}

const KIND_LABEL: Record<MessageKind, MessageKey> = {
  summary: "kindSummary",
  notice: "kindNotice",
  review: "kindReview",
  reminder: "kindReminder",
};

/** The outbox as written at `now`: reminders word the deadline by the day in the province's time zone. */
export function outboxOf(loaded: Loaded, report: Report, now: Date): Outbox {
  const model = loaded.read.model;
  const { year, month, day } = dateParts(now, REPORT_TIME_ZONE);
  return buildOutbox({ report, model, units: model.units, settings: model.settings, today: { year, month, day } });
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
  // Review requests are named only when there are some: a period nobody reviews reads as before.
  const reviews = count("review") + outbox.skipped.filter((s) => s.kind === "review").length;
  lines.push(
    "",
    sentence(
      t(lang, reviews > 0 ? "outboxTotalReview" : "outboxTotal", {
        period,
        messages: outbox.messages.length,
        summaries: count("summary"),
        notices: count("notice"),
        reviews: count("review"),
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

const notWritable = (why: string) => Object.assign(new Error(why), { code: why.split(":")[0] });

/**
 * Writes one .eml per message into a temporary folder beside `dir`, then moves it (or, when `dir`
 * already exists, its files) into place: a failure at any point leaves no folder and no file.
 * `ready` runs once the temporary folder exists, so that a folder which cannot be made fails first.
 */
export async function writeOutbox(
  dir: string,
  outbox: Outbox,
  now: Date,
  p: Progress,
  ready?: () => void,
): Promise<string[]> {
  const names = outbox.messages.map((m) => emlFileName(m.key));
  const existing = await stat(dir).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw cannotWrite(dir, notWritable("ENOTDIR: not a directory"));
  if (existing) {
    for (const name of names) {
      const there = await stat(join(dir, name)).catch(() => undefined);
      if (there && !there.isFile()) throw cannotWrite(join(dir, name), notWritable("EISDIR: a folder has this name"));
    }
  }
  const tmp = join(dirname(resolve(dir)), `.${basename(resolve(dir))}.${process.pid}.tmp`);
  let current = dir;
  try {
    await mkdir(dirname(resolve(dir)), { recursive: true });
    await mkdir(tmp);
    ready?.();
    for (const [i, m] of outbox.messages.entries()) {
      current = join(dir, names[i]);
      p.step(`${i + 1}/${outbox.messages.length} ${current}`);
      await writeFile(join(tmp, names[i]), toEml(m, { date: now }));
    }
    current = dir;
    if (existing) {
      for (const name of names) await rename(join(tmp, name), join(dir, name));
      await rm(tmp, { recursive: true, force: true });
    } else await rename(tmp, dir);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true }).catch(() => {});
    throw cannotWrite(current, e);
  } finally {
    p.done();
  }
  return names.map((name) => join(dir, name));
}

export async function summaryCommand(file: string, opts: SummaryCommandOptions, io: Io, p: Progress): Promise<void> {
  if (opts.outbox !== undefined && sameFile(opts.outbox, file))
    throw new UserError([{ key: "outputSameAsInput", params: {} }], 2);
  const loaded = await loadModel(file, p);
  const report = await rankLoaded(loaded, file, { period: opts.period, json: false });
  for (const line of rankWarnings(loaded, file, opts.period)) io.err(line);
  const lang = loaded.read.model.settings.language;
  const now = opts.now ?? new Date();
  const outbox = outboxOf(loaded, report, now);
  const description = describeOutbox(outbox, periodLabel(opts.period, lang), lang);
  if (opts.outbox === undefined) {
    io.out(description);
    return;
  }
  // A folder that cannot be made fails before anything is printed.
  const written = await writeOutbox(opts.outbox, outbox, now, p, () => io.out(description));
  io.err(`${t(lang, "outboxWritten", { count: written.length, dir: opts.outbox })}\n`);
}
