// Page object for the post editor dialog and its caption studio.
export class PostEditor {
  constructor(page) {
    this.page = page;
    this.root = page.getByTestId('post-editor');
  }

  async waitOpen() {
    await this.root.waitFor();
  }

  caption() {
    return this.page.locator('#post-caption');
  }

  hashtags() {
    return this.page.locator('#post-hashtags');
  }

  /** The counter of one platform and measure (`caption`, `title`, `hashtags`, …). */
  meter(platform, measure = 'caption') {
    return this.root.locator(`.meter-row[data-platform="${platform}"] [data-measure="${measure}"]`);
  }

  readiness() {
    return this.root.getByTestId('caption-readiness');
  }

  check(key) {
    return this.root.locator(`[data-testid="caption-checks"] [data-check="${key}"]`);
  }

  preview(platform) {
    return this.root.locator(`.caption-preview[data-platform="${platform}"]`);
  }

  status() {
    return this.root.getByTestId('post-status');
  }

  workflowError() {
    return this.root.getByTestId('workflow-error');
  }

  async chooseTemplate(name) {
    await this.page.getByLabel('Templat keterangan').selectOption({ label: name });
    await this.root.getByTestId('template-show').click();
    await this.root.getByTestId('template-result').waitFor();
  }

  async save() {
    await this.root.getByTestId('post-save').click();
    await this.root.waitFor({ state: 'hidden' });
  }
}
