/**
 * Fails when a role or status literal decides something outside libs/domain (see
 * `access-literals.ts`): prints each place as file:line with the rule to use instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as domain from '@srw/domain';
import { findAccessLiterals, formatFindings, isCheckedFile, vocabularyFrom } from './access-literals';
import { repoRoot } from './paths';

const roots = ['libs/api/src', 'libs/db/src/queries', 'apps/web/src'];

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : filesUnder(relative);
    return isCheckedFile(relative) ? [relative] : [];
  });
}

const vocabulary = vocabularyFrom(domain);
const files = roots.flatMap(filesUnder);
const report = files.flatMap((file) =>
  formatFindings(file, findAccessLiterals(file, readFileSync(path.join(repoRoot, file), 'utf8'), vocabulary)),
);

if (report.length === 0) {
  console.log(`Geen rol- of statuswaarde beslist buiten libs/domain (${files.length} bestanden gelezen).`);
} else {
  console.error(report.join('\n'));
  console.error(
    `\n${report.length} regel(s) beslissen met een rol- of statuswaarde buiten libs/domain; gebruik de regel die erbij staat.`,
  );
  process.exit(1);
}
