/**
 * "1.2 MB", "830 KB", "512 bytes", in the units the server's refusals use (1 MB = 1024 × 1024 bytes, as file
 * managers show it), so the size beside a file and the size in its refusal read alike.
 */
export function formatFileSize(bytes: number): string {
  const inUnit = (unit: number) => String(Math.round((bytes / unit) * 10) / 10);
  if (bytes >= 1024 * 1024) return `${inUnit(1024 * 1024)} MB`;
  if (bytes >= 1024) return `${inUnit(1024)} KB`;
  return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
}
