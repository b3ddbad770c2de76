// Decodes every case (a documented example) with the generated typescript-fetch models
// (<Type>FromJSON, as the generated client does with a response body) and encodes it back
// (<Type>ToJSON). Usage: node decode.js cases.json results.json (tests/xlang/xlang.py).
import { types } from "./registry";

// Node's own modules, typed here so the check needs no @types/node.
declare const require: (name: "fs") => {
  readFileSync(path: string, encoding: "utf-8"): string;
  writeFileSync(path: string, data: string): void;
};
declare const process: { argv: string[]; exit(code: number): never };

interface Case {
  id: string;
  type: string;
  json: string;
}

const fs = require("fs");
const [casesPath, resultsPath] = process.argv.slice(2);
if (!casesPath || !resultsPath) {
  console.error("usage: node decode.js cases.json results.json");
  process.exit(2);
}
const cases: Case[] = JSON.parse(fs.readFileSync(casesPath, "utf-8"));
const results = cases.map((c) => {
  const codec = types[c.type];
  if (codec === undefined) {
    return { id: c.id, error: `no generated type ${c.type}` };
  }
  try {
    const [fromJSON, toJSON] = codec;
    return { id: c.id, json: JSON.stringify(toJSON(fromJSON(JSON.parse(c.json)))) };
  } catch (error) {
    return { id: c.id, error: `${c.type}: ${String(error)}` };
  }
});
fs.writeFileSync(resultsPath, JSON.stringify(results, null, 1));
