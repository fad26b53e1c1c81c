/** Validation of the extracts: row rules per extract and the rules across rows and files. */
export {decisionCaseProblems, PREREQUISITES} from "./decision-cases.js";
export {ALWAYS_DEFICIENT, decisionRowProblems} from "./decision-rules.js";
export {inspectionReferenceProblem, type DecisionLookup} from "./inspection-reference.js";
export {inspectionRowProblems} from "./inspection-rules.js";
export {EXTRACT_INFO_FILE, parseExtractInfo, PERIOD_COLUMNS, type ExtractInfo, type ExtractInfoResult} from "./period.js";
export {preparationReturnProblems} from "./preparation-returns.js";
export {detachString, displayValue, fieldColumnName, PERSONAL_IDENTITY_NUMBER_RULE, validateRecordBytes, validateRow, type PseudonymGuard, type RowContext, type RowRules, type RowValues, type RowVerdict} from "./row.js";
export {ruleOf, ruleProblem, toProblem, type RuleProblem} from "./rule-problem.js";
export {createKeyTracker, type KeyTracker} from "./unique-key.js";
export {rowRulesOf} from "./rules-of.js";
