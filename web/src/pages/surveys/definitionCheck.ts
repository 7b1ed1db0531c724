/**
 * Checks the definition editor runs as the analyst types, before the server sees anything: the
 * text must be JSON, a SurveyJS survey with at least one question, every question named once,
 * and every text in Korean and English (a missing language falls back, so that is a warning).
 * The server's validation (docs/api-contract-surveys.md) stays the authority.
 */

export type DefinitionIssue =
  | { code: 'notJson'; line: number; column: number; message: string; severity: 'error' }
  | { code: 'notObject'; severity: 'error' }
  | { code: 'noQuestions'; severity: 'error' }
  | { code: 'unnamed'; path: string; severity: 'error' }
  | { code: 'duplicateName'; name: string; severity: 'error' }
  | { code: 'missingLanguage'; path: string; language: 'ko' | 'en'; severity: 'warning' };

export type ParsedDefinition =
  | { ok: true; json: Record<string, unknown> }
  | { ok: false; issue: DefinitionIssue };

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Where a JSON.parse error happened, from V8's "at position N" or "(line L column C)" wording. */
function errorPosition(text: string, message: string): { line: number; column: number } {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  return lineAndColumn(text, text.length);
}

export function parseDefinition(text: string): ParsedDefinition {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (caught) {
    const message = caught instanceof Error ? caught.message : String(caught);
    return {
      ok: false,
      issue: { code: 'notJson', ...errorPosition(text, message), message, severity: 'error' },
    };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, issue: { code: 'notObject', severity: 'error' } };
  return { ok: true, json: json as Record<string, unknown> };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Element types that hold other elements rather than asking a question. */
const CONTAINERS = new Set(['panel', 'paneldynamic']);
/** Element types that show text but take no answer. */
const NON_QUESTIONS = new Set(['html', 'image', 'expression']);
/** Localisable properties we check for both languages. */
const TEXT_PROPERTIES = ['title', 'description', 'completedHtml', 'html', 'placeholder', 'requiredErrorText'];

interface ElementVisit {
  element: Record<string, unknown>;
  path: string;
}

function* elementsOf(container: Record<string, unknown>, path: string): Generator<ElementVisit> {
  for (const key of ['elements', 'templateElements', 'questions']) {
    const list = container[key];
    if (!Array.isArray(list)) continue;
    for (const [index, element] of list.entries()) {
      if (!isRecord(element)) continue;
      const here = `${path}.${key}[${index}]`;
      yield { element, path: here };
      yield* elementsOf(element, here);
    }
  }
}

function* allElements(survey: Record<string, unknown>): Generator<ElementVisit> {
  if (Array.isArray(survey.pages)) {
    for (const [index, page] of survey.pages.entries()) {
      if (isRecord(page)) yield* elementsOf(page, `pages[${index}]`);
    }
  }
  yield* elementsOf(survey, '$');
}

/** A localisable value lacks `language` when it is a plain string (one language) or has no such key. */
function missingLanguages(value: unknown): Array<'ko' | 'en'> {
  if (typeof value === 'string') return value.trim() === '' ? [] : /[가-힣]/.test(value) ? ['en'] : ['ko'];
  if (!isRecord(value)) return [];
  const missing: Array<'ko' | 'en'> = [];
  if (typeof value.ko !== 'string') missing.push('ko');
  if (typeof value.en !== 'string' && typeof value.default !== 'string') missing.push('en');
  return missing;
}

function* textIssues(holder: Record<string, unknown>, path: string): Generator<DefinitionIssue> {
  for (const property of TEXT_PROPERTIES) {
    if (!(property in holder)) continue;
    for (const language of missingLanguages(holder[property]))
      yield { code: 'missingLanguage', path: `${path}.${property}`, language, severity: 'warning' };
  }
  const choices = holder.choices;
  if (Array.isArray(choices)) {
    for (const [index, choice] of choices.entries()) {
      if (isRecord(choice) && 'text' in choice) {
        for (const language of missingLanguages(choice.text))
          yield {
            code: 'missingLanguage',
            path: `${path}.choices[${index}].text`,
            language,
            severity: 'warning',
          };
      }
    }
  }
}

/** Every issue of a parsed definition, errors first. */
export function checkDefinition(json: unknown): DefinitionIssue[] {
  if (!isRecord(json)) return [{ code: 'notObject', severity: 'error' }];
  const issues: DefinitionIssue[] = [];
  const seen = new Map<string, number>();
  let questions = 0;
  issues.push(...textIssues(json, '$'));
  if (Array.isArray(json.pages)) {
    for (const [index, page] of json.pages.entries())
      if (isRecord(page)) issues.push(...textIssues(page, `pages[${index}]`));
  }
  for (const { element, path } of allElements(json)) {
    issues.push(...textIssues(element, path));
    const type = typeof element.type === 'string' ? element.type : '';
    if (NON_QUESTIONS.has(type) || (CONTAINERS.has(type) && type !== 'paneldynamic')) continue;
    questions++;
    const name = typeof element.name === 'string' ? element.name.trim() : '';
    if (name === '') {
      issues.push({ code: 'unnamed', path, severity: 'error' });
      continue;
    }
    seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  for (const [name, count] of seen) {
    if (count > 1) issues.push({ code: 'duplicateName', name, severity: 'error' });
  }
  if (questions === 0) issues.push({ code: 'noQuestions', severity: 'error' });
  const rank = (issue: DefinitionIssue) => (issue.severity === 'error' ? 0 : 1);
  return issues.sort((a, b) => rank(a) - rank(b));
}

/** Text and its issues in one go, for the editor. */
export function reviewDefinition(text: string): {
  json: Record<string, unknown> | null;
  issues: DefinitionIssue[];
} {
  const parsed = parseDefinition(text);
  if (!parsed.ok) return { json: null, issues: [parsed.issue] };
  return { json: parsed.json, issues: checkDefinition(parsed.json) };
}

export const hasErrors = (issues: readonly DefinitionIssue[]) => issues.some((i) => i.severity === 'error');

/** Pretty-printed JSON the way the editor shows it. */
export const formatDefinition = (json: unknown) => JSON.stringify(json, null, 2);
