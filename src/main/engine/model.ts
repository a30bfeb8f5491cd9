/** The trained model shipped in assets/model/model.json: one NB model for type, one for anger. */
import { z } from 'zod';
import { loadJsonAsset } from '../assets';
import { compileTypeKeywords, type TypeKeywords } from './features';
import { nbModelSchema } from './naive-bayes';

export const modelFileSchema = z.strictObject({
  format: z.literal(1),
  trainedOn: z.strictObject({ notes: z.number().int(), corpusHash: z.string() }),
  type: nbModelSchema,
  anger: nbModelSchema,
});
export type ModelFile = z.infer<typeof modelFileSchema>;

export const typeKeywordsSchema = z.strictObject({
  $comment: z.string().optional(),
  keywords: z.record(z.string(), z.array(z.string().min(1)).min(1)),
});

let keywordsCache: TypeKeywords | undefined;
export function shippedTypeKeywords(): TypeKeywords {
  keywordsCache ??= compileTypeKeywords(loadJsonAsset('model/type-keywords.json', typeKeywordsSchema).keywords);
  return keywordsCache;
}

let cached: ModelFile | undefined;
export function shippedModel(): ModelFile {
  cached ??= loadJsonAsset('model/model.json', modelFileSchema);
  return cached;
}
