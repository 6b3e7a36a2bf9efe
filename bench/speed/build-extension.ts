import { spawnSync } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `wxt build` for Chrome into .output/chrome-mv3 (what the store gets); throws with its output if it fails. */
export function buildChrome(): string {
  const result = spawnSync(join(REPO_ROOT, 'node_modules/.bin/wxt'), ['build'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    // The wxt launcher runs on whatever `node` is first on PATH: make it this Node.
    env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` },
  });
  if (result.status !== 0) throw new Error(`wxt build failed:\n${result.stdout}${result.stderr}`);
  return join(REPO_ROOT, '.output/chrome-mv3');
}
