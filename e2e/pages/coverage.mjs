// Page object for the Liputan page, its coverage editor and photos.
export class CoveragePage {
  constructor(page, server) {
    this.page = page;
    this.server = server;
  }

  async open(query = '') {
    await this.page.goto(this.server.url(`#/liputan${query ? `?${query}` : ''}`));
    await this.page.getByRole('heading', { level: 1, name: /^(Liputan|Coverage)$/ }).waitFor();
  }

  card(title) {
    return this.page.getByTestId('coverage-card').filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  editor() {
    return this.page.getByTestId('coverage-editor');
  }

  /** Plans a coverage through the editor; `fields` by label. */
  async plan({ title, date, time, location, officials, needs = [] }) {
    await this.page.getByTestId('coverage-new').click();
    const ed = this.editor();
    await ed.waitFor();
    await ed.getByLabel('Judul kegiatan').fill(title);
    if (date) await ed.getByLabel('Tanggal', { exact: true }).fill(date);
    if (time) await ed.getByLabel('Jam mulai').fill(time);
    if (location) await ed.getByLabel('Lokasi', { exact: true }).fill(location);
    if (officials) await ed.getByLabel('Pejabat yang hadir').fill(officials);
    for (const need of needs) {
      await ed.getByRole('checkbox', { name: need, exact: true }).check();
    }
    await ed.getByTestId('coverage-save').click();
  }

  async edit(title) {
    await this.card(title).getByRole('button', { name: `Ubah liputan ${title}` }).click();
    await this.editor().waitFor();
  }

  photos() {
    return this.editor().getByTestId('photo-item');
  }

  /** Natural widths of the loaded thumbnails in the editor. */
  async thumbWidths() {
    return this.editor().getByTestId('photo-thumb').evaluateAll((imgs) => imgs.map((i) => i.naturalWidth));
  }
}

/** A JPEG of `width`×`height` drawn in the page, as a Buffer. */
export async function makeJpeg(page, width, height) {
  const b64 = await page.evaluate(([w, h]) => {
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    const g = c.getContext('2d');
    const grad = g.createLinearGradient(0, 0, w, h);
    grad.addColorStop(0, '#0b4f8a');
    grad.addColorStop(1, '#f5a623');
    g.fillStyle = grad;
    g.fillRect(0, 0, w, h);
    return c.toDataURL('image/jpeg', 0.9).split(',')[1];
  }, [width, height]);
  return Buffer.from(b64, 'base64');
}
