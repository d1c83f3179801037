// npm run user:create -- --email aisha@pawpathsae.com --name "Aisha Rahman" --role admin [--password …]
// Creates an account directly: the first admin of a new installation. Asks for the password when
// --password is not given (input hidden).
import nextEnv from "@next/env";
import readline from "node:readline";
import { parseArgs } from "node:util";

nextEnv.loadEnvConfig(process.cwd());

function askHidden(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  let prompted = false;
  output._writeToOutput = (text: string) => {
    if (!prompted) {
      process.stdout.write(text);
      prompted = true;
    }
  };
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    }),
  );
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "staff" },
      password: { type: "string" },
    },
  });
  if (!values.email || !values.name) {
    console.error(
      'Usage: npm run user:create -- --email you@example.com --name "Your Name" --role admin|staff|customer [--password …]',
    );
    process.exit(2);
  }
  const password =
    values.password ?? (values.role === "customer" ? undefined : await askHidden("Password (10+ characters): "));

  const { getConnection, closeDb } = await import("@/db/client");
  const { DataDirLockedError } = await import("@/db/lock");
  const { ConfigError } = await import("@/config/env");
  const { isAppError } = await import("@/server/errors");
  const { createUser } = await import("@/server/users/create-user");
  try {
    const { db } = await getConnection();
    const user = await createUser({
      db,
      input: { email: values.email, name: values.name, role: values.role, password },
    });
    console.log(`Created ${user.role} ${values.email}. Sign in at /login.`);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(
        `${error.message}\nThe app holds the embedded database while it runs: stop it, run this command, then start it again.`,
      );
    } else if (error instanceof ConfigError) {
      console.error(error.message);
    } else if (isAppError(error)) {
      console.error(
        [error.message, ...Object.entries(error.fields ?? {}).map(([field, message]) => `  ${field}: ${message}`)].join(
          "\n",
        ),
      );
    } else {
      throw error;
    }
    process.exitCode = 1;
  } finally {
    await closeDb();
  }
}

void main();
