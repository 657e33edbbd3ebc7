// Page object for the Pengaturan (Settings) page.
export class SettingsPage {
  constructor(page) {
    this.page = page;
  }

  workspaceName() {
    return this.page.locator('#ws-name');
  }

  byline() {
    return this.page.locator('#ws-byline');
  }

  hashtags() {
    return this.page.locator('#ws-hashtags');
  }

  followers(platformKey) {
    return this.page.locator(`#followers-${platformKey}`);
  }

  async saveWorkspace() {
    await this.page.getByRole('button', { name: /^(Simpan pengaturan|Save settings)$/ }).click();
  }

  pillarRows() {
    return this.page.getByTestId('pillar-row');
  }

  async pillarNames() {
    const inputs = this.pillarRows().locator('.pillar-name input');
    const n = await inputs.count();
    const names = [];
    for (let i = 0; i < n; i++) names.push(await inputs.nth(i).inputValue());
    return names;
  }

  async addPillar(name, color, target) {
    const form = this.page.locator('form.add-pillar');
    await form.getByLabel(/^(Nama pilar|Pillar name)$/).fill(name);
    await form.getByLabel(/^(Warna|Colour)$/).fill(color);
    await form.getByLabel(/^(Target per minggu|Target per week)$/).fill(String(target));
    await form.getByRole('button', { name: /^(Tambah pilar|Add pillar)$/ }).click();
  }
}

/**
 * The caption studio's sections of the settings page: hashtag sets,
 * caption templates and the checks before approval. Labels are matched in
 * either language where a test may switch.
 */
export class CaptionSettings {
  constructor(page) {
    this.page = page;
  }

  hashtagSets() {
    return this.page.getByTestId('hashtag-sets');
  }

  hashtagSetRows() {
    return this.page.getByTestId('hashtag-set-row');
  }

  /** Adds an empty set row with "Tambah set tagar" and returns it. */
  async addHashtagSetRow() {
    await this.hashtagSets().getByRole('button', { name: /^(Tambah set tagar|Add hashtag set)$/ }).click();
    return this.hashtagSetRows().last();
  }

  /** Adds a set as a person types it, then saves the row; returns the row. */
  async addHashtagSet(name, tags) {
    const row = await this.addHashtagSetRow();
    await row.getByLabel(/^(Nama set|Set name)$/).fill(name);
    await row.getByLabel(/^(Tagar|Hashtags)$/).fill(tags);
    await row.getByRole('button', { name: /^(Simpan set tagar baru|Save new hashtag set)$/ }).click();
    return row;
  }

  /** The name input of the stored set `name`. */
  hashtagSetName(name) {
    return this.page.getByLabel(`Nama set tagar ${name}`, { exact: true });
  }

  /** The hashtags input of the stored set `name`. */
  hashtagSetTags(name) {
    return this.page.getByLabel(`Tagar set ${name}`, { exact: true });
  }

  captionTemplates() {
    return this.page.getByTestId('caption-templates');
  }

  templateRows() {
    return this.page.getByTestId('caption-template-row');
  }

  /** Adds one of the office's templates and saves it; returns the row. */
  async addTemplate(name, body) {
    await this.captionTemplates().getByRole('button', { name: /^(Tambah templat|Add template)$/ }).click();
    const row = this.templateRows().last();
    await row.getByLabel(/^(Nama templat|Template name)$/).fill(name);
    await row.getByLabel(/^(Isi templat|Template text)$/).fill(body);
    await row.getByRole('button', { name: /^(Simpan templat baru|Save new template)$/ }).click();
    return row;
  }

  templateName(name) {
    return this.page.getByLabel(`Nama templat ${name}`, { exact: true });
  }

  templateBody(name) {
    return this.page.getByLabel(`Isi templat ${name}`, { exact: true });
  }

  /** The checkbox of one check, by its label. */
  check(label) {
    return this.page.getByTestId('caption-check-settings').getByLabel(label, { exact: true });
  }

  /** The workspace object as stored in IndexedDB. */
  async storedWorkspace() {
    return this.page.evaluate(async () => {
      const db = await new Promise((res, rej) => {
        const r = indexedDB.open('siar');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const entry = await new Promise((res) => {
        const r = db.transaction('workspace').objectStore('workspace').get('workspace');
        r.onsuccess = () => res(r.result);
      });
      db.close();
      return entry?.record;
    });
  }
}
