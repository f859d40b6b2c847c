// A reader's text with its web addresses as links named by their site
// (textLinks.ts); the whole address is the link's target and its tooltip.
import { textWithLinks } from './textLinks';

export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {textWithLinks(text).map((part, i) =>
        'url' in part ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in their order
          <a key={i} href={part.url} title={part.url} target="_blank" rel="noopener noreferrer">{part.label}</a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
