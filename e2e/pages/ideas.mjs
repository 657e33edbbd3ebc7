// Page object for the Ide page: the idea board.
import { dragWithMouse } from '../support/harness.mjs';
export class IdeasPage {
  constructor(page, server) {
    this.page = page;
    this.server = server;
  }

  async open(query = '') {
    await this.page.goto(this.server.url(`#/ide${query ? `?${query}` : ''}`));
    await this.page.getByRole('heading', { level: 1, name: /^(Ide|Ideas)$/ }).waitFor();
  }

  captureField() {
    return this.page.getByLabel(/^(Catat ide|Note an idea)$/);
  }

  /** Types a title in "Catat ide" and presses Enter. */
  async capture(title) {
    await this.captureField().fill(title);
    await this.captureField().press('Enter');
  }

  /** The column of a stage key: inbox, shortlist, ready, used, archived. */
  column(stage) {
    return this.page.locator(`[data-testid="stage"][data-stage="${stage}"]`);
  }

  card(title) {
    return this.page.getByTestId('idea').filter({ has: this.page.locator('.idea-title', { hasText: title }) });
  }

  /** One idea card in the column of a stage. */
  cardIn(stage, title) {
    return this.column(stage).getByTestId('idea').filter({ has: this.page.locator('.idea-title', { hasText: title }) });
  }

  /** Titles of the ideas in one stage. */
  async titlesIn(stage) {
    return this.column(stage).getByTestId('idea').locator('.idea-title').allInnerTexts();
  }

  /** Drags a post or card to a day or column, with the mouse. */
  async drag(source, target) {
    await dragWithMouse(this.page, source, target);
  }
}
