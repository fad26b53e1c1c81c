/**
 * Observable Plot with ARIA that WCAG 2.1 checkers accept. Plot labels its mark groups and single marks with aria-label
 * but no role, which ARIA 1.2 prohibits on <g>, <path> and <rect> (axe-core: aria-prohibited-attr): labelled groups get
 * role="group", labelled shapes role="img", and the tooltip layer, which repeats what the labels say, is hidden from
 * assistive technology. Every chart component draws with `plot` instead of `Plot.plot`.
 */
import * as Plot from "@observablehq/plot";

type PlotChart = ReturnType<typeof Plot.plot>;

/** `plot(options)` with the ARIA fixed as above. */
export function plot(options: Plot.PlotOptions): PlotChart {
  return withAccessibleMarks(Plot.plot(options));
}

/** Gives Plot's labelled elements a role (or hides the tooltip layer); returns the same node. */
export function withAccessibleMarks<T extends Element>(chart: T): T {
  for (const node of chart.querySelectorAll("[aria-label]:not([role])")) {
    const tag = node.tagName.toLowerCase();
    if (tag === "svg" || tag === "figure") continue;
    if (tag === "g" && node.getAttribute("aria-label") === "tip") node.setAttribute("aria-hidden", "true");
    else node.setAttribute("role", tag === "g" ? "group" : "img");
  }
  return chart;
}
