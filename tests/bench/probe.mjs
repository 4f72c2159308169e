// Loaded into the benchmarked build with `node --import`: samples the process's resident
// memory and CPU time (all threads) every 25 ms and writes the samples and the true peak (getrusage) to
// $MARQUEE_BENCH_PROBE when the process exits, so the benchmark can report each stage's peak.
import { writeFileSync } from 'node:fs';

const out = process.env.MARQUEE_BENCH_PROBE;
if (out) {
  const samples = [];
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return Math.round((user + system) / 1000);
  };
  const sample = () => samples.push([Date.now(), process.memoryUsage.rss(), cpuMs()]);
  setInterval(sample, 25).unref();
  process.on('exit', () => {
    sample();
    writeFileSync(
      out,
      JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, cpuMs: cpuMs(), samples }),
    );
  });
}
