/** Every UI string the popup, options page and background ask for exists in _locales/en/messages.json. */
import { strict as assert } from "node:assert";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const messages = JSON.parse(readFileSync(join(root, "_locales/en/messages.json"), "utf8")) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe("locale strings", () => {
  const used = new Map<string, string>();
  for (const f of [...files("src/popup"), ...files("src/options"), ...files("src/background")]) {
    const code = readFileSync(join(root, f), "utf8");
    for (const m of code.matchAll(/\bt\(\s*"([A-Za-z0-9_]+)"/g)) used.set(m[1], f);
    // Keys passed through tables and helpers (KIND_KEYS, plural(n, "claimsOne", ...), noticeText...).
    for (const m of code.matchAll(/"((?:kind|count|claims|quotes|notice|restricted|style|options)[A-Z]\w*)"/g)) used.set(m[1], f);
  }

  it("finds the strings used", () => assert.ok(used.size > 40, `${used.size} keys found`));

  it("has every key used", () => {
    const missing = [...used].filter(([k]) => !messages[k]).map(([k, f]) => `${k} (${f})`);
    assert.deepEqual(missing, []);
  });

  it("keeps the manifest's keys", () => {
    for (const k of ["extName", "extDescription", "actionTitle", "commandOpen", "commandAnalyze"]) assert.ok(messages[k], k);
  });

  it("declares a placeholder for every $NAME$ and uses every placeholder", () => {
    for (const [key, entry] of Object.entries(messages)) {
      const named = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase());
      assert.deepEqual(named.sort(), Object.keys(entry.placeholders ?? {}).sort(), key);
      assert.ok(!/\$\d/.test(entry.message), `${key}: use named placeholders`);
    }
  });
});
