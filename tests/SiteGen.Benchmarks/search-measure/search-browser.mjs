// The bytes a first search query downloads, measured in Debian's Chromium, for run-benchmark.sh.
//
//   node search-browser.mjs --site DIR [--mount /prefix/=DIR ...] --page /path/ --input SELECTOR
//        --results SELECTOR --count /prefix/ [--after-load /prefix/] --query "words" [--chromium /usr/bin/chromium]
//
// Serves DIR (and each mounted folder under its URL prefix, looked up first) with node's http module on
// 127.0.0.1, opens --page in headless Chromium (playwright-core, never a downloaded browser), waits for the --input
// box to be visible, fills it with --query in one step (one input event: the typed-out prefixes would each be a
// query of their own), waits until --results shows at least one element and no counted file was requested for
// 700 ms, and prints JSON: every response whose path starts with a --count prefix (from page load on, so the
// search script and stylesheet count too), with its size and its gzip-equivalent size (zlib level 6, each file on
// its own; a body that is already gzip counts as it is), and every HTML page under an --after-load prefix requested
// after the page's load event (SiteGen's box fetches each result's page for its excerpt: index v3), the total per
// part (search-files.mjs partOf), the number of results shown, console errors and the paths that were not found
// (a browser asks for /favicon.ico).
// Responses are sent uncompressed; the gzip figures are computed here, so they do not depend on a server's setting.
import { createServer } from "node:http";
import { readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipBytes, parts } from "./search-files.mjs";
import { chromium } from "playwright-core";

const options = { mount: [], count: [], "after-load": [], chromium: "/usr/bin/chromium" };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const [name, value] = [argv[i].replace(/^--/, ""), argv[i + 1]];
  if (value === undefined) throw new Error(`option --${name} needs a value`);
  if (Array.isArray(options[name])) options[name].push(value);
  else options[name] = value;
}
for (const required of ["site", "page", "input", "results", "query"]) {
  if (!options[required]) {
    console.error(`search-browser.mjs: --${required} is required`);
    process.exit(2);
  }
}
const mounts = options.mount.map((m) => {
  const at = m.indexOf("=");
  return { prefix: m.slice(0, at), dir: m.slice(at + 1) };
});

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json", ".wasm": "application/wasm", ".svg": "image/svg+xml",
};

function resolve(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  if (path.includes("\0")) return null;
  const mount = mounts.find((m) => path.startsWith(m.prefix));
  const [dir, rest] = mount ? [mount.dir, path.slice(mount.prefix.length)] : [options.site, path];
  const relative = normalize("/" + rest).slice(1);
  let file = join(dir, relative);
  try {
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    statSync(file);
    return file;
  } catch {
    return null;
  }
}

const counted = [];
const notFound = [];
let loaded = false;
let lastCounted = Date.now();
const server = createServer((request, response) => {
  const file = resolve(request.url);
  if (!file) {
    notFound.push(request.url);
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  const body = readFileSync(file);
  const path = request.url.split("?")[0];
  const afterLoad = loaded && extname(file) === ".html" && options["after-load"].some((prefix) => path.startsWith(prefix));
  if (afterLoad || options.count.some((prefix) => path.startsWith(prefix))) {
    counted.push({ path, bytes: body.length, gzip: gzipBytes(body) });
    lastCounted = Date.now();
  }
  response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
  response.end(body);
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: options.chromium,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
const consoleErrors = [];
let result;
try {
  const page = await browser.newPage();
  page.on("console", (message) => { if (message.type() === "error") consoleErrors.push(message.text()); });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  await page.goto(origin + options.page, { waitUntil: "load", timeout: 30_000 });
  loaded = true;
  await page.locator(options.input).first().waitFor({ state: "visible", timeout: 15_000 });
  await page.locator(options.input).first().fill(options.query);
  await page.locator(options.results).first().waitFor({ state: "attached", timeout: 20_000 });
  const deadline = Date.now() + 20_000; // bounded: a page that keeps fetching ends the wait here
  while (Date.now() - lastCounted < 700 && Date.now() < deadline) await page.waitForTimeout(100);
  const shown = await page.locator(options.results).count();
  const total = counted.reduce((t, r) => ({ bytes: t.bytes + r.bytes, gzip: t.gzip + r.gzip }), { bytes: 0, gzip: 0 });
  result = { query: options.query, requests: counted.length, bytes: total.bytes, gzip: total.gzip, results: shown, parts: parts(counted), consoleErrors, notFound, files: counted };
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(result));
