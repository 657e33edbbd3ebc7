// Page object for "Evaluasi": indicators of two periods, charts, best
// times, the top 5 posts, the printable report and the CSV.
export class EvaluationPage {
  constructor(page, server) {
    this.page = page;
    this.server = server;
  }

  /** Opens the page, with the page query (`dari=…&sampai=…`) if given. */
  async open(query = '') {
    await this.page.goto(this.server.url(`#/evaluasi${query ? `?${query}` : ''}`));
    await this.heading().waitFor();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /^(Evaluasi|Evaluation)$/ });
  }

  /** The card of an indicator, by its CSV name (`terbit`, `tepat_waktu`, …). */
  card(slug) {
    return this.page.getByTestId(`ind-${slug}`);
  }

  /** The shown value of an indicator: `now`, `before` or `change`. */
  async value(slug, which = 'now') {
    return (await this.card(slug).getByTestId(which).innerText()).trim();
  }

  chart(id) {
    return this.page.getByTestId(id);
  }

  /** The rows of a chart's table, as [label, value]. */
  async chartTable(id) {
    return this.chart(id).locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.children].map((c) => c.textContent.trim())),
    );
  }

  topPosts() {
    return this.page.getByTestId('top-posts');
  }

  cover() {
    return this.page.getByTestId('eval-cover');
  }

  /** Clicks "Unduh CSV indikator" and returns the file's name and bytes. */
  async downloadCsv() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: /^(Unduh CSV indikator|Download indicators CSV)$/ }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }
}
