// The example rows `init` writes into the empty template (IDs starting with VD_): valid, so check
// passes, but named in a note until the user replaces them with the province's own rows.
import type { Problem } from "../core/problems";
import type { Model } from "../core/schemas";
import { EXAMPLE_PREFIX } from "../workbook/template";

export function exampleRowsNote(model: Model): Problem | null {
  const ids = [...model.units.map((u) => u.id), ...model.indicators.map((i) => i.id)].filter((id) =>
    id.startsWith(EXAMPLE_PREFIX),
  );
  return ids.length ? { key: "exampleRowsLeft", params: { ids: ids.join(", ") } } : null;
}
