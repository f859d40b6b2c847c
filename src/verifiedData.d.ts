// The build's word on geo/ (scripts/verifiedData.ts): null from the dev server.
declare module 'virtual:verified-data' {
  import type { DerivedGeometry } from './data/deriveGeometry';
  const verified: { checksums: Record<string, string>; geometry: DerivedGeometry } | null;
  export default verified;
}
