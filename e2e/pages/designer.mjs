// Page object for the Desain page.
export class DesignerPage {
  constructor(page, server) {
    this.page = page;
    this.server = server;
  }

  async open() {
    await this.page.goto(this.server.url('#/desain'));
    await this.page.getByRole('heading', { level: 1, name: /^(Desain|Design)$/ }).waitFor();
  }

  canvas() {
    return this.page.getByTestId('design-canvas');
  }

  /** The designer's own controls (the post editor's dialog has fields of the same names). */
  field(label) {
    return this.page.locator('.designer').getByLabel(label, { exact: true });
  }

  async choose(label, option) {
    await this.field(label).selectOption({ label: option });
  }

  async type(label, text) {
    await this.field(label).fill(text);
  }

  /** The canvas's pixels sampled on a grid, as "r,g,b" strings. */
  async samples(step = 24) {
    return this.canvas().evaluate((c, s) => {
      const g = c.getContext('2d');
      const { data } = g.getImageData(0, 0, c.width, c.height);
      const out = [];
      for (let y = 0; y < c.height; y += s) {
        for (let x = 0; x < c.width; x += s) {
          const i = (y * c.width + x) * 4;
          out.push(`${data[i]},${data[i + 1]},${data[i + 2]}`);
        }
      }
      return out;
    }, step);
  }

  async downloadPng() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('design-download').click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes) {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
