// One table of CLI cases, run in-process through main() and through the
// spawned binary (test/cli.test.ts). Expected output lives in
// fixtures/cli/expected/<name>.stdout and .stderr; UPDATE=1 rewrites them.
export type CliCase = {
  name: string;
  args: string[];
  stdin?: string;
  env?: Record<string, string>;
  exitCode: number;
  /** Compare stdout with fixtures/cli/expected/<name>.stdout (default true). */
  snapshot?: boolean;
  /** Only run spawned (worker threads need the built files). */
  spawnOnly?: boolean;
};

const plan = 'fixtures/cli/plan.txt';
const clean = 'fixtures/cli/clean.txt';

export const CASES: CliCase[] = [
  { name: 'json-one', args: [plan, '--format', 'json'], exitCode: 0 },
  { name: 'json-default-when-piped', args: [plan], exitCode: 0 },
  { name: 'json-many', args: [plan, clean, '-f', 'json'], exitCode: 0 },
  { name: 'ndjson-folder', args: ['fixtures/cli/folder', '-f', 'ndjson'], exitCode: 0 },
  { name: 'csv', args: [plan, '-f', 'csv'], exitCode: 0 },
  { name: 'csv-bom', args: [plan, '-f', 'csv', '--bom'], exitCode: 0 },
  { name: 'csv-sections', args: [plan, clean, '-f', 'csv', '--what', 'sections'], exitCode: 0 },
  { name: 'table', args: [plan, '-f', 'table'], exitCode: 0 },
  { name: 'tree', args: [plan, '-f', 'tree'], exitCode: 0 },
  { name: 'stdin-dash', args: ['-', '-f', 'tree'], stdin: 'STDIN:plan', exitCode: 0 },
  { name: 'stdin-implicit', args: ['-f', 'csv'], stdin: 'STDIN:plan', exitCode: 0 },
  { name: 'unreadable-among-good', args: [plan, 'fixtures/cli/missing.txt', clean, '-f', 'ndjson'], exitCode: 2 },
  { name: 'binary', args: ['fixtures/cli/binary.txt'], exitCode: 2 },
  { name: 'empty', args: ['fixtures/cli/empty.txt'], exitCode: 2 },
  { name: 'bad-format', args: [plan, '-f', 'xml'], exitCode: 2 },
  { name: 'bad-jobs', args: [plan, '--jobs', 'zero'], exitCode: 2 },
  { name: 'validate-clean', args: ['validate', clean], exitCode: 0 },
  { name: 'validate-warnings', args: ['validate', plan], exitCode: 0 },
  { name: 'validate-strict', args: ['validate', '--strict', plan, clean], exitCode: 1 },
  { name: 'validate-json', args: ['validate', '-f', 'json', plan], exitCode: 0 },
  { name: 'validate-sarif', args: ['validate', '-f', 'sarif', '--strict', plan], exitCode: 1 },
  { name: 'validate-missing', args: ['validate', clean, 'fixtures/cli/missing.txt'], exitCode: 2 },
  { name: 'schema', args: ['schema'], exitCode: 0 },
  { name: 'help', args: ['--help'], exitCode: 0 },
  { name: 'validate-help', args: ['validate', '--help'], exitCode: 0 },
  { name: 'version', args: ['--version'], exitCode: 0 },
  { name: 'no-color-env', args: [plan, '-f', 'tree'], env: { NO_COLOR: '1', FORCE_COLOR: '1' }, exitCode: 0 },
  { name: 'force-color', args: [plan, '-f', 'tree'], env: { FORCE_COLOR: '1' }, exitCode: 0 },
  { name: 'no-color-flag', args: [plan, '-f', 'table', '--no-color'], env: { FORCE_COLOR: '1' }, exitCode: 0 },
  { name: 'jobs-folder', args: ['fixtures/cli/many', '-f', 'csv', '--jobs', '2'], exitCode: 0, spawnOnly: true },
];
