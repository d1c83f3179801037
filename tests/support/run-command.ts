import { spawn } from "node:child_process";

export type CommandResult = { code: number | null; stdout: string; stderr: string; output: string };

/**
 * Runs a command to its end (a script under test, not a server): its exit code, its standard output and
 * error, and both in the order written, for assertions and for failure messages.
 */
export function runCommand(
  command: string,
  args: string[],
  options: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const env = (options.env ?? process.env) as NodeJS.ProcessEnv;
    const child = spawn(command, args, { env, cwd: options.cwd, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, output }));
    child.stdin.end(options.input ?? "");
  });
}
