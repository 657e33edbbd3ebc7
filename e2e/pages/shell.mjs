// Page object for the frame around every page: navigation and language.
import assert from 'node:assert/strict';

export class Shell {
  constructor(page) {
    this.page = page;
  }

  nav() {
    return this.page.getByRole('navigation');
  }

  link(name) {
    return this.nav().getByRole('link', { name, exact: true });
  }

  async goTo(name) {
    await this.link(name).click();
    await this.heading(name).waitFor();
  }

  heading(name) {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /** The language menu, found by its label in either language. */
  languageSelect() {
    return this.page.getByLabel(/^(Bahasa|Language)$/);
  }

  async chooseLanguage(code) {
    await this.languageSelect().selectOption(code);
  }

  async navLabels() {
    return this.nav().getByRole('link').allInnerTexts();
  }

  async waitUntilLoaded() {
    await this.page.locator('main h1').waitFor();
  }

  async expectCurrent(name) {
    const current = this.nav().locator('a[aria-current="page"]');
    assert.equal((await current.innerText()).trim(), name);
  }
}
