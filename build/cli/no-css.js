// The command line's stand-in for cssomnom/parse (esbuild alias in deps.mjs). linkedom only calls
// it for `styleElement.sheet`, which neither Readability nor our detection reads; the real parser
// is a third of the bundle, compiled on every start for nothing.
export function parse() {
  throw new Error("crosscheck: style sheets are not parsed by the command line");
}
