/**
 * The trained model shipped in assets/model/model.json. Type: one complement-scored NB model per feature
 * view (words, character bigrams, word bigrams), their log scores summed with weights chosen by
 * cross-validation on the train split. Anger: one NB model.
 */
import { z } from 'zod';
import { loadJsonAsset } from '../assets';
import { compileTypeKeywords, TYPE_VIEW_NAMES, type TypeKeywords, type TypeViewName } from './features';
import { nbModelSchema } from './naive-bayes';

export const typeModelSchema = z.strictObject({
  labels: z.array(z.string()).min(2),
  /** The first view carries the prior and the drivers; every view's models share the labels' order. */
  views: z
    .array(z.strictObject({ name: z.enum(TYPE_VIEW_NAMES as [TypeViewName, ...TypeViewName[]]), weight: z.number().positive(), nb: nbModelSchema }))
    .min(1),
  /** Softmax temperature of the summed log scores (fitted on out-of-fold predictions). */
  temperature: z.number().positive(),
});
export type TypeModel = z.infer<typeof typeModelSchema>;

export const modelFileSchema = z.strictObject({
  format: z.literal(3),
  trainedOn: z.strictObject({ notes: z.number().int(), corpusHash: z.string() }),
  type: typeModelSchema,
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
