/**
 * Keeps a page's filters and its address in step: a changed filter writes the query (a new history entry, so back and
 * forward walk through the views), and back/forward set the filters from the query. The first call only replaces the
 * entry, so opening a page adds no history step.
 */

export interface UrlBinding {
  /** Writes the query of the current state (no-op when it is already the address). */
  write(query: string): void;
}

/**
 * `onPop(search)` is called with the new query string on back/forward; `signal` (Framework's `invalidation`) removes the
 * listener when the page's cell re-runs.
 */
export function bindUrl(onPop: (search: string) => void, invalidation?: Promise<unknown>, win: Window = globalThis.window): UrlBinding {
  let first = true;
  const listener = () => onPop(win.location.search);
  win.addEventListener("popstate", listener);
  void invalidation?.then(() => win.removeEventListener("popstate", listener));
  return {
    write(query) {
      if (query === win.location.search) {
        first = false;
        return;
      }
      const url = `${win.location.pathname}${query}${win.location.hash}`;
      if (first) win.history.replaceState(null, "", url);
      else win.history.pushState(null, "", url);
      first = false;
    }
  };
}
