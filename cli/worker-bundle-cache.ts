import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** One input file of a bundle as it was when the bundle was built. */
type InputStamp = [path: string, mtimeMs: number, size: number];

interface CacheStamp {
  inputs: InputStamp[];
}

async function stampOf(path: string): Promise<InputStamp | null> {
  try {
    const info = await stat(path);
    return [path, info.mtimeMs, info.size];
  } catch {
    return null;
  }
}

/**
 * A bundle kept on disk with the size and modification time of every file it was
 * built from, reused while none of them changed. Building the workers' bundle takes
 * esbuild about a second, and a `--jobs` run from source waits for it before any
 * page is read.
 */
export class BundleCache {
  constructor(private readonly file: string) {}

  private get stampFile(): string {
    return `${this.file}.inputs.json`;
  }

  /** The bundle, or null when there is none or any of its inputs changed, moved or went. */
  async read(): Promise<string | null> {
    try {
      const stamp = JSON.parse(await readFile(this.stampFile, 'utf8')) as CacheStamp;
      const now = await Promise.all(stamp.inputs.map(([path]) => stampOf(path)));
      const unchanged = now.every((current, index) => {
        const then = stamp.inputs[index];
        return current !== null && then !== undefined && current[1] === then[1] && current[2] === then[2];
      });
      return unchanged ? await readFile(this.file, 'utf8') : null;
    } catch {
      return null;
    }
  }

  /**
   * Keeps `code`, built from `inputs` (absolute paths) by a build that started at
   * `buildStart` (epoch ms). An input changed since then may not be in the code, so
   * nothing is kept. A cache that cannot be written is no error: the next run builds again.
   */
  async write(code: string, inputs: readonly string[], buildStart: number): Promise<void> {
    const found = await Promise.all(inputs.map(stampOf));
    const stamps = found.filter((stamp): stamp is InputStamp => stamp !== null && stamp[1] < buildStart);
    if (stamps.length < inputs.length) return;
    try {
      await mkdir(dirname(this.file), { recursive: true });
      // Written aside and renamed, so a run started meanwhile never reads half a file.
      await writeFile(`${this.file}.${process.pid}`, code);
      await rename(`${this.file}.${process.pid}`, this.file);
      await writeFile(`${this.stampFile}.${process.pid}`, JSON.stringify({ inputs: stamps } satisfies CacheStamp));
      await rename(`${this.stampFile}.${process.pid}`, this.stampFile);
    } catch {
      // Read-only checkout or full disk: the bundle is simply built again next time.
    }
  }
}
