/**
 * The one way lika shows a value it took from an input (a CSV cell, an extract.json field, a file or
 * folder name, a command-line argument) in any output: screen, JSON, quarantine, page data.
 */
import {maskPersonalIdentityNumbers, PERSONAL_IDENTITY_NUMBER_SEPARATORS} from "./personal-identity-number.js";

/** Longest quote of an input value in a reason, message or report (docs/check.md). */
export const ECHO_LENGTH = 200;

/** Digits and the characters a personal identity number may be written with, at the end of a cut. */
const CUT_TAIL = new RegExp(`[\\d${PERSONAL_IDENTITY_NUMBER_SEPARATORS}]+$`, "u");

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * `value` as it may be shown: at most `max` characters (then "…"; digits cut at the end are dropped
 * too, so a cut never leaves part of a number), control characters (line breaks, NUL) as spaces, and
 * every personal identity or coordination number masked as [personnummer].
 */
export function echo(value: string, max = ECHO_LENGTH): string {
  let text = value;
  // max code points take at most 2·max code units, so this prefix shows whether there are more.
  const head = [...text.slice(0, 2 * max + 2)];
  if (head.length > max) {
    // Cut by code points (never half a surrogate pair), then drop a digit run the cut went through.
    const kept = head.slice(0, max).join("");
    text = kept.replace(CUT_TAIL, "") + "…";
  }
  return maskPersonalIdentityNumbers(text.replace(CONTROL, " "));
}
