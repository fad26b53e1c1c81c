/**
 * How a flag looks, everywhere: a letter (H for higher, L for lower, as NHS "Making Data Count" does) and a shape
 * (a triangle pointing the way of the difference; filled for alarm, hollow for alert), so the meaning never rests on
 * colour. Colours are neutral unless the measure has a polarity; then better is blue and worse orange.
 * The charts use the same shapes (`flagSymbol`) as the badge.
 */
import * as d3 from "d3";
import {directionPhrase} from "../lib/format/flag-sentence.js";
import type {FlagDirection, FlagLevel, Polarity} from "../lib/flags/types.js";

/** Ink of flags on a measure without polarity, of unflagged units and of units with too few cases. */
export const FLAG_COLOURS = {neutral: "#303030", better: "#1f5f99", worse: "#b3540b", unflagged: "#7c8a99", tooFew: "#b8b8b8"} as const;

/** "H" for higher, "L" for lower. */
export function flagLetter(direction: FlagDirection): "H" | "L" {
  return direction === "high" ? "H" : "L";
}

/** A triangle of area `size` pointing up (high) or down (low), as a d3 symbol type (usable by Plot's `symbol`). */
function triangle(pointing: "up" | "down"): d3.SymbolType {
  const sign = pointing === "up" ? -1 : 1;
  return {
    draw(context, size) {
      // Equilateral triangle of the given area, centred on its centroid like d3.symbolTriangle.
      const side = Math.sqrt((4 * size) / Math.sqrt(3));
      const h = (side * Math.sqrt(3)) / 2;
      context.moveTo(0, (sign * 2 * h) / 3);
      context.lineTo(side / 2, (-sign * h) / 3);
      context.lineTo(-side / 2, (-sign * h) / 3);
      context.closePath();
    }
  };
}

const UP = triangle("up");
const DOWN = triangle("down");

/** The shape of a unit: a triangle the way of the difference when flagged, a circle when not. */
export function flagSymbol(direction: FlagDirection | null): d3.SymbolType {
  return direction === null ? d3.symbolCircle : direction === "high" ? UP : DOWN;
}

/** The ink of a flag: neutral without polarity; blue when the difference is better, orange when worse. */
export function flagColour(direction: FlagDirection | null, polarity: Polarity): string {
  if (direction === null) return FLAG_COLOURS.unflagged;
  if (polarity === "none") return FLAG_COLOURS.neutral;
  return (direction === "high") === (polarity === "higher-better") ? FLAG_COLOURS.better : FLAG_COLOURS.worse;
}

/** Filled for alarm, hollow for alert (and for unflagged units, filled light). */
export function flagFill(level: FlagLevel | null, direction: FlagDirection | null, polarity: Polarity): string {
  return level === "alert" ? "none" : flagColour(direction, polarity);
}

/** "Larm", "Varning". */
export function levelWord(level: FlagLevel): string {
  return level === "alarm" ? "Larm" : "Varning";
}

/** "Larm: högre än väntat", "Varning: lägre (sämre) än väntat": the flag in words, for aria-labels and tooltips. */
export function flagText(level: FlagLevel, direction: FlagDirection, polarity: Polarity): string {
  return `${levelWord(level)}: ${directionPhrase(direction, polarity)} än väntat`;
}

export interface FlagBadgeOptions {
  polarity?: Polarity;
  document?: Document;
}

/**
 * The badge of one flag: a small shape and the letter H or L, with a Swedish aria-label ("Larm: högre än väntat").
 * Returns a `span.lika-flag-badge` with data-level and data-direction for styles and tests.
 */
export function FlagBadge(flag: {level: FlagLevel; direction: FlagDirection}, {polarity = "none", document = globalThis.document}: FlagBadgeOptions = {}): HTMLSpanElement {
  const span = document.createElement("span");
  span.className = "lika-flag-badge";
  span.dataset.level = flag.level;
  span.dataset.direction = flag.direction;
  span.setAttribute("role", "img");
  const label = flagText(flag.level, flag.direction, polarity);
  span.setAttribute("aria-label", label);
  span.title = label;
  const colour = flagColour(flag.direction, polarity);
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("width", "14");
  svg.setAttribute("height", "14");
  svg.setAttribute("viewBox", "-7 -7 14 14");
  svg.setAttribute("aria-hidden", "true");
  svg.style.verticalAlign = "-2px";
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", d3.symbol(flagSymbol(flag.direction), 70)() ?? "");
  path.setAttribute("fill", flagFill(flag.level, flag.direction, polarity));
  path.setAttribute("stroke", colour);
  path.setAttribute("stroke-width", "1.5");
  svg.append(path);
  const letter = document.createElement("b");
  letter.textContent = flagLetter(flag.direction);
  letter.setAttribute("aria-hidden", "true");
  letter.style.color = colour;
  letter.style.marginLeft = "2px";
  span.append(svg, letter);
  return span;
}
