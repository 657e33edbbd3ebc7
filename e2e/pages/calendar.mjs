// Page object for the Kalender page.
export class CalendarPage {
  constructor(page, server) {
    this.page = page;
    this.server = server;
  }

  async open(query = '') {
    await this.page.goto(this.server.url(`#/kalender${query ? `?${query}` : ''}`));
    await this.page.getByRole('heading', { level: 1, name: /^(Kalender|Calendar)$/ }).waitFor();
  }

  /** The cell (month view) or column (week/agenda) of one day. */
  day(date) {
    return this.page.locator(`[data-date="${date}"]`);
  }

  chip(title) {
    return this.page.getByTestId('post-chip').filter({ hasText: title });
  }

  /** Titles of the posts shown on one day. */
  async titlesOn(date) {
    return this.day(date).getByTestId('post-chip').locator('.chip-title').allInnerTexts();
  }

  async allTitles() {
    return this.page.getByTestId('post-chip').locator('.chip-title').allInnerTexts();
  }

  /**
   * Drags with the mouse in small steps, as a person does; Chromium starts
   * an HTML drag only after the pointer has moved while pressed.
   */
  async drag(source, target) {
    await source.scrollIntoViewIfNeeded();
    const from = await source.boundingBox();
    const to = await target.boundingBox();
    const start = { x: from.x + 10, y: from.y + 8 };
    // Aim at the top of the target: a tall day may reach below the window.
    const end = { x: to.x + to.width / 2, y: to.y + Math.min(20, to.height / 2) };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await this.page.mouse.move(start.x + ((end.x - start.x) * i) / 10, start.y + ((end.y - start.y) * i) / 10);
    }
    await this.page.mouse.up();
  }

  filterChips() {
    return this.page.getByTestId('filter-chips').locator('.chip');
  }
}
