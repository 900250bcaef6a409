import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks an option in an Ant Design Select or TreeSelect by its visible title. The pop-up animates
 * in and out, and a click during the animation can be lost, so the pick is retried until the field
 * shows the chosen value.
 */
export async function pickOption(page: Page, form: Locator, label: string, option: string) {
  const field = form.getByRole('combobox', { name: label });
  // `has` is matched inside each candidate, so it must not start from the form.
  const select = form.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: label }) });
  await expect(async () => {
    if (!(await select.textContent())?.includes(option)) {
      await field.click({ force: true });
      await page
        .locator('.ant-select-dropdown')
        .getByTitle(option, { exact: true })
        .click({ timeout: 2_000 });
    }
    await expect(select).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
