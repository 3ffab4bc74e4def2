import { buildAll } from '../../scripts/build.mjs';

/** The end-to-end tests load dist/: build it first, so they never test a stale build. */
export default async function setup(): Promise<void> {
  await buildAll();
}
