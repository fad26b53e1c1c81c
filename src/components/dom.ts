/** Small DOM helpers shared by lika's table components (pure DOM, so they render in Node with jsdom too). */

export type ElementMaker = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => HTMLElementTagNameMap[K];

/** A function creating elements of `document`, with optional text content. */
export function elementMaker(document: Document): ElementMaker {
  return (tag, text) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
}

/** The sentence a component shows instead of an empty box. */
export function emptyState(document: Document, text: string): HTMLParagraphElement {
  const p = elementMaker(document)("p", text);
  p.className = "lika-empty";
  return p;
}

/**
 * A scrollable figure holding a captioned `table.lika-table` with one header row (`th[scope=col]`,
 * `data-column` where a key is given); returns the figure and the empty body to fill.
 */
export function tableShell(
  document: Document,
  caption: string,
  headers: readonly {key?: string; label: string}[]
): {figure: HTMLElement; body: HTMLTableSectionElement} {
  const el = elementMaker(document);
  const figure = el("figure");
  figure.className = "lika-table-wrapper";
  // The wrapper scrolls sideways when the table is wider than a phone: keyboard users must be able to focus it (WCAG 2.1.1).
  figure.tabIndex = 0;
  figure.setAttribute("aria-label", caption);
  const table = el("table");
  table.className = "lika-table";
  const headRow = el("tr");
  for (const h of headers) {
    const th = el("th", h.label);
    th.scope = "col";
    if (h.key !== undefined) th.dataset.column = h.key;
    headRow.append(th);
  }
  const head = el("thead");
  head.append(headRow);
  const body = el("tbody");
  table.append(el("caption", caption), head, body);
  figure.append(table);
  return {figure, body};
}

/** A `div.lika-measure-table` holding a table's figure and a link downloading `csv` (text) as `fileName`. */
export function withCsvDownload(document: Document, figure: HTMLElement, csv: string, fileName: string, className = "lika-measure-table"): HTMLDivElement {
  const el = elementMaker(document);
  const link = el("a", "Ladda ner tabellen (CSV för Excel)");
  link.className = "lika-csv-download";
  link.download = fileName;
  link.href = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  const wrapper = el("div");
  wrapper.className = className;
  const p = el("p");
  p.append(link);
  wrapper.append(figure, p);
  return wrapper;
}

/**
 * Turns each header cell into a sort button with `aria-sort` ("none" but for `initial`, which starts descending). A click
 * sorts by that column, ascending first, then toggles; `onSort(index, direction)` re-sorts the rows and redraws the body.
 */
export function sortableHeaders(
  document: Document,
  headerCells: readonly HTMLElement[],
  initial: number,
  onSort: (index: number, direction: "ascending" | "descending") => void
): void {
  const el = elementMaker(document);
  headerCells.forEach((th, i) => {
    const button = el("button", th.textContent ?? "");
    button.type = "button";
    button.className = "lika-sort";
    button.title = "Sortera efter kolumnen";
    th.replaceChildren(button);
    th.setAttribute("aria-sort", i === initial ? "descending" : "none");
    button.addEventListener("click", () => {
      const direction = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      for (const other of headerCells) other.setAttribute("aria-sort", "none");
      th.setAttribute("aria-sort", direction);
      onSort(i, direction);
    });
  });
}
