// A tiny element builder: the sidebar is a few dozen nodes, not worth a framework.

type Attr = string | number | boolean | null | undefined;
type Child = Node | string | null | undefined | false;

/** `h("label", { for: "f-1", class: "label" }, "Tên")`; `true` sets an empty attribute, falsy skips it. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, Attr> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}
