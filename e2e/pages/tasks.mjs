// Page object for "Tugas saya": the tasks of the member chosen in "Saya".
export class TasksPage {
  constructor(page, server) {
    this.page = page;
    this.server = server;
  }

  async open() {
    await this.page.goto(this.server.url('#/tugas'));
    await this.heading().waitFor();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /^(Tugas saya|My tasks)$/ });
  }

  /** The header's "Saya" select: who uses this device. */
  whoAmI() {
    return this.page.getByLabel(/^(Saya|I am)$/);
  }

  async chooseMe(name) {
    await this.whoAmI().selectOption({ label: name });
  }

  nobody() {
    return this.page.getByTestId('tasks-nobody');
  }

  empty() {
    return this.page.getByTestId('tasks-empty');
  }

  summary() {
    return this.page.getByTestId('tasks-summary');
  }

  days() {
    return this.page.getByTestId('task-days').locator(':scope > li');
  }

  /** The dates (YYYY-MM-DD) of the days listed, in order. */
  async dayDates() {
    return this.days().evaluateAll((lis) => lis.map((li) => li.dataset.date));
  }

  day(date) {
    return this.page.getByTestId('task-days').locator(`:scope > li[data-date="${date}"]`);
  }

  /** The day's heading text, marks included ("Senin, 7 Desember 2026 Hari ini"). */
  async dayHeading(date) {
    return (await this.day(date).getByRole('heading', { level: 2 }).innerText()).replace(/\s+/g, ' ').trim();
  }

  coverageItems(date) {
    return (date ? this.day(date) : this.page).getByTestId('task-coverage');
  }

  postItems(date) {
    return (date ? this.day(date) : this.page).getByTestId('task-post');
  }

  coverageItem(id) {
    return this.page.locator(`[data-testid="task-coverage"][data-coverage-id="${id}"]`);
  }

  postItem(id) {
    return this.page.locator(`[data-testid="task-post"][data-post-id="${id}"]`);
  }

  /** What one coverage item shows, as text. */
  async coverageShown(id) {
    const item = this.coverageItem(id);
    const link = item.getByRole('link');
    const text = async (loc) => ((await loc.count()) ? (await loc.innerText()).trim() : '');
    return {
      href: await link.getAttribute('href'),
      time: await text(item.locator('.task-time')),
      title: await text(item.locator('.task-title')),
      location: await text(item.locator('[data-field="location"]')),
      officials: await text(item.locator('[data-field="officials"]')),
      needs: await item.locator('.need-chip').allInnerTexts(),
      overdue: (await item.getByTestId('task-overdue').count()) > 0,
    };
  }

  /** What one post item shows, as text. */
  async postShown(id) {
    const item = this.postItem(id);
    return {
      time: (await item.locator('.task-time').innerText()).trim(),
      title: (await item.locator('.task-title').innerText()).trim(),
      status: (await item.getByTestId('task-status').innerText()).replace(/^Status:\s*/, '').trim(),
      platforms: ((await item.locator('.platform-icons').getAttribute('aria-label')) || '').split(', ').filter(Boolean),
    };
  }
}
