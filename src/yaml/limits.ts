// Limits that keep crafted YAML from exhausting time or memory, shared by both readers of a
// document (documents.ts hands the limit to js-yaml; block-reader.ts must stay inside it).

/** js-yaml's `maxDepth`: nested parse calls, one per collection level plus one for a leaf. */
export const MAX_DEPTH = 64;
