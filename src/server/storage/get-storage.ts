import "server-only";
import path from "node:path";
import { getConfig } from "@/config/env";
import { authSecret } from "@/server/auth/auth-secret";
import { LocalStorageDriver } from "./local-driver";
import { S3StorageDriver } from "./s3-driver";

export type Storage = LocalStorageDriver | S3StorageDriver;

// On globalThis for the same reason as the database connection (src/db/client.ts): Next.js may load this
// module more than once per process, and there should be one S3 client with its connection pool.
const globalKey = Symbol.for("pawpath.storage");
type Holder = { [globalKey]?: Storage };
const holder = globalThis as Holder;

/** The storage STORAGE_DRIVER names, built on first use (never at import time, so `next build` needs none). */
export function getStorage(): Storage {
  holder[globalKey] ??= createStorage();
  return holder[globalKey];
}

function createStorage(): Storage {
  const config = getConfig();
  if (config.STORAGE_DRIVER === "s3") {
    // Settings validation (env.ts) already refused s3 without a bucket and a region.
    return new S3StorageDriver({
      bucket: config.S3_BUCKET!,
      region: config.S3_REGION!,
      endpoint: config.S3_ENDPOINT,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalStorageDriver({
    root: path.resolve(config.DATA_DIR, "uploads"),
    secret: authSecret(config),
    appUrl: config.APP_URL,
  });
}

/** Tests hand routes and use cases a storage they prepared (a temporary folder, an s3rver bucket). */
export function useStorageForTests(storage: Storage | undefined): void {
  holder[globalKey] = storage;
}
