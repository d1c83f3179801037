// Runs once when the server process starts (next dev and next start).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./server/system/start-server");
  await startServer();
}
