/** The options page's entry. */
import { render } from "preact";
import { removeHostPermission } from "../shared/browser-api.js";
import { loadSettings, saveSettings, takeSettingsNotice } from "../shared/settings-store.js";
import { Options, type OptionsApi } from "./Options.js";

const api: OptionsApi = {
  load: loadSettings,
  save: saveSettings,
  takeNotice: takeSettingsNotice,
  // The background unregisters the site's content script when the settings change.
  forgetSite: async (host) => void (await removeHostPermission([`*://${host}/*`])),
};

const root = document.getElementById("app");
if (root) render(<Options api={api} />, root);
