/** Page-derived text reaches the popup and options only as text: no HTML sinks in their source. */
import { strict as assert } from "node:assert";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** APIs that parse a string as HTML or run it as code. */
const SINKS = /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(|createContextualFragment/;

describe("no HTML sinks in the popup, options and background", () => {
  for (const dir of ["src/popup", "src/options", "src/background"]) {
    for (const name of readdirSync(join(root, dir)).filter((n) => /\.tsx?$/.test(n))) {
      it(`${dir}/${name}`, () => {
        const code = readFileSync(join(root, dir, name), "utf8");
        assert.equal(SINKS.exec(code)?.[0], undefined);
      });
    }
  }
});
