// Prints vitest's JSON results as the plain line "N passed, N failed" and
// exits non-zero when anything failed or the run produced no results.
import { readFileSync } from 'node:fs';

const [file, status] = process.argv.slice(2);
let results;
try {
  results = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  console.log(`vitest wrote no results (exit ${status})`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const passed = results.numPassedTests;
// Suites that failed to load count as failures too.
let failed = results.numFailedTests + results.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
// A run that failed outside any test (global setup, a crash) counts as one failure.
if (Number(status) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 || Number(status) !== 0 ? 1 : 0);
