// Data loader → national-decisions.arrow: the national-supervision decisions of the extract.
import {dataDirectory} from "../../loaders/pipeline/data-directory.js";
import {nationalDecisionsArrow} from "../../loaders/pipeline/national-decisions.js";
import {runLoader} from "../../loaders/pipeline/run-loader.js";

await runLoader(() => nationalDecisionsArrow(dataDirectory()));
