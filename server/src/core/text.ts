// Small text helpers shared by the model and the FAQ reader.

export function stripInline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/^\s*>\s?/gm, '');
}


export const QUESTION_START = /^(how|what|why|when|where|who|whom|whose|which|can|could|do|does|did|is|are|was|were|will|would|should|shall|may|might|must|has|have|am|isn't|aren't|don't|doesn't|won't|can't)\b/i;

export function looksLikeQuestion(text: string): boolean {
  const t = text.trim().replace(/^(q|question)\s*\d*\s*[:.)]\s*/i, '');
  return /\?\s*$/.test(t) || QUESTION_START.test(t);
}

