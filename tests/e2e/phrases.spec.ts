import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, openApp, screenshot, test } from './fixtures';

test('search by romaji, copy with Enter, placeholders filled or flagged', async ({ page, server, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, server);
  await page.keyboard.press('Alt+p');
  const search = page.getByTestId('phrase-search');
  await expect(search).toBeFocused();
  await search.fill('shinpai');
  const first = page.getByTestId('phrase-result').first();
  await expect(first).toContainText('心配');
  await screenshot(page, '20-phrases-romaji');
  const text = (await first.locator('.result-text').innerText()).trim();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('phrase-message')).toContainText('コピーしました');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  // Arrow keys move the selection; Esc clears the search.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('phrase-result').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');

  await search.fill('ケース番号');
  const closing = page.getByTestId('phrase-result').filter({ hasText: '{ケース番号}' }).first();
  await expect(closing.locator('mark.placeholder').first()).toBeVisible();
  await closing.getByRole('button', { name: /コピー/ }).click();
  await expect(page.getByTestId('phrase-message')).toContainText('未入力');
});

test('Enter that confirms an IME conversion never copies', async ({ page, server, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, server);
  await page.keyboard.press('Alt+p');
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'しんぱい', selectionStart: 4, selectionEnd: 4 });
  await page.getByTestId('phrase-search').dispatchEvent('keydown', { key: 'Enter', code: 'Enter', isComposing: true, keyCode: 229 });
  await cdp.send('Input.insertText', { text: '心配' });
  await expect(page.getByTestId('phrase-search')).toHaveValue('心配');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
  await expect(page.getByTestId('phrase-result').first()).toContainText('心配');
});

test('the Assist view opens the library filtered for the contact at hand', async ({ page, server }) => {
  await openApp(page, server);
  await page.getByTestId('note').fill('二重に請求されています。どういうことですか！');
  await expect(page.getByTestId('type-label')).toContainText('請求');
  await page.getByTestId('open-phrases').click();
  await expect(page.getByTestId('contact-filter')).toBeChecked();
  await expect(page.getByTestId('phrase-result').first()).toBeVisible();
  await screenshot(page, '21-phrases-for-contact');
});

test('add a phrase, find it after a reload; a bad import changes nothing', async ({ page, server }) => {
  await openApp(page, server);
  await page.getByTestId('tab-phrases').click();
  await page.getByTestId('add-phrase').click();
  await page.getByTestId('phrase-text').fill('差し支えなければ、ご契約者様のお名前をフルネームで伺えますか。');
  await page.getByTestId('phrase-save').click();
  await expect(page.getByTestId('phrase-form')).toHaveCount(0);
  await page.reload();
  await page.locator('[data-testid=engine-status].ready').waitFor();
  await page.keyboard.press('Alt+p');
  await page.getByTestId('phrase-search').fill('furune-mu');
  await expect(page.getByTestId('phrase-result').first()).toContainText('フルネーム');
  await screenshot(page, '22-own-phrase');

  const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'uketome-import-')), 'bad.csv');
  fs.writeFileSync(bad, 'id,text,scene\r\nx.one,正しい行,empathy\r\nx.two,場面が変,nowhere\r\n');
  await page.getByTestId('phrase-import').setInputFiles(bad);
  await expect(page.getByTestId('phrase-message')).toContainText('line 3, field scene');
  await page.getByTestId('phrase-search').fill('正しい行');
  await expect(page.getByTestId('phrase-result').filter({ hasText: '正しい行' })).toHaveCount(0);
  await page.getByTestId('phrase-search').fill('フルネーム');
  await expect(page.getByTestId('phrase-result').first()).toContainText('フルネーム');
});
