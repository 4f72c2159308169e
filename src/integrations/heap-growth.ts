import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/**
 * How far V8 lets the JavaScript heap grow past what the last full collection kept, in
 * percent. Left to itself, V8 picks up to 4× on a machine with memory to spare, and a build
 * makes a lot of short-lived data: the content sync of 1,000 reviews piled up 430 MB of
 * garbage before one collection freed it, and the build peaked at 1.1 GB with less than
 * 300 MB live. Growing by half at most, the same build peaks near 830 MB in the same time.
 * It is not a cap: a larger blog still gets all the heap it needs.
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Sets V8's heap growth for the process that runs Astro (config setup comes before the
 * content sync). V8 reads this flag at every full collection, so setting it now takes
 * effect, unlike the heap-size flags, which only `node` options set.
 */
export function heapGrowth(percent = HEAP_GROWING_PERCENT): AstroIntegration {
  return {
    name: 'marquee:heap-growth',
    hooks: {
      'astro:config:setup': () => {
        setFlagsFromString(`--heap-growing-percent=${percent}`);
      },
    },
  };
}
