// Preloaded into a benchmarked process when /usr/bin/time is missing: writes "cpuSeconds maxRssKb"
// to TONGBAO_RSS_FILE at exit (maxRSS covers every thread of the process).
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  const u = process.resourceUsage();
  writeFileSync(process.env.TONGBAO_RSS_FILE, `${(u.userCPUTime + u.systemCPUTime) / 1e6} ${u.maxRSS}\n`);
});
