/**
 * Kaplan–Meier estimator for right-censored times, matching R's survival::survfit (conf.type = "log", the default):
 * the step function with Greenwood standard errors and log-transformed confidence limits, quantiles (the median) with
 * their confidence limits as quantile.survfit defines them, and the number at risk at chosen times.
 * Times are in whatever unit the caller uses (days in lika); the estimator never rounds them.
 */
import {checkLevel, zFor} from "./validate.js";

/** One observed time: `event` true if the event happened at `time`, false if the observation was censored then. */
export interface SurvivalObservation {
  time: number;
  event: boolean;
}

/** The curve at one distinct observed time (event or censoring), as a row of survfit's object. */
export interface KaplanMeierStep {
  time: number;
  /** Observations with time ≥ this time (at risk just before it). */
  nRisk: number;
  /** Events at this time. */
  events: number;
  /** Censorings at this time (counted at risk for the events at the same time). */
  censored: number;
  /** S(t), the estimated probability of no event by the end of this time, in [0, 1]. */
  survival: number;
  /** Greenwood standard error of S(t) (summary.survfit's std.err); null once S = 0, where R prints NaN. */
  standardError: number | null;
  /** Standard error of −log S(t), √Σ d/(n(n − d)) (survfit's $std.err); null once S = 0 (infinite). */
  logStandardError: number | null;
  /** Confidence limits exp(log S ∓ z·se(log S)), the upper one capped at 1; null once S = 0 (R gives NA). */
  lower: number | null;
  upper: number | null;
}

/** A quantile of the event-time distribution with its confidence limits; null where the curve never reaches it. */
export interface SurvivalQuantile {
  time: number | null;
  lower: number | null;
  upper: number | null;
}

export interface KaplanMeierResult {
  /** Number of observations. */
  n: number;
  /** Number of events. */
  events: number;
  /** Confidence level of the limits, e.g. 0.95. */
  level: number;
  /** One step per distinct observed time, in increasing time; empty for no observations. */
  steps: KaplanMeierStep[];
  /** Median time to the event (S = 0.5) with its confidence limits (see survivalQuantile). */
  median: SurvivalQuantile;
}

export interface KaplanMeierOptions {
  /** Confidence level for the limits (default 0.95). */
  level?: number;
}

/** survival's tolerance for "the curve equals the quantile's level": sqrt(.Machine$double.eps). */
const TOLERANCE = Math.sqrt(2 ** -52);

/**
 * Kaplan–Meier estimate S(t) = Π over event times tᵢ ≤ t of (1 − dᵢ/nᵢ), with one step per distinct time (censoring-only
 * times included, where S stays flat). Ties: at a time with both events and censorings, the censored observations count
 * as at risk for the events (events before censorings, survfit's convention). Greenwood: var(log S) = Σ d/(n(n − d)).
 * Edges: no observations gives no steps and a null median; all censored gives S = 1 throughout; censoring at the last
 * time leaves the curve above 0; events at time 0 are allowed (S drops at 0). Throws RangeError for a time that is
 * negative or not finite, an event flag that is not boolean, or a level outside (0, 1).
 */
export function kaplanMeier(observations: readonly SurvivalObservation[], options: KaplanMeierOptions = {}): KaplanMeierResult {
  const fn = "kaplanMeier";
  const level = options.level ?? 0.95;
  checkLevel(level, fn);
  observations.forEach((o, i) => {
    if (!(typeof o.time === "number" && Number.isFinite(o.time) && o.time >= 0)) {
      throw new RangeError(`${fn}: observation ${i} has time ${String(o.time)}; times must be finite numbers ≥ 0`);
    }
    if (typeof o.event !== "boolean") throw new RangeError(`${fn}: observation ${i} has event ${String(o.event)}; it must be true or false`);
  });
  const z = zFor(level);
  const sorted = [...observations].sort((a, b) => a.time - b.time);

  const steps: KaplanMeierStep[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  let greenwood = 0; // Σ d/(n(n − d)), the variance of log S
  for (let i = 0; i < sorted.length; ) {
    const time = (sorted[i] as SurvivalObservation).time;
    let events = 0;
    let censored = 0;
    for (; i < sorted.length && (sorted[i] as SurvivalObservation).time === time; i += 1) {
      if ((sorted[i] as SurvivalObservation).event) events += 1;
      else censored += 1;
    }
    if (events > 0) {
      survival *= 1 - events / atRisk;
      greenwood = events === atRisk ? Infinity : greenwood + events / (atRisk * (atRisk - events));
    }
    const logSe = survival > 0 ? Math.sqrt(greenwood) : null;
    steps.push({
      time,
      nRisk: atRisk,
      events,
      censored,
      survival,
      standardError: logSe === null ? null : survival * logSe,
      logStandardError: logSe,
      lower: logSe === null ? null : Math.exp(Math.log(survival) - z * logSe),
      upper: logSe === null ? null : Math.min(1, Math.exp(Math.log(survival) + z * logSe))
    });
    atRisk -= events + censored;
  }
  const curve = {steps};
  return {
    n: sorted.length,
    events: steps.reduce((s, step) => s + step.events, 0),
    level,
    steps,
    median: survivalQuantile(curve, 0.5)
  };
}

/**
 * The time by which a fraction `probability` (in (0, 1)) of subjects have had the event, with confidence limits, as
 * survival::quantile.survfit defines it: the first time the curve is at or below 1 − probability; where the curve is
 * flat at exactly that level (within √ε), the midpoint of the flat (to the next drop, or to the last observed time if
 * the curve ends on the flat). The lower limit applies the same rule to the lower confidence curve, the upper limit to
 * the upper one; each is null when its curve never gets that low (an upper limit is often "not reached"). The median
 * is probability 0.5. Throws RangeError for a probability outside (0, 1).
 */
export function survivalQuantile(curve: Pick<KaplanMeierResult, "steps">, probability: number): SurvivalQuantile {
  if (!(typeof probability === "number" && probability > 0 && probability < 1)) {
    throw new RangeError(`survivalQuantile: probability must be strictly between 0 and 1, got ${String(probability)}`);
  }
  const level = 1 - probability;
  const {steps} = curve;
  return {
    time: crossing(steps, steps.map((s) => s.survival), level),
    lower: crossing(steps, steps.map((s) => s.lower), level),
    upper: crossing(steps, steps.map((s) => s.upper), level)
  };
}

/** First time a step curve (starting at 1 at time 0) is at or below `level`, with survival's midpoint rule for flats. */
function crossing(steps: readonly KaplanMeierStep[], values: readonly (number | null)[], level: number): number | null {
  if (steps.length === 0) return null;
  const lastTime = (steps[steps.length - 1] as KaplanMeierStep).time;
  // Where the curve takes each new value: start (0, 1), then every step whose value differs from the last kept one.
  const times: number[] = [0];
  const heights: number[] = [1];
  values.forEach((v, i) => {
    if (v !== null && v !== heights[heights.length - 1]) {
      times.push((steps[i] as KaplanMeierStep).time);
      heights.push(v);
    }
  });
  const first = heights.findIndex((h) => h <= level + TOLERANCE);
  if (first < 0) return null;
  const below = heights.findIndex((h) => h <= level - TOLERANCE);
  if (below >= 0) return ((times[first] as number) + (times[below] as number)) / 2;
  // The curve ends on a flat at the level: midpoint to the last observed time (only if the curve's own last value exists).
  const endsOnFlat = values[values.length - 1] !== null && Math.abs((heights[heights.length - 1] as number) - level) < TOLERANCE;
  return endsOnFlat ? ((times[first] as number) + lastTime) / 2 : null;
}

/** The curve at a chosen time: number still at risk and S(t) with its confidence limits. */
export interface KaplanMeierAtTime {
  time: number;
  /** Observations with time ≥ `time` (0 after the last observation). */
  nRisk: number;
  /** S at `time` (events at `time` included); the last value after the last observation; null for an empty curve. */
  survival: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * The number at risk and the survival estimate at chosen times (a risk table under a Kaplan–Meier plot), as
 * summary.survfit(fit, times, extend = TRUE): S and its limits are carried forward from the last step at or before
 * each time; before the first step S = 1 (limits 1). Throws RangeError for a time that is not finite.
 */
export function kaplanMeierAt(curve: Pick<KaplanMeierResult, "steps">, times: readonly number[]): KaplanMeierAtTime[] {
  const {steps} = curve;
  return times.map((time) => {
    if (!Number.isFinite(time)) throw new RangeError(`kaplanMeierAt: time ${String(time)} is not a finite number`);
    if (steps.length === 0) return {time, nRisk: 0, survival: null, lower: null, upper: null};
    const next = steps.findIndex((s) => s.time >= time);
    const nRisk = next < 0 ? 0 : (steps[next] as KaplanMeierStep).nRisk;
    let last = -1;
    for (let i = 0; i < steps.length && (steps[i] as KaplanMeierStep).time <= time; i += 1) last = i;
    if (last < 0) return {time, nRisk, survival: 1, lower: 1, upper: 1};
    const step = steps[last] as KaplanMeierStep;
    return {time, nRisk, survival: step.survival, lower: step.lower, upper: step.upper};
  });
}
