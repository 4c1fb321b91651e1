/** PLACEHOLDER popup (the foundation's build needs an entry); the popup engineer replaces it. */
import { render } from "preact";
import { t } from "../shared/browser-api.js";

function Popup() {
  return <main><h1>{t("extName")}</h1></main>;
}

render(<Popup />, document.getElementById("app")!);
