/** The filters of `lika analyze` (docs/analyze-json.md, "filter"), as the oracle applies them. */
export interface Filter {
  department: string | null;
  operationType: string | null;
  caseType: string | null;
}

export const NO_FILTER: Filter = {department: null, operationType: null, caseType: null};

/** One test case: a period ("2023", "2023T2") and a filter. */
export interface Selection {
  period: string;
  filter: Filter;
}

/** The `lika analyze` options of a selection. */
export function cliArgs({period, filter}: Selection): string[] {
  const args = ["--period", period];
  if (filter.department) args.push("--department", filter.department);
  if (filter.operationType) args.push("--operation-type", filter.operationType);
  if (filter.caseType) args.push("--case-type", filter.caseType);
  return args;
}
