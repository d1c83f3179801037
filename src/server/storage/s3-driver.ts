import "server-only";
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Readable } from "node:stream";
import { createPresignedPost } from "@aws-sdk/s3-presigned-post";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type {
  DownloadLinkRequest,
  StorageDriver,
  StoredObject,
  UploadTarget,
  UploadTargetRequest,
} from "./storage-driver";
import { assertStorageKey, assertStoragePrefix, QUARANTINE_PREFIX } from "./storage-keys";

export type S3Settings = { bucket: string; region: string; endpoint?: string; forcePathStyle: boolean };

function status(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
}

/**
 * Documents in an S3 bucket (or an S3-compatible store). The browser posts straight to the bucket and
 * downloads from it with presigned requests; the app only signs, checks and moves. Credentials come from
 * the standard AWS chain (environment, shared files, instance or task role), never from our settings.
 */
export class S3StorageDriver implements StorageDriver {
  readonly kind = "s3";
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(settings: S3Settings) {
    this.bucket = settings.bucket;
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      // Checksums only where S3 requires them: S3-compatible stores (MinIO, R2, s3rver) differ in the
      // newer flexible-checksum headers, and our own check reads the bytes anyway.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async createUploadTarget(request: UploadTargetRequest): Promise<UploadTarget> {
    const key = assertStorageKey(request.key);
    if (!key.startsWith(QUARANTINE_PREFIX)) throw new Error(`Uploads go to quarantine only, not ${key}`);
    const expiresAt = new Date(Date.now() + request.expiresInSeconds * 1000);
    // The policy pins the key (added by createPresignedPost), the type and the size range; S3 refuses a
    // form that differs. Stand-ins such as s3rver ignore the policy, so complete still checks size and type.
    const { url, fields } = await createPresignedPost(this.client, {
      Bucket: this.bucket,
      Key: key,
      Fields: { "Content-Type": request.contentType },
      Conditions: [
        ["eq", "$Content-Type", request.contentType],
        ["content-length-range", 1, request.maxBytes],
      ],
      Expires: request.expiresInSeconds,
    });
    return { method: "POST", url, fields, expiresAt };
  }

  async head(key: string): Promise<number | null> {
    try {
      const answer = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: assertStorageKey(key) }));
      return answer.ContentLength ?? 0;
    } catch (error) {
      if (status(error) === 404) return null;
      throw error;
    }
  }

  async readStart(key: string, bytes: number): Promise<Uint8Array | null> {
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: assertStorageKey(key), Range: `bytes=0-${bytes - 1}` }),
      );
      return answer.Body ? await answer.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (status(error) === 404) return null;
      // S3 answers 416 to any range of an empty object: it exists, with nothing to read.
      if (status(error) === 416) return new Uint8Array();
      throw error;
    }
  }

  async openRead(key: string): Promise<{ stream: Readable; size: number } | null> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: assertStorageKey(key) }));
      if (!answer.Body) return { stream: Readable.from([]), size: 0 };
      return { stream: answer.Body as Readable, size: answer.ContentLength ?? 0 };
    } catch (error) {
      if (status(error) === 404) return null;
      throw error;
    }
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: assertStorageKey(key), Body: bytes, ContentType: contentType }),
    );
  }

  async copy(from: string, to: string): Promise<void> {
    await this.client.send(
      new CopyObjectCommand({
        Bucket: this.bucket,
        Key: assertStorageKey(to),
        // Keys are uuids and slashes only (storage-keys.ts): nothing in them needs encoding.
        CopySource: `${this.bucket}/${assertStorageKey(from)}`,
      }),
    );
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: assertStorageKey(key) }));
  }

  async list(prefix: string): Promise<StoredObject[]> {
    const found: StoredObject[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: assertStoragePrefix(prefix),
          ContinuationToken: continuationToken,
        }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key) {
          found.push({ key: object.Key, size: object.Size ?? 0, lastModified: object.LastModified ?? new Date(0) });
        }
      }
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (continuationToken);
    return found;
  }

  async createDownloadUrl(request: DownloadLinkRequest): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: assertStorageKey(request.key),
      ResponseContentType: request.contentType,
      ResponseContentDisposition: request.disposition,
      ResponseCacheControl: "private, no-store",
    });
    return getSignedUrl(this.client, command, { expiresIn: request.expiresInSeconds });
  }
}
