/** A two-sided interval or pair of control limits, on the scale stated by the function that returns it. */
export interface Interval {
  lower: number;
  upper: number;
}
