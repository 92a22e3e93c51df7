// The bands as the e-mails show them: the name in the e-mail's language and a colour. The default
// bands of `Cài đặt` are Vietnamese words; an English e-mail shows their English names.
import { t } from "../messages";
import type { Language, Settings } from "../schemas";

export interface BandColour {
  /** Bar colour. */
  hex: string;
  /** Light background and dark text for the band's table cell. */
  tint: string;
  ink: string;
}

const SCALE: BandColour[] = [
  { hex: "#34a853", tint: "#e6f4ea", ink: "#137333" },
  { hex: "#4285f4", tint: "#e8f0fe", ink: "#174ea6" },
  { hex: "#fbbc04", tint: "#fef7e0", ink: "#b06000" },
  { hex: "#ea4335", tint: "#fce8e6", ink: "#a50e0e" },
];

export const NOT_REPORTED_COLOUR: BandColour = { hex: "#bdc1c6", tint: "#f1f3f4", ink: "#5f6368" };

/** The colour of band `index` (0 = best) among `count` bands, spread over green → red. */
export function bandColour(index: number | null, count: number): BandColour {
  if (index === null || index < 0) return NOT_REPORTED_COLOUR;
  if (count <= 1) return SCALE[0];
  return SCALE[Math.round((Math.min(index, count - 1) * (SCALE.length - 1)) / (count - 1))];
}

/** The default band names (`DEFAULT_SETTINGS.bands`) and their message keys. */
const DEFAULT_NAMES = {
  "Dẫn dắt": "bandLeading",
  "Nâng cao": "bandAdvanced",
  "Hình thành": "bandForming",
  "Khởi động": "bandStarting",
} as const;

/** A band's name as shown in `lang`: a default band is translated, a province's own name never is. */
export function bandName(name: string, lang: Language): string {
  const key = DEFAULT_NAMES[name.normalize("NFC").trim() as keyof typeof DEFAULT_NAMES];
  return key === undefined ? name : t(lang, key);
}

export interface ShownBand {
  name: string;
  /** Lower bound in %. */
  min: number;
  colour: BandColour;
}

/** The settings' bands, best first, as the e-mails show them. */
export function shownBands(settings: Settings): ShownBand[] {
  return settings.bands.map((b, i) => ({
    name: bandName(b.name, settings.language),
    min: b.min,
    colour: bandColour(i, settings.bands.length),
  }));
}

/** Index of a report's band (as written in the settings) among the settings' bands; null if none. */
export function bandIndex(settings: Settings, band: string | null): number | null {
  const i = band === null ? -1 : settings.bands.findIndex((b) => b.name === band);
  return i < 0 ? null : i;
}
