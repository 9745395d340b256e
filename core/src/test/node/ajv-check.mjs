// Compiles docs/slippers.schema.json with ajv in strict mode (JSON Schema 2020-12) and validates
// documents against it. Used by SchemaTest: node ajv-check.mjs SCHEMA < documents.json, where the
// input is a JSON array of documents; prints a JSON array with, for each, the list of error
// messages (empty when valid). A schema ajv refuses in strict mode ends with exit code 2.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import ajvErrors from "ajv-errors";

const schema = JSON.parse(readFileSync(process.argv[2], "utf8"));
// strict: true refuses unknown keywords; the two the YAML language server reads for completion are
// declared, errorMessage is implemented by ajv-errors (which needs allErrors).
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addVocabulary(["defaultSnippets", "markdownDescription"]);
ajvErrors(ajv);
let validate;
try {
  validate = ajv.compile(schema);
} catch (e) {
  process.stderr.write("ajv refuses the schema: " + e.message + "\n");
  process.exit(2);
}
const documents = JSON.parse(readFileSync(0, "utf8"));
const results = documents.map((document) =>
  validate(document) ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`));
process.stdout.write(JSON.stringify(results) + "\n");
