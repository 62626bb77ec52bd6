// The search's script on every page. Until a reader focuses a search field it
// only listens; then it starts the search worker (lunr and the index, loaded
// on first use) and shows what the worker answers: a short list under the
// header's field, or the results on the search page, which is also started
// right away when opened with a query. The worker sends escaped HTML
// (resultsHtml.ts), so this script never builds markup from index text.
import type { ResultsMarkup, SearchRequest, SearchResponse } from './searchProtocol.ts';

/** Typing pause after which the results follow. */
const TYPING_PAUSE_MS = 120;
/** Results in the header's list, and per page on the search page. */
const LIMIT: Record<ResultsMarkup, number> = { panel: 5, page: 10 };
const SEARCH_PAGE = '/suche/';

type Search = (request: Omit<SearchRequest, 'id' | 'indexUrl'>) => Promise<SearchResponse>;

/** Starts the worker and returns a function that searches with it. */
function connect(indexUrl: string, failed: string): Search {
  const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'klartext-suche' });
  const pending = new Map<number, (response: SearchResponse) => void>();
  let nextId = 1;
  worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  });
  worker.addEventListener('error', () => {
    for (const [id, resolve] of pending) resolve({ id, status: failed, html: '', itemsHtml: '', total: 0, shown: 0, timing: { searchMs: 0, loadMs: 0 } });
    pending.clear();
  });
  return (request) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      worker.postMessage({ ...request, id, indexUrl } satisfies SearchRequest);
    });
}

/** Applies only the newest answer: a slow old one never overwrites a newer one. */
function newestOnly(): (answer: Promise<SearchResponse>, show: (response: SearchResponse) => void) => void {
  let newest = 0;
  return (answer, show) => {
    const ticket = ++newest;
    answer.then((response) => ticket === newest && show(response));
  };
}

function debounce(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
  };
}

/** The worker's timings, for the benchmark and the curious. */
function markTiming(element: HTMLElement, response: SearchResponse): void {
  element.dataset.searchMs = response.timing.searchMs.toFixed(1);
  element.dataset.loadMs = response.timing.loadMs.toFixed(1);
}

/**
 * Arrow keys move from the field into the results' links and between them;
 * Escape returns to the field and, for a list that can close, closes it.
 */
function arrowKeys(container: HTMLElement, input: HTMLInputElement, close?: () => void): void {
  const links = () => [...container.querySelectorAll<HTMLAnchorElement>('a[href]')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !container.hidden && links().length > 0) {
      event.preventDefault();
      links()[0]!.focus();
    } else if (event.key === 'Escape' && close && !container.hidden) {
      // The first Escape closes the list; only a second one clears the field, as the browser does.
      event.preventDefault();
      close();
    }
  });
  container.addEventListener('keydown', (event) => {
    const list = links();
    const at = list.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const keys: Record<string, HTMLElement | undefined> = { ArrowDown: list[at + 1] ?? list[at], ArrowUp: at === 0 ? input : list[at - 1], Home: list[0], End: list.at(-1), Escape: input };
    const target = keys[event.key];
    if (!target) return;
    event.preventDefault();
    target.focus();
    if (event.key === 'Escape') close?.();
  });
}

const searchAddress = (query: string) => (query ? `${SEARCH_PAGE}?q=${encodeURIComponent(query)}` : SEARCH_PAGE);

/** The header's field: a short list under the header while typing; Enter opens the search page. */
function panelSearch(form: HTMLFormElement, input: HTMLInputElement, search: Search): void {
  const panel = document.getElementById(input.getAttribute('aria-controls') ?? '')!;
  const status = panel.querySelector<HTMLElement>('[role="status"]')!;
  const results = panel.querySelector<HTMLElement>('[data-search-results]')!;
  const apply = newestOnly();
  const show = (visible: boolean) => {
    panel.hidden = !visible;
  };
  const run = () => {
    if (!input.value.trim()) return show(false);
    apply(search({ query: input.value, offset: 0, limit: LIMIT.panel, typing: true, markup: 'panel' }), (response) => {
      status.textContent = response.status;
      results.innerHTML = response.html;
      markTiming(panel, response);
      show(true);
    });
  };
  input.addEventListener('input', debounce(run));
  input.addEventListener('focus', () => input.value.trim() && results.childElementCount > 0 && show(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value.trim()) location.assign(searchAddress(input.value.trim()));
  });
  arrowKeys(panel, input, () => show(false));
  const inside = (node: EventTarget | null) => node instanceof Node && (form.contains(node) || panel.contains(node));
  document.addEventListener('pointerdown', (event) => inside(event.target) || show(false));
  for (const element of [form, panel]) element.addEventListener('focusout', (event) => inside(event.relatedTarget) || show(false));
  if (input.value.trim()) run();
}

/** The search page: results as the reader types, the query kept in the address, further pages on request. */
function pageSearch(form: HTMLFormElement, input: HTMLInputElement, search: Search): void {
  const status = document.getElementById(form.dataset.searchStatus ?? '')!;
  const results = document.getElementById(form.dataset.searchResults ?? '')!;
  const apply = newestOnly();
  let query = '';
  let shown = 0;

  const run = (typing: boolean) => {
    query = input.value.trim();
    history.replaceState(null, '', searchAddress(query));
    if (!query) {
      status.textContent = '';
      results.innerHTML = '';
      return;
    }
    apply(search({ query: input.value, offset: 0, limit: LIMIT.page, typing, markup: 'page' }), (response) => {
      shown = response.shown;
      status.textContent = response.status;
      results.innerHTML = response.html;
      markTiming(results, response);
    });
  };
  const more = (link: HTMLAnchorElement) => {
    apply(search({ query, offset: shown, limit: LIMIT.page, typing: false, markup: 'page' }), (response) => {
      results.querySelector('ol')?.insertAdjacentHTML('beforeend', response.itemsHtml);
      results.querySelectorAll<HTMLAnchorElement>('.search-result-link')[shown]?.focus();
      shown = response.shown;
      if (response.more) link.href = response.more;
      else link.parentElement?.remove();
    });
  };
  input.addEventListener('input', debounce(() => run(true)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(false);
  });
  results.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('.search-more a') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    more(link);
  });
  arrowKeys(results, input);
  const fromAddress = () => new URLSearchParams(location.search).get('q') ?? '';
  addEventListener('popstate', () => {
    input.value = fromAddress();
    run(false);
  });
  if (location.pathname === SEARCH_PAGE && fromAddress()) {
    input.value = fromAddress();
    run(false);
  }
}

const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-search]')];
let started = false;

function start(): void {
  if (started) return;
  started = true;
  const first = forms[0]!;
  const search = connect(new URL(first.dataset.searchIndex!, location.href).href, first.dataset.searchFailed ?? '');
  for (const form of forms) {
    const input = form.elements.namedItem('q') as HTMLInputElement;
    if (form.dataset.search === 'page') pageSearch(form, input, search);
    else panelSearch(form, input, search);
  }
}

for (const form of forms) {
  const input = form.elements.namedItem('q');
  if (!(input instanceof HTMLInputElement)) continue;
  input.addEventListener('focus', start, { once: true });
  if (document.activeElement === input) start();
}
if (forms.length > 0 && location.pathname === SEARCH_PAGE && new URLSearchParams(location.search).get('q')) start();
