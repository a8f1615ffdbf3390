"""Site-search benchmark for iltod: Material's lunr search vs Pagefind.

Everything this script generates is SYNTHETIC: pages are shuffled and
recombined sentences of one real report (the seed), labelled SYNTHETIC on
every page. It builds the same site twice (Material + search plugin; Material
+ Pagefind via bench/search_integration/), serves each build from a local
gzip-capable HTTP server on 127.0.0.1, drives /usr/bin/chromium with
Playwright and counts the bytes the server sent. Usage:

    /work/venv/bin/python bench/search_eval.py --pages 4000 --json out.json

Reusable piece: ``run_pagefind(site_dir)`` (used by the MkDocs hook).
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NamedTuple

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "out"
INTEGRATION = BENCH / "search_integration"
SEED = Path("/work/shared/seeds/000_076a9adff809cfcc.txt")
STEMS = {"сургалт": (5, 0), "төлөвлөгөө": (7, 1), "өргөдөл": (11, 2)}  # mod, offset
# SYNTHETIC probe: Mongolian drops a vowel when inflecting (өргөдөл -> өргөдлийн).
PROBE = "Иргэдийн өргөдлийн шийдвэрлэлтийн явцыг сар бүр хянасан."
PROBE_STEM, PROBE_MOD = "өргөдл", (13, 3)
QUERIES = list(STEMS)  # typed into each UI; recall also checks a shorter prefix:
RECALL_QUERIES = QUERIES + ["өргөд"]  # would cover өргөдөл and өргөдлийн
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
GZIP_EXT = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}
ALL3 = ["stemmer", "stopWordFilter", "trimmer"]
MATERIAL_VARIANTS = {  # search plugin options only change search_index.json "config"
    "default (mn theme: lang=en, pipeline=stopWordFilter)": {},
    "lang=ru": {"lang": ["ru"]},
    "lang=ru, pipeline=all 3": {"lang": ["ru"], "pipeline": ALL3},
    "lang=en, pipeline=all 3": {"pipeline": ALL3},
}


# ---------------------------------------------------------------- corpus
class Page(NamedTuple):
    path: str  # docs-relative .md path; url is site-relative, e.g. "a001/g01/m01/"
    url: str
    title: str
    body: str


def _has(text: str, stem: str) -> bool:
    return any(t.startswith(stem) for t in re.findall(r"\w+", text.lower()))


def load_seed(path: Path = SEED):
    """Split the seed report into background sentences, titles, target pools."""
    text = path.read_text(encoding="utf-8")
    titles = [re.sub(r"\s+", " ", m) for m in re.findall(r"(?m)^\s*\d+\.\d+\.\s+(.+)$", text)]
    parts = re.split(r"(?<=[.!?])\s+|\n+|\t+", text)
    sents = []
    for s in (re.sub(r"\s+", " ", p).strip() for p in parts):
        letters = re.findall(r"[^\W\d_]", s)
        cyr = [c for c in letters if "\u0400" <= c <= "\u04ff"]
        if len(s.split()) >= 5 and letters and len(cyr) / len(letters) > 0.8:
            sents.append(s if s[-1] in ".!?" else s + ".")
    banned = list(STEMS) + [PROBE_STEM]
    clean = lambda s: not any(_has(s, b) for b in banned)
    titles = [t.rstrip(" .") for t in titles]
    pool = {s.rstrip(" .:") + "." for s in sents + titles}
    targets = {st: sorted(s for s in pool if _has(s, st)) for st in STEMS}
    return [s for s in sents if clean(s)], [t for t in titles if clean(t)], targets


def _sentence(rng: random.Random, pool: list[str]) -> str:
    if rng.random() < 0.5:  # recombine two clauses from different sentences
        a, b = rng.choice(pool).split(", "), rng.choice(pool).split(", ")
        s = f"{a[0].rstrip('.')}, {b[-1]}"
    else:
        s = rng.choice(pool)
    return re.sub(r"\b\d{1,3}\b", lambda _: str(rng.randint(1, 999)), s)


def make_pages(n: int, seed: int = 20240501) -> list[Page]:
    """Deterministic SYNTHETIC measure pages: a{agency}/g{goal}/m{measure}."""
    rng = random.Random(seed)
    pool, titles, targets = load_seed()
    pages = []
    for i in range(n):
        goal, measure = (i // 10) % 10 + 1, i % 10 + 1
        words = rng.choice(titles).split()[:12]
        title = f"{goal}.{measure}. {' '.join(words).rstrip('.,:')}"
        paras = [
            [_sentence(rng, pool) for _ in range(rng.randint(2, 3))]
            for _ in range(rng.randint(3, 5))
        ]
        for stem, (mod, off) in STEMS.items():
            if i % mod == off:
                rng.choice(paras).insert(1, targets[stem][(i // mod) % len(targets[stem])])
        if i % PROBE_MOD[0] == PROBE_MOD[1]:
            rng.choice(paras).append(PROBE)
        body = "\n\n".join(" ".join(p) for p in paras)
        rel = f"a{i // 100 + 1:03d}/g{goal:02d}/m{measure:02d}"
        pages.append(Page(rel + ".md", rel + "/", title, body))
    return pages


def expected_sets(pages: list[Page]) -> dict:
    """Ground truth by scanning page text: URLs with a word starting with stem."""
    exp = {}
    for stem in RECALL_QUERIES:
        hits = {p.url for p in pages if _has(p.title + " " + p.body, stem)}
        exact = {p.url for p in pages if stem in re.findall(r"\w+", (p.title + p.body).lower())}
        probe = {p.url for p in pages if _has(p.body, PROBE_STEM)} if stem == "өргөдөл" else set()
        exp[stem] = {"all": hits, "inflected_only": hits - exact, "probe": probe - hits}
    return exp


def write_project(pages: list[Page], root: Path, engine: str) -> Path:
    """Write docs/ + mkdocs.yml for engine 'material' or 'pagefind'."""
    docs = root / "docs"
    shutil.rmtree(root, ignore_errors=True)
    for p in pages:
        f = docs / p.path
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(
            f"# {p.title}\n\n*SYNTHETIC test page generated by bench/search_eval.py "
            f"- not a real action plan.*\n\n{p.body}\n",
            encoding="utf-8",
        )
    (docs / "index.md").write_text("# SYNTHETIC search benchmark\n\nNot real data.\n")
    cfg = {
        "site_name": "iltod SYNTHETIC search benchmark",
        "site_dir": str(OUT / f"site_{engine}"),
        "theme": {
            "name": "material",
            "language": "mn",
            "font": False,  # no Google Fonts
            "features": ["navigation.prune"],
        },
    }
    if engine == "material":
        cfg["plugins"] = ["search"]
    else:  # no 'search' plugin: Material's lunr search is off
        cfg["plugins"] = []
        # the search box header is iltod's own (iltod/theme/partials/header.html)
        overrides = root / "overrides"
        (overrides / "partials").mkdir(parents=True, exist_ok=True)
        shutil.copy(INTEGRATION / "overrides" / "main.html", overrides / "main.html")
        shutil.copy(
            BENCH.parent / "iltod/theme/partials/header.html", overrides / "partials/header.html"
        )
        cfg["theme"]["custom_dir"] = str(overrides)
        cfg["hooks"] = [str(INTEGRATION / "hooks" / "pagefind_index.py")]
    (root / "mkdocs.yml").write_text(json.dumps(cfg, ensure_ascii=False, indent=1))
    return root / "mkdocs.yml"


# ---------------------------------------------------------------- builds
def _child_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def mkdocs_build(cfg: Path) -> tuple[dict, str]:
    """Run `mkdocs build`; wall and CPU seconds (CPU includes waited-for grandchildren)."""
    t0, c0 = time.perf_counter(), _child_cpu()
    r = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(cfg)],
        capture_output=True,
        text=True,
        check=False,
    )
    if r.returncode:
        raise RuntimeError(r.stderr[-3000:])
    wall, cpu = round(time.perf_counter() - t0, 2), round(_child_cpu() - c0, 2)
    return {"wall_s": wall, "cpu_s": cpu}, r.stderr


def dir_stats(path: Path) -> dict:
    """Files, raw bytes and gzip bytes (text files gzipped, binaries as-is)."""
    files = [f for f in path.rglob("*") if f.is_file()]
    kinds = {}
    for f in files:
        k = kinds.setdefault(_kind("/" + f.name), {"files": 0, "bytes": 0})
        k["files"], k["bytes"] = k["files"] + 1, k["bytes"] + f.stat().st_size
    gz = sum(
        len(gzip.compress(f.read_bytes(), 6)) if f.suffix in GZIP_EXT else f.stat().st_size
        for f in files
    )
    return {
        "files": len(files),
        "bytes": sum(k["bytes"] for k in kinds.values()),
        "gzip_bytes": gz,
        "by_kind": kinds,
    }


def run_pagefind(
    site_dir, output_subdir: str = "pagefind", force_language: str | None = None
) -> dict:
    """Index a built static site with Pagefind's Python API (pagefind[bin]).

    Writes the bundle to ``site_dir/output_subdir`` and returns
    ``{"seconds", "cpu_s", "pages", "html_files", "languages", "files",
    "bytes", "gzip_bytes", "by_kind"}``. Once any page has a ``data-pagefind-body`` element, only
    such pages are indexed (from that element); ``pages`` is read from
    pagefind-entry.json because the API's ``page_count`` counts HTML files.
    Raises if Pagefind indexed no page.
    """
    from pagefind.index import IndexConfig, PagefindIndex

    if not output_subdir.strip("/.") or ".." in output_subdir:
        raise ValueError(f"refusing output_subdir {output_subdir!r}: it is wiped first")
    site, out = Path(site_dir), Path(site_dir) / output_subdir
    shutil.rmtree(out, ignore_errors=True)
    cfg = IndexConfig(output_path=str(out))
    if force_language:
        cfg["force_language"] = force_language

    async def _index() -> int:
        async with PagefindIndex(config=cfg) as index:
            return (await index.add_directory(str(site)))["page_count"]

    t0, c0 = time.perf_counter(), _child_cpu()
    html_files = asyncio.run(_index())  # counts HTML files seen, not pages indexed
    secs, cpu = round(time.perf_counter() - t0, 3), round(_child_cpu() - c0, 3)
    entry = json.loads((out / "pagefind-entry.json").read_text())
    pages = sum(lang["page_count"] for lang in entry["languages"].values())
    if not pages:
        raise RuntimeError(f"Pagefind indexed no page under {site}")
    return {
        "seconds": secs,
        "cpu_s": cpu,
        "pages": pages,
        "html_files": html_files,
        "languages": sorted(entry["languages"]),
        **dir_stats(out),
    }


# ---------------------------------------------------------------- serving
class CountingServer:
    """Static server on 127.0.0.1 that gzips text types and counts sent bytes."""

    def __init__(self, root: Path):
        self.log, self.inflight, self.last = [], 0, time.monotonic()
        self.lock, self._gz = threading.Lock(), {}
        handler = partial(_Handler, self, directory=str(root))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.httpd.server_port}/"

    def gz(self, path: str) -> bytes:
        if path not in self._gz:
            self._gz[path] = gzip.compress(Path(path).read_bytes(), 6)
        return self._gz[path]

    def settle(self, quiet: float = 1.0, timeout: float = 120) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self.lock:
                if not self.inflight and time.monotonic() - self.last > quiet:
                    return
            time.sleep(0.1)
        raise TimeoutError("network did not settle")

    def take(self, since: int) -> dict:
        with self.lock:
            rows = self.log[since:]
        kinds = {}
        for path, n in rows:
            k = _kind(path)
            kinds[k] = kinds.get(k, 0) + n
        return {"bytes": sum(n for _, n in rows), "requests": len(rows), "by_kind": kinds}


def _kind(path: str) -> str:
    for key, kind in (
        ("search_index.json", "index"),
        ("/workers/", "engine"),
        ("/lunr/", "engine"),
        (".pf_index", "index"),
        (".pf_meta", "index"),
        ("pagefind-entry", "index"),
        (".pf_fragment", "fragments"),
        ("pagefind", "engine"),
    ):
        if key in path:
            return kind
    return "page"


class _Handler(SimpleHTTPRequestHandler):
    def __init__(self, srv: CountingServer, *a, **kw):
        self.srv = srv
        super().__init__(*a, **kw)

    def log_message(self, *a):
        pass

    def do_GET(self):
        with self.srv.lock:
            self.srv.inflight += 1
        path, sent = self.translate_path(self.path), 0
        try:
            path = os.path.join(path, "index.html") if os.path.isdir(path) else path
            if not os.path.isfile(path):
                return self.send_error(404)
            accepts = "gzip" in self.headers.get("Accept-Encoding", "")
            zipped = accepts and Path(path).suffix in GZIP_EXT
            body = self.srv.gz(path) if zipped else Path(path).read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Length", str(len(body)))
            if zipped:
                self.send_header("Content-Encoding", "gzip")
            sent = sum(len(b) for b in self._headers_buffer) + 2 + len(body)
            self.end_headers()
            self.wfile.write(body)
        finally:
            with self.srv.lock:
                self.srv.inflight -= 1
                self.srv.last = time.monotonic()
                self.srv.log.append((self.path, sent))


# ---------------------------------------------------------------- browser
JS_MATERIAL = """async ({override, queries}) => {  // Material's own worker protocol
  const cfg = JSON.parse(document.querySelector('#__config').textContent);
  const url = new URL(cfg.base + '/search/search_index.json', location.href);
  const idx = await (await fetch(url)).json();
  const w = new Worker(new URL(cfg.search, location.href)), out = {queries: {}};
  const ask = m => new Promise(r => { w.onmessage = e => r(e.data); w.postMessage(m); });
  let t = performance.now();  // 0 = SETUP, 2 = QUERY
  await ask({type: 0, data: {config: {...idx.config, ...override}, docs: idx.docs, options: {}}});
  out.setup_ms = performance.now() - t;
  for (const q of queries) {
    t = performance.now();
    const items = (await ask({type: 2, data: q})).data.items;
    out.queries[q] = {ms: performance.now() - t, urls: items.map(g => g[0].location.split('#')[0])};
  }
  w.terminate();
  return out;
}"""
JS_PAGEFIND = """async ({bundle, queries}) => {  // Pagefind JS API; loads every fragment
  const pf = await import(bundle + 'pagefind.js'), out = {};
  await pf.init();
  for (const q of queries) {
    const t = performance.now(), r = await pf.search(q), ms = performance.now() - t;
    out[q] = {ms, urls: await Promise.all(r.results.map(x => x.data().then(d => d.url)))};
  }
  return out;
}"""
MD_META = ".md-search-result__meta"


def _material_ready(page, t0: float) -> float:
    init = page.text_content(MD_META).strip()
    page.wait_for_function(
        f"t => document.querySelector('{MD_META}').textContent.trim() != t",
        arg=init,
        timeout=120_000,
    )
    return round((time.perf_counter() - t0) * 1000)


def _ui_query(page, engine: str, q: str) -> dict:
    """Clear the box, then time query -> results shown. Material reacts to keyup."""
    box, shown = (
        (
            "input.md-search__input",
            f"""(() => {{ const t = document.querySelector(
        '{MD_META}').textContent; return /\\d/.test(t) || t.includes('Таарц илэрсэнгүй'); }})()""",
        )
        if engine == "material"
        else ("pagefind-searchbox input", "!!document.querySelector('.pf-searchbox-result[href]')")
    )
    for value in ("", q):
        t0 = time.perf_counter()
        page.fill(box, value)
        page.press(box, "End")
        page.wait_for_function(shown if value else f"!{shown}", timeout=60_000)
    res = {"ui_ms": round((time.perf_counter() - t0) * 1000)}
    if engine == "material":
        m = re.match(r"\s*([\d.]+)(k?)", page.text_content(MD_META))  # "1.3k" for 1,258
        res["ui_count"] = float(m.group(1)) * (1000 if m.group(2) else 1) if m else 0
    else:
        res["first_href"] = page.eval_on_selector(
            ".pf-searchbox-result[href]", "a => new URL(a.href).pathname"
        )
        res["ui_shown"] = page.locator(".pf-searchbox-result").count()
    return res


def browse(engine: str, site: Path, page_url: str, shot: Path | None = None) -> dict:
    """Cold page view + one UI query per word (bytes counted server-side)."""
    from playwright.sync_api import sync_playwright

    srv, res = CountingServer(site), {"queries": {}}
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = b.new_context(viewport={"width": 1280, "height": 900}).new_page()
        t0 = time.perf_counter()
        page.goto(srv.base + page_url, wait_until="load")
        if engine == "material":
            res["search_ready_ms"] = _material_ready(page, t0)
        srv.settle(quiet=2.0)
        res["cold_view"] = srv.take(0)
        for q in QUERIES:
            mark = len(srv.log)
            ui = _ui_query(page, engine, q)
            srv.settle()
            res["queries"][q] = {**srv.take(mark), **ui}
            if shot and q == QUERIES[0]:
                page.screenshot(path=str(shot))
        page = b.new_context().new_page()  # recall pass: not byte-counted
        page.goto(srv.base + page_url, wait_until="load")
        if engine == "material":
            runs = {k: (JS_MATERIAL, {"override": o}) for k, o in MATERIAL_VARIANTS.items()}
        else:
            runs = {
                "lang=mn (detected)": (JS_PAGEFIND, {"bundle": "/pagefind/"}),
                "force_language=ru": (JS_PAGEFIND, {"bundle": "/pagefind_ru/"}),
            }
        res["recall_raw"] = {
            k: page.evaluate(js, {**arg, "queries": RECALL_QUERIES})
            for k, (js, arg) in runs.items()
        }
        b.close()
    srv.httpd.shutdown()
    return res


def score(urls: list[str], exp: dict) -> dict:
    found = {u.lstrip("/") for u in urls}
    out = {k: f"{len(found & v)}/{len(v)}" for k, v in exp.items() if v}
    out["results"], out["unexpected"] = len(found), len(found - exp["all"])
    return out


# ---------------------------------------------------------------- report
def environment() -> dict:
    from importlib.metadata import version

    cpu = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    chromium = subprocess.run(
        ["/usr/bin/chromium", "--version"], capture_output=True, text=True, check=True
    )
    return {
        "date_utc": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "nproc": os.cpu_count(),
        "loadavg_1m_start": round(os.getloadavg()[0], 2),
        "cpu": cpu.group(1) if cpu else "?",
        "python": sys.version.split()[0],
        "chromium": chromium.stdout.strip(),
        **{pkg: version(pkg) for pkg in ("mkdocs", "mkdocs-material", "pagefind", "playwright")},
    }


def corpus_stats(pages: list[Page], exp: dict) -> dict:
    text = [p.title + "\n" + p.body for p in pages]
    for stem, (mod, off) in STEMS.items():  # every injected page must be in the truth
        injected = {p.url for i, p in enumerate(pages) if i % mod == off}
        assert injected <= exp[stem]["all"], f"ground truth misses injected {stem}"
    return {
        "pages": len(pages),
        "avg_chars": round(sum(map(len, text)) / len(text)),
        "distinct_words": len({w for t in text for w in re.findall(r"\w+", t.lower())}),
        "expected": {s: {k: len(v) for k, v in e.items()} for s, e in exp.items()},
    }


def material_index_sizes(site: Path) -> dict:
    f = site / "search" / "search_index.json"
    data = f.read_bytes()
    utf8 = json.dumps(json.loads(data), ensure_ascii=False, separators=(",", ":")).encode()
    return {
        "bytes": len(data),
        "gzip_bytes": len(gzip.compress(data, 6)),
        "bytes_if_utf8_not_escaped": len(utf8),
        "config": json.loads(data)["config"],
    }


def run(n: int) -> dict:
    pages = make_pages(n)
    exp = expected_sets(pages)
    res = {"env": environment(), "corpus": corpus_stats(pages, exp)}
    view = pages[n // 2].url
    build, _ = mkdocs_build(write_project(pages, OUT / "proj_material", "material"))
    site_m = OUT / "site_material"
    res["material"] = {
        "build": build,
        "index": material_index_sizes(site_m),
        **browse("material", site_m, view),
    }
    build, log = mkdocs_build(write_project(pages, OUT / "proj_pagefind", "pagefind"))
    site_p = OUT / "site_pagefind"
    stats = json.loads(re.search(r"pagefind-stats (\{.*\})", log).group(1))
    assert stats["pages"] == n + 1, f"Pagefind indexed {stats['pages']} pages, expected {n + 1}"
    res["pagefind"] = {
        "build": build,
        "index": stats,
        "index_ru": run_pagefind(site_p, "pagefind_ru", force_language="ru"),
        **browse("pagefind", site_p, view, OUT / "pagefind_ui.png"),
    }
    for eng in ("material", "pagefind"):
        raw = res[eng].pop("recall_raw")
        res[eng]["recall"] = {
            v: {
                q: {**score(r["urls"], exp[q]), "ms": round(r["ms"], 1)}
                for q, r in d.get("queries", d).items()
            }
            for v, d in raw.items()
        }
        if eng == "material":
            res[eng]["worker_setup_ms"] = {v: round(d["setup_ms"]) for v, d in raw.items()}
    for q in QUERIES:  # each UI must show what its engine returned
        shown = res["material"]["queries"][q]["ui_count"]
        engine = res["material"]["recall"][next(iter(MATERIAL_VARIANTS))][q]["results"]
        assert abs(shown - engine) <= 50, f"Material UI shows {shown} for {q}, worker {engine}"
        ui_first = res["pagefind"]["queries"][q]["first_href"].lstrip("/")
        assert ui_first in exp[q]["all"], f"Pagefind UI first hit {ui_first} lacks {q}"
    res["env"]["loadavg_1m_end"] = round(os.getloadavg()[0], 2)
    return res


def _kb(n: float) -> str:
    return f"{n / 1024:,.1f} KiB" if n < 1024**2 else f"{n / 1024**2:,.2f} MiB"


def table(res: dict) -> str:
    """Markdown table of the headline numbers (first variant of each engine)."""
    m, p = res["material"], res["pagefind"]
    search = lambda v: _kb(sum(n for k, n in v["by_kind"].items() if k != "page"))
    pk = {k: _kb(v["bytes"]) for k, v in p["index"]["by_kind"].items()}
    b = lambda d: f"{d['wall_s']} wall / {d['cpu_s']} CPU"
    pf_build = (
        f"{b(p['build'])}, incl. Pagefind {p['index']['seconds']} wall / {p['index']['cpu_s']} CPU"
    )
    pf_disk = (
        f"{_kb(p['index']['bytes'])} ({p['index']['files']} files: index {pk['index']}, "
        f"fragments {pk['fragments']}, JS/CSS/wasm {pk['engine']})"
    )
    cold = (_kb(m["cold_view"]["bytes"]), _kb(p["cold_view"]["bytes"]))
    rows = [
        ("mkdocs build, s", b(m["build"]), pf_build),
        ("index on disk", f"{_kb(m['index']['bytes'])} (1 file)", pf_disk),
        ("index gzip", _kb(m["index"]["gzip_bytes"]), _kb(p["index"]["gzip_bytes"])),
        ("cold page view, sent (all)", *cold),
        ("cold page view, sent (search)", search(m["cold_view"]), search(p["cold_view"])),
        ("search usable after load", f"{m['search_ready_ms']} ms", "lazy: on first query"),
    ]
    for q in QUERIES:
        mq, pq = m["queries"][q], p["queries"][q]
        rows.append(
            (
                f"query `{q}`: sent / UI ms",
                f"{_kb(mq['bytes'])} / {mq['ui_ms']} ms",
                f"{_kb(pq['bytes'])} ({pq['requests']} req) / {pq['ui_ms']} ms",
            )
        )
    mr, pr = next(iter(m["recall"].values())), next(iter(p["recall"].values()))
    for q in RECALL_QUERIES:
        extra = [k for k in ("inflected_only", "probe") if k in mr[q]]
        rows.append(
            (
                f"recall `{q}`" + "".join(f" (+{k})" for k in extra),
                " ".join([mr[q]["all"]] + [f"({mr[q][k]})" for k in extra]),
                " ".join([pr[q]["all"]] + [f"({pr[q][k]})" for k in extra]),
            )
        )
    lines = ["| | Material search (lunr) | Pagefind |", "|---|---|---|"]
    return "\n".join(lines + [f"| {a} | {b} | {c} |" for a, b, c in rows])


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=4000)
    ap.add_argument("--json", type=Path, help="write all measurements here")
    args = ap.parse_args(argv)
    res = run(args.pages)
    print(table(res))
    for eng in ("material", "pagefind"):
        for variant, qs in res[eng]["recall"].items():
            print(f"{eng} [{variant}]: " + "; ".join(f"{q}: {r['all']}" for q, r in qs.items()))
    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
