// The kit's e2e files' shared steps: reading what a page shows as pixels (an element's
// screenshot, decoded by the page's own canvas) and decoding a QR code from it (jsQR, npm).
import jsQR from 'jsqr';

/** The pixels of a PNG (a Buffer), decoded by the browser: `{ width, height, data }` (RGBA). */
export async function pngPixels(page, png) {
  const { width, height, data } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    return { width: canvas.width, height: canvas.height, data: Array.from(g.getImageData(0, 0, canvas.width, canvas.height).data) };
  }, png.toString('base64'));
  return { width, height, data: Uint8ClampedArray.from(data) };
}

/** The text of the QR code `locator` shows on screen, or null when none can be read. */
export async function readQr(page, locator) {
  const { width, height, data } = await pngPixels(page, await locator.screenshot());
  return jsQR(data, width, height)?.data ?? null;
}

/** A PNG (a Buffer) decoded by the browser, summarised in the page (a large picture's pixels
 *  are too many to send back): its size and how many distinct colours a sample of it has. */
export async function pngSummary(page, png) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const data = g.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4 * 31) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return { width: canvas.width, height: canvas.height, colours: colours.size };
  }, png.toString('base64'));
}
