// Which Chromium drives the sidebar tests, first that applies:
//   1. the executable named by $DX_CHROMIUM (if set, it must launch: no silent fallback);
//   2. the system's (chromium, chromium-browser, google-chrome, google-chrome-stable on the PATH);
//   3. the one shipped inside the npm package @sparticuz/chromium (a devDependency), so `npm ci` is
//      enough and no apt step is needed.
// playwright-core never downloads a browser. If none launches, the caller gets one error that says
// what to do, and the browser tests fail.
import {
  accessSync,
  constants,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { type Browser, chromium } from "playwright-core";

export const BROWSER_ENV = "DX_CHROMIUM";
const FONTS_CONF = "dx-fonts.conf";
const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
/** The same for every browser; @sparticuz/chromium's own `args` are for AWS Lambda (single process,
 * web security off) and would change what the tests see, and its headless shell needs none of them. */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The browser the sidebar tests run in; which one it is goes to the test log. */
export async function launchChromium(): Promise<Browser> {
  const explicit = process.env[BROWSER_ENV];
  if (explicit) {
    try {
      return await launch(explicit);
    } catch (e) {
      throw new Error(
        `${BROWSER_ENV}=${explicit} could not be launched for the sidebar tests; point ${BROWSER_ENV} at a working ` +
          `Chromium or Chrome executable, or unset it to use the system's or @sparticuz/chromium's. (${firstLine(e)})`,
      );
    }
  }
  const tried: string[] = [];
  for (const path of systemChromiums()) {
    try {
      return await launch(path);
    } catch (e) {
      tried.push(`${path}: ${firstLine(e)}`);
    }
  }
  try {
    const path = await shippedChromium();
    // Its own fonts.conf (written beside it): the system's fonts, then the package's Open Sans
    // (which covers Vietnamese), so a machine with no fonts at all still renders the sidebar.
    return await launch(path, { FONTCONFIG_FILE: process.env.FONTCONFIG_FILE ?? join(dirname(path), FONTS_CONF) });
  } catch (e) {
    tried.push(`@sparticuz/chromium: ${firstLine(e)}`);
  }
  throw new Error(
    `No Chromium could be launched for the sidebar tests: run \`npm ci\` (it installs @sparticuz/chromium) ` +
      `or set ${BROWSER_ENV} to a Chromium or Chrome executable. Tried: ${tried.join("; ")}`,
  );
}

async function launch(executablePath: string, env: Record<string, string> = {}): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath,
    args: ARGS,
    headless: true,
    env: { ...process.env, ...env },
  });
  console.log(`Sidebar tests: Chromium ${browser.version()} at ${executablePath}`);
  return browser;
}

function systemChromiums(): string[] {
  const dirs = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  const found: string[] = [];
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (isExecutable(path)) {
        found.push(path);
        break;
      }
    }
  }
  return found;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Unpacks @sparticuz/chromium's brotli-compressed headless shell once per package version and user,
 * and returns its path. The package itself always unpacks to `os.tmpdir()/chromium` and reuses
 * whatever is there, whichever version (or half-written file) that is; so it unpacks into a private
 * staging directory (via TMPDIR, which `os.tmpdir()` reads) that is then renamed into place whole.
 * The binary looks for its swiftshader libraries beside itself, which is where they are unpacked.
 * The package's fonts.conf names only AWS Lambda's folders, so a fonts.conf of ours goes beside it.
 */
async function shippedChromium(): Promise<string> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve("@sparticuz/chromium"); // <package>/build/cjs/index.cjs
  const pkg = JSON.parse(readFileSync(join(dirname(entry), "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  const dir = join(tmpdir(), `dx-scorecard-chromium-${pkg.version}-${process.getuid?.() ?? "user"}`);
  const done = join(dir, ".unpacked");
  const files = [done, join(dir, "chromium"), join(dir, "libGLESv2.so"), join(dir, FONTS_CONF)];
  if (files.every((file) => existsSync(file))) return join(dir, "chromium");
  // Half gone (a tmp cleaner?): unpack again.
  rmSync(dir, { recursive: true, force: true });

  const staging = mkdtempSync(`${dir}.partial-`);
  const saved = process.env.TMPDIR;
  try {
    process.env.TMPDIR = staging;
    const { default: packaged } = await import("@sparticuz/chromium");
    const path = await packaged.executablePath();
    if (path !== join(staging, "chromium")) throw new Error(`unpacked to ${path}, not into ${staging}`);
    writeFileSync(join(staging, FONTS_CONF), fontsConf(dir));
    writeFileSync(join(staging, ".unpacked"), `${pkg.version}\n`);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  try {
    renameSync(staging, dir);
  } catch (e) {
    // Another run unpacked the same version meanwhile: use theirs.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(done)) throw e;
  }
  return join(dir, "chromium");
}

/** The system's fontconfig setup if there is one, plus the Open Sans unpacked into `dir`. */
function fontsConf(dir: string): string {
  const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    "<fontconfig>",
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${xml(join(dir, "fonts", "fonts"))}</dir>`,
    `  <cachedir>${xml(join(dir, "fonts-cache"))}</cachedir>`,
    "</fontconfig>",
    "",
  ].join("\n");
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0]!;
}
