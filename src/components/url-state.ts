/**
 * Keeps a page's filters and its address in step: a changed filter writes the query (a new history entry, so back and
 * forward walk through the views), and back/forward set the filters from the query. The first call only replaces the
 * entry, so opening a page adds no history step.
 *
 * The page writes from the cell that renders a state, and that cell runs a frame or more after the input changed. By
 * then the inputs may have moved on (two quick changes, or back pressed twice): writing the older state would push an
 * entry the reader never chose and cut off the forward history. So a write names the state it rendered, and is dropped
 * unless that state is still what the inputs hold; the run for the newer state writes instead.
 */

export interface UrlBinding {
  /** Writes `query`, the address of `rendered` (no-op when it is already the address, or when the inputs have moved on). */
  write(query: string, rendered: unknown): void;
}

/** The inputs whose value a page renders (an `Inputs.form`, or a single input). */
export interface StateSource {
  readonly value: unknown;
}

/**
 * `onPop(search)` is called with the new query string on back/forward; `invalidation` (Framework's) removes the
 * listener when the page's cell re-runs.
 */
export function bindUrl(source: StateSource, onPop: (search: string) => void, invalidation?: Promise<unknown>, win: Window = globalThis.window): UrlBinding {
  let first = true;
  const listener = () => onPop(win.location.search);
  win.addEventListener("popstate", listener);
  void invalidation?.then(() => win.removeEventListener("popstate", listener));
  return {
    write(query, rendered) {
      if (!sameState(rendered, source.value)) return;
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

/** Equal values, or plain objects with equal values under the same keys (a form's value is a new object each read). */
export function sameState(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
