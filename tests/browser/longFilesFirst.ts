// The order vitest starts test files in, with the browser tests' longest files
// first. The browser files run two at a time (vite.config.ts); a long file
// started last would run on alone at the end while the other worker idles.
// Vitest orders by the durations it cached on the last run, but a fresh clone
// (CI) has no cache and it falls back to file size, which put the load-fault
// file, a minute long, fifth. Type imports only: vite.config.ts is also read by
// every build, which need not load vitest's node API.
import type { TestSequencer, TestSpecification, Vitest } from 'vitest/node';

/** The files that take longest, longest first, as a quiet run measured them (npm test's vitest-browser.json). */
const LONG_FILES = ['tests/browser/permalinkFuzz.test.ts', 'tests/browser/loadFaults.test.ts', 'tests/browser/interactive.test.ts'];

export class LongFilesFirst implements TestSequencer {
  constructor(private readonly ctx: Vitest) {}

  private async base(): Promise<TestSequencer> {
    const { BaseSequencer } = await import('vitest/node');
    return new BaseSequencer(this.ctx);
  }

  async shard(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await this.base()).shard(files);
  }

  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await (await this.base()).sort(files);
    const place = new Map(sorted.map((file, i) => [file, i]));
    const rank = (file: TestSpecification) => {
      const i = LONG_FILES.findIndex((long) => file.moduleId.endsWith(long));
      return i === -1 ? LONG_FILES.length : i;
    };
    // Within a project only: vitest runs the projects one after another in the base order.
    return [...sorted].sort((a, b) =>
      a.project.name !== b.project.name ? place.get(a)! - place.get(b)! : rank(a) - rank(b) || place.get(a)! - place.get(b)!,
    );
  }
}
