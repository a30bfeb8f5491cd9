import fs from 'node:fs';
import Papa from 'papaparse';
import { expect, openApp, screenshot, test } from './fixtures';

test('handle two contacts, close the shift, export it and read the file back', async ({ page, server }) => {
  page.on('dialog', (d) => void d.accept());
  await openApp(page, server);
  await expect(page.getByTestId('agent-name-hint')).toBeVisible();
  await page.keyboard.press('Control+,');
  await page.getByLabel('担当者名').fill('佐藤');
  await page.getByRole('button', { name: '保存' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('agent-name-hint')).toHaveCount(0);

  // Contact 1: angry, escalated, with a phone number in the note (masked in the log).
  await page.getByTestId('note').fill('商品が届かないんだけど！3回目だぞ！上司を出せ。090-1234-5678に電話しろ');
  await expect(page.getByTestId('gauge')).toHaveAttribute('data-level', '4');
  await expect(page.getByTestId('call-timer')).not.toHaveText(/–/);
  await page.getByTestId('case-number').fill('C-2026-0001');
  await page.getByTestId('customer-name').fill('山田 太郎');
  await page.getByTestId('next-steps').fill('SVから本日中に折り返し');
  await page.getByTestId('outcome').selectOption('escalated');
  await page.getByTestId('name-given').check();
  await screenshot(page, '30-call-panel');
  await page.keyboard.press('Alt+f');
  await expect(page.locator('.notice')).toContainText('記録しました');
  await expect(page.getByTestId('note')).toHaveValue('');
  await expect(page.getByTestId('case-number')).toHaveValue('');

  // Contact 2: calm inquiry, finished with nothing filled in: logged anyway, with what is missing.
  await page.getByTestId('note').fill('ポイントの有効期限を教えてください。');
  await expect(page.getByTestId('gauge')).toHaveAttribute('data-level', '0');
  await page.getByTestId('finish').click();
  await expect(page.locator('.notice')).toContainText('未確認');

  await page.keyboard.press('Alt+g');
  await expect(page.getByTestId('entry')).toHaveCount(2);
  await expect(page.getByTestId('summary-count')).toHaveText('2');
  await screenshot(page, '31-log-summary');

  // Edit: the second one needs a follow-up after all.
  await page.getByTestId('entry').nth(1).locator('.entry-row').click();
  await page.getByTestId('edit-outcome').selectOption('follow_up');
  await page.getByTestId('entry-save').click();
  await expect(page.getByTestId('entry').nth(1)).toContainText('要フォロー');

  await page.getByTestId('close-shift').click();
  await expect(page.getByTestId('entry')).toHaveCount(0);
  const past = page.getByTestId('shift-select').locator('option').nth(1);
  await page.getByTestId('shift-select').selectOption((await past.getAttribute('value'))!);
  await expect(page.getByTestId('entry')).toHaveCount(2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const file = await download.path();
  const csv = fs.readFileSync(file, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('\r\n');
  const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatchObject({ case_number: 'C-2026-0001', customer_name: '山田 太郎', outcome: 'escalated', level: '4', handled_by: '佐藤' });
  expect(rows[0]!.note).toContain('090-****-5678');
  expect(rows[0]!.note).not.toContain('1234-5678');
  expect(rows[1]!.outcome).toBe('follow_up');
  expect(rows[0]!.started_at).toMatch(/T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);

  // Search across shifts by case number: who handled it and what was promised.
  await page.getByTestId('log-search').fill('c20260001');
  await expect(page.getByTestId('log-found')).toContainText('SVから本日中に折り返し');
  await expect(page.getByTestId('log-found')).toContainText('担当: 佐藤');
  await screenshot(page, '32-log-search');
});
