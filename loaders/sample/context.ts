/** What every part of the generator shares: the random source, the organisation, the scale and id counters. */
import type {SampleOrganisation} from "./organisation.js";
import {pseudonymOf} from "./ids.js";
import type {Random} from "./random.js";

export interface SampleContext {
  random: Random;
  organisation: SampleOrganisation;
  /** Size multiplier: 1 reproduces the published figures. */
  scale: number;
  seed: number;
  /** Log-odds SD of non-planted decision-makers' own tendency (SampleOptions.dispersion); 0: binomial chance only. */
  dispersion: number;
  /** A new, never used operation pseudonym. */
  nextOperationId(): string;
  /** A new, never used home pseudonym. */
  nextHomeId(): string;
}

/** A context whose pseudonyms count up from 0 per kind. */
export function createContext(random: Random, organisation: SampleOrganisation, scale: number, seed: number, dispersion = 0): SampleContext {
  let operations = 0;
  let homes = 0;
  return {
    random,
    organisation,
    scale,
    seed,
    dispersion,
    nextOperationId: () => pseudonymOf("operation", operations++, seed),
    nextHomeId: () => pseudonymOf("home", homes++, seed)
  };
}

/** A count scaled and rounded to a whole number (0.5 rounds up). */
export function scaledCount(count: number, scale: number): number {
  return Math.round(count * scale);
}
