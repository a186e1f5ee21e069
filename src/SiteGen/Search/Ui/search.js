/* SiteGen search box: plain JS, no framework, no build step.
   Markup: <form role="search" data-search-index="/base/search-index/" hidden><label for=ID>..</label><input id=ID type="search"></form>
   The script shows the form, makes the input a WAI-ARIA combobox with a listbox popup, and fetches only the index
   chunks a query needs, then for each result shown its URL file and the page itself, whose sections give the heading
   and the excerpt (see the Search section of the README). Tokenizer and sections identical to SiteGen's C# ones. */
(function () {
  "use strict";

  // Han, Hiragana, Katakana: no spaces between words, indexed as overlapping bigrams.
  var CJK = "\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{2fa1f}";
  var W = "(?:(?![" + CJK + "])[\\p{L}\\p{N}\\p{Mc}])+";
  var TOKEN = new RegExp("([" + CJK + "]+)|(" + W + "(?:_+" + W + ")*)([+#]{0,2})", "gu");
  var MARKS = /[\p{Mn}\p{Me}]/gu;
  var MAX = 40;

  /** NFKD, combining marks (Mn, Me) dropped, lowercased, final sigma folded to σ. */
  function normalize(text) {
    return text.normalize("NFKD").replace(MARKS, "").toLowerCase().replace(/\u03c2/g, "\u03c3");
  }

  /** The index words of a text, in order (a word may repeat). */
  function tokenize(text) {
    var out = [];
    var s = normalize(String(text));
    TOKEN.lastIndex = 0;
    for (var m; (m = TOKEN.exec(s)); ) {
      if (m[1]) {
        var chars = Array.from(m[1]);
        if (chars.length === 1) out.push(chars[0]);
        for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
      } else {
        var word = m[2] + m[3];
        if (word.length > MAX) word = word.slice(0, /[\ud800-\udbff]/.test(word[MAX - 1]) ? MAX - 1 : MAX);
        out.push(word);
      }
    }
    return out;
  }

  /* ---------- a page's sections as SiteGen indexes them (src/SiteGen/Search/SearchText.cs) ---------- */

  var SKIP = /^(nav|header|footer|aside|script|style|template|svg|noscript|form)$/;
  var INLINE = /^(a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|del|ins|wbr)$/;
  var SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
  var MAX_SECTIONS = 4096;

  function collapse(text) { return text.replace(SPACE, " ").replace(/^ | $/g, ""); }

  /** [[anchor, heading, text], ...] of the first <main> of a parsed page: section 0 (heading = the title) is the text
      before the first h2-h4 with an id, each such heading starts the next. Skipped: nav, header, ..., form and
      [data-search-ignore]; block elements and comments separate words, inline ones do not; an h1 equal to the title
      is left out. */
  function sections(doc, title) {
    var out = [];
    var anchor = "";
    var heading = title;
    var buf = "";
    var inHeading = false;
    function take(node) {
      var before = buf;
      buf = "";
      inHeading = true;
      walk(node);
      inHeading = false;
      var text = collapse(buf);
      buf = before;
      return text;
    }
    function walk(node) {
      for (var n = node.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3) { buf += n.data; continue; }
        if (n.nodeType !== 1) { buf += " "; continue; }
        var name = n.localName;
        if (SKIP.test(name) || n.hasAttribute("data-search-ignore")) continue;
        var h = !inHeading && /^h[1-4]$/.test(name);
        if (h && name === "h1") {
          var h1 = take(n);
          buf += h1 === collapse(title) ? " " : " " + h1 + " ";
        } else if (h && n.getAttribute("id") && out.length < MAX_SECTIONS) {
          out.push([anchor, heading, collapse(buf)]);
          buf = "";
          anchor = n.getAttribute("id");
          heading = take(n);
        } else if (INLINE.test(name)) {
          walk(n);
        } else {
          buf += " ";
          walk(n);
          buf += " ";
        }
      }
    }
    var main = doc.querySelector("main");
    if (main) walk(main);
    out.push([anchor, heading, collapse(buf)]);
    return out;
  }

  if (typeof module === "object" && module.exports) module.exports = { tokenize: tokenize, normalize: normalize, sections: sections };
  if (typeof document === "undefined") return;

  /* ---------- index access: meta.json once, word chunks, URL files and pages on demand, all cached ---------- */

  function Index(base) {
    var cache = {};
    var meta;
    function get(path, read) {
      if (!cache[path]) {
        cache[path] = fetch(new URL(path, base)).then(function (r) {
          if (!r.ok) throw new Error(r.status + " " + r.url);
          return read ? read(r) : r.json();
        });
        cache[path].catch(function () { delete cache[path]; });
      }
      return cache[path];
    }
    this.meta = function () { return meta || (meta = get("meta.json").catch(function (e) { meta = null; throw e; })); };

    /** Page i as {url, title, s}: URL and title from its URL file, sections [anchor, heading, text] from the page's
        own HTML; s is null when the page cannot be fetched (the result is then shown without an excerpt). */
    this.page = function (i) {
      return this.meta().then(function (m) {
        return get("u/" + Math.floor(i / m.per) + ".json").then(function (urls) {
          var url = urls[i % m.per][0];
          var title = urls[i % m.per][1];
          return get(url, function (r) {
            return r.text().then(function (html) {
              return sections(new DOMParser().parseFromString(html, "text/html"), title);
            });
          }).then(null, function () { return null; }).then(function (s) {
            return { url: url, title: title, s: s };
          });
        });
      });
    };

    /** Postings of one query token: Map page -> Map section -> best score. Prefix matches count 0.7. */
    this.postings = function (token) {
      return this.meta().then(function (m) {
        var ids = [];
        m.chunks.forEach(function (c, i) {
          if (c[0] <= token + "\uffff" && c[1] >= token) ids.push(i);
        });
        return Promise.all(ids.map(function (i) { return get("w/" + i + ".json"); }));
      }).then(function (chunks) {
        var pages = new Map();
        chunks.forEach(function (words) {
          for (var word in words) {
            if (word.lastIndexOf(token, 0) !== 0) continue;
            var weight = word === token ? 1 : 0.7;
            var list = words[word];
            // Triples (page, section, score); each page is the difference from the previous triple's page.
            for (var i = 0, page = 0; i + 2 < list.length; i += 3) {
              page += list[i];
              var sections = pages.get(page);
              if (!sections) pages.set(page, (sections = new Map()));
              var score = list[i + 2] * weight;
              if (!(sections.get(list[i + 1]) >= score)) sections.set(list[i + 1], score);
            }
          }
        });
        return pages;
      });
    };
  }

  /** Ranked [{page, section, score}] of the pages where every token matched. */
  function rank(perToken, limit) {
    var hits = [];
    perToken[0].forEach(function (_, page) {
      if (!perToken.every(function (p) { return p.has(page); })) return;
      var total = 0;
      var bySection = new Map();
      perToken.forEach(function (p) {
        var best = 0;
        p.get(page).forEach(function (score, section) {
          if (score > best) best = score;
          bySection.set(section, (bySection.get(section) || 0) + score);
        });
        total += best;
      });
      var section = 0;
      var sectionScore = -1;
      bySection.forEach(function (score, s) {
        if (score > sectionScore || (score === sectionScore && s < section)) { section = s; sectionScore = score; }
      });
      hits.push({ page: page, section: section, score: total });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
    return hits.slice(0, limit);
  }

  /* ---------- excerpts: the words of the text that match a query token, as [start, end) ranges ---------- */

  var SEGMENT = new RegExp("([" + CJK + "]+)|(?:(?![" + CJK + "])[\\p{L}\\p{N}\\p{M}_])+[+#]{0,2}", "gu");

  /** With cut, stops a little after the first match: an excerpt shows about 180 characters from before it. */
  function matches(text, tokens, cut) {
    var ranges = [];
    function add(from, to) {
      var last = ranges[ranges.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else ranges.push([from, to]);
    }
    function starts(word) { return tokens.some(function (t) { return word.lastIndexOf(t, 0) === 0; }); }
    SEGMENT.lastIndex = 0;
    for (var m; (m = SEGMENT.exec(text)); ) {
      if (cut && ranges.length && m.index > ranges[0][0] + 240) break;
      if (!m[1]) {
        if (tokenize(m[0]).some(starts)) add(m.index, m.index + m[0].length);
        continue;
      }
      // A CJK run: mark each char that starts a matching bigram (both chars) or is a one-char token.
      var chars = Array.from(m[1]);
      for (var i = 0, at = m.index; i < chars.length; at += chars[i].length, i++) {
        var two = chars[i] + (chars[i + 1] || "");
        if (chars[i + 1] && tokens.indexOf(normalize(two)) >= 0) add(at, at + two.length);
        else if (tokens.indexOf(normalize(chars[i])) >= 0) add(at, at + chars[i].length);
      }
    }
    return ranges;
  }

  /** Text nodes and <mark>s for the text, or for about 25 words of it around the first match when cut. */
  function excerpt(text, tokens, cut) {
    var ranges = matches(text, tokens, cut);
    var first = ranges.length ? ranges[0][0] : 0;
    var start = cut ? Math.max(0, first - 60) : 0;
    var end = cut ? Math.min(text.length, start + 180) : text.length;
    if (start > 0) { var sp = text.indexOf(" ", start); if (sp >= 0 && sp < first) start = sp + 1; }
    if (end < text.length) { var back = text.lastIndexOf(" ", end); if (back > first + 20) end = back; }
    var frag = document.createDocumentFragment();
    var pos = start;
    function add(s) { if (s) frag.appendChild(document.createTextNode(s)); }
    if (start > 0) add("… ");
    ranges.forEach(function (r) {
      if (r[0] < pos || r[1] > end) return;
      add(text.slice(pos, r[0]));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(r[0], r[1]);
      frag.appendChild(mark);
      pos = r[1];
    });
    add(text.slice(pos, end));
    if (end < text.length) add(" …");
    return frag;
  }

  /* ---------- the combobox ---------- */

  function setup(form) {
    var input = form.querySelector("input");
    if (!input || !form.getAttribute("data-search-index")) return;
    var index = new Index(new URL(form.getAttribute("data-search-index"), document.baseURI));
    var id = input.id || (input.id = "search-input");
    var list = document.createElement("div");
    list.id = id + "-results";
    list.className = "search-results";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Search results");
    list.hidden = true;
    var status = document.createElement("div");
    status.className = "search-status";
    status.setAttribute("role", "status");
    input.insertAdjacentElement("afterend", list);
    form.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("autocomplete", "off");
    input.setAttribute("spellcheck", "false");
    form.hidden = false;

    var options = [];
    var active = -1;
    var seq = 0;

    function open(on) {
      list.hidden = !on;
      input.setAttribute("aria-expanded", on ? "true" : "false");
      if (!on) select(-1);
    }

    function select(i) {
      if (options[active]) options[active].setAttribute("aria-selected", "false");
      active = i;
      if (options[i]) {
        options[i].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options[i].id);
        options[i].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function say(text) { status.textContent = text; }

    function show(hits, pages, tokens) {
      list.textContent = "";
      options = hits.map(function (hit, i) {
        var page = pages[i];
        var s = page.s || [];
        var section = s[hit.section] || ["", "", ""]; // no page (or no such section): the title, linking the page
        var a = document.createElement("a");
        a.id = list.id + "-" + i;
        a.className = "search-result";
        a.setAttribute("role", "option");
        a.setAttribute("aria-selected", "false");
        a.tabIndex = -1;
        a.href = page.url + (section[0] ? "#" + section[0] : "");
        var title = document.createElement("span");
        title.className = "search-title";
        title.appendChild(excerpt(page.title, tokens));
        a.appendChild(title);
        if (hit.section > 0 && section[1]) {
          var heading = document.createElement("span");
          heading.className = "search-heading";
          heading.appendChild(excerpt(section[1], tokens));
          a.appendChild(heading);
        }
        // A page whose text starts with a heading has none in section 0: show its first section's text.
        var body = section[2] || (hit.section === 0 && s[1] ? s[1][2] : "");
        if (body) {
          var text = document.createElement("span");
          text.className = "search-excerpt";
          text.appendChild(excerpt(body, tokens, true));
          a.appendChild(text);
        }
        list.appendChild(a);
        return a;
      });
      active = -1;
      say(hits.length === 0 ? "No results" : hits.length === 1 ? "1 result" : hits.length + " results");
      open(hits.length > 0);
    }

    function search() {
      var run = ++seq;
      var tokens = tokenize(input.value).filter(function (t, i, all) { return all.indexOf(t) === i; });
      if (!tokens.length) {
        list.textContent = "";
        options = [];
        say("");
        open(false);
        return;
      }
      Promise.all([index.meta()].concat(tokens.map(function (t) { return index.postings(t); })))
        .then(function (found) {
          var hits = rank(found.slice(1), found[0].results || 8);
          return Promise.all(hits.map(function (h) { return index.page(h.page); })).then(function (pages) {
            if (run === seq) show(hits, pages, tokens);
          });
        })
        .catch(function () {
          if (run === seq) { say("Search is not available"); open(false); }
        });
    }

    function go(option) {
      if (option) window.location.assign(option.href);
    }

    input.addEventListener("input", search);
    input.addEventListener("focus", function () { if (options.length && input.value) open(true); });
    input.addEventListener("keydown", function (e) {
      var n = options.length;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (!n) return;
        if (list.hidden) open(true);
        var down = e.key === "ArrowDown";
        select(active < 0 ? (down ? 0 : n - 1) : (active + (down ? 1 : n - 1)) % n);
      } else if (e.key === "Enter") {
        e.preventDefault();
        if (n && !list.hidden) go(options[active] || options[0]);
        else if (input.value) search();
      } else if (e.key === "Escape") {
        e.preventDefault();
        if (!list.hidden) open(false);
        else if (input.value) { input.value = ""; search(); }
      } else if (e.key === "Home" || e.key === "End") {
        select(-1);
      }
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("focusout", function (e) {
      if (!e.relatedTarget || !form.contains(e.relatedTarget)) open(false);
    });
    list.addEventListener("mousedown", function (e) { e.preventDefault(); }); // keep focus in the box while clicking
    document.addEventListener("keydown", function (e) {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      var t = e.target;
      if (t && (t.isContentEditable || /^(input|textarea|select)$/i.test(t.tagName))) return;
      e.preventDefault();
      input.focus();
      input.select();
    });
  }

  function start() {
    var form = document.querySelector("form[data-search-index]");
    if (form) setup(form);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
