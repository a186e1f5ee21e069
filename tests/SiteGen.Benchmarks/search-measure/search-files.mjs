// Sizes of search index files, for run-benchmark.sh. No dependencies (node's zlib only).
//
//   node search-files.mjs size DIR            -> {"files":N,"bytes":B,"gzip":G} for every file under DIR
//   node search-files.mjs gzip FILE...        -> {"files":N,"bytes":B,"gzip":G} for these files
//   node search-files.mjs estimate DIR QUERY  -> what SiteGen's search.js downloads for its first query, found by
//                                                following its algorithm on the files in DIR (the search-index/
//                                                folder of an output): search.js, search.css, meta.json, the chunks
//                                                each token needs, the URL files u/<k>.json of the top `results`
//                                                pages, and those pages' HTML (index v3: the excerpt comes from the
//                                                page; v2: the fragment files p/<page>.json instead), with the total
//                                                per part ("parts")
//
// "gzip" is the gzip-equivalent size: each file compressed on its own with zlib at level 6 (gzip's default), as a
// static host that compresses responses sends it; a file that is already gzip (Pagefind's) counts as it is.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export const GZIP_LEVEL = 6;

export function gzipBytes(buffer) {
  if (buffer.length >= 2 && buffer[0] === 0x1f && buffer[1] === 0x8b) return buffer.length;
  return gzipSync(buffer, { level: GZIP_LEVEL }).length;
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

function sizes(paths) {
  const total = { files: 0, bytes: 0, gzip: 0 };
  for (const path of paths) {
    const body = readFileSync(path);
    total.files += 1;
    total.bytes += body.length;
    total.gzip += gzipBytes(body);
  }
  return total;
}

// The tokenizer of search.js for the estimate (Latin-script queries; the benchmark's queries are ASCII).
export function tokens(text) {
  const folded = text.normalize("NFKD").replace(/[\p{Mn}\p{Me}]/gu, "").toLowerCase();
  const words = folded.match(/[\p{L}\p{N}_]+[+#]{0,2}/gu) ?? [];
  return words.map((w) => w.slice(0, 40));
}

// The part of a first query a downloaded file is (SiteGen's files; anything else, such as Pagefind's, is "other").
export function partOf(path) {
  if (/(^|\/)search\.js$/.test(path)) return "script";
  if (/(^|\/)search\.css$/.test(path)) return "css";
  if (/(^|\/)meta\.json$/.test(path)) return "meta";
  if (/(^|\/)w\/\d+\.json$/.test(path)) return "chunks";
  if (/(^|\/)u\/\d+\.json$/.test(path)) return "urls";
  if (/(^|\/)p\/\d+\.json$/.test(path)) return "fragments";
  if (/(\/|\.html)$/.test(path)) return "pages";
  return "other";
}

// {part: {files, bytes, gzip}} of a list of downloaded files ({path, bytes, gzip}), parts in download order.
export function parts(files) {
  const out = {};
  for (const f of files) {
    const part = (out[partOf(f.path)] ??= { files: 0, bytes: 0, gzip: 0 });
    part.files += 1;
    part.bytes += f.bytes;
    part.gzip += f.gzip;
  }
  return out;
}

// The HTML file of a page URL in the output folder above the index; a base path is found by dropping leading
// segments until the file exists (/guide/a/ -> a/index.html).
function pageFile(output, url) {
  const segments = decodeURIComponent(url.split("#")[0]).split("/").filter((s, i, all) => s || i === all.length - 1);
  for (let drop = 0; drop < segments.length; drop++) {
    let file = join(output, ...segments.slice(drop));
    if (url.endsWith("/")) file = join(file, "index.html");
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not here: try without the next leading segment
    }
  }
  throw new Error(`no HTML file for ${url} under ${output}`);
}

function estimate(dir, query) {
  const fetched = [];
  const read = (name, file = join(dir, name)) => {
    const body = readFileSync(file);
    fetched.push({ path: name, bytes: body.length, gzip: gzipBytes(body) });
    return body;
  };
  for (const name of ["search.js", "search.css"]) {
    try {
      statSync(join(dir, name));
      read(name);
    } catch {
      // absent: the estimate says so through the file list
    }
  }
  const meta = JSON.parse(read("meta.json"));
  const chunks = new Map();
  const perToken = [];
  for (const token of tokens(query)) {
    const best = new Map(); // page -> Map(section -> score)
    meta.chunks.forEach(([first, last], i) => {
      if (!(first <= token + "\uffff" && last >= token)) return;
      if (!chunks.has(i)) chunks.set(i, JSON.parse(read(`w/${i}.json`)));
      for (const [word, postings] of Object.entries(chunks.get(i))) {
        if (!word.startsWith(token)) continue;
        const factor = word === token ? 1.0 : 0.7;
        // Index format v2: each triple's page is the difference from the previous triple's (v1: as it is).
        for (let k = 0, page = 0; k + 2 < postings.length; k += 3) {
          page = meta.v >= 2 ? page + postings[k] : postings[k];
          const [section, score] = [postings[k + 1], postings[k + 2] * factor];
          if (!best.has(page)) best.set(page, new Map());
          const sections = best.get(page);
          sections.set(section, Math.max(sections.get(section) ?? 0, score));
        }
      }
    });
    perToken.push(best);
  }
  const ranked = [];
  if (perToken.length > 0) {
    for (const page of perToken[0].keys()) {
      if (!perToken.every((t) => t.has(page))) continue;
      let score = 0;
      for (const t of perToken) score += Math.max(...t.get(page).values());
      ranked.push({ page, score });
    }
  }
  ranked.sort((a, b) => b.score - a.score || a.page - b.page);
  const top = ranked.slice(0, meta.results ?? 8);
  if (meta.v >= 3) {
    // The URL file of each result (once), then each result's page, whose sections give heading and excerpt.
    const urlFiles = new Map();
    for (const { page } of top) {
      const k = Math.floor(page / meta.per);
      if (!urlFiles.has(k)) urlFiles.set(k, JSON.parse(read(`u/${k}.json`)));
    }
    for (const { page } of top) {
      const url = urlFiles.get(Math.floor(page / meta.per))[page % meta.per][0];
      read(url, pageFile(join(dir, ".."), url));
    }
  } else {
    for (const { page } of top) read(`p/${page}.json`);
  }
  const total = fetched.reduce((t, f) => ({ bytes: t.bytes + f.bytes, gzip: t.gzip + f.gzip }), { bytes: 0, gzip: 0 });
  return { requests: fetched.length, bytes: total.bytes, gzip: total.gzip, matches: ranked.length, results: top.length, parts: parts(fetched), files: fetched };
}

// "search.js 5.6 KiB, meta.json 0.3 KiB, 2 chunks 30.1 KiB, ..." (gzip) from a result's parts.
export function describeParts(p) {
  const names = { script: "search.js", css: "search.css", meta: "meta.json", chunks: "word chunks", urls: "URL files", pages: "result pages (HTML)", fragments: "fragments", other: "other files" };
  return Object.entries(p ?? {})
    .map(([part, t]) => `${names[part] ?? part}${t.files > 1 || ["chunks", "urls", "pages", "fragments"].includes(part) ? ` (${t.files})` : ""} ${(t.gzip / 1024).toFixed(1)} KiB`)
    .join(", ");
}

function main([mode, ...args]) {
  let result;
  if (mode === "size" && args.length === 1) result = sizes(walk(args[0]));
  else if (mode === "gzip" && args.length > 0) result = sizes(args);
  else if (mode === "estimate" && args.length === 2) result = estimate(args[0], args[1]);
  else if (mode === "parts" && args.length === 1) {
    // parts RESULT.json -> one line: the gzip bytes of each part of a first query (estimate's or search-browser's)
    console.log(describeParts(JSON.parse(readFileSync(args[0], "utf8")).parts));
    return;
  } else {
    console.error("usage: search-files.mjs size DIR | gzip FILE... | estimate INDEX_DIR QUERY | parts RESULT_JSON");
    process.exit(2);
  }
  console.log(JSON.stringify(result));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
