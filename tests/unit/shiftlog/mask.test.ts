import { describe, expect, it } from 'vitest';
import { maskPersonal } from '../../../src/main/shiftlog/mask';

describe('masking personal data', () => {
  const masked: [string, string][] = [
    ['携帯は090-1234-5678です', '携帯は090-****-5678です'],
    ['自宅 03-1234-5678', '自宅 03-****-5678'],
    ['09012345678に折り返し', '090****5678に折り返し'],
    ['０９０－１２３４－５６７８', '０９０－****－５６７８'], // full-width digits and hyphens
    ['090 1234 5678', '090 **** 5678'],
    ['フリーダイヤル0120-123-456', 'フリーダイヤル0120-***-456'],
    ['カード番号4111 1111 1111 1111です', 'カード番号**** **** **** 1111です'],
    ['4111-1111-1111-1111', '****-****-****-1111'],
    ['４１１１１１１１１１１１１１１１', '************１１１１'],
    ['mail: taro.yamada@example.co.jp まで', 'mail: t***@example.co.jp まで'],
    ['契約番号 1234567890123 の件', '契約番号 *********0123 の件'],
  ];
  for (const [input, output] of masked) it(`masks ${input}`, () => expect(maskPersonal(input)).toBe(output));

  const untouched = [
    '2026-11-27に注文', // a date
    '2026年11月27日',
    '注文日 20261127',
    '3個で10,000円', // quantities and prices
    '1,234,567円の請求',
    '郵便番号123-4567',
    '注文番号 A-12345',
    '午後3時15分ごろ',
  ];
  for (const text of untouched) it(`leaves ${text} alone`, () => expect(maskPersonal(text)).toBe(text));

  it('does not take a 16-digit number failing the Luhn check for a card, but still masks it as a long ID', () => {
    expect(maskPersonal('4111111111111112')).toBe('************1112');
  });
});
