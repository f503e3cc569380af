// Preloaded with `node --require` by bench/run.mjs: at exit, writes the process's peak resident
// memory (KB, worker threads included) to the file named by BENCH_RSS_FILE.
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) require('fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
