// postinstall: fixes word-extractor 1.0.4, which masks a sprm's operation code with 0x1f instead of
// 0x1ff (MS-DOC 2.6.1: ispmd is 9 bits). sprmCDxaSpace (character spacing, 0x8840) then reads as
// sprmCFRMarkDel (0x0800), and every run with condensed or expanded spacing and an odd value is
// treated as deleted text and silently dropped. Idempotent; fails loudly if the source changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const BROKEN = 'const ispmd = sprm & 0x1f;';
const FIXED = 'const ispmd = sprm & 0x1ff;';

// an explicit file (tests patch a copy) or the installed package
let file = process.argv[2];
try {
  file ??= path.join(
    path.dirname(require.resolve('word-extractor/package.json')),
    'lib',
    'word-ole-extractor.js',
  );
} catch {
  console.error('patch-word-extractor: word-extractor is not installed; run npm install first.');
  process.exit(1);
}
const source = readFileSync(file, 'utf8');
if (source.includes(FIXED)) {
  console.log('patch-word-extractor: already patched');
} else if (source.split(BROKEN).length === 2) {
  writeFileSync(file, source.replace(BROKEN, FIXED));
  console.log('patch-word-extractor: patched sprm mask in', path.relative(process.cwd(), file));
} else {
  console.error(
    `patch-word-extractor: expected exactly one "${BROKEN}" in ${file}; word-extractor changed, ` +
      'check whether the character-spacing bug is still there and update this script.',
  );
  process.exit(1);
}
