// Parses Mermaid diagrams with the real Mermaid parser and reports, for each, its diagram type or
// the parser's error. Reads a JSON array of {"name": ..., "text": ...} on standard input and writes
// a JSON array of {"name", "diagramType"} or {"name", "error"} in the same order.
//
// Mermaid's parse() needs a DOM only for DOMPurify, which it sets up on import; jsdom gives it one.
// Nothing is rendered and nothing is fetched.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

let input = '';
for await (const chunk of process.stdin) {
  input += chunk;
}
const results = [];
for (const { name, text } of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(text);
    results.push({ name, diagramType: parsed.diagramType });
  } catch (e) {
    results.push({ name, error: String(e.message ?? e) });
  }
}
process.stdout.write(JSON.stringify(results));
