import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import { S3Store } from '@tus/s3-store';
import type { DataStore } from '@tus/server';
import type { FileStoreConfig } from '../../config/config';

/** Bytes from `start` to `end`, both included (as HTTP Range counts them). */
export interface ByteRange {
  start: number;
  end: number;
}

/** Where uploaded bytes live: the tus data store that writes them, and reading and removing them by key. */
export interface FileStorage {
  datastore: DataStore;
  /** Whether read() honours a range (video players seek with Range requests). */
  readsRanges: boolean;
  read(key: string, range?: ByteRange): Promise<Readable>;
  remove(key: string): Promise<void>;
}

/** S3 parts are buffered on disk until they reach this size (S3's own minimum is 5 MiB). */
const S3_PART_BYTES = 8 * 1024 * 1024;

/** A folder (DATA_DIR/files by default), or any S3-compatible bucket. */
export function createFileStorage(config: FileStoreConfig): FileStorage {
  if (config.kind === 'local') {
    const datastore = new FileStore({ directory: config.directory });
    return {
      datastore,
      readsRanges: true,
      read: async (key, range) => fs.createReadStream(path.join(config.directory, key), range),
      remove: (key) => datastore.remove(key),
    };
  }
  const datastore = new S3Store({
    partSize: S3_PART_BYTES,
    s3ClientConfig: {
      bucket: config.bucket,
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint, forcePathStyle: true } : {}),
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    },
  });
  return {
    datastore,
    readsRanges: false,
    read: (key) => datastore.read(key),
    remove: (key) => datastore.remove(key),
  };
}
