// Page object for "Impor rencana" and "Ekspor rencana".
import { readFile } from 'node:fs/promises';

export class PlanFiles {
  constructor(page) {
    this.page = page;
  }

  /** Chooses a file in the import picker, as a person would. */
  async chooseFile(path) {
    await this.page.getByLabel(/^(Impor rencana|Import plan)$/).setInputFiles(path);
  }

  /** Imports in-memory content as if picked from the device. */
  async chooseContent(name, text) {
    await this.page.getByLabel(/^(Impor rencana|Import plan)$/).setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  dialog() {
    return this.page.locator('dialog[open]');
  }

  preview() {
    return this.page.getByTestId('import-preview');
  }

  error() {
    return this.page.getByTestId('import-error');
  }

  /** The preview's counts for one kind, e.g. { added: 12, updated: 0, ... }. */
  async counts(kind) {
    const cells = await this.preview().locator(`tr[data-kind="${kind}"] td`).allInnerTexts();
    const [added, updated, unchanged, deleted] = cells.map(Number);
    return { added, updated, unchanged, deleted };
  }

  async apply() {
    await this.dialog().getByRole('button', { name: /^(Terapkan|Apply)$/ }).click();
    await this.dialog().waitFor({ state: 'detached' }).catch(() => {});
    await this.page.locator('dialog[open]').waitFor({ state: 'hidden' });
  }

  async close() {
    await this.dialog().getByRole('button', { name: /^(Tutup|Close|Batal|Cancel)$/ }).first().click();
    await this.page.locator('dialog[open]').waitFor({ state: 'hidden' });
  }

  async openExport() {
    await this.page.getByRole('button', { name: /^(Ekspor rencana|Export plan)$/ }).click();
    await this.dialog().waitFor();
  }

  /** Clicks one of the download buttons and returns the file's name and text. */
  async download(buttonName) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.dialog().getByRole('button', { name: buttonName }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }

  /** Exports the whole plan as JSON and returns it parsed. */
  async exportJson() {
    await this.openExport();
    const file = await this.download(/^(Unduh JSON|Download JSON)$/);
    await this.close();
    return { ...file, plan: JSON.parse(file.bytes.toString('utf8')) };
  }
}
