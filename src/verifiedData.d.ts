// The build's word on geo/ (scripts/verifiedData.ts): null from the dev server.
declare module 'virtual:verified-data' {
  import type { VerifiedData } from './data/appModel';
  const verified: VerifiedData | null;
  export default verified;
}

// Where each file of src/data/dataFiles.ts is served (scripts/verifiedData.ts): file name → URL.
declare module 'virtual:data-file-urls' {
  const urls: Readonly<Record<string, string>>;
  export default urls;
}
