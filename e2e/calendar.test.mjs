// End-to-end tests of the calendar: views, moving posts by dragging and by
// keyboard, filters in the address, special days, open slots, gaps and
// printing.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { PlanFiles } from './pages/plan_files.mjs';
import { CalendarPage } from './pages/calendar.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = resolve(here, '../../shared/fixtures/plan-bengkayang-2026-12.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

describe('calendar', () => {
  let browser, page, errors, cal;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
    cal = new CalendarPage(page, server);
    await cal.open();
    const files = new PlanFiles(page);
    await files.chooseFile(FIXTURE);
    await files.preview().waitFor();
    await files.apply();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('month, week and agenda views of December 2026, weeks starting on Monday', async () => {
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    await page.getByRole('heading', { name: 'Desember 2026' }).waitFor();
    const heads = await page.locator('.weekday-head').allInnerTexts();
    assert.deepEqual(heads, ['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min']);
    // December 2026 starts on a Tuesday: the grid starts on Monday 30 November.
    assert.equal(await page.locator('.day-cell').first().getAttribute('data-date'), '2026-11-30');
    assert.deepEqual(
      (await cal.titlesOn('2026-12-02')).sort(),
      fixture.posts.filter((p) => p.date === '2026-12-02' && !p.deleted).map((p) => p.title).sort().slice(0, 3),
    );
    // Special days from the built-in set and the workspace.
    await cal.day('2026-12-25').getByText('Hari Raya Natal').first().waitFor();
    await cal.day('2026-12-22').getByText('Hari Ibu').first().waitFor();

    await page.getByRole('button', { name: 'Minggu', exact: true }).click();
    await page.getByRole('heading', { name: '30 November – 6 Desember 2026' }).waitFor();
    await page.getByRole('button', { name: 'Berikutnya' }).click();
    await page.getByRole('heading', { name: '7–13 Desember 2026' }).waitFor();
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await page.getByTestId('agenda').waitFor();
    assert.deepEqual(errors, []);
  });

  test('a post is moved by dragging and by keyboard, keeping its time', async () => {
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    const title = 'Capaian vaksinasi anak';
    const original = fixture.posts.find((p) => p.title === title && p.date === '2026-12-02');
    await cal.day('2026-12-02').getByText(title).waitFor();

    await cal.drag(cal.day('2026-12-02').getByTestId('post-chip').filter({ hasText: title }), cal.day('2026-12-10'));
    await cal.day('2026-12-10').getByText(title).waitFor();
    assert.ok(!(await cal.titlesOn('2026-12-02')).includes(title));

    // Keyboard: the move button, a date, Enter.
    const move = cal.day('2026-12-10').getByRole('button', { name: `Pindahkan ${title} ke…` });
    await move.focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Tanggal baru').fill('2026-12-14');
    await page.keyboard.press('Enter');
    await cal.day('2026-12-14').getByText(title).waitFor();

    // Stored with the same time of day.
    await page.reload();
    await cal.day('2026-12-14').getByText(title).waitFor();
    const files = new PlanFiles(page);
    const { plan } = await files.exportJson();
    const moved = plan.posts.find((p) => p.id === original.id);
    assert.equal(moved.date, '2026-12-14');
    assert.equal(moved.time, original.time);
    assert.ok(moved.updated_at > original.updated_at);
    assert.deepEqual(errors, []);
  });

  test('filters combine, show as chips, and live in a shareable address', async () => {
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    await page.getByLabel('Platform', { exact: true }).selectOption('facebook');
    await page.getByLabel('Status', { exact: true }).selectOption('published');
    await cal.filterChips().filter({ hasText: 'Facebook' }).waitFor();
    await cal.filterChips().filter({ hasText: 'Terbit' }).waitFor();
    assert.match(page.url(), /platform=facebook/);
    assert.match(page.url(), /status=published/);
    const expected = fixture.posts
      .filter((p) => !p.deleted && p.platforms.includes('facebook') && p.status === 'published')
      .filter((p) => p.date >= '2026-11-30' && p.date <= '2027-01-10');
    const shown = await page.getByTestId('post-chip').count();
    const hidden = await page.locator('.more-posts').count();
    assert.ok(shown <= expected.length && shown + hidden >= 1, `${shown} shown, ${expected.length} expected`);

    // The same address in a new tab shows the same filters.
    const other = await browser.context.newPage();
    await other.goto(page.url());
    await new CalendarPage(other, server).filterChips().filter({ hasText: 'Facebook' }).waitFor();
    await other.close();

    // Text search, then removing a chip by keyboard.
    await page.getByLabel('Cari judul, keterangan, tagar').fill('KTP');
    await page.keyboard.press('Enter');
    await page.waitForURL(/cari=KTP/);
    const titles = await cal.allTitles();
    assert.ok(titles.every((t) => t.includes('KTP')), titles.join(' | '));
    await page.getByRole('button', { name: 'Hapus filter Facebook' }).press('Enter');
    await page.waitForURL((u) => !u.toString().includes('platform=facebook'));
    await page.getByRole('button', { name: 'Hapus semua filter' }).click();
    assert.equal(await cal.filterChips().count(), 0);
    assert.deepEqual(errors, []);
  });

  test('empty slots of the schedule show as placeholders; the consistency panel counts', async () => {
    // The fixture's slots recur weekly; show a week far enough ahead that
    // no post fills them yet.
    await cal.open('tampilan=minggu&tanggal=2027-03-01');
    const slots = page.getByTestId('open-slot');
    assert.ok((await slots.count()) >= fixture.slots.length - 1, `${await slots.count()} open slots`);
    await page.getByTestId('consistency').getByText('Kegiatan Pimpinan').first().waitFor();
  });

  test('saving a post redraws its own chip only, and keyboard focus comes back to it', async () => {
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    const chips = cal.day('2026-12-05').getByTestId('post-chip');
    await chips.first().waitFor();
    // Mark the chips drawn now: a chip drawn anew loses the mark.
    await chips.evaluateAll((els) => els.forEach((e) => { e.drawnBefore = true; }));
    await cal.chip('Pendaftaran BPJS Kesehatan untuk warga').locator('.chip-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('post-editor').waitFor();
    await page.locator('#post-title').fill('Pendaftaran BPJS Kesehatan, diperbarui');
    await page.getByTestId('post-save').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('post-editor').waitFor({ state: 'hidden' });
    await cal.chip('Pendaftaran BPJS Kesehatan, diperbarui').waitFor();
    const drawn = await chips.evaluateAll((els) => els.map((e) => [e.querySelector('.chip-title').textContent, e.drawnBefore === true]));
    assert.deepEqual(drawn.sort(), [
      ['Pendaftaran BPJS Kesehatan, diperbarui', false],
      ['Ucapan Selamat Natal', true],
      ['[HOAKS] Foto banjir yang salah konteks', true],
    ]);
    await page.waitForFunction(() =>
      document.activeElement?.matches('.chip-open') &&
      document.activeElement.textContent.includes('Pendaftaran BPJS Kesehatan, diperbarui'));
    assert.deepEqual(errors, []);
  });

  test('the post editor acts as a modal: focus stays in it, the page behind takes no clicks, Escape closes', async () => {
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    const chip = cal.day('2026-12-05').getByTestId('post-chip').filter({ hasText: 'Ucapan Selamat Natal' });
    const opener = chip.locator('.chip-open');
    await opener.focus();
    await page.keyboard.press('Enter');
    const editor = page.getByTestId('post-editor');
    await editor.waitFor();
    assert.equal(await editor.getAttribute('aria-modal'), 'true');
    await page.waitForFunction(() => document.activeElement?.id === 'post-title');
    const inEditor = () => page.evaluate(() =>
      document.querySelector('[data-testid="post-editor"]').contains(document.activeElement));
    // Shift+Tab from the first control wraps to the last, Tab back to the first.
    await page.evaluate(() => {
      const first = [...document.querySelectorAll('[data-testid="post-editor"] button, [data-testid="post-editor"] input, [data-testid="post-editor"] select, [data-testid="post-editor"] textarea, [data-testid="post-editor"] summary, [data-testid="post-editor"] a[href]')]
        .find((e) => !e.disabled && e.offsetParent);
      first.focus();
    });
    await page.keyboard.press('Shift+Tab');
    assert.ok(await inEditor(), 'Shift+Tab from the first control stays in the editor');
    await page.keyboard.press('Tab');
    assert.ok(await inEditor(), 'Tab from the last control stays in the editor');
    // Thirty more Tabs never leave it.
    for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
    assert.ok(await inEditor(), 'Tab keeps cycling inside the editor');
    // A click on the dimmed page does nothing: the chip behind is covered.
    const box = await cal.day('2026-12-05').getByTestId('post-chip').filter({ hasText: '[HOAKS]' }).boundingBox();
    await page.mouse.click(box.x + 2, box.y + 2);
    assert.ok(await editor.isVisible(), 'the editor stays open');
    assert.ok(await inEditor(), 'focus stays in the editor');
    assert.equal(await page.locator('#post-title').inputValue(), 'Ucapan Selamat Natal');
    // Escape on an unchanged post closes it, and focus goes back to its chip.
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden' });
    assert.ok(await page.getByTestId('post-editor').evaluate((d) => !d.open));
    await page.waitForFunction(() =>
      document.activeElement?.matches('.chip-open') && document.activeElement.textContent.includes('Ucapan Selamat Natal'));
    // Escape after a change asks first, and keeps the text.
    await page.keyboard.press('Enter');
    await editor.waitFor();
    await page.locator('#post-title').fill('Ucapan Selamat Natal 2026');
    await page.keyboard.press('Escape');
    await editor.getByRole('button', { name: 'Lanjutkan menyunting' }).click();
    assert.equal(await page.locator('#post-title').inputValue(), 'Ucapan Selamat Natal 2026');
    await page.keyboard.press('Escape');
    await editor.getByRole('button', { name: 'Tutup tanpa menyimpan' }).click();
    await editor.waitFor({ state: 'hidden' });
    await chip.waitFor();
    assert.deepEqual(errors, []);
  });

  test('a post is created on a day, then the empty title is refused next to the field', async () => {
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    await page.getByRole('button', { name: 'Tambah konten pada Rabu, 9 Desember 2026' }).click();
    const editor = page.getByTestId('post-editor');
    await editor.waitFor();
    assert.equal(await page.locator('#post-date').inputValue(), '2026-12-09');
    await editor.getByTestId('post-save').click();
    await editor.locator('#post-title-error').getByText(/wajib|kosong/i).waitFor();
    await page.locator('#post-title').fill('Sosialisasi pajak kendaraan keliling');
    await page.locator('#post-time').fill('10:30');
    await editor.getByLabel('Facebook').check();
    await editor.getByTestId('post-save').click();
    await cal.day('2026-12-09').getByText('Sosialisasi pajak kendaraan keliling').waitFor();
    await page.reload();
    await cal.day('2026-12-09').getByText('Sosialisasi pajak kendaraan keliling').waitFor();
    assert.deepEqual(errors, []);
  });

  test('a post is made from an empty slot in one click', async () => {
    await cal.open('tampilan=minggu&tanggal=2027-03-01');
    const slot = page.getByTestId('open-slot').first();
    await slot.waitFor();
    const before = await page.getByTestId('open-slot').count();
    const date = await slot.locator('xpath=ancestor::*[@data-date][1]').getAttribute('data-date');
    await slot.click();
    await page.getByTestId('post-editor').waitFor();
    assert.equal(await page.locator('#post-date').inputValue(), date);
    assert.notEqual(await page.locator('#post-time').inputValue(), '');
    await page.locator('#post-title').fill('Agenda Bupati pekan ini');
    await page.getByTestId('post-save').click();
    await cal.day(date).getByText('Agenda Bupati pekan ini').waitFor();
    assert.equal(await page.getByTestId('open-slot').count(), before - 1);
  });

  test('a reviewer approves; a changed caption drops the approval back to review', async () => {
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    const title = 'Capaian vaksinasi anak';
    await cal.day('2026-12-02').getByRole('button', { name: new RegExp(title) }).first().click();
    const editor = page.getByTestId('post-editor');
    await editor.waitFor();
    assert.equal(await editor.getByTestId('post-status').innerText(), 'Ditinjau');
    // Nobody chosen: no approval offered.
    assert.equal(await editor.getByTestId('post-approve').count(), 0);
    await editor.getByRole('button', { name: 'Batal', exact: true }).click();
    await editor.waitFor({ state: 'hidden' });

    await page.getByLabel('Saya').selectOption({ label: 'Kepala Bidang IKP' });
    await cal.day('2026-12-02').getByRole('button', { name: new RegExp(title) }).first().click();
    await editor.getByTestId('post-approve').click();
    await editor.getByTestId('post-status').getByText('Disetujui').waitFor();
    await editor.getByTestId('post-approval').getByText(/Kepala Bidang IKP/).waitFor();

    await page.locator('#post-caption').fill('Keterangan yang diubah setelah disetujui.');
    await editor.getByTestId('post-save').click();
    await editor.waitFor({ state: 'hidden' });
    await cal.day('2026-12-02').getByRole('button', { name: new RegExp(title) }).first().click();
    await editor.getByTestId('approval-out-of-date').waitFor();
    assert.equal(await editor.getByTestId('post-status').innerText(), 'Ditinjau');
  });

  test('every view fits a 360 px wide phone, opening on the agenda', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await cal.open('tanggal=2026-12-01');
    await page.getByTestId('agenda').waitFor();
    for (const q of ['tanggal=2026-12-01', 'tampilan=bulan&tanggal=2026-12-01', 'tampilan=minggu&tanggal=2026-12-01']) {
      await cal.open(q);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${q} scrolls sideways by ${overflow}px`);
    }
  });

  test('the agenda draws the days below the screen when they are reached, by keyboard too', async () => {
    // 22 days of posts: at 360 px the last ones are more than two screens down.
    await page.setViewportSize({ width: 360, height: 740 });
    await cal.open('tanggal=2026-12-01');
    const days = page.locator('.agenda-day');
    await days.first().waitFor();
    const last = days.last();
    const drawn = (day) =>
      day.locator('.post-chip').first().evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
    assert.equal(await drawn(days.first()), true);
    assert.equal(await drawn(last), false, 'the last day is drawn before it is reached');
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const estimated = await height();

    // Tab from the day before reaches the last day's first post, which is
    // then drawn, and Enter opens it.
    const title = await last.locator('.chip-title').first().textContent();
    await days.nth((await days.count()) - 2).locator('.chip-move').last().focus();
    await page.keyboard.press('Tab');
    const first = last.locator('.chip-open').first();
    assert.ok(await first.evaluate((el) => el === document.activeElement), 'Tab reaches the last day');
    await page.waitForFunction(
      () => document.querySelector('.agenda-day:last-child .post-chip').checkVisibility({ contentVisibilityAuto: true }),
    );
    await page.keyboard.press('Enter');
    await page.getByTestId('post-editor').waitFor();
    assert.equal(await page.locator('#post-title').inputValue(), title);
    await page.keyboard.press('Escape');
    await page.getByTestId('post-editor').waitFor({ state: 'hidden' });

    // The days not yet drawn were given the height they have once drawn:
    // the page does not shrink or grow as it is scrolled through.
    for (let y = 0; y < estimated; y += 600) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    }
    assert.ok(await page.evaluate(() => window.scrollY > 0));
    assert.ok(Math.abs((await height()) - estimated) <= 4, `${estimated} px before, ${await height()} px drawn`);
  });

  test('the month view prints on one page', async () => {
    await cal.open('tampilan=bulan&tanggal=2026-12-01');
    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-title').waitFor();
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, `printed on ${pages} pages`);
    assert.ok(await page.getByText('Diskominfo Kabupaten Bengkayang — Desember 2026').isVisible());
  });
});
