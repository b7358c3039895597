// Runs compromise's people()/places()/organizations() over the same articles as `attache bench`,
// repeated to the same number of words, and prints words per second on one thread.
// Usage: node bench.mjs [--words N] PATH...   (files or folders of .txt)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

const args = process.argv.slice(2);
let words = 200000;
const paths = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--words') words = Number(args[++i]);
  else paths.push(args[i]);
}
const files = paths.flatMap(p => statSync(p).isDirectory()
  ? readdirSync(p).filter(f => f.endsWith('.txt')).sort().map(f => join(p, f))
  : [p]);
if (files.length === 0) {
  console.error('usage: node bench.mjs [--words N] PATH...');
  process.exit(2);
}
const texts = files.map(f => readFileSync(f, 'utf8'));
const count = t => t.split(/\s+/).filter(Boolean).length;

// warm up, as `attache bench` measures start-up separately
for (const t of texts) nlp(t).people().out('array');

let total = 0, docs = 0, found = 0;
const start = process.hrtime.bigint();
while (total < words) {
  const t = texts[docs % texts.length];
  const doc = nlp(t);
  found += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
  total += count(t);
  docs++;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`compromise ${nlp.version}: ${docs} articles, ${total} words, ${found} people/places/organizations`);
console.log(`1 thread        ${Math.round(total / seconds)} words/s, ${(docs / seconds).toFixed(1)} docs/s`);
