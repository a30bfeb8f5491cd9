/** Fills {お客様名} {担当者名} {ケース番号} {日付} from what is known about the current call. */
export interface CallContext {
  customerName?: string;
  agentName?: string;
  caseNumber?: string;
  date?: Date;
}

const FIELDS: Record<string, (c: CallContext) => string | undefined> = {
  '{お客様名}': (c) => c.customerName,
  '{担当者名}': (c) => c.agentName,
  '{ケース番号}': (c) => c.caseNumber,
  '{日付}': (c) => (c.date ? `${c.date.getMonth() + 1}月${c.date.getDate()}日` : undefined),
};

export function fillPlaceholders(text: string, ctx: CallContext): { text: string; unfilled: string[] } {
  const unfilled: string[] = [];
  const out = text.replace(/\{[^{}]+\}/g, (m) => {
    const v = FIELDS[m]?.(ctx)?.trim();
    if (v) return v;
    unfilled.push(m);
    return m;
  });
  return { text: out, unfilled };
}

/** Splits text into plain parts and placeholder parts, for highlighting what is still to fill. */
export function placeholderParts(text: string): { text: string; placeholder: boolean }[] {
  return text.split(/(\{[^{}]+\})/g).filter(Boolean).map((p) => ({ text: p, placeholder: /^\{[^{}]+\}$/.test(p) }));
}
