/** The periods and filters the oracle checks: a year, tertials, each filter alone and in combination. */
import {NO_FILTER, type Selection} from "./filter.js";

export const SELECTIONS: Selection[] = [
  {period: "2023", filter: NO_FILTER},
  {period: "2024T2", filter: NO_FILTER},
  {period: "2024T1", filter: {...NO_FILTER, department: "ost"}},
  {period: "2023", filter: {...NO_FILTER, operationType: "hvb"}},
  {period: "2022", filter: {...NO_FILTER, caseType: "self_initiated"}},
  {period: "2023T3", filter: {department: "mitt", operationType: "lss_child_home", caseType: null}},
  {period: "2024T3", filter: {department: "syd", operationType: null, caseType: "complaint"}},
  {period: "2022T2", filter: {department: null, operationType: "elderly_housing", caseType: "national"}}
];

/** "2023T3, department mitt, type of operation lss_child_home" */
export function describeSelection({period, filter}: Selection): string {
  const parts = [period];
  if (filter.department) parts.push(`department ${filter.department}`);
  if (filter.operationType) parts.push(`type of operation ${filter.operationType}`);
  if (filter.caseType) parts.push(`case type ${filter.caseType}`);
  return parts.length === 1 ? `${period}, no filter` : parts.join(", ");
}
