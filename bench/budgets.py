"""The budgets of issues 7 and 16, checked against a benchmark result. They print PASS/FAIL;
nothing here is a test assertion (timings belong in benchmarks, not in the test suite).

With several reporting years (``bench.run --years``) the national build-time and RSS budgets
apply to the main site's build (the newest year) and to each archived year's build; the largest
artifact published to GitHub Pages (the main site) must stay within Pages' 1 GB at every size."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NATIONAL_AGENCIES = 1000  # the national budgets apply to a run of at least this many agencies


@dataclass
class Check:
    name: str
    limit: str
    value: Any
    ok: bool | None  # None: not measured in this run

    def line(self) -> str:
        verdict = "n/a " if self.ok is None else ("PASS" if self.ok else "FAIL")
        return f"{verdict}  {self.name}: {self.value} (budget {self.limit})"


def _le(value: float | None, limit: float) -> bool | None:
    return None if value is None else value <= limit


def _years(years: int) -> str:
    """A run of several reporting years says so; a run of one year reads as before."""
    return f" × {years} years" if years > 1 else ""


def check(result: dict[str, Any]) -> list[Check]:
    runs = result["runs"]
    out = [
        Check(
            f"build time per page vs baseline at {r['agencies']} agencies",
            "≤ 1.15×",
            r["ratio_per_page"],
            _le(r["ratio_per_page"], 1.15),
        )
        for r in runs
    ]
    if result.get("scaling_exponent") is not None:
        out.append(
            Check(
                "scaling exponent N→4N",
                "≤ 1.1",
                result["scaling_exponent"],
                _le(result["scaling_exponent"], 1.1),
            )
        )
    for r in runs:
        n, years = r["agencies"], r.get("years", 1)
        # The largest artifact GitHub Pages takes is 1 GB; 1000 MB (10^6 bytes) stays below it.
        out.append(
            Check(
                f"largest Pages artifact (the main site) at {n} agencies" + _years(years),
                "≤ 1000 MB",
                r.get("largest_artifact_mb"),
                _le(r.get("largest_artifact_mb"), 1000),
            )
        )
        if n >= NATIONAL_AGENCIES and r["measures"] >= 25:
            main = "main site " if years > 1 else ""
            out.append(
                Check(
                    f"{main}build time at {n} agencies" + _years(years),
                    "≤ 600 s",
                    r["build_s"],
                    _le(r["build_s"], 600),
                )
            )
            out.append(
                Check(
                    f"{main}peak RSS at {n} agencies" + _years(years),
                    "≤ 2048 MB",
                    r["peak_rss_mb"],
                    _le(r["peak_rss_mb"], 2048),
                )
            )
            for y in r.get("per_year", []):
                if y["site"] != "archive":
                    continue
                out.append(
                    Check(
                        f"archived year {y['year']} build time at {n} agencies",
                        "≤ 600 s",
                        y["build_s"],
                        _le(y["build_s"], 600),
                    )
                )
                out.append(
                    Check(
                        f"archived year {y['year']} peak RSS at {n} agencies",
                        "≤ 2048 MB",
                        y["peak_rss_mb"],
                        _le(y["peak_rss_mb"], 2048),
                    )
                )
            out.append(
                Check(
                    f"rebuild after one plan changed at {n} agencies, vs the cold build",
                    "≤ 0.5×",
                    r.get("rebuild_ratio"),
                    _le(r.get("rebuild_ratio"), 0.5),
                )
            )
            out.append(
                Check(
                    f"one-agency preview at {n} agencies",
                    "≤ 10 s",
                    r["preview_s"],
                    _le(r["preview_s"], 10),
                )
            )
    for r in runs:
        out.append(
            Check(
                f"measure page HTML (median) at {r['pages']} pages",
                "≤ 30 KB",
                r["page_html_kb_median"],
                _le(r["page_html_kb_median"], 30),
            )
        )
        out.append(
            Check(
                f"cold view at {r['pages']} pages",
                "≤ 150 KB gzip",
                r["cold_view_kb_gzip"],
                _le(r["cold_view_kb_gzip"], 150),
            )
        )
        for key in ("search_query", "search_common_query"):
            if key in r or f"{key}_kb" in r:
                out.append(
                    Check(
                        f"one search query «{r.get(key, '')}» at {r['pages']} pages",
                        "≤ 300 KB",
                        r.get(f"{key}_kb"),
                        _le(r.get(f"{key}_kb"), 300),
                    )
                )
    for r in runs:
        slow = r.get("phone", {}).get("slow 3G", {})
        for kind, v in slow.items():
            for key, name, limit in (("fcp_ms", "first paint", 1500), ("load_ms", "load", 2500)):
                out.append(
                    Check(
                        f"{kind} page {name} on slow 3G, 4× CPU, at {r['pages']} pages",
                        f"≤ {limit} ms",
                        v[key],
                        _le(v[key], limit),
                    )
                )
    growth = result.get("cold_view_growth_pct")
    if growth is not None:
        out.append(
            Check(
                f"cold view growth {result['reference']['pages']} → {runs[-1]['pages']} pages",
                "within 5 %",
                growth,
                abs(growth) <= 5,
            )
        )
    return out
