import { beforeAll, describe, expect, it } from 'vitest';
import { analysisSchema } from '../../../src/shared/schemas';
import { createServices } from '../../../src/main/host/services';
import { createHandlers, invoke } from '../../../src/main/host/handlers';

const handlers = createHandlers(createServices());
beforeAll(async () => {
  await invoke(handlers, 'status', {});
});

const html = `<html><body><p>いつもお世話になっております。</p><div style="color:red">注文番号 A-1234 の商品が<b>まだ届きません</b>。<br>本日中にご連絡ください。</div><script>alert(1)</script></body></html>`;

describe('robustness: a result or a typed error for any input', () => {
  const cases: [string, unknown, 'ok' | string][] = [
    ['empty', '', 'empty'],
    ['whitespace', ' \n\t　', 'empty'],
    ['emoji only', '😡😡😡', 'ok'],
    ['English', 'Where is my order? I have been waiting for two weeks!!', 'ok'],
    ['HTML mail body', html, 'ok'],
    ['100,000 characters', '商品が届きません。どういうことですか。'.repeat(5000).slice(0, 100_000), 'ok'],
    ['over the limit', 'あ'.repeat(100_001), 'too_long'],
    ['binary bytes', '\u0000\u0001\u0002PK\u0003\u0004', 'binary'],
    ['a paste cut through an emoji (lone surrogate)', 'まだ届かないんですけど😡'.slice(0, 12) + '\uDE21返事ください', 'ok'],
    ['not a string', 42, 'invalid_input'],
  ];
  for (const [name, text, expected] of cases) {
    it(name, async () => {
      const r = await invoke(handlers, 'analyze', { text });
      if (expected === 'ok') {
        expect(r.ok).toBe(true);
        if (r.ok) analysisSchema.parse(r.value);
      } else {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.code).toBe(expected);
      }
    });
  }

  it('reads text it has no evidence about as calm, with no confidence', async () => {
    for (const text of ['ok', 'hello', '🙂']) {
      const r = await invoke(handlers, 'analyze', { text });
      expect(r.ok && analysisSchema.parse(r.value).anger).toMatchObject({ level: 0, confidence: 0 });
    }
  });

  it('reports spans in the original text when a lone surrogate was replaced', async () => {
    const text = '\uD83Dもう三回目ですよ！！';
    const r = await invoke(handlers, 'analyze', { text });
    expect(r.ok).toBe(true);
    if (r.ok) for (const c of analysisSchema.parse(r.value).cues) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('finds the cues inside an HTML body and reports spans in the raw text', async () => {
    const r = await invoke(handlers, 'analyze', { text: html });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = analysisSchema.parse(r.value);
    expect(a.anger.level).toBeGreaterThanOrEqual(2);
    for (const c of a.cues) expect(html.slice(c.start, c.end)).toBe(c.text);
  });
});
