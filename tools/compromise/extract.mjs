// The whole-process counterpart of `attache extract PATH... --format jsonl`: starts, reads every
// .txt file (or folder of them) and every line of each .jsonl file (its "text", as
// `attache extract --input jsonl` reads it), runs compromise's people()/places()/organizations()
// on each article and writes one JSON line per article. Timed from outside by run.sh, start-up
// included, as a user would see it. Usage: node extract.mjs PATH...
import { readFileSync, readdirSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

const files = process.argv.slice(2).flatMap(p => statSync(p).isDirectory()
  ? readdirSync(p).filter(f => f.endsWith('.txt')).sort().map(f => join(p, f))
  : [p]);
const articles = function* () {
  for (const file of files) {
    const content = readFileSync(file, 'utf8');
    if (!file.endsWith('.jsonl')) {
      yield { id: file, text: content };
      continue;
    }
    for (const line of content.split('\n').filter(l => l.trim() !== '')) {
      const record = JSON.parse(line);
      yield { id: record.id ?? file, text: record.text };
    }
  }
};
if (files.length === 0) {
  console.error('usage: node extract.mjs PATH...');
  process.exit(2);
}
for (const { id, text } of articles()) {
  const doc = nlp(text);
  const line = JSON.stringify({
    id,
    people: doc.people().out('array'),
    places: doc.places().out('array'),
    organizations: doc.organizations().out('array'),
  });
  writeSync(1, line + '\n');
}
