// Builds everything into dist/:
//   dist/cli.mjs          the Node command line (ExcelJS and docx stay external dependencies)
//   dist/Code.js          the Apps Script bundle: an iife under one global name, plus one top-level
//                         stub function per export of src/server/index.ts, generated from the
//                         esbuild metafile; then loaded in an empty node:vm context as a check
//   dist/Sidebar.html     the entry sidebar, its script and styles inlined into one HTML file
//   dist/Review.html      the office's review sidebar, built the same way
//   dist/Import.html      the Nhập từ tệp xuất dialog, built the same way
//   dist/appsscript.json  the manifest
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import vm from "node:vm";
import * as esbuild from "esbuild";
import ts from "typescript";

const GLOBAL = "DXScorecard";
const MESSAGES = /src[\\/]core[\\/]messages[\\/](vi|en)\.ts$/;
const SERVER_ENTRY = "src/server/index.ts";
const quiet = process.argv.includes("--quiet");
const log = (s) => quiet || process.stdout.write(`${s}\n`);

await rm("dist", { recursive: true, force: true });
await mkdir("dist", { recursive: true });

// 1. The CLI.
await esbuild.build({
  entryPoints: ["src/cli/index.ts"],
  outfile: "dist/cli.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["exceljs", "docx"],
  logLevel: "warning",
});

// 2. The Apps Script bundle. The export list comes from an ESM build's metafile, so the stubs can
// never drift from what src/server/index.ts exports.
const probe = await esbuild.build({
  entryPoints: [SERVER_ENTRY],
  bundle: true,
  format: "esm",
  write: false,
  metafile: true,
  outdir: "dist/.probe",
  logLevel: "warning",
});
const exported = Object.values(probe.metafile.outputs).find((o) => o.entryPoint === SERVER_ENTRY)?.exports ?? [];
const publicNames = exported.filter((n) => n !== "default").sort();
if (publicNames.length === 0) throw new Error(`${SERVER_ENTRY} exports nothing`);

// The add-on ships only the messages its own sources name (every string literal that is a message
// key), as the sidebars do below: the command line's help and options stay out of the Code.js
// budget (bench/addon-calls.ts). The one family of keys built at run time, `flag_${reason}`, is
// kept whole.
const serverLiterals = await literalsOf(probe.metafile.inputs);
const serverKeep = { has: (key) => serverLiterals.has(key) || key.startsWith("flag_") };
const serverKept = { vi: 0, en: 0 };
const gas = await esbuild.build({
  plugins: [cataloguePlugin(serverKeep, serverKept)],
  entryPoints: [SERVER_ENTRY],
  bundle: true,
  format: "iife",
  globalName: GLOBAL,
  target: "es2020",
  platform: "neutral",
  mainFields: ["module", "main"],
  write: false,
  legalComments: "none",
  // UTF-8 keeps Vietnamese texts readable and half the size of \u escapes; minified for the Code.js
  // budget of bench/addon-calls.ts (the public stubs keep their names; errors users see are our own
  // messages).
  charset: "utf8",
  minify: true,
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
});
if (serverKept.vi === 0 || serverKept.vi !== serverKept.en) {
  throw new Error(`dist/Code.js messages: kept ${serverKept.vi} Vietnamese and ${serverKept.en} English keys`);
}
const stubs = publicNames
  .map((name) => `function ${name}() {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}`)
  .join("\n");
const code = `${gas.outputFiles[0].text}\n// Top-level stubs: Apps Script sees only function declarations.\n${stubs}\n`;
if (/^\s*(import|export)\s/m.test(code)) throw new Error("dist/Code.js still has import/export statements");
await writeFile("dist/Code.js", code);

// The load check: in an empty context, with no Apps Script service defined, loading must not touch
// any service, and every stub must be a top-level function reaching its implementation.
const ctx = vm.createContext({});
vm.runInContext(code, ctx, { filename: "Code.js" });
for (const name of publicNames) {
  if (typeof ctx[name] !== "function") throw new Error(`dist/Code.js: ${name} is not a top-level function`);
  if (typeof ctx[GLOBAL][name] !== "function") throw new Error(`dist/Code.js: ${GLOBAL}.${name} is not a function`);
}

// 3. The sidebars (entry, review): each one's TypeScript bundled for the browser and inlined with
// its CSS into one file. Each ships only the messages it uses: every string literal of its own
// sources that names a message key (an over-approximation: a key it passes around as a value is a
// literal somewhere too).
async function buildPage({ entry, html, css, out }) {
  const uiOptions = {
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    write: false,
    minify: true,
    charset: "utf8",
    legalComments: "none",
    logLevel: "warning",
  };
  const uiProbe = await esbuild.build({ ...uiOptions, metafile: true });
  const literals = await literalsOf(uiProbe.metafile.inputs);
  const keptKeys = { vi: 0, en: 0 };
  const ui = await esbuild.build({ ...uiOptions, plugins: [cataloguePlugin(literals, keptKeys)] });
  if (keptKeys.vi === 0 || keptKeys.vi !== keptKeys.en) {
    throw new Error(`${out} messages: kept ${keptKeys.vi} Vietnamese and ${keptKeys.en} English keys`);
  }
  const page = await readFile(html, "utf8");
  // The review sidebar shares the entry sidebar's look: its own rules come after.
  const style = (await Promise.all(css.map((f) => readFile(f, "utf8")))).join("\n");
  const script = ui.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
  const text = page.replace("/*INLINE_CSS*/", () => style).replace("/*INLINE_JS*/", () => script);
  await writeFile(out, text);
  return { size: Buffer.byteLength(text), keys: keptKeys.vi };
}
const sidebar = await buildPage({
  entry: "src/ui/sidebar.ts",
  html: "src/ui/sidebar.html",
  css: ["src/ui/sidebar.css"],
  out: "dist/Sidebar.html",
});
const review = await buildPage({
  entry: "src/ui/review.ts",
  html: "src/ui/review.html",
  css: ["src/ui/sidebar.css", "src/ui/review.css"],
  out: "dist/Review.html",
});
// The Nhập từ tệp xuất dialog (issue 12): a modal dialog, in the sidebars' look.
const importDialog = await buildPage({
  entry: "src/ui/import.ts",
  html: "src/ui/import.html",
  css: ["src/ui/sidebar.css", "src/ui/import.css"],
  out: "dist/Import.html",
});

/** Every string literal of a build's own sources (not the catalogues) that could be a message key. */
async function literalsOf(inputs) {
  const literals = new Set();
  for (const input of Object.keys(inputs)) {
    if (!input.startsWith("src/") || input.startsWith("src/core/messages/")) continue;
    for (const m of (await readFile(input, "utf8")).matchAll(/["'`]([A-Za-z_][A-Za-z0-9_]*)["'`]/g)) literals.add(m[1]);
  }
  return literals;
}

/** An esbuild plugin that loads the message catalogues with only the keys `keep` has, counted in `kept`. */
function cataloguePlugin(keep, kept) {
  return {
    name: "pruned-messages",
    setup(b) {
      b.onLoad({ filter: MESSAGES }, async (args) => {
        const lang = MESSAGES.exec(args.path)[1];
        const pruned = pruneCatalogue(await readFile(args.path, "utf8"), keep);
        kept[lang] = pruned.kept;
        return { contents: pruned.text, loader: "ts" };
      });
    },
  };
}

/**
 * The catalogue module's source with only the keys in `keep`: the properties of its exported
 * object literal are found with the TypeScript parser, everything else of the file stays.
 */
function pruneCatalogue(source, keep) {
  const file = ts.createSourceFile("catalogue.ts", source, ts.ScriptTarget.ES2020, true);
  let object;
  const visit = (node) => {
    if (!object && ts.isObjectLiteralExpression(node) && ts.isVariableDeclaration(node.parent)) {
      const name = node.parent.name.getText(file);
      if (name === "vi" || name === "en") object = node;
    }
    if (!object && ts.isAsExpression(node) && ts.isObjectLiteralExpression(node.expression)) {
      if (ts.isVariableDeclaration(node.parent)) object = node.expression;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!object) throw new Error("Sidebar messages: no catalogue object found");
  const props = object.properties.filter((p) => p.name && keep.has(p.name.getText(file)));
  const body = props.map((p) => `  ${p.getText(file)},`).join("\n");
  const text = `${source.slice(0, object.getStart(file))}{\n${body}\n}${source.slice(object.getEnd())}`;
  return { text, kept: props.length };
}

// 4. The manifest.
await copyFile("appsscript.json", "dist/appsscript.json");

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
log(
  `dist/Code.js ${kb(Buffer.byteLength(code))} — ${serverKept.vi} message keys of each language — globals: ${publicNames.join(", ")}`,
);
log(`dist/Sidebar.html ${kb(sidebar.size)} — ${sidebar.keys} message keys of each language`);
log(`dist/Review.html ${kb(review.size)} — ${review.keys} message keys of each language`);
log(`dist/Import.html ${kb(importDialog.size)} — ${importDialog.keys} message keys of each language`);
log("dist/cli.mjs, dist/appsscript.json");
