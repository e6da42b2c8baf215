// What `npm publish` would put in the tarball, read from `npm pack --dry-run --json` (run after the
// build): the built entries, README, CHANGELOG and LICENSE must be in it, and nothing from src/,
// test/, bench/, examples/ or docs/ (the `files` list of package.json decides; a stray entry there,
// or a missing build, fails here instead of in a user's install).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const output = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [pack] = JSON.parse(output);
const paths = pack.files.map((file) => file.path);

const required = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];
for (const entry of ['index', 'solvers', 'testing', 'tables', 'schema']) {
  required.push(`dist/${entry}.js`, `dist/${entry}.cjs`, `dist/${entry}.d.ts`, `dist/${entry}.d.cts`);
}
const missing = required.filter((path) => !paths.includes(path));
const forbidden = paths.filter((path) => /^(src|test|bench|examples|docs)\//.test(path));
const outside = paths.filter((path) => !path.startsWith('dist/') && !required.includes(path));

const problems = [
  ...missing.map((path) => `missing from the tarball: ${path}`),
  ...forbidden.map((path) => `in the tarball but should not be: ${path}`),
  ...outside.filter((path) => !forbidden.includes(path)).map((path) => `unexpected in the tarball: ${path}`),
];
if (problems.length > 0) {
  console.error(`npm pack --dry-run: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`npm pack --dry-run: ${paths.length} files, ${pack.size} bytes packed; dist, README, CHANGELOG, LICENSE`);
