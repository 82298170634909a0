import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';

test.describe('beheer: back-up', () => {
  test('an admin downloads a backup and sees the last-backup line update', async ({ page, seed }) => {
    const admin = await seed.user({ name: 'Beheerder Backup', organisation: 'DEFENSIE', globalRole: 'admin' });
    await signIn(page, admin.email);
    await page.getByRole('link', { name: 'Back-up' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Back-up' })).toBeVisible();
    const last = page.getByTestId('backup-last');
    await expect(last).toBeVisible();
    await expect(last).not.toContainText(admin.name);
    await expectAccessible(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back-up downloaden' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^samenwerkingsruimte-.*\.srwbackup\.gz$/);
    const file = await download.path();
    const header = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8').split('\n')[0] ?? '{}') as {
      format?: string;
      tables?: { name: string; rowCount: number }[];
    };
    expect(header.format).toBe('samenwerkingsruimte-backup');
    expect(header.tables?.find((table) => table.name === 'users')?.rowCount).toBeGreaterThan(0);

    await expect(page.getByText(`Back-up opgeslagen als ${download.suggestedFilename()}.`)).toBeVisible();
    await expect(last).toContainText(`gedownload in het beheer door ${admin.name}`);
    await expect(page.getByTestId('backup-overdue')).toHaveCount(0);
  });

  test('a non-admin gets no backup: no menu item, no page, no file', async ({ page, seed }) => {
    const member = await seed.user({ name: 'Lid Zonder Backup', organisation: 'POLITIE', globalRole: 'management' });
    const anonymous = await page.request.get('/api/beheer/backup');
    expect(anonymous.status()).toBe(401);

    await signIn(page, member.email);
    await expect(page.getByRole('link', { name: 'Back-up' })).toHaveCount(0);
    await page.goto('/beheer/back-up');
    await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
    const response = await page.request.get('/api/beheer/backup');
    expect(response.status()).toBe(403);
    expect(response.headers()['content-type']).not.toContain('gzip');
  });
});
