/** UI strings, Japanese first. Taxonomy labels come from src/shared/taxonomy. */
export type Lang = 'ja' | 'en';

const STRINGS = {
  appName: { ja: '受け止め', en: 'Uketome' },
  loading: { ja: '辞書を読み込み中…', en: 'Loading dictionary…' },
  ready: { ja: '準備完了', en: 'Ready' },
  engineError: { ja: 'エンジンを起動できません', en: 'Engine failed to start' },
  note: { ja: 'お客様の言葉', en: "Customer's words" },
  notePlaceholder: { ja: 'お客様の発言やメールを入力・貼り付け（Alt+N）', en: 'Type or paste what the customer says (Alt+N)' },
  reply: { ja: '返答の下書き', en: 'Your reply draft' },
  replyPlaceholder: { ja: '言おうとしている返答を入力（Alt+R）', en: 'Type the reply you are about to give (Alt+R)' },
  anger: { ja: '怒りレベル', en: 'Anger level' },
  type: { ja: '種別', en: 'Type' },
  why: { ja: '判断の理由', en: 'Why' },
  suggestions: { ja: '言い方の提案', en: 'What to say' },
  copy: { ja: 'コピー', en: 'Copy' },
  copied: { ja: 'コピーしました', en: 'Copied' },
  avoid: { ja: '避ける', en: 'Avoid' },
  replyOk: { ja: '打ち返しは見つかりません', en: 'Nothing bounces back' },
  replySoften: { ja: '和らげたい表現', en: 'Soften these' },
  apply: { ja: '置き換え', en: 'Replace' },
  disableRule: { ja: 'このルールをオフ', en: 'Turn this rule off' },
  help: { ja: 'キーボード操作', en: 'Keyboard' },
  settings: { ja: '設定', en: 'Settings' },
  close: { ja: '閉じる', en: 'Close' },
  clear: { ja: 'クリア', en: 'Clear' },
  language: { ja: '表示言語', en: 'Language' },
  theme: { ja: 'テーマ', en: 'Theme' },
  light: { ja: 'ライト', en: 'Light' },
  dark: { ja: 'ダーク', en: 'Dark' },
  alwaysOnTop: { ja: '常に手前に表示', en: 'Always on top' },
  shortcut: { ja: '呼び出しショートカット', en: 'Global shortcut' },
  agentName: { ja: '担当者名', en: 'Agent name' },
  allows: { ja: '許可リスト（1行に1つ、正規表現）', en: 'Allow-list (one regex per line)' },
  disabledRules: { ja: 'オフにしたルール', en: 'Rules turned off' },
  none: { ja: 'なし', en: 'None' },
  enable: { ja: 'オンに戻す', en: 'Turn on' },
  save: { ja: '保存', en: 'Save' },
  saved: { ja: '保存しました', en: 'Saved' },
  shortcutRefused: { ja: 'ショートカット {k} は他のアプリかOSに使われています。設定で別のキーを選んでください。', en: 'The shortcut {k} is taken by another app or refused by the OS. Choose another in Settings.' },
  emptyHint: { ja: '入力すると、怒りレベル・種別・言い方の提案がここに出ます。', en: 'As you type, the anger level, type and suggestions appear here.' },
  secondary: { ja: '次点', en: 'Also' },
  keyHelp: { ja: 'キー', en: 'Key' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey, vars: Record<string, string> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

export const KEYS: { keys: string; ja: string; en: string }[] = [
  { keys: 'Alt+N', ja: 'お客様の言葉の欄へ', en: 'Focus the customer note' },
  { keys: 'Alt+R', ja: '返答の下書きの欄へ', en: 'Focus the reply draft' },
  { keys: 'Alt+1 … Alt+9', ja: '提案をコピー（番号順）', en: 'Copy suggestion 1–9' },
  { keys: 'Alt+Enter', ja: '返答の最初の指摘を提案で置き換え', en: 'Apply the first reframing to the reply' },
  { keys: 'Alt+C', ja: '次の応対へ（両方の欄をクリア）', en: 'Next contact (clear both fields)' },
  { keys: 'Alt+T', ja: 'ライト／ダーク切り替え', en: 'Toggle light / dark' },
  { keys: 'Alt+L', ja: '日本語／English 切り替え', en: 'Toggle 日本語 / English' },
  { keys: 'Ctrl+,', ja: '設定', en: 'Settings' },
  { keys: 'Ctrl+/', ja: 'このキー一覧', en: 'This list' },
  { keys: 'Esc', ja: '一覧・設定を閉じる', en: 'Close this list or settings' },
  { keys: 'Ctrl+Alt+Space', ja: 'どこからでも呼び出し（アプリ版）', en: 'Bring Uketome up from anywhere (app)' },
];
