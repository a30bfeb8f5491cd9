import { beforeAll, describe, expect, it } from 'vitest';
import { CUE_KINDS } from '../../../src/shared/taxonomy';
import { detectCues, shippedCues } from '../../../src/main/engine/cues';
import type { ReadyEngine } from '../../../src/main/engine/engine';
import { readyEngine } from '../helpers';

let e: ReadyEngine;
beforeAll(async () => {
  e = await readyEngine();
});
const cueIds = (text: string) => detectCues(e.tokenize(text), shippedCues(), false).map((c) => c.id);
const cueKinds = (text: string) => detectCues(e.tokenize(text), shippedCues()).map((c) => c.kind);

describe('cue lexicon data', () => {
  it('every entry fires on its "fires" examples and stays quiet on its "quiet" ones', () => {
    const problems: string[] = [];
    for (const c of shippedCues()) {
      for (const s of c.entry.examples.fires) if (!cueIds(s).includes(c.entry.id)) problems.push(`${c.entry.id} missed: ${s}`);
      for (const s of c.entry.examples.quiet) if (cueIds(s).includes(c.entry.id)) problems.push(`${c.entry.id} fired on: ${s}`);
    }
    expect(problems).toEqual([]);
  });

  it('covers every cue kind', () => {
    const kinds = new Set(shippedCues().map((c) => c.entry.kind));
    expect(CUE_KINDS.filter((k) => !kinds.has(k))).toEqual([]);
  });
});

// Each kind: sentences where it must fire and sentences where it must not.
const CASES: Record<string, { fires: string[]; quiet: string[] }> = {
  imperative: {
    fires: ['さっさと返金しろ', 'もういいから上の人間を連れて来い'],
    // ください is grammatically 命令形 of くださる: polite requests must not count as commands.
    quiet: ['こちらにご記入ください', 'お気をつけてお帰りくださいませ'],
  },
  rough: { fires: ['なめてんのかよ', 'ふざけんなよ、マジで'], quiet: ['明日には届くでしょうか', '雨だろうと思って傘を持ってきました'] },
  insult: { fires: ['お前ら無能すぎ', 'こんなの詐欺だろ'], quiet: ['定型文ばかりで困っています', 'カスタマーセンターの番号を教えてください'] },
  threat: {
    fires: ['弁護士と相談して法的措置を取ります', 'この件はSNSで拡散しますから', '消費生活センターに申し立てます'],
    quiet: ['SNS限定クーポンはありますか', '弁護士費用特約について教えてください'],
  },
  demand: { fires: ['上司を出せ', '責任者の方と話をさせてください', 'お前の名前を教えろ'], quiet: ['お名前を伺ってもよろしいですか'] },
  churn: { fires: ['二度と利用しません', '他社に乗り換えます'], quiet: ['二度目の注文です'] },
  repeat: { fires: ['これで3回目の電話です', '再三お願いしております'], quiet: ['初めて問い合わせます'] },
  waiting: { fires: ['もう2時間も待たされています', '折り返しが来ない'], quiet: ['お届けまで何日かかりますか'] },
  urgency: { fires: ['至急ご対応ください', '今すぐ返金して'], quiet: ['お急ぎでなければ来週でも結構です'] },
  sarcasm: { fires: ['さすが大企業ですね', 'これどういうこと!?'], quiet: ['どういう手続きが必要ですか'] },
  emphasis: { fires: ['いつ届くの!!', 'なんで??', 'もうやだ😡'], quiet: ['届きましたか?', 'ありがとう😊'] },
  polite_pressure: { fires: ['誠意あるご対応を求めます', 'しかるべき対応をお願いいたします'], quiet: ['ご対応ありがとうございました'] },
};

describe('each cue kind', () => {
  for (const [kind, { fires, quiet }] of Object.entries(CASES)) {
    it(`${kind}: fires where it should and not where it should not`, () => {
      for (const s of fires) expect(cueKinds(s), s).toContain(kind);
      for (const s of quiet) expect(cueKinds(s), s).not.toContain(kind);
    });
  }

  it('reports spans in the original text (half-width kana, emoji, full-width marks)', () => {
    const text = 'ｻﾎﾟｰﾄに３回目の連絡😡！！ ふざけんな';
    const cues = detectCues(e.tokenize(text), shippedCues());
    for (const c of cues) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(cues.find((c) => c.kind === 'repeat')!.text).toBe('３回目');
    expect(cues.find((c) => c.id === 'emphasis.marks')!.text).toBe('！！');
  });
});

describe('polite-masked urgency', () => {
  const politeButPressing = [
    'いつもお世話になっております。先日お問い合わせした件につきまして、本日中にご回答いただけますようお願い申し上げます。',
    'お忙しいところ恐縮ですが、再三お願いしている返金の件、誠意あるご対応をお願いいたします。',
    '突然のご連絡失礼いたします。二重に請求されている件、しかるべき対応をしていただきたく、ご連絡差し上げました。',
    'ご担当者様。至急、ご確認のうえご連絡をいただけますでしょうか。よろしくお願いいたします。',
  ];
  it('keigo does not hide anger: a polite e-mail that presses is at least level 2', () => {
    for (const t of politeButPressing) expect(e.classify(t).anger.level, t).toBeGreaterThanOrEqual(2);
  });
  it('a polite e-mail that does not press stays below level 2', () => {
    const t = 'いつもお世話になっております。来月の引っ越しに伴い、住所変更の手続き方法を教えていただけますでしょうか。よろしくお願いいたします。';
    expect(e.classify(t).anger.level).toBeLessThan(2);
  });
});
