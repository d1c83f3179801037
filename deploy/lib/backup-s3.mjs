// The S3 side of deploy/backup.sh and restore.sh, with the app's own @aws-sdk/client-s3 (no aws CLI on the VM).
//   put <file> <s3://bucket/key>     get <s3://bucket/key> <file>     hash <s3://bucket/key> → "<bytes> <sha256>"
//   list <s3://bucket/prefix>        the complete backups under it (folders holding a manifest), one a line
//   delete <s3://bucket/prefix/name> every object of one backup
// Credentials from the standard AWS chain (the instance role, AWS_* variables, ~/.aws). BACKUP_S3_REGION
// (else AWS_REGION, else us-east-1), BACKUP_S3_ENDPOINT and BACKUP_S3_FORCE_PATH_STYLE=true for an
// S3-compatible store. Exits 1 with one line on stderr when S3 refuses.
import { createHash } from "node:crypto";
import fs from "node:fs";
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

const commands = {
  async put(file, uri) {
    const { size } = fs.statSync(file);
    await client.send(new PutObjectCommand({ ...parse(uri), Body: fs.createReadStream(file), ContentLength: size }));
  },
  async get(uri, file) {
    const { Body } = await client.send(new GetObjectCommand(parse(uri)));
    await pipeline(Body, fs.createWriteStream(file));
  },
  async hash(uri) {
    const { Body } = await client.send(new GetObjectCommand(parse(uri)));
    const hash = createHash("sha256");
    let bytes = 0;
    for await (const chunk of Body) {
      bytes += chunk.length;
      hash.update(chunk);
    }
    console.log(`${bytes} ${hash.digest("hex")}`);
  },
  async list(uri) {
    const names = new Set();
    for await (const { Prefix, Key } of keysUnder(uri)) {
      const match = /^([^/]+)\/manifest$/.exec(Key.slice(Prefix.length));
      if (match) names.add(match[1]);
    }
    for (const name of [...names].sort()) console.log(name);
  },
  async delete(uri) {
    const batch = [];
    const flush = async (Bucket) => {
      if (batch.length === 0) return;
      await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: batch.splice(0), Quiet: true } }));
    };
    let bucket;
    for await (const { Bucket, Key } of keysUnder(uri)) {
      bucket = Bucket;
      batch.push({ Key });
      if (batch.length === 1000) await flush(Bucket);
    }
    await flush(bucket);
  },
};

const [command, ...args] = process.argv.slice(2);
const run = commands[command];
if (!run || args.length !== run.length) {
  console.error(
    "Usage: node deploy/lib/backup-s3.mjs put <file> <s3-uri> | get <s3-uri> <file> | hash|list|delete <s3-uri>",
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
