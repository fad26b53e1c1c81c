/**
 * What stands at a path where lika expects an extract file: only a regular file is ever opened. A
 * named pipe would block the reader forever, a device or a folder cannot be read as text, and a
 * link that leads nowhere is not "missing": each gets its own plain sentence. Messages never hold
 * the path (it may name the machine's folders, or hold personal data in a folder name).
 */
import {constants} from "node:fs";
import {lstat, open, stat, type FileHandle} from "node:fs/promises";
import type {Stats} from "node:fs";

export type FileEntry =
  | {kind: "file"}
  | {kind: "absent"}
  /** Not usable; `reason` completes "<file> …", e.g. "is a named pipe (FIFO), not a regular file". */
  | {kind: "unusable"; reason: string};

/** What a non-regular entry is, in words. */
export function entryKindName(s: Stats): string {
  if (s.isDirectory()) return "a folder";
  if (s.isFIFO()) return "a named pipe (FIFO)";
  if (s.isSocket()) return "a socket";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "a device";
  if (s.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}

/** A Node file-system error as a short phrase without the path ("permission denied"). */
export function fileErrorPhrase(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "it does not exist (any more)";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder";
    case "ELOOP":
      return "it is a loop of symbolic links";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "EIO":
      return "input/output error";
    default:
      return code ? `error ${code}` : e instanceof Error && !/[\\/]/.test(e.message) ? e.message : "read error";
  }
}

/** Looks at `path` without opening it: a regular file (directly or through a link), absent, or unusable and why. */
export async function fileEntry(path: string): Promise<FileEntry> {
  let link: Stats;
  try {
    link = await lstat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") return {kind: "absent"};
    return {kind: "unusable", reason: `cannot be looked at: ${fileErrorPhrase(e)}`};
  }
  let target = link;
  if (link.isSymbolicLink()) {
    try {
      target = await stat(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return {kind: "unusable", reason: "is a symbolic link to a file that does not exist"};
      return {kind: "unusable", reason: `is a symbolic link that cannot be followed: ${fileErrorPhrase(e)}`};
    }
  }
  if (!target.isFile()) {
    return {kind: "unusable", reason: `is ${entryKindName(target)}${link.isSymbolicLink() ? " (through a symbolic link)" : ""}, not a regular file`};
  }
  return {kind: "file"};
}

/**
 * Opens `path` for reading only if it is a regular file, checked on the open file itself (so it
 * cannot be swapped for a pipe between a look and the open). Non-blocking open: a named pipe with no
 * writer does not hang. Throws an Error whose message has no path.
 */
export async function openRegularFile(path: string): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new Error(fileErrorPhrase(e));
  }
  try {
    const s = await handle.stat();
    if (!s.isFile()) throw new Error(`it is ${entryKindName(s)}, not a regular file`);
    return handle;
  } catch (e) {
    await handle.close().catch(() => undefined);
    throw e instanceof Error && !("code" in e) ? e : new Error(fileErrorPhrase(e));
  }
}
