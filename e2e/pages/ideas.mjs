// Page object for the Ide page: the idea board.
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

  /** Drags with the mouse in small steps, as a person does. */
  async drag(source, target) {
    await source.scrollIntoViewIfNeeded();
    const from = await source.boundingBox();
    const to = await target.boundingBox();
    const start = { x: from.x + 10, y: from.y + 8 };
    const end = { x: to.x + to.width / 2, y: to.y + Math.min(20, to.height / 2) };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await this.page.mouse.move(start.x + ((end.x - start.x) * i) / 10, start.y + ((end.y - start.y) * i) / 10);
    }
    await this.page.mouse.up();
  }
}
