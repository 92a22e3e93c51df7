// Embedded charts (Sheet.newChart / insertChart / updateChart) and the `Charts` global's enums.

import { Counted, type FakeEnv } from "./env";
import { FakeRange } from "./range";
import { asFake, asReal, enumMember, enumOf, type FakeEnum } from "./real-types";

type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type ChartTypeEnum = typeof GoogleAppsScript.Charts.ChartType;

export type ChartTypeName = keyof ChartTypeEnum & string;

export const ChartType: FakeEnum<ChartTypeEnum> = enumOf(
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
);

/** The `Charts` global: only its enums (the standalone chart builders are not faked). */
export function createChartsGlobal(): {
  ChartType: FakeEnum<ChartTypeEnum>;
  ChartHiddenDimensionStrategy: FakeEnum<typeof GoogleAppsScript.Charts.ChartHiddenDimensionStrategy>;
  ChartMergeStrategy: FakeEnum<typeof GoogleAppsScript.Charts.ChartMergeStrategy>;
} {
  return {
    ChartType,
    ChartHiddenDimensionStrategy: enumOf("IGNORE_BOTH", "IGNORE_ROWS", "IGNORE_COLUMNS", "SHOW_BOTH"),
    ChartMergeStrategy: enumOf("MERGE_COLUMNS", "MERGE_ROWS"),
  };
}

interface ChartState {
  id: number | null;
  type: ChartTypeName | null;
  ranges: FakeRange[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
}

/** A plain description of a chart, for assertions. */
export interface ChartSummary {
  id: number | null;
  type: ChartTypeName | null;
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

function copyState(s: ChartState): ChartState {
  return { ...s, ranges: [...s.ranges], options: { ...s.options }, position: { ...s.position } };
}

type ChartMethods =
  | "getChartId"
  | "getContainerInfo"
  | "getNumHeaders"
  | "getOptions"
  | "getRanges"
  | "getTransposeRowsAndColumns"
  | "modify";

export class FakeEmbeddedChart extends Counted implements Pick<GChart, ChartMethods> {
  constructor(
    env: FakeEnv,
    readonly state: Readonly<ChartState>,
  ) {
    super(env, "EmbeddedChart");
  }

  getChartId(): number | null {
    this.track("getChartId");
    return this.state.id;
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.track("getContainerInfo");
    const p = this.state.position;
    return {
      getAnchorColumn: () => p.column,
      getAnchorRow: () => p.row,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }

  getNumHeaders(): number {
    this.track("getNumHeaders");
    return this.state.numHeaders;
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    this.track("getOptions");
    const options = { ...this.state.options };
    return { get: (option: string) => options[option] ?? null };
  }

  getRanges(): GRange[] {
    this.track("getRanges");
    return this.state.ranges.map((r) => asReal<GRange>(r));
  }

  getTransposeRowsAndColumns(): boolean {
    this.track("getTransposeRowsAndColumns");
    return this.state.transpose;
  }

  /** A builder that edits a copy; the chart changes only through Sheet.updateChart. */
  modify(): GBuilder {
    this.track("modify");
    return asReal<GBuilder>(new FakeEmbeddedChartBuilder(this.env, copyState(this.state)));
  }

  /** Test accessor (not counted). */
  summary(): ChartSummary {
    const s = this.state;
    return {
      id: s.id,
      type: s.type,
      ranges: s.ranges.map((r) => `${r.sheet.name}!${r.a1()}`),
      options: { ...s.options },
      position: { ...s.position },
    };
  }
}

type BuilderMethods =
  | "addRange"
  | "build"
  | "clearRanges"
  | "getChartType"
  | "getContainer"
  | "getRanges"
  | "removeRange"
  | "setChartType"
  | "setNumHeaders"
  | "setOption"
  | "setPosition"
  | "setTransposeRowsAndColumns";

/**
 * The generic EmbeddedChartBuilder. The typed builders (`asBarChart()` and friends, each a
 * different real interface with its own setters) are not faked: use setChartType + setOption.
 */
export class FakeEmbeddedChartBuilder extends Counted implements Pick<GBuilder, BuilderMethods> {
  private readonly state: ChartState;

  constructor(env: FakeEnv, state?: ChartState) {
    super(env, "EmbeddedChartBuilder");
    this.state = state ?? {
      id: null,
      type: null,
      ranges: [],
      options: {},
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      transpose: false,
    };
  }

  addRange(range: GRange): GBuilder {
    this.track("addRange", range);
    this.state.ranges.push(asFake(range, FakeRange, "Range"));
    return asReal<GBuilder>(this);
  }

  build(): GChart {
    this.track("build");
    if (this.state.type === null) throw this.fail("Fake Sheets: the chart has no type; call setChartType first.");
    return asReal<GChart>(new FakeEmbeddedChart(this.env, copyState(this.state)));
  }

  clearRanges(): GBuilder {
    this.track("clearRanges");
    this.state.ranges.length = 0;
    return asReal<GBuilder>(this);
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    this.track("getChartType");
    return enumMember<ChartTypeEnum>(this.state.type ?? "COLUMN");
  }

  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.track("getContainer");
    const p = { ...this.state.position };
    return {
      getAnchorColumn: () => p.column,
      getAnchorRow: () => p.row,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }

  getRanges(): GRange[] {
    this.track("getRanges");
    return this.state.ranges.map((r) => asReal<GRange>(r));
  }

  removeRange(range: GRange): GBuilder {
    this.track("removeRange", range);
    const target = asFake(range, FakeRange, "Range");
    this.state.ranges = this.state.ranges.filter((r) => !r.sameAs(target));
    return asReal<GBuilder>(this);
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): GBuilder {
    this.track("setChartType", type);
    const name = String(type);
    if (!(name in ChartType)) throw this.fail(`Fake Sheets: unknown chart type ${name}.`);
    this.state.type = name as ChartTypeName;
    return asReal<GBuilder>(this);
  }

  setNumHeaders(headers: number): GBuilder {
    this.track("setNumHeaders", headers);
    this.state.numHeaders = headers;
    return asReal<GBuilder>(this);
  }

  setOption(option: string, value: unknown): GBuilder {
    this.track("setOption", option, value);
    this.state.options[option] = value;
    return asReal<GBuilder>(this);
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GBuilder {
    this.track("setPosition", anchorRowPos, anchorColPos, offsetX, offsetY);
    this.state.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return asReal<GBuilder>(this);
  }

  setTransposeRowsAndColumns(transpose: boolean): GBuilder {
    this.track("setTransposeRowsAndColumns", transpose);
    this.state.transpose = transpose;
    return asReal<GBuilder>(this);
  }
}

/** Gives an inserted chart its id, as Sheets does; the sheet keeps the returned chart. */
export function withId(env: FakeEnv, chart: FakeEmbeddedChart, id: number): FakeEmbeddedChart {
  return new FakeEmbeddedChart(env, { ...copyState(chart.state), id });
}
