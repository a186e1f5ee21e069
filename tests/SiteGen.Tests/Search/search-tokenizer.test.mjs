// search.js's tokenizer against tokenizer-vectors.json, the file the C# tokenizer is tested against too.
// Run with `node --test tests/SiteGen.Tests/Search/search-tokenizer.test.mjs` (SearchScriptTests runs it from xunit).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const script = resolve(here, "../../../src/SiteGen/Search/Ui/search.js");
const { tokenize } = createRequire(import.meta.url)(script);
const vectors = JSON.parse(readFileSync(join(here, "tokenizer-vectors.json"), "utf8"));

test("the vectors file is not empty", () => assert.ok(vectors.length > 0));

vectors.forEach((vector, i) => {
  test(`vector ${i}: ${JSON.stringify(vector.text).slice(0, 60)}`, () => {
    assert.deepEqual(tokenize(vector.text), vector.tokens);
  });
});

test("a query is tokenised like the text: prefixes and folded forms", () => {
  assert.deepEqual(tokenize("Kube  CAFÉ"), ["kube", "cafe"]);
  assert.deepEqual(tokenize("  "), []);
});
