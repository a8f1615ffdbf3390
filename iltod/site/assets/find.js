/* iltod: the search page (find/, iltod/site/searchpage.py) — Pagefind's results narrowed by
 * region, status of a measure and year with the static facet index iltod writes beside the page
 * (find/facets.json, iltod/site/facets.py), not with Pagefind's own filters (Pagefind #638).
 *
 * A result is a plan (each plan is one search document, iltod/site/search.py). It is kept when
 * the plan is of the chosen region and year and has a measure of the chosen status; its
 * sections shown are then that status's measures only. The facet index maps Pagefind's result
 * ids to plans, so narrowing fetches no result's data; an id it lacks (an index written by
 * another Pagefind) is resolved by fetching that result's data. The choices are kept in the
 * page's address (?q=…&region=…&status=…&year=…), so a narrowed search can be shared.
 */

const PAGE = 20;
const SUB_RESULTS = 5;
const form = document.getElementById("il-find");
const summary = document.getElementById("il-find-summary");
const list = document.getElementById("il-find-results");
const more = document.getElementById("il-find-more");
const FIELDS = ["q", "region", "status", "year"];

const site = new URL("../../", import.meta.url).pathname;
const bundle = new URL("../../pagefind/", import.meta.url).pathname;

const escape = (text) =>
  String(text ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** `a/2021/#measure-1-1` → `a/2021/measure-1-1/`; any other URL is left as it is. */
const pageOf = (url) => url.replace(/\/#((?:measure|objective)-[^/#?]+)$/, "/$1/");
/** A result's URL as the facet index names it: relative to the site, no anchor. */
const planOf = (url) => url.split("#")[0].replace(site, "").replace(/^\//, "");
const say = (template, values) =>
  template.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ""));

let pagefind;
let facets = null;
let serial = 0;

async function load() {
  pagefind = await import(`${bundle}pagefind.js`);
  await pagefind.options({ baseUrl: site });
}

let facetsLoaded = null;
/** The facet index, fetched once, when a filter is first chosen (a search without filters
 * never downloads it); null when it cannot be had: the search then works unfiltered and says so. */
function loadFacets() {
  facetsLoaded ??= fetch(new URL(form.dataset.facets, document.baseURI))
    .then((answer) => (answer.ok ? answer.json() : null))
    .catch(() => null)
    .then((data) => {
      facets = data;
    });
  return facetsLoaded;
}

function choices() {
  const data = new FormData(form);
  return Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? "").trim()]));
}

/** Does the plan at `url` (facet index key) match the chosen filters? */
function matches(url, chosen) {
  const plan = facets?.plans[url];
  if (!plan) return false;
  if (chosen.region && plan.region !== chosen.region) return false;
  if (chosen.year && String(plan.year) !== chosen.year) return false;
  if (chosen.status && !(chosen.status in plan.status)) return false;
  return true;
}

const filtered = (chosen) => facets && (chosen.region || chosen.status || chosen.year);

/** The results kept, each {result, url?}; url known from the facet index or fetched data. */
async function narrow(results, chosen) {
  if (!filtered(chosen)) return results.map((result) => ({ result }));
  const kept = [];
  for (const result of results) {
    let url = facets.ids[result.id];
    if (url === undefined) url = planOf((await result.data()).url);
    if (matches(url, chosen)) kept.push({ result, url });
  }
  return kept;
}

function sections(data, url, chosen) {
  const subs = (data.sub_results || []).filter(
    (s) => s.url !== data.url && s.title !== data.meta?.title,
  );
  if (!chosen.status || !facets?.plans[url]) {
    return [...subs]
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
      .slice(0, SUB_RESULTS);
  }
  const numbers = facets.plans[url].status[chosen.status] || [];
  const anchors = new Set(numbers.map((n) => `measure-${n.replace(/\./g, "-")}`));
  return subs.filter((s) => anchors.has(s.url.split("#")[1])).slice(0, SUB_RESULTS);
}

function item(data, url, chosen) {
  const id = `il-find-${serial++}`;
  const subs = sections(data, url, chosen).map(
    (s) =>
      `<li><a href="${escape(pageOf(s.url))}">${escape(s.title)}</a>` +
      (s.excerpt ? `<p class="il-find__excerpt">${s.excerpt}</p>` : "") +
      `</li>`,
  );
  let count = "";
  if (chosen.status && facets?.plans[url]) {
    const label = form.querySelector(`#il-find-status option[value="${chosen.status}"]`);
    const n = facets.plans[url].status[chosen.status].length;
    count = `<p class="il-find__count">${escape(say(form.dataset.measures, { n, status: label?.textContent ?? chosen.status }))}</p>`;
  }
  // Pagefind's excerpts are its own HTML: escaped text with <mark>, as in its default UI.
  return (
    `<li class="il-find__result" data-plan="${escape(url ?? "")}"><h2 class="il-find__title" id="${id}">` +
    `<a href="${escape(data.url)}">${escape(data.meta?.title || data.url)}</a></h2>` +
    (data.excerpt ? `<p class="il-find__excerpt">${data.excerpt}</p>` : "") +
    count +
    (subs.length ? `<ul class="il-find__sections" aria-labelledby="${id}">${subs.join("")}</ul>` : "") +
    `</li>`
  );
}

let current = 0;

async function run() {
  const ticket = ++current;
  const chosen = choices();
  const address = new URL(location.href);
  for (const f of FIELDS) {
    if (chosen[f]) address.searchParams.set(f, chosen[f]);
    else address.searchParams.delete(f);
  }
  history.replaceState(null, "", address);
  list.replaceChildren();
  more.hidden = true;
  delete summary.dataset.count;
  if (!chosen.q) {
    summary.textContent = "";
    return;
  }
  const wanted = chosen.region || chosen.status || chosen.year;
  if (wanted) await loadFacets();
  const search = await pagefind.search(chosen.q);
  if (ticket !== current) return; // a newer search has started
  const kept = await narrow(search?.results ?? [], chosen);
  if (ticket !== current) return;
  const note = wanted && !facets ? form.dataset.unfiltered : "";
  summary.textContent = [
    kept.length ? say(form.dataset.found, { n: kept.length }) : form.dataset.none,
    note,
  ].filter(Boolean).join(" ");
  let shown = 0;
  const page = async () => {
    const next = kept.slice(shown, shown + PAGE);
    shown += next.length;
    const items = await Promise.all(
      next.map(async ({ result, url }) => {
        const data = await result.data();
        return item(data, url ?? planOf(data.url), chosen);
      }),
    );
    if (ticket !== current) return;
    list.insertAdjacentHTML("beforeend", items.join(""));
    more.hidden = shown >= kept.length;
  };
  more.onclick = page;
  await page();
  if (ticket === current) summary.dataset.count = String(kept.length); // shown and counted
}

async function start() {
  const params = new URLSearchParams(location.search);
  for (const f of FIELDS) {
    const field = form.elements.namedItem(f);
    if (field && params.has(f)) field.value = params.get(f);
  }
  try {
    await load();
  } catch {
    summary.textContent = form.dataset.failed;
    return;
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  for (const select of form.querySelectorAll("select")) select.addEventListener("change", run);
  let timer;
  form.elements.namedItem("q").addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  });
  form.dataset.ready = "";
  if (params.get("q")) await run();
}

start();
