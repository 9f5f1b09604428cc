// globalSetup of the `build` project: stop at once, with one clear message, when there is no build.
import { assertDist } from './dist.ts';

export default function setup(): void {
  assertDist();
}
