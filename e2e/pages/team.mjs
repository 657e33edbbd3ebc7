// Page object for the Tim (Team) page.
export class TeamPage {
  constructor(page) {
    this.page = page;
  }

  nameInput() {
    return this.page.locator('#new-member-name');
  }

  async addMember(name, roleValue = 'editor') {
    await this.nameInput().fill(name);
    await this.page.locator('#new-member-role').selectOption(roleValue);
    await this.page.getByRole('button', { name: /^(Tambah anggota|Add member)$/ }).click();
  }

  rows() {
    return this.page.getByTestId('member-row');
  }

  /** The row whose name field holds exactly `name`. */
  row(name) {
    return this.page.getByTestId('member-row').filter({
      has: this.page.locator(`input[type="text"]`),
    }).filter({ has: this.page.getByLabel(new RegExp(`^(Nama|Name of) ${escape(name)}$`)) });
  }

  async memberNames() {
    const inputs = this.rows().locator('input[type="text"]');
    const n = await inputs.count();
    const names = [];
    for (let i = 0; i < n; i++) names.push(await inputs.nth(i).inputValue());
    return names;
  }

  nameError() {
    return this.page.locator('#new-member-name-error');
  }
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
