// Preloaded with --import by the benchmark: reports this process's peak RSS on exit.
process.on('exit', () => process.stderr.write(`\nmaxRSS_KB=${process.resourceUsage().maxRSS}\n`));
