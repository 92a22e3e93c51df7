// Writing the same texts over and over, once: an outbox states every threshold in every notice,
// and the same figure (`0%`, `có`, `3`) recurs across units and indicators. These memos live as
// long as one outbox (or one summary) is being written, never longer.
import { formatValue } from "../labels";
import type { Indicator, Language } from "../schemas";

/** `formatValue` for one language, memoised: it depends on the indicator's type and the value only. */
export type ValueFormat = (indicator: Indicator, value: number | null) => string;

export function valueFormatter(lang: Language): ValueFormat {
  const byType = new Map<Indicator["type"], Map<number, string>>();
  let missing: string | undefined;
  return (indicator, value) => {
    if (value === null) {
      if (missing === undefined) missing = formatValue(indicator, null, lang);
      return missing;
    }
    let memo = byType.get(indicator.type);
    if (memo === undefined) {
      memo = new Map();
      byType.set(indicator.type, memo);
    }
    let text = memo.get(value);
    if (text === undefined) {
      text = formatValue(indicator, value, lang);
      memo.set(value, text);
    }
    return text;
  };
}

/**
 * A message with one parameter left open, e.g. `Nâng {indicator} từ {value} lên ít nhất 50%.`:
 * rendered once around a marker and then filled by concatenation. `render` is used as it is when
 * the message does not insert the parameter exactly once and verbatim (or the other parameters,
 * sheet text, contain the marker).
 */
export function withHole(render: (value: string) => string): (value: string) => string {
  const a = render("\u0000").split("\u0000");
  const b = render("\u0001").split("\u0001");
  if (a.length !== 2 || b.length !== 2 || a[0] !== b[0] || a[1] !== b[1]) return render;
  const [before, after] = a;
  return (value) => before + value + after;
}
