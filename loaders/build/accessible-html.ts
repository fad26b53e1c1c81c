/**
 * Two accessibility faults of Framework 1.13's page shell, mended after the build (axe-core, WCAG 2.1 AA):
 * - the viewport meta tag forbids zooming (maximum-scale=1), which WCAG 1.4.4 (resize text) does not allow;
 * - the sidebar's first list holds the close button's <label> directly, and a list may hold only <li>.
 */

/** The page's HTML with zooming allowed and the sidebar's close label moved just before its list. */
export function accessibleHtml(html: string): string {
  return html
    .replace(/(<meta name="viewport" content="[^"]*?),\s*maximum-scale=1(\.0)?"/, '$1"')
    .replace(/<ol>(\s*)(<label id="observablehq-sidebar-close"[^>]*><\/label>)/, "$2\n<ol>$1");
}
