// Page object for the data section of "Evaluasi": the quick-entry table and
// the CSV import panel.
export class MetricsPage {
  constructor(page, server) {
    this.page = page;
    this.server = server;
  }

  async open() {
    await this.page.goto(this.server.url('#/evaluasi'));
    await this.entryHeading().waitFor();
  }

  entryHeading() {
    return this.page.getByRole('heading', { level: 2, name: /^(Isi angka cepat|Quick entry)$/ });
  }

  entry() {
    return this.page.locator('section.metrics-entry');
  }

  async chooseMonth(yyyyMm) {
    await this.entry().getByLabel(/^(Bulan|Month)$/).fill(yyyyMm);
  }

  /** The input of `field` ("Jangkauan", …) in the row of the post titled `title`. */
  cell(field, title) {
    return this.entry().getByRole('textbox', { name: `${field} untuk ${title}`, exact: true });
  }

  rowTitles() {
    return this.entry().locator('tbody th[scope="row"]').allInnerTexts();
  }

  async saveAll() {
    await this.entry().getByRole('button', { name: /^(Simpan semua|Save all)$/ }).click();
  }

  errors() {
    return this.entry().locator('.metric-error:not([hidden])');
  }

  importPanel() {
    return this.page.locator('section.metrics-import');
  }

  async chooseCsv(name, text) {
    await this.page.getByLabel(/^(Berkas CSV|CSV file)$/).setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  counts() {
    return this.importPanel().locator('.metrics-counts');
  }

  previewRows() {
    return this.importPanel().locator('table.metrics-preview tbody tr');
  }

  mappingSelect(label) {
    return this.importPanel().getByLabel(label, { exact: true });
  }

  async apply() {
    await this.importPanel().getByRole('button', { name: /^(Terapkan|Apply)$/ }).click();
    await this.counts().waitFor({ state: 'detached' });
  }

  async cancel() {
    await this.importPanel().getByRole('button', { name: /^(Batal|Cancel)$/ }).click();
    await this.counts().waitFor({ state: 'detached' });
  }
}
