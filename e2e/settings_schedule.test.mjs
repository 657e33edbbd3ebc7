// End-to-end tests of the Pengaturan page's "Hari khusus" and "Jadwal
// rutin" editors: what is added is stored, refused input is told next to
// its field and stores nothing, and the calendar shows both.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { launchBrowser, startStaticServer, watchErrors } from './support/harness.mjs';
import { Shell } from './pages/shell.mjs';
import { CalendarPage } from './pages/calendar.mjs';

const DAY_NAME = 'Hari Jadi Kabupaten Bengkayang';
// Every Wednesday at 10:00; "Rabu 10.00" names the slot in Indonesian.
const SLOT = 'Rabu 10.00';
// April 2027 is in the future, so its empty slots are shown; its
// Wednesdays are the 7th, 14th, 21st and 28th.
const APRIL_2027 = 'tampilan=bulan&tanggal=2027-04-01';
const WEDNESDAYS = ['2027-04-07', '2027-04-14', '2027-04-21', '2027-04-28'];

/** The two editors of the settings page, found as a person finds them. */
class ScheduleSettings {
  constructor(page) {
    this.page = page;
  }

  addDayForm() {
    return this.page.getByTestId('add-special-day');
  }

  dayRows() {
    return this.page.getByTestId('special-day-row');
  }

  async addSpecialDay({ name, day, month, year = '', kind }) {
    const form = this.addDayForm();
    await form.getByLabel('Nama hari khusus', { exact: true }).fill(name);
    await form.getByLabel('Tanggal', { exact: true }).selectOption(day);
    await form.getByLabel('Bulan', { exact: true }).selectOption(month);
    await form.getByLabel('Tahun', { exact: true }).fill(year);
    if (kind) await form.getByLabel('Jenis', { exact: true }).selectOption(kind);
    await form.getByRole('button', { name: 'Tambah hari khusus' }).click();
  }

  addSlotForm() {
    return this.page.getByTestId('add-slot');
  }

  slotRows() {
    return this.page.getByTestId('slot-row');
  }

  async addSlot({ weekday, time, platforms = [], pillar, format }) {
    const form = this.addSlotForm();
    await form.getByLabel('Hari', { exact: true }).selectOption(weekday);
    await form.getByLabel(/^Jam \(/).fill(time);
    for (const p of platforms) await form.getByLabel(p, { exact: true }).check();
    if (pillar) await form.getByLabel('Pilar konten', { exact: true }).selectOption(pillar);
    if (format) await form.getByLabel('Format', { exact: true }).selectOption(format);
    await form.getByRole('button', { name: 'Tambah jadwal' }).click();
  }

  /** The records of one IndexedDB store, as stored. */
  async stored(store) {
    return this.page.evaluate(async (name) => {
      const db = await new Promise((res, rej) => {
        const r = indexedDB.open('siar');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const all = await new Promise((res) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => res(r.result);
      });
      db.close();
      return all.map((e) => e.record);
    }, store);
  }
}

let server;
before(async () => {
  server = await startStaticServer();
});
after(async () => {
  await server?.stop();
});

describe('special days and posting slots on Pengaturan', () => {
  let browser, page, errors, shell, settings;
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = watchErrors(page);
    shell = new Shell(page);
    settings = new ScheduleSettings(page);
    await page.goto(server.url('#/pengaturan'));
    await shell.heading('Pengaturan').waitFor();
  });
  afterEach(async () => {
    await browser.close();
  });

  test('a special day and a slot are kept after a reload and show in the calendar; a deleted slot goes', async () => {
    await page.getByText('Belum ada hari khusus daerah.').waitFor();
    await page.getByText('Libur nasional dan hari peringatan nasional sudah ada di kalender').waitFor();
    await settings.addSpecialDay({ name: `  ${DAY_NAME} `, day: '27', month: '4' });
    await page.getByText(`Hari khusus ${DAY_NAME} ditambahkan.`).waitFor();
    assert.equal(await settings.addDayForm().getByLabel('Nama hari khusus', { exact: true }).inputValue(), '');

    await page.getByText('Belum ada jadwal rutin.').waitFor();
    await settings.addSlot({
      weekday: '3',
      time: '10:00',
      platforms: ['Instagram', 'Facebook'],
      pillar: 'pillar-kegiatan-pimpinan',
      format: 'carousel',
    });
    await page.getByText(`Jadwal ${SLOT} ditambahkan.`).waitFor();

    await page.reload();
    await shell.heading('Pengaturan').waitFor();
    assert.equal(await settings.dayRows().count(), 1);
    assert.equal(await page.getByLabel(`Nama hari khusus ${DAY_NAME}`).inputValue(), DAY_NAME, 'the name is trimmed');
    assert.equal(await page.getByLabel(`Tanggal ${DAY_NAME}`).inputValue(), '27');
    assert.equal(await page.getByLabel(`Bulan ${DAY_NAME}`).inputValue(), '4');
    assert.equal(await page.getByLabel(`Tahun ${DAY_NAME}`).inputValue(), '', 'every year');
    assert.equal(await page.getByLabel(`Jenis ${DAY_NAME}`).inputValue(), 'local');

    assert.equal(await settings.slotRows().count(), 1);
    assert.equal(await page.getByLabel(`Hari jadwal ${SLOT}`).inputValue(), '3');
    assert.equal(await page.getByLabel(`Jam (WIB) jadwal ${SLOT}`).inputValue(), '10:00');
    assert.ok(await page.getByLabel(`Instagram, jadwal ${SLOT}`).isChecked());
    assert.ok(await page.getByLabel(`Facebook, jadwal ${SLOT}`).isChecked());
    assert.ok(!(await page.getByLabel(`TikTok, jadwal ${SLOT}`).isChecked()));
    assert.equal(await page.getByLabel(`Pilar konten jadwal ${SLOT}`).inputValue(), 'pillar-kegiatan-pimpinan');
    assert.equal(await page.getByLabel(`Format jadwal ${SLOT}`).inputValue(), 'carousel');

    // What is stored is what the plan format says.
    const [day] = await settings.stored('special_days');
    assert.deepEqual([day.date, day.name, day.kind, day.deleted], ['04-27', DAY_NAME, 'local', false]);
    const [slot] = await settings.stored('slots');
    assert.deepEqual(
      [slot.weekday, slot.time, slot.platforms, slot.pillar_id, slot.format],
      [3, '10:00', ['instagram', 'facebook'], 'pillar-kegiatan-pimpinan', 'carousel'],
    );

    const cal = new CalendarPage(page, server);
    await cal.open(APRIL_2027);
    await cal.day('2027-04-27').getByText(DAY_NAME).waitFor();
    for (const date of WEDNESDAYS) {
      await cal.day(date).getByTestId('open-slot').waitFor();
    }
    assert.match(await cal.day('2027-04-14').getByTestId('open-slot').getAttribute('aria-label'), /10\.00 Kegiatan Pimpinan/);
    assert.equal(await cal.day('2027-04-15').getByTestId('open-slot').count(), 0, 'only on Wednesdays');

    // Deleting asks once, then the placeholders go.
    await shell.goTo('Pengaturan');
    await page.getByRole('button', { name: `Hapus jadwal ${SLOT}` }).click();
    await page.getByText(`Hapus jadwal ${SLOT}? Konten yang sudah dibuat tetap ada.`).waitFor();
    await page.getByRole('group').filter({ hasText: `Hapus jadwal ${SLOT}?` }).getByRole('button', { name: 'Hapus', exact: true }).click();
    await page.getByText(`Jadwal ${SLOT} dihapus.`).waitFor();
    await page.getByText('Belum ada jadwal rutin.').waitFor();
    const [tombstone] = await settings.stored('slots');
    assert.equal(tombstone.deleted, true, 'a deletion is a tombstone');

    await cal.open(APRIL_2027);
    await cal.day('2027-04-27').getByText(DAY_NAME).waitFor();
    assert.equal(await page.getByTestId('open-slot').count(), 0);
    assert.deepEqual(errors, []);
  });

  test('an impossible date and a slot without a platform are refused next to the field; nothing is stored', async () => {
    const form = settings.addDayForm();
    const error = page.locator('#new-special-day-date-error');
    await settings.addSpecialDay({ name: DAY_NAME, day: '31', month: '4' });
    await error.getByText('Tanggal ini tidak ada di kalender').waitFor();
    assert.equal(await error.getAttribute('role'), 'alert');
    assert.equal(await form.getByLabel('Tanggal', { exact: true }).getAttribute('aria-invalid'), 'true');
    assert.match(await form.getByLabel('Bulan', { exact: true }).getAttribute('aria-describedby'), /new-special-day-date-error/);
    assert.equal(await form.getByLabel('Nama hari khusus', { exact: true }).inputValue(), DAY_NAME, 'what was typed is kept');

    // 29 February only in a leap year; a year is four digits.
    await settings.addSpecialDay({ name: DAY_NAME, day: '29', month: '2', year: '2027' });
    await error.getByText('Tanggal ini tidak ada di kalender').waitFor();
    await settings.addSpecialDay({ name: DAY_NAME, day: '27', month: '4', year: '27' });
    await error.getByText('Tulis tahun dengan empat angka').waitFor();
    await settings.addSpecialDay({ name: '   ', day: '', month: '' });
    await page.locator('#new-special-day-name-error').getByText('Nama wajib diisi.').waitFor();
    await error.getByText('Pilih tanggal dan bulan.').waitFor();
    assert.equal(await settings.dayRows().count(), 0);

    const slotForm = settings.addSlotForm();
    const platformError = page.locator('#new-slot-platforms-error');
    await settings.addSlot({ weekday: '1', time: '09:00' });
    await platformError.getByText('Pilih paling sedikit satu platform.').waitFor();
    assert.equal(await slotForm.getByLabel('Instagram', { exact: true }).getAttribute('aria-invalid'), 'true');
    assert.equal(await slotForm.getByLabel(/^Jam \(/).inputValue(), '09:00', 'what was typed is kept');
    assert.equal(await page.locator('#new-slot-time-error').isHidden(), true);
    await settings.addSlot({ weekday: '1', time: '', platforms: ['Instagram'] });
    await page.locator('#new-slot-time-error').getByText('Isi jam, misalnya 09.00.').waitFor();
    assert.equal(await platformError.isHidden(), true, 'the platform is chosen now');
    assert.equal(await settings.slotRows().count(), 0);

    // In English, the same refusal in English.
    await shell.chooseLanguage('en');
    await slotForm.getByRole('button', { name: 'Add slot' }).click();
    await page.locator('#new-slot-time-error').getByText('Enter a time, such as 09:00.').waitFor();
    await shell.chooseLanguage('id');

    assert.deepEqual(await settings.stored('special_days'), []);
    assert.deepEqual(await settings.stored('slots'), []);
    await page.reload();
    await shell.heading('Pengaturan').waitFor();
    assert.equal(await settings.dayRows().count(), 0);
    assert.equal(await settings.slotRows().count(), 0);
    assert.deepEqual(errors, []);
  });

  test('rows are edited in place, by keyboard, every control is named, and the page fits a phone', async () => {
    await settings.addSpecialDay({ name: 'Hari Ulang Tahun Dinas', day: '10', month: '3', year: '2027', kind: 'observance' });
    await page.getByText('Hari khusus Hari Ulang Tahun Dinas ditambahkan.').waitFor();
    await settings.addSpecialDay({ name: DAY_NAME, day: '27', month: '4' });
    await page.getByLabel(`Nama hari khusus ${DAY_NAME}`).waitFor();
    await settings.addSlot({ weekday: '5', time: '15:30', platforms: ['TikTok'] });
    await page.getByLabel('Hari jadwal Jumat 15.30').waitFor();
    await settings.addSlot({ weekday: '1', time: '09:00', platforms: ['Instagram'] });
    await page.getByLabel('Hari jadwal Senin 09.00').waitFor();

    // Sorted by date (month and day), and by weekday then time.
    const dayNames = await settings.dayRows().locator('.sd-name input').evaluateAll((es) => es.map((e) => e.value));
    assert.deepEqual(dayNames, ['Hari Ulang Tahun Dinas', DAY_NAME]);
    const slotDays = await settings.slotRows().locator('.slot-weekday select').evaluateAll((es) => es.map((e) => e.value));
    assert.deepEqual(slotDays, ['1', '5']);

    // Keyboard only: rename a day and save it with Enter.
    const name = page.getByLabel('Nama hari khusus Hari Ulang Tahun Dinas');
    await name.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('HUT Diskominfo Bengkayang');
    await page.keyboard.press('Enter');
    await page.getByText('Hari khusus HUT Diskominfo Bengkayang disimpan.').waitFor();
    await page.getByLabel('Nama hari khusus HUT Diskominfo Bengkayang').waitFor();
    // A row refuses what the add form refuses, next to its own field.
    await page.getByLabel('Bulan HUT Diskominfo Bengkayang').selectOption('2');
    await page.getByLabel('Tanggal HUT Diskominfo Bengkayang').selectOption('30');
    await page.getByRole('button', { name: 'Simpan HUT Diskominfo Bengkayang' }).click();
    const rowError = settings.dayRows().first().locator('.field-error').filter({ hasText: 'Tanggal ini tidak ada' });
    await rowError.waitFor();

    // Move the Friday slot to Tuesday by keyboard; delete it by keyboard.
    const weekday = page.getByLabel('Hari jadwal Jumat 15.30');
    await weekday.selectOption('2');
    await page.getByRole('button', { name: 'Simpan jadwal Jumat 15.30' }).press('Enter');
    await page.getByText('Jadwal Selasa 15.30 disimpan.').waitFor();
    await page.getByRole('button', { name: 'Hapus jadwal Selasa 15.30' }).press('Enter');
    const confirm = page.getByRole('group').filter({ hasText: 'Hapus jadwal Selasa 15.30?' });
    await confirm.getByRole('button', { name: 'Hapus', exact: true }).press('Enter');
    await page.getByText('Jadwal Selasa 15.30 dihapus.').waitFor();
    assert.equal(await settings.slotRows().count(), 1);

    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="special-days"], [data-testid="slots"]')]
        .flatMap((section) => [...section.querySelectorAll('input, select, button')])
        .filter((el) => {
          const labelled = el.labels && el.labels.length > 0;
          const aria = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
          const text = el.tagName === 'BUTTON' ? el.textContent.trim() : '';
          return !labelled && !aria && !text;
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    assert.deepEqual(unnamed, []);

    await page.setViewportSize({ width: 360, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the settings page scrolls sideways by ${overflow}px`);
    for (const section of ['special-days', 'slots']) {
      const box = await page.getByTestId(section).boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= 360, `${section} fits: ${JSON.stringify(box)}`);
    }
    assert.deepEqual(errors, []);
  });
});
