/** Settings: every broken, older or odd stored value becomes valid settings, with the right notice. */
import { strict as assert } from "node:assert";
import {
  defaultSettings,
  isValidSettings,
  MAX_AUTO_SITES,
  migrate,
  normalizeHost,
  SETTINGS_VERSION,
  withAutoSite,
  type Settings,
  type SettingsNotice,
} from "../../src/shared/settings.js";

const D = defaultSettings();
const v = SETTINGS_VERSION;
const valid: Settings = { version: v, autoSites: ["example.com"], markStyle: "high-contrast", marks: false, claimMarks: true };

/** [what, stored value, expected settings, expected notice] */
const cases: [string, unknown, Settings, SettingsNotice | null][] = [
  ["nothing stored", undefined, D, null],
  ["null", null, D, null],
  ["current and valid", valid, valid, null],
  ["defaults", D, D, null],
  ["a string", "settings", D, "reset"],
  ["a JSON string of valid settings", JSON.stringify(valid), D, "reset"],
  ["a number", 42, D, "reset"],
  ["NaN", Number.NaN, D, "reset"],
  ["true", true, D, "reset"],
  ["an array", [valid], D, "reset"],
  ["an empty object", {}, D, "reset"],
  ["an object of unknown keys", { foo: 1, bar: "x" }, D, "reset"],
  ["current version, nothing else", { version: v }, D, "repaired"],
  ["current version, autoSites a string", { ...valid, autoSites: "example.com" }, { ...valid, autoSites: [] }, "repaired"],
  ["current version, autoSites with junk", { ...valid, autoSites: ["example.com", 3, null, "", "not a host!", {}] }, valid, "repaired"],
  ["current version, duplicate sites", { ...valid, autoSites: ["example.com", "EXAMPLE.com"] }, valid, "repaired"],
  ["current version, site as an URL", { ...valid, autoSites: ["https://Example.com:8080/news"] }, valid, "repaired"],
  ["current version, bad markStyle", { ...valid, markStyle: "neon" }, { ...valid, markStyle: "default" }, "repaired"],
  ["current version, markStyle null", { ...valid, markStyle: null }, { ...valid, markStyle: "default" }, "repaired"],
  ["current version, marks as a string", { ...valid, marks: "false" }, { ...valid, marks: true }, "repaired"],
  ["current version, claimMarks as 0", { ...valid, claimMarks: 0 }, { ...valid, claimMarks: true }, "repaired"],
  ["current version, everything wrong", { version: v, autoSites: 1, markStyle: 2, marks: 3, claimMarks: 4 }, D, "repaired"],
  ["version 0 (no version), valid fields", { autoSites: ["example.com"], markStyle: "high-contrast", marks: false, claimMarks: true }, valid, "migrated"],
  ["version 0, comma-separated sites and highContrast", { autoSites: "example.com, news.example.org", highContrast: true }, { ...D, autoSites: ["example.com", "news.example.org"], markStyle: "high-contrast" }, "migrated"],
  ["version 0, highContrast false", { highContrast: false, marks: false }, { ...D, marks: false }, "migrated"],
  ["older numeric version", { version: 0, marks: false }, { ...D, marks: false }, "migrated"],
  ["negative version", { version: -3, claimMarks: false }, { ...D, claimMarks: false }, "migrated"],
  ["newer version: readable fields carried over", { version: v + 1, autoSites: ["example.com"], markStyle: "high-contrast", marks: false, claimMarks: true, future: 1 }, valid, "migrated"],
  ["newer version, nothing readable", { version: v + 1, colours: "all" }, D, "reset"],
  ["version as a string", { version: String(v), marks: false }, { ...D, marks: false }, "repaired"],
  ["version as an object", { version: {}, marks: false }, { ...D, marks: false }, "repaired"],
  ["too many sites", { ...valid, autoSites: Array.from({ length: MAX_AUTO_SITES + 5 }, (_, i) => `s${i}.example.com`) }, { ...valid, autoSites: Array.from({ length: MAX_AUTO_SITES }, (_, i) => `s${i}.example.com`) }, "repaired"],
  ["a prototype-polluting key", JSON.parse('{"__proto__": {"marks": false}, "version": 1}'), D, "repaired"],
];

describe("settings: migrate", () => {
  for (const [what, raw, expected, notice] of cases) {
    it(`${what} -> ${notice ?? "no notice"}`, () => {
      const result = migrate(raw);
      assert.deepEqual(result.settings, expected);
      assert.equal(result.notice, notice);
      assert.ok(isValidSettings(result.settings), "the result is valid");
      assert.deepEqual(migrate(result.settings), { settings: result.settings, notice: null }, "migrating again changes nothing");
    });
  }

  it("does not share arrays with the stored value", () => {
    const stored = { ...valid, autoSites: ["example.com"] };
    migrate(stored).settings.autoSites.push("other.com");
    assert.deepEqual(stored.autoSites, ["example.com"]);
  });
});

describe("settings: hosts", () => {
  const hosts: [unknown, string | null][] = [
    ["example.com", "example.com"],
    [" Example.COM ", "example.com"],
    ["example.com.", "example.com"],
    ["example.com:8080", "example.com"],
    ["http://127.0.0.1:5000/x", "127.0.0.1"],
    ["https://xn--bcher-kva.example/", "xn--bcher-kva.example"],
    ["localhost", "localhost"],
    ["", null],
    ["exa mple.com", null],
    ["-bad.com", null],
    ["<img src=x>", null],
    ["a".repeat(300), null],
    [42, null],
    [null, null],
  ];
  for (const [input, expected] of hosts) {
    it(`normalizeHost(${JSON.stringify(input)?.slice(0, 30)}) = ${expected}`, () => assert.equal(normalizeHost(input), expected));
  }

  it("adds and removes sites, deduplicated", () => {
    let s = withAutoSite(D, "Example.com", true);
    s = withAutoSite(s, "example.com", true);
    assert.deepEqual(s.autoSites, ["example.com"]);
    assert.deepEqual(withAutoSite(s, "example.com", false).autoSites, []);
    assert.equal(withAutoSite(s, "not a host", true), s);
  });
});
