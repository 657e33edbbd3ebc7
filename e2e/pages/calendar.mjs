// Page object for the Kalender page.
import { dragWithMouse } from '../support/harness.mjs';
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

  /** Titles of the posts shown on one day. As text content: the agenda's
   * days below the screen are not drawn yet (`content-visibility`), and a
   * text not drawn has no `innerText`. */
  async titlesOn(date) {
    return this.day(date).getByTestId('post-chip').locator('.chip-title').allTextContents();
  }

  async allTitles() {
    return this.page.getByTestId('post-chip').locator('.chip-title').allTextContents();
  }

  /** Drags a post or card to a day or column, with the mouse. */
  async drag(source, target) {
    await dragWithMouse(this.page, source, target);
  }


  filterChips() {
    return this.page.getByTestId('filter-chips').locator('.chip');
  }
}
