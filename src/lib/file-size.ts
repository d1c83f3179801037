/**
 * "12.4 MB", "830 KB", "512 bytes" (1 MB = 1024 × 1024 bytes, as file managers show it): the one size
 * format of the pages and of the server's refusals. `up` rounds a refused size up and `down` a limit, so a
 * file one byte over never reads "10 MB; the limit is 10 MB"; `nearest` is for showing a size.
 */
export function formatSize(bytes: number, rounding: "up" | "down" | "nearest" = "nearest"): string {
  const round = rounding === "up" ? Math.ceil : rounding === "down" ? Math.floor : Math.round;
  const inUnit = (unit: number) => String(round((bytes / unit) * 10) / 10);
  if (bytes >= 1024 * 1024) return `${inUnit(1024 * 1024)} MB`;
  if (bytes >= 1024) return `${inUnit(1024)} KB`;
  return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
}
