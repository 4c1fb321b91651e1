/** What the benches time, bundled as the extension ships it (see shipped.ts). */
export { analyze } from "../../src/analysis/index.js";
export { detectArticle, toArticleInput } from "../../src/page/detect.js";
