// Pixels for browser tests that look at colours: a solid tile to route in
// place of the online tiles, and the RGB of a screenshot's pixels, decoded by
// the browser itself (no image library in the tests).
import type { Browser, Page } from 'playwright-core';

export type Rgb = readonly [number, number, number];

/** One 256 px tile of one colour, as PNG bytes, drawn by the browser itself. */
export async function solidTile(browser: Browser, [r, g, b]: Rgb): Promise<Buffer> {
  const page = await browser.newPage();
  const base64 = await page.evaluate(([red, green, blue]) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 256;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = `rgb(${red}, ${green}, ${blue})`;
    ctx.fillRect(0, 0, 256, 256);
    return canvas.toDataURL('image/png').split(',')[1]!;
  }, [r, g, b] as const);
  await page.close();
  return Buffer.from(base64, 'base64');
}

/** The RGB of every pixel of the page's area `clip`, row by row, as a screenshot shows it. */
export async function screenshotPixels(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<Rgb[]> {
  const png = await page.screenshot({ clip });
  return page.evaluate(async (data) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const out: [number, number, number][] = [];
    for (let i = 0; i < px.length; i += 4) out.push([px[i]!, px[i + 1]!, px[i + 2]!]);
    return out;
  }, png.toString('base64'));
}
