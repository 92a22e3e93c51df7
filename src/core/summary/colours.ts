// Band colours shared by the chart and the e-mail tables: best band green, worst red, grey for
// units that did not report.
import type { Rgb } from "./png";

export interface BandColour {
  /** Bar colour in the chart. */
  rgb: Rgb;
  hex: string;
  /** Light background and dark text for the band's table cell. */
  tint: string;
  ink: string;
}

const SCALE: BandColour[] = [
  { rgb: [52, 168, 83], hex: "#34a853", tint: "#e6f4ea", ink: "#137333" },
  { rgb: [66, 133, 244], hex: "#4285f4", tint: "#e8f0fe", ink: "#174ea6" },
  { rgb: [251, 188, 4], hex: "#fbbc04", tint: "#fef7e0", ink: "#b06000" },
  { rgb: [234, 67, 53], hex: "#ea4335", tint: "#fce8e6", ink: "#a50e0e" },
];

export const NOT_REPORTED_COLOUR: BandColour = {
  rgb: [189, 193, 198],
  hex: "#bdc1c6",
  tint: "#f1f3f4",
  ink: "#5f6368",
};

/** The colour of band `index` (0 = best) among `count` bands, spread over green → red. */
export function bandColour(index: number | null, count: number): BandColour {
  if (index === null || index < 0) return NOT_REPORTED_COLOUR;
  if (count <= 1) return SCALE[0];
  return SCALE[Math.round((Math.min(index, count - 1) * (SCALE.length - 1)) / (count - 1))];
}
