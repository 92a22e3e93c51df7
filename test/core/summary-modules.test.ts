// The e-mail modules import each other one way: models and renderers meet only in the outbox.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const DIR = new URL("../../src/core/summary/", import.meta.url);

function imports(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(new URL(file, DIR), "utf8");
    graph.set(
      file.slice(0, -3),
      [...text.matchAll(/from "\.\/([\w-]+)"/g)].map((m) => m[1]),
    );
  }
  return graph;
}

describe("src/core/summary", () => {
  it("has no import cycle, type imports included", () => {
    const graph = imports();
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const next of graph.get(node) ?? []) {
        if (path.includes(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(" → "));
        else visit(next, [...path, next]);
      }
    };
    for (const node of graph.keys()) visit(node, [node]);
    expect(cycles).toEqual([]);
    expect(graph.get("notices")).not.toContain("render-notice");
    expect(graph.get("reminders")).not.toContain("render-reminder");
  });

  it("has no PNG encoder, deflate, glyph font or memo left", () => {
    expect([...imports().keys()].filter((m) => /png|deflate|glyph|memo/.test(m))).toEqual([]);
  });
});
