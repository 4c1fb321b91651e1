/** The options page rendered in linkedom with a fake store: sites, mark style, reset, notice. */
import "./fake-browser.js";
import { strict as assert } from "node:assert";
import { h } from "preact";
import { Options, type OptionsApi } from "../../src/options/Options.js";
import { defaultSettings, migrate, type Settings, type SettingsNotice } from "../../src/shared/settings.js";
import { all, fire, mount, settle, text } from "./dom.js";
import { missingKeys } from "./fake-browser.js";

function fakeApi(stored: unknown, notice: SettingsNotice | null = null) {
  const saved: Settings[] = [];
  const forgotten: string[] = [];
  const api: OptionsApi = {
    load: async () => migrate(stored).settings,
    save: async (s) => void saved.push(s),
    takeNotice: async () => notice,
    forgetSite: async (host) => void forgotten.push(host),
  };
  return { api, saved, forgotten };
}

describe("options page", () => {
  afterEach(() => assert.deepEqual([...missingKeys], []));

  it("lists sites; removing one saves and gives the permission back", async () => {
    const f = fakeApi({ ...defaultSettings(), autoSites: ["a.example", "b.example"] });
    const v = mount(h(Options, { api: f.api }));
    await settle();
    assert.deepEqual(all(v.root, ".sites .host").map(text), ["a.example", "b.example"]);
    const remove = v.root.querySelector('[data-site="a.example"] button')!;
    assert.equal(remove.getAttribute("aria-label"), "Remove a.example");
    fire(remove, "click");
    await settle();
    assert.deepEqual(f.saved.at(-1)?.autoSites, ["b.example"]);
    assert.deepEqual(f.forgotten, ["a.example"]);
    assert.match(text(v.root.querySelector(".status")), /a\.example is no longer analysed/);
    v.unmount();
  });

  it("saves the mark style and the marks' defaults", async () => {
    const f = fakeApi(undefined);
    const v = mount(h(Options, { api: f.api }));
    await settle();
    assert.match(text(v.root), /No site yet/);
    const radios = all(v.root, 'input[name="markStyle"]') as unknown as HTMLInputElement[];
    assert.deepEqual(radios.map((r) => [r.getAttribute("value"), r.hasAttribute("checked")]), [["default", true], ["high-contrast", false]]);
    radios[1].checked = true;
    fire(radios[1] as unknown as Element, "change");
    await settle();
    assert.equal(f.saved.at(-1)?.markStyle, "high-contrast");
    const claimMarks = v.root.querySelector('input[name="claimMarks"]') as unknown as HTMLInputElement;
    claimMarks.checked = false;
    fire(claimMarks as unknown as Element, "change");
    await settle();
    assert.deepEqual([f.saved.at(-1)?.markStyle, f.saved.at(-1)?.claimMarks], ["high-contrast", false]);
    v.unmount();
  });

  it("resets everything to the defaults", async () => {
    const f = fakeApi({ ...defaultSettings(), autoSites: ["a.example"], markStyle: "high-contrast", marks: false });
    const v = mount(h(Options, { api: f.api }));
    await settle();
    fire(all(v.root, "button").find((b) => text(b) === "Reset all settings") ?? null, "click");
    await settle();
    assert.deepEqual(f.saved.at(-1), defaultSettings());
    assert.deepEqual(f.forgotten, ["a.example"]);
    v.unmount();
  });

  it("shows broken settings as defaults with the notice, never a broken page", async () => {
    const stored = "garbage";
    const f = fakeApi(stored, migrate(stored).notice);
    const v = mount(h(Options, { api: f.api }));
    await settle();
    assert.match(text(v.root.querySelector(".notice")), /could not be read and were reset/);
    assert.ok(v.root.querySelector('input[name="marks"]'));
    v.unmount();
  });
});
