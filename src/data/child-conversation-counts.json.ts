// Data loader → child-conversation-counts.json: stage (a) of child conversations (counts per department, team, type of
// home and month) and the homes never heard, for the page Barnsamtal. The homes never heard name homes (pseudonymous
// ids): LIKA_BUILD=public leaves them out, for the published build a later step makes.
import {dataDirectory} from "../../loaders/pipeline/data-directory.js";
import {loadExtractsForBuild} from "../../loaders/pipeline/build-extracts.js";
import {runLoader} from "../../loaders/pipeline/run-loader.js";
import {childConversationData} from "../lib/measures/child-conversation-view.js";
import {encodeChildConversationCounts} from "../lib/measures/child-conversation-counts-file.js";

const withHomes = process.env.LIKA_BUILD !== "public";
await runLoader(async () => JSON.stringify(encodeChildConversationCounts(childConversationData((await loadExtractsForBuild(dataDirectory())).inspections, undefined, {withHomes}))));
