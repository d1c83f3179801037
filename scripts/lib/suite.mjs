// A tiny step runner for the test scripts: runs commands with inherited output, times each step,
// skips steps whose prerequisites failed and prints one summary line at the end.
import { spawn } from "node:child_process";

const children = new Set();
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    // A terminal's Ctrl-C reaches the children anyway; a CI runner's SIGTERM reaches only us.
    for (const child of children) child.kill(signal);
    process.exit(signal === "SIGINT" ? 130 : 143);
  });
}

/** Runs a command with the terminal's output; resolves to its exit code (1 if it could not start). */
export function run(command, args, { env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    children.add(child);
    child.on("error", (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      children.delete(child);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export class Suite {
  constructor(name) {
    this.name = name;
    this.started = Date.now();
    /** @type {{ name: string, status: "passed" | "failed" | "skipped" | "not run", ms: number, note?: string }[]} */
    this.results = [];
  }

  /**
   * Runs one step. `action` resolves to an exit code (0 = passed) or to { skipped: "why" } (a
   * deliberate skip, which counts as done). With `needs`, the step is not run, and the suite fails,
   * when a named earlier step failed or did not run.
   */
  async step(name, action, { needs = [] } = {}) {
    const done = (need) => ["passed", "skipped"].includes(this.results.find((r) => r.name === need)?.status);
    const missing = needs.filter((need) => !done(need));
    if (missing.length > 0) {
      this.results.push({ name, status: "not run", ms: 0, note: `needs ${missing.join(", ")}` });
      return false;
    }
    console.log(`\n=== ${this.name}: ${name} ===\n`);
    const begun = Date.now();
    let outcome;
    try {
      outcome = await action();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      outcome = 1;
    }
    const ms = Date.now() - begun;
    if (typeof outcome === "object" && outcome?.skipped) {
      this.results.push({ name, status: "skipped", ms, note: outcome.skipped });
      return true;
    }
    const status = outcome === 0 ? "passed" : "failed";
    this.results.push({ name, status, ms });
    console.log(`\n--- ${name}: ${status} in ${seconds(ms)}`);
    return status === "passed";
  }

  /** Prints the summary and returns the process exit code. */
  finish() {
    const failed = this.results.some((r) => r.status === "failed" || r.status === "not run");
    const parts = this.results.map((r) => `${r.name} ${r.status} (${r.note ?? seconds(r.ms)})`);
    console.log(
      `\n${this.name}: ${failed ? "FAILED" : "PASSED"} in ${seconds(Date.now() - this.started)}: ${parts.join("; ")}`,
    );
    return failed ? 1 : 0;
  }
}
