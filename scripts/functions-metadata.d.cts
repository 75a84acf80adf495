/** Types for functions-metadata.cjs, so the tests can import its pure part. */
export interface FunctionsMetadata {
  allowErrorForDataTypeAny?: boolean;
  functions: { id: string; helpUrl?: string; [key: string]: unknown }[];
  [key: string]: unknown;
}
export function postProcessMetadata(
  metadata: FunctionsMetadata,
  rewriteUrls?: (text: string) => string
): FunctionsMetadata;
export class FunctionsMetadataPostProcessPlugin {
  constructor(options: { rewriteUrls: (text: string) => string });
  apply(compiler: unknown): void;
}
