// The S3 side of deploy/backup.sh and restore.sh, with the app's own @aws-sdk/client-s3 (no aws CLI on the VM).
// One process per step, not per file: each start of Node and the SDK costs about a second.
//   store <folder> <s3://bucket/prefix/name> <file>…   uploads, then reads back: "<file> <bytes> <sha256>" a line
//   fetch <s3://bucket/prefix/name> <folder> <file>…   downloads
//   list <s3://bucket/prefix>                          the complete backups under it (with a manifest), a line each
//   delete <s3://bucket/prefix/name>…                  every object of each backup
// Credentials from the standard AWS chain (the instance role, AWS_* variables, ~/.aws). BACKUP_S3_REGION
// (else AWS_REGION, else us-east-1), BACKUP_S3_ENDPOINT and BACKUP_S3_FORCE_PATH_STYLE=true for an
// S3-compatible store. Exits 1 with one line on stderr when S3 refuses.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";

const client = new S3Client({
  region: process.env.BACKUP_S3_REGION || process.env.AWS_REGION || "us-east-1",
  endpoint: process.env.BACKUP_S3_ENDPOINT || undefined,
  forcePathStyle: ["true", "1", "yes"].includes(process.env.BACKUP_S3_FORCE_PATH_STYLE ?? ""),
  // As the storage driver: checksums only where S3 requires them (S3-compatible stores differ). The
  // backup checks its copies itself, by reading them back.
  requestChecksumCalculation: "WHEN_REQUIRED",
  responseChecksumValidation: "WHEN_REQUIRED",
});

function parse(uri) {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri ?? "");
  if (!match) throw new Error(`not an s3://bucket/key address: ${uri}`);
  return { Bucket: match[1], Key: match[2] };
}

async function* keysUnder(uri) {
  const { Bucket, Key } = parse(uri);
  const Prefix = Key ? `${Key.replace(/\/$/, "")}/` : "";
  let ContinuationToken;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix, ContinuationToken }));
    for (const object of page.Contents ?? []) yield { Bucket, Prefix, Key: object.Key };
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (ContinuationToken);
}

async function sha256Of(Bucket, Key) {
  const { Body } = await client.send(new GetObjectCommand({ Bucket, Key }));
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of Body) {
    bytes += chunk.length;
    hash.update(chunk);
  }
  return `${bytes} ${hash.digest("hex")}`;
}

const commands = {
  /** Uploads the files, then reads each stored copy back: prints "<file> <bytes> <sha256>" of what S3 holds. */
  async store(folder, uri, ...files) {
    const { Bucket, Key } = parse(uri);
    for (const file of files) {
      const local = path.join(folder, file);
      const Body = fs.createReadStream(local);
      await client.send(
        new PutObjectCommand({ Bucket, Key: `${Key}/${file}`, Body, ContentLength: fs.statSync(local).size }),
      );
    }
    for (const file of files) console.log(`${file} ${await sha256Of(Bucket, `${Key}/${file}`)}`);
  },
  async fetch(uri, folder, ...files) {
    const { Bucket, Key } = parse(uri);
    for (const file of files) {
      const { Body } = await client.send(new GetObjectCommand({ Bucket, Key: `${Key}/${file}` }));
      await pipeline(Body, fs.createWriteStream(path.join(folder, file)));
    }
  },
  async list(uri) {
    const names = new Set();
    for await (const { Prefix, Key } of keysUnder(uri)) {
      const match = /^([^/]+)\/manifest$/.exec(Key.slice(Prefix.length));
      if (match) names.add(match[1]);
    }
    for (const name of [...names].sort()) console.log(name);
  },
  /** Deletes every object of each backup named (s3://bucket/prefix/<name>). */
  async delete(...uris) {
    for (const uri of uris) {
      const { Bucket } = parse(uri);
      const batch = [];
      const flush = () =>
        batch.length &&
        client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: batch.splice(0), Quiet: true } }));
      for await (const { Key } of keysUnder(uri)) {
        batch.push({ Key });
        if (batch.length === 1000) await flush();
      }
      await flush();
    }
  },
};

const [command, ...args] = process.argv.slice(2);
const run = commands[command];
// Each command's fixed arguments, then any number of files or backups (at least one).
const least = { store: 3, fetch: 3, list: 1, delete: 1 };
if (!run || args.length < least[command] || (command === "list" && args.length !== 1)) {
  console.error(
    "Usage: node deploy/lib/backup-s3.mjs store <folder> <s3-uri> <file>… | fetch <s3-uri> <folder> <file>… | list <s3-uri> | delete <s3-uri>…",
  );
  process.exit(2);
}
try {
  await run(...args);
} catch (error) {
  console.error(
    `S3 ${command} ${args.join(" ")}: ${error.name === "Error" ? error.message : `${error.name}: ${error.message}`}`,
  );
  process.exit(1);
}
