import {describe, expect, it} from "vitest";
import {bindUrl, sameState} from "../../src/components/url-state.js";

/** A window with just what bindUrl uses: a location, a history that records its entries, and popstate listeners. */
function fakeWindow(search = "") {
  const entries = [search];
  let index = 0;
  const listeners: (() => void)[] = [];
  const location = {pathname: "/sida.html", hash: "", get search() { return entries[index]; }};
  const setFrom = (url: string) => url.slice(url.indexOf("?") === -1 ? url.length : url.indexOf("?"));
  const win = {
    location,
    history: {
      replaceState: (_: unknown, __: string, url: string) => void (entries[index] = setFrom(url)),
      pushState: (_: unknown, __: string, url: string) => {
        entries.splice(index + 1, entries.length, setFrom(url));
        index += 1;
      }
    },
    addEventListener: (_: string, l: () => void) => void listeners.push(l),
    removeEventListener: () => {}
  };
  const back = () => {
    index -= 1;
    for (const l of listeners) l();
  };
  return {win: win as unknown as Window, entries, back, index: () => index};
}

describe("bindUrl", () => {
  it("replaces the entry on the first write, pushes one per later change, and skips a write that is already the address", () => {
    const {win, entries} = fakeWindow("");
    const source = {value: {period: "2024T3"}};
    const url = bindUrl(source, () => {}, undefined, win);
    url.write("?period=2024T3", {period: "2024T3"});
    expect(entries).toEqual(["?period=2024T3"]);
    source.value = {period: "2024T2"};
    url.write("?period=2024T2", {period: "2024T2"});
    url.write("?period=2024T2", {period: "2024T2"});
    expect(entries).toEqual(["?period=2024T3", "?period=2024T2"]);
  });

  it("drops the write of a state the inputs have already left, so quick back steps never cut off the forward history", () => {
    const {win, entries, back, index} = fakeWindow("?period=a");
    const source = {value: {period: "a"}};
    const url = bindUrl(source, (search) => (source.value = {period: new URLSearchParams(search).get("period")!}), undefined, win);
    url.write("?period=a", {period: "a"});
    for (const p of ["b", "c", "d"]) {
      source.value = {period: p};
      url.write(`?period=${p}`, {period: p});
    }
    expect(entries).toEqual(["?period=a", "?period=b", "?period=c", "?period=d"]);
    back(); // to c: the page starts rendering c …
    back(); // … but the reader is already at b when that run writes
    url.write("?period=c", {period: "c"});
    url.write("?period=b", {period: "b"});
    expect(entries).toEqual(["?period=a", "?period=b", "?period=c", "?period=d"]);
    expect(index()).toBe(1);
  });

  it("compares a form's value key by key", () => {
    expect(sameState({a: 1, b: null}, {a: 1, b: null})).toBe(true);
    expect(sameState({a: 1, b: null}, {a: 1, b: "x"})).toBe(false);
    expect(sameState({a: 1}, {a: 1, b: undefined})).toBe(false);
    expect(sameState("2024T3", "2024T3")).toBe(true);
    expect(sameState(Number.NaN, Number.NaN)).toBe(true);
  });
});
