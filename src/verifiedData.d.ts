// The build's word on geo/ (scripts/verifiedData.ts): null from the dev server.
declare module 'virtual:verified-data' {
  import type { VerifiedData } from './data/appModel';
  const verified: VerifiedData | null;
  export default verified;
}
