// The URL of the story folder's gazetteer.json, or null when it has none (scripts/gazetteerUrl.ts).
declare module 'virtual:gazetteer-url' {
  const url: string | null;
  export default url;
}
