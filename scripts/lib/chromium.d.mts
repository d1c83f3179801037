export declare const SYSTEM_CHROMIUM_PATHS: string[];
export declare const CHROMIUM_ARGS: string[];
export declare function systemChromiumPath(env?: Record<string, string | undefined>): string | undefined;
export declare function findChromium(
  env?: Record<string, string | undefined>,
): Promise<{ ok: true; path: string; source: string } | { ok: false; problem: string }>;
