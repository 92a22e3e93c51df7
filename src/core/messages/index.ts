// The message catalogue: one module per language, looked up by key.
import type { Language } from "../schemas";
import { en } from "./en";
import { type Catalogue, type MessageKey, vi } from "./vi";

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

const CATALOGUES: Record<Language, Catalogue> = { vi, en };

export function t(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  return CATALOGUES[lang][key](params);
}

/** Capitalises the first letter, for messages that begin a sentence after a cell reference is dropped. */
export function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
