// Finds the element whose data attribute has a value, without building a CSS
// selector from data (ids are slugs, but a selector is still the wrong tool).
export function elementFor(root: ParentNode, attribute: string, value: string): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(`[${attribute}]`)) if (el.getAttribute(attribute) === value) return el;
  return null;
}
