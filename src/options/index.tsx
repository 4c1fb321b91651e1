/** PLACEHOLDER options page (the foundation's build needs an entry); the popup engineer replaces it. */
import { render } from "preact";
import { t } from "../shared/browser-api.js";

function Options() {
  return <main><h1>{t("extName")}</h1></main>;
}

render(<Options />, document.getElementById("app")!);
