/* iltod: where Pagefind's search box (<pagefind-searchbox>, dev/search.md) finds its index,
 * and how it shows results.
 *
 * Each plan is one search document (iltod/site/search.py): a result is the plan, and the objectives
 * and measures that match are its sub-results, with anchors such as `…/2021/#measure-1-1`.
 * This template lists up to SUB_RESULTS of them under their plan and links each to its own
 * page (`…/2021/measure-1-1/`). Titles are escaped here; excerpts are Pagefind's own HTML
 * (escaped text with <mark>), as in Pagefind's default template.
 */

// Pagefind finds its bundle from `document.currentScript`, which a module script does not have,
// and falls back to `/pagefind/`: wrong for a site served under a sub-path (a GitHub Pages
// project site) and for the English site in `en/`, whose pages would search the Mongolian
// index and link to Mongolian pages. The bundle is in this site's root, two folders up from
// this file; Pagefind derives the results' base URL from it. (The component UI, imported here
// and so run just before this module's body, exposes its instance manager as
// window.PagefindComponents.) The page adds this module after its load event (main.html).
import "../../pagefind/pagefind-component-ui.js";
import STRINGS from "./strings.js";

const instance = window.PagefindComponents.getInstanceManager().getInstance("default");
instance.options.bundlePath = new URL("../../pagefind/", import.meta.url).pathname;

// Every string of the search box in the page's language (iltod/site/i18n.py, SEARCH): Pagefind
// has no Mongolian of its own and would speak English to a Mongolian reader.
const lang = document.documentElement.lang in STRINGS ? document.documentElement.lang : "mn";
instance.setTranslations(STRINGS[lang]);

const SUB_RESULTS = 5;
let serial = 0;

const escape = (text) =>
  String(text ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `a/2021/#measure-1-1` → `a/2021/measure-1-1/`; any other URL is left as it is. */
export const pageOf = (url) => url.replace(/\/#((?:measure|objective)-[^/#?]+)$/, "/$1/");

function option(classes, url, title, excerpt) {
  const id = `il-sr-${serial++}`;
  // The option's name is all its visible text, title then excerpt (WCAG 2.5.3, label in name).
  const names = excerpt ? `${id}-t ${id}-e` : `${id}-t`;
  return (
    `<a class="${classes}" id="${id}" href="${escape(pageOf(url))}" role="option" aria-selected="false" aria-labelledby="${names}">` +
    `<p class="pf-searchbox-result-title" id="${id}-t">${escape(title)}</p>` +
    (excerpt ? `<p class="pf-searchbox-result-excerpt" id="${id}-e">${excerpt}</p>` : "") +
    `</a>`
  );
}

/** The sections that match, best first by number of hits, shown in document order. */
function sections(result) {
  // not the part before the first heading, nor a page's own title again
  const subs = (result.sub_results || []).filter(
    (s) => s.url !== result.url && s.title !== result.meta?.title,
  );
  const best = new Set(
    [...subs].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
      .slice(0, SUB_RESULTS)
      .map((s) => s.url),
  );
  return subs.filter((s) => best.has(s.url));
}

export function render(result) {
  const title = result.meta?.title || result.url;
  const head = option("pf-searchbox-result", result.url, title, result.excerpt);
  const subs = sections(result);
  if (!subs.length) return head;
  const items = subs.map((s) =>
    option("pf-searchbox-result pf-searchbox-subresult", s.url, s.title, s.excerpt),
  );
  return `<div class="pf-searchbox-group" role="group" aria-label="${escape(title)}">${head}${items.join("")}</div>`;
}

customElements.whenDefined("pagefind-searchbox").then(() => {
  for (const box of document.querySelectorAll("pagefind-searchbox")) box.resultTemplate = render;
});
