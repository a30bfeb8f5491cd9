/** The one definition of anger levels and complaint types, used by the engine, the data, the CLI and the UI. */

export const ANGER_LEVELS = [0, 1, 2, 3, 4] as const;
export type AngerLevel = (typeof ANGER_LEVELS)[number];

export interface AngerLevelInfo {
  level: AngerLevel;
  ja: string;
  en: string;
  /** What the level means, for tooltips and the help overlay. */
  meaning: string;
  /** Gauge colour, calm to hot; readable on light and dark backgrounds. */
  color: string;
}

export const ANGER: readonly AngerLevelInfo[] = [
  { level: 0, ja: '平静', en: 'Calm', meaning: 'calm inquiry, no complaint yet', color: '#4f8a6b' },
  { level: 1, ja: '不満', en: 'Dissatisfied', meaning: 'dissatisfied but composed', color: '#8a9a3f' },
  { level: 2, ja: '苛立ち', en: 'Irritated', meaning: 'irritated: repeated contact, waiting, pressing', color: '#c9962b' },
  { level: 3, ja: '怒り', en: 'Angry', meaning: 'angry: accusations, rough speech, sarcasm', color: '#d0653a' },
  { level: 4, ja: '激怒', en: 'Furious', meaning: 'furious: threats, supervisor demands, abuse', color: '#b8334a' },
];

export const COMPLAINT_TYPE_IDS = [
  'billing',
  'delivery',
  'defect',
  'staff',
  'access',
  'refund',
  'cancel',
  'account',
  'campaign',
  'other',
] as const;
export type ComplaintTypeId = (typeof COMPLAINT_TYPE_IDS)[number];

export interface ComplaintTypeInfo {
  id: ComplaintTypeId;
  ja: string;
  en: string;
}

export const COMPLAINT_TYPES: readonly ComplaintTypeInfo[] = [
  { id: 'billing', ja: '請求・料金', en: 'Billing' },
  { id: 'delivery', ja: '配送・納期', en: 'Delivery' },
  { id: 'defect', ja: '品質・不具合', en: 'Defect' },
  { id: 'staff', ja: '応対・態度', en: 'Staff conduct' },
  { id: 'access', ja: 'つながらない・待たされる', en: 'Access & waiting' },
  { id: 'refund', ja: '返品・返金・交換', en: 'Returns & refunds' },
  { id: 'cancel', ja: '解約・契約', en: 'Cancellation & contract' },
  { id: 'account', ja: 'アカウント・手続き', en: 'Account & procedures' },
  { id: 'campaign', ja: 'クーポン・ポイント', en: 'Coupons & points' },
  { id: 'other', ja: 'その他', en: 'Other' },
];

export const REGISTERS = ['memo', 'email', 'chat', 'spoken'] as const;
export type Register = (typeof REGISTERS)[number];

/** Cue kinds the engine reports; each is a reason the anger level moved. */
export const CUE_KINDS = [
  'imperative',
  'rough',
  'insult',
  'threat',
  'demand',
  'churn',
  'repeat',
  'waiting',
  'urgency',
  'sarcasm',
  'emphasis',
  'polite_pressure',
  'problem',
  'inquiry',
  'calm',
  'tone_remark',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export const CUE_LABELS: Record<CueKind, { ja: string; en: string }> = {
  imperative: { ja: '命令口調', en: 'imperative' },
  rough: { ja: '乱暴な言葉遣い', en: 'rough speech' },
  insult: { ja: '暴言', en: 'insult' },
  threat: { ja: '脅し・外部への訴え', en: 'threat' },
  demand: { ja: '上司・名前の要求', en: 'supervisor / name demand' },
  churn: { ja: '解約・離反の示唆', en: 'churn threat' },
  repeat: { ja: '再度の問い合わせ', en: 'repeated contact' },
  waiting: { ja: '長い待ち時間', en: 'long waiting' },
  urgency: { ja: '急ぎ', en: 'urgency' },
  sarcasm: { ja: '皮肉・詰問', en: 'sarcasm / accusatory question' },
  emphasis: { ja: '強調（！？・絵文字）', en: 'emphasis' },
  polite_pressure: { ja: '丁寧だが強い圧力', en: 'polite-masked urgency' },
  problem: { ja: '問題の申告', en: 'problem report' },
  inquiry: { ja: '問い合わせ', en: 'inquiry' },
  calm: { ja: '落ち着いた様子', en: 'calm tone' },
  tone_remark: { ja: 'メモの口調記録', en: 'tone noted in memo' },
};

/** Suggestion kinds, in the order the UI groups them. */
export const SUGGESTION_KINDS = [
  'tone',
  'partial_apology',
  'full_apology',
  'dont_bounce',
  'listening',
  'empathy',
  'escalation',
  'self_care',
  'closing',
] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const SUGGESTION_LABELS: Record<SuggestionKind, { ja: string; en: string }> = {
  tone: { ja: 'ゆっくり・トーン高め', en: 'Slow down, raise the tone' },
  partial_apology: { ja: '限定謝罪', en: 'Partial apology' },
  full_apology: { ja: '全面謝罪（非が確認できた場合のみ）', en: 'Full apology (confirmed fault only)' },
  dont_bounce: { ja: 'すぐに打ち返さない', en: "Don't bounce the ball back" },
  listening: { ja: '傾聴', en: 'Listening' },
  empathy: { ja: '共感', en: 'Empathy' },
  escalation: { ja: 'エスカレーション', en: 'Escalation' },
  self_care: { ja: 'セルフケア', en: 'Self-care' },
  closing: { ja: 'クロージング確認', en: 'Closing checklist' },
};

export function isComplaintTypeId(value: string): value is ComplaintTypeId {
  return (COMPLAINT_TYPE_IDS as readonly string[]).includes(value);
}

/** Scenes of the phrase library, in the order an agent meets them in a call. */
export const PHRASE_SCENES = [
  'opening',
  'listening',
  'empathy',
  'partial_apology',
  'full_apology',
  'cushion',
  'confirm',
  'hold',
  'callback',
  'alternative',
  'handover',
  'closing',
] as const;
export type PhraseSceneId = (typeof PHRASE_SCENES)[number];
