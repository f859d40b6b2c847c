// SHA-256 of the data files, to tell whether they are the very bytes the build
// validated (scripts/verifiedData.ts). Web Crypto where the page has it; a page
// without it (served over plain http from another host than localhost) just
// validates its data as if it were new.

/** Lower-case hex SHA-256 of `bytes`, or null when this context has no Web Crypto. */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * True when every file is listed in `checksums` (file name → SHA-256, from the
 * build) with its own checksum; false for any difference, a file the build did
 * not list, no checksums at all, or no way to compute them.
 */
export async function unchangedSinceBuild(
  files: readonly (readonly [name: string, bytes: ArrayBuffer | Uint8Array])[],
  checksums: Readonly<Record<string, string>> | null,
): Promise<boolean> {
  if (!checksums || files.length === 0) return false;
  const sums = await Promise.all(files.map(([, bytes]) => sha256Hex(bytes)));
  return files.every(([name], i) => sums[i] !== null && checksums[name] === sums[i]);
}
