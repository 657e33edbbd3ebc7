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
