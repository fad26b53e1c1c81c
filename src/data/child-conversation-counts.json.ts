// Data loader → child-conversation-counts.json: stage (a) of child conversations (counts per department, team, type of
// home and month) and the homes never heard, for the page Barnsamtal. The homes never heard name homes (pseudonymous
// ids): LIKA_BUILD=public leaves them out, for the published build a later step makes.
import {loadCountsForBuild} from "../../loaders/pipeline/build-counts.js";
import {dataLoader} from "../../loaders/pipeline/run-loader.js";
import {childConversationDataOf} from "../lib/measures/child-conversation-view.js";
import {encodeCountsFile} from "../lib/counts-file/codec.js";
import {CHILD_CONVERSATION_COUNTS_FILE} from "../lib/measures/child-conversation-counts-file.js";

export default dataLoader(import.meta.url, async () => {
  const {counts} = await loadCountsForBuild();
  const withHomes = process.env.LIKA_BUILD !== "public";
  return JSON.stringify(encodeCountsFile(CHILD_CONVERSATION_COUNTS_FILE, childConversationDataOf(counts.children, () => counts.homesNeverHeard, {withHomes})));
});
