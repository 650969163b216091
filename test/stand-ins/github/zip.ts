// Builds zip archives for seeding artifacts, with fflate (no hand-made zip bytes).
import { strToU8, unzipSync, zipSync } from 'fflate';

/** Zips `files` (name -> text or bytes) into an archive like the ones artifact downloads return. */
export function zipFiles(files: Record<string, string | Uint8Array>): Buffer {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) {
    entries[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return Buffer.from(zipSync(entries));
}

/** Unzips an archive into name -> bytes, for assertions on downloaded artifacts. */
export function unzipFiles(zip: Uint8Array): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const [name, bytes] of Object.entries(unzipSync(zip))) files[name] = Buffer.from(bytes);
  return files;
}
