import { randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { getServerConfig } from "@/lib/config/server-config";

/**
 * Where uploaded documents are kept: files on disk under one folder, outside the web root, each
 * named by a key of our own (`drafts/<draftId>/<uuid>.pdf`), never by the name the file had on the
 * phone. Nothing here serves files over HTTP.
 */
export interface DocumentStore {
  /** Stores the bytes under a new key in the owner's folder and returns the key. */
  save(bytes: Uint8Array, options: { owner: string; extension: string }): Promise<string>;
  /** The stored bytes, or undefined when no file has that key. */
  read(storageKey: string): Promise<Uint8Array | undefined>;
  /** Deletes the file; a key with no file is not an error. */
  remove(storageKey: string): Promise<void>;
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const OWNER = new RegExp(`^(?:drafts|applications)/${UUID}$`);
const EXTENSIONS = ["pdf", "jpg", "png", "heic", "heif"] as const;
// Fixed depth, fixed characters: a key cannot name "..", an absolute path or a backslash, so it
// always resolves inside the store's folder.
const STORAGE_KEY = new RegExp(`^(?:drafts|applications)/${UUID}/${UUID}\\.(?:${EXTENSIONS.join("|")})$`);

/** The owner of a draft's files, for save(): `drafts/<draftId>`. */
export function draftOwner(draftId: string): string {
  return `drafts/${draftId.toLowerCase()}`;
}

/** The owner of files uploaded after submission: `applications/<applicationId>`. */
export function applicationOwner(applicationId: string): string {
  return `applications/${applicationId.toLowerCase()}`;
}

export function isStorageKey(key: string): boolean {
  return STORAGE_KEY.test(key);
}

/** Whether the key is one of the owner's files (a draft may only remove its own). */
export function storageKeyBelongsTo(key: string, owner: string): boolean {
  return isStorageKey(key) && key.startsWith(`${owner}/`);
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

export function createDocumentStore(rootDir: string): DocumentStore {
  const root = path.resolve(rootDir);

  function pathOf(storageKey: string): string {
    if (!isStorageKey(storageKey)) throw new RangeError("Not a storage key of the document store");
    return path.join(root, ...storageKey.split("/"));
  }

  return {
    async save(bytes, { owner, extension }) {
      if (!OWNER.test(owner)) throw new RangeError("Not an owner of the document store");
      if (!(EXTENSIONS as readonly string[]).includes(extension)) {
        throw new RangeError("Not an extension the document store keeps");
      }
      const storageKey = `${owner}/${randomUUID()}.${extension}`;
      const target = pathOf(storageKey);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      // Written under a temporary name and renamed once complete, so a reader never sees half a
      // file and a crash leaves no file under the key.
      const temporary = `${target}.${randomUUID()}.tmp`;
      try {
        const handle = await open(temporary, "wx", 0o600);
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, target);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
      return storageKey;
    },

    async read(storageKey) {
      try {
        const buffer = await readFile(pathOf(storageKey));
        // A plain view of the same memory: callers get a Uint8Array, not Node's Buffer.
        return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },

    async remove(storageKey) {
      try {
        await unlink(pathOf(storageKey));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
  };
}

const stores = new Map<string, DocumentStore>();

/** The app's store, in UPLOAD_DIR (relative to the working directory unless absolute). */
export function getDocumentStore(): DocumentStore {
  const rootDir = path.resolve(getServerConfig().UPLOAD_DIR);
  let store = stores.get(rootDir);
  if (!store) {
    store = createDocumentStore(rootDir);
    stores.set(rootDir, store);
  }
  return store;
}
