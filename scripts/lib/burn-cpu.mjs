// One CPU burner for `npm run test:stress`: spins until killed, at normal priority, so the tests share
// the core with it as they would with a build or a browser on a busy laptop. It also stops within a
// moment of its parent dying, so a test run killed outright never leaves it spinning. The parent passes
// its PID (process.ppid is read once at start-up, after a slow start perhaps already init's).
const parent = Number(process.argv[2]);

function parentIsAlive() {
  try {
    process.kill(parent, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

for (;;) {
  for (let i = 0; i < 10_000_000; i++);
  if (!parentIsAlive()) process.exit(0);
}
