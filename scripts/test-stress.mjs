// npm run test:stress: the whole suite (`npm test`, same arguments) while a CPU burner keeps every core
// busy, to show that no test depends on the machine being idle. One burner process per core spins at
// normal priority for the whole run; they are stopped at the end whatever happens (failure, Ctrl-C,
// SIGTERM), and the suite's exit code is passed through. The load average is sampled and summarised.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";

process.chdir(path.resolve(import.meta.dirname, ".."));
const cores = os.availableParallelism();
const burners = Array.from({ length: cores }, () =>
  spawn(process.execPath, ["scripts/lib/burn-cpu.mjs", String(process.pid)], { stdio: "ignore" }),
);
const stopBurners = () => burners.forEach((burner) => burner.exitCode === null && burner.kill("SIGKILL"));
process.on("exit", stopBurners);

const loads = [];
const sampleLoad = () => loads.push(os.loadavg()[0]);
const sampler = setInterval(sampleLoad, 15_000);
console.log(
  `test:stress: ${cores} CPU burner(s) running (one per core); load average now ${os.loadavg()[0].toFixed(1)}`,
);

const started = Date.now();
const suite = spawn(process.execPath, ["scripts/test.mjs", ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    // A terminal's Ctrl-C reaches the suite too; a CI runner's SIGTERM reaches only this process.
    suite.kill(signal);
    stopBurners();
  });
}

suite.on("exit", (code, signal) => {
  clearInterval(sampler);
  sampleLoad();
  stopBurners();
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const mean = loads.reduce((sum, load) => sum + load, 0) / loads.length;
  console.log(
    `\ntest:stress: ${code === 0 ? "PASSED" : "FAILED"} in ${minutes} min with ${cores} CPU burner(s); ` +
      `1-minute load average during the run: mean ${mean.toFixed(1)}, max ${Math.max(...loads).toFixed(1)} ` +
      `(${loads.length} samples)`,
  );
  process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0));
});
