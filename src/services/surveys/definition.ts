/**
 * Reads a SurveyJS JSON definition into the list of questions the server validates answers
 * against, and reports what is wrong with a definition, naming the bad element by its path and
 * name (e.g. `pages[0].elements[2] (q_budget)`). Structural checks are ours (they run on every
 * submit, so they must be cheap); survey-core's own JSON reader (`Model.jsonErrors`) adds unknown
 * types and properties when a definition is saved.
 */
import { ConditionRunner, Model } from 'survey-core';

export type Issues = Record<string, string[]>;

export interface ScalarSpec {
  kind: 'text' | 'comment' | 'rating' | 'choice' | 'multi' | 'boolean' | 'ranking' | 'any';
  /** Allowed values of choice, multi, ranking and rating-with-values; null = not checked (dynamic choices). */
  values: Set<string> | null;
  rateMin: number;
  rateMax: number;
  inputType: string | null;
  min: number | null;
  max: number | null;
  maxLength: number | null;
  minSelected: number | null;
  maxSelected: number | null;
  valueTrue: unknown;
  valueFalse: unknown;
}

export interface QuestionSpec {
  name: string;
  path: string;
  type: string;
  required: boolean;
  /** visibleIf of the question and every page and panel around it: all must hold. */
  conditions: ConditionRunner[];
  requiredIf: ConditionRunner | null;
  scalar: ScalarSpec | null;
  /** matrix: row values and column values; matrixdropdown/matrixdynamic: columns by name. */
  rows: string[] | null;
  rowsVisibleIf: ConditionRunner | null;
  matrixColumns: Set<string> | null;
  isAllRowRequired: boolean;
  columns: Array<{ name: string; required: boolean; spec: ScalarSpec }> | null;
  minRowCount: number | null;
  maxRowCount: number | null;
  /** paneldynamic: the questions of one panel. */
  template: QuestionSpec[] | null;
  /** multipletext: item names. */
  items: string[] | null;
}

export interface CompiledDefinition {
  questions: QuestionSpec[];
  byName: Map<string, QuestionSpec>;
  /** Names of calculated values included in the results. */
  calculated: Set<string>;
}

/** Question types the server understands (the MIT survey-core library's, minus file upload). */
const QUESTION_TYPES = new Set([
  'text',
  'comment',
  'rating',
  'radiogroup',
  'dropdown',
  'checkbox',
  'tagbox',
  'boolean',
  'ranking',
  'matrix',
  'matrixdropdown',
  'matrixdynamic',
  'paneldynamic',
  'multipletext',
  'expression',
  'html',
  'image',
]);
/** Types that hold no answer. */
const DISPLAY_TYPES = new Set(['html', 'image', 'expression']);
const CELL_TYPES = new Set([
  'dropdown',
  'checkbox',
  'radiogroup',
  'tagbox',
  'text',
  'comment',
  'boolean',
  'expression',
  'rating',
]);

const NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_ .-]{0,99}$/u;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function bool(value: unknown): boolean {
  return value === true;
}

/** `choices` / `rows` / `columns` items: a value, or `{ value, text }`. */
function itemValues(items: unknown): string[] | null {
  if (!Array.isArray(items)) return null;
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' || typeof item === 'number') out.push(String(item));
    else if (isObject(item) && (typeof item.value === 'string' || typeof item.value === 'number'))
      out.push(String(item.value));
    else return null;
  }
  return out;
}

class Collector {
  readonly issues: Issues = {};
  add(path: string, message: string): void {
    const list = this.issues[path] ?? [];
    list.push(message);
    this.issues[path] = list;
  }
  get count(): number {
    return Object.keys(this.issues).length;
  }
}

function condition(expr: unknown, where: string, property: string, out: Collector): ConditionRunner | null {
  if (expr === undefined || expr === null || expr === '') return null;
  if (typeof expr !== 'string') {
    out.add(where, `${property} must be an expression string`);
    return null;
  }
  const runner = new ConditionRunner(expr);
  if (!runner.canRun()) {
    out.add(where, `${property} is not a valid expression: ${expr}`);
    return null;
  }
  return runner;
}

function choiceValues(el: Json): Set<string> | null {
  if (el.choicesByUrl !== undefined || el.choicesFromQuestion !== undefined) return null;
  const base = itemValues(el.choices) ?? [];
  const values = new Set(base);
  if (bool(el.showOtherItem) || bool(el.hasOther)) values.add('other');
  if (bool(el.showNoneItem) || bool(el.hasNone)) values.add('none');
  if (bool(el.showRefuseItem)) values.add('refused');
  if (bool(el.showDontKnowItem)) values.add('dontknow');
  return values;
}

/** The value rules of a question (or a matrix cell) of the given type. */
function scalarSpec(type: string, el: Json, where: string, out: Collector, inherited?: Json): ScalarSpec {
  const source = (key: string): unknown => el[key] ?? inherited?.[key];
  const spec: ScalarSpec = {
    kind: 'any',
    values: null,
    rateMin: 1,
    rateMax: 5,
    inputType: null,
    min: null,
    max: null,
    maxLength: num(source('maxLength')),
    minSelected: null,
    maxSelected: null,
    valueTrue: el.valueTrue ?? true,
    valueFalse: el.valueFalse ?? false,
  };
  switch (type) {
    case 'text': {
      spec.kind = 'text';
      spec.inputType = typeof el.inputType === 'string' ? el.inputType : 'text';
      spec.min = num(el.min);
      spec.max = num(el.max);
      break;
    }
    case 'comment':
      spec.kind = 'comment';
      break;
    case 'rating': {
      spec.kind = 'rating';
      const rateValues = el.rateValues !== undefined ? itemValues(el.rateValues) : null;
      if (el.rateValues !== undefined && rateValues === null) out.add(where, 'rateValues must be values');
      if (rateValues && rateValues.length > 0) spec.values = new Set(rateValues);
      const step = num(el.rateStep) ?? 1;
      spec.rateMin = num(el.rateMin) ?? 1;
      const count = num(el.rateCount);
      spec.rateMax = num(el.rateMax) ?? (count !== null ? spec.rateMin + (count - 1) * step : 5);
      if (!(spec.rateMin < spec.rateMax)) out.add(where, 'rateMin must be less than rateMax');
      break;
    }
    case 'radiogroup':
    case 'dropdown': {
      spec.kind = 'choice';
      spec.values = choiceValues(el.choices !== undefined ? el : { ...el, choices: inherited?.choices });
      if (spec.values !== null && spec.values.size === 0) out.add(where, 'choices must not be empty');
      break;
    }
    case 'checkbox':
    case 'tagbox':
    case 'ranking': {
      spec.kind = type === 'ranking' ? 'ranking' : 'multi';
      spec.values = choiceValues(el.choices !== undefined ? el : { ...el, choices: inherited?.choices });
      if (spec.values !== null && spec.values.size === 0) out.add(where, 'choices must not be empty');
      spec.minSelected = num(el.minSelectedChoices);
      spec.maxSelected = num(el.maxSelectedChoices);
      break;
    }
    case 'boolean':
      spec.kind = 'boolean';
      break;
    default:
      spec.kind = 'any';
  }
  return spec;
}

function describe(path: string, el: Json): string {
  return typeof el.name === 'string' && el.name !== '' ? `${path} (${el.name})` : path;
}

interface Scope {
  names: Map<string, string>;
  out: Collector;
}

function compileElements(
  elements: unknown,
  path: string,
  conditions: ConditionRunner[],
  scope: Scope,
  into: QuestionSpec[],
): void {
  if (elements === undefined) return;
  if (!Array.isArray(elements)) {
    scope.out.add(path, 'elements must be a list');
    return;
  }
  elements.forEach((raw, i) => {
    const where = `${path}[${i}]`;
    if (!isObject(raw)) {
      scope.out.add(where, 'an element must be an object');
      return;
    }
    const label = describe(where, raw);
    const type = raw.type;
    if (typeof type !== 'string') {
      scope.out.add(label, 'type is missing');
      return;
    }
    const name = raw.name;
    if (typeof name !== 'string' || !NAME.test(name)) {
      scope.out.add(
        label,
        'name must be 1 to 100 letters, digits, _ . - or spaces, starting with a letter or digit',
      );
      return;
    }
    const first = scope.names.get(name);
    if (first !== undefined) scope.out.add(label, `name '${name}' is already used by ${first}`);
    else scope.names.set(name, where);
    const own = condition(raw.visibleIf, label, 'visibleIf', scope.out);
    const conds = own ? [...conditions, own] : conditions;
    if (type === 'panel') {
      compileElements(raw.elements, `${where}.elements`, conds, scope, into);
      return;
    }
    if (!QUESTION_TYPES.has(type)) {
      scope.out.add(label, `unsupported question type '${type}'`);
      return;
    }
    if (DISPLAY_TYPES.has(type)) return;
    const spec: QuestionSpec = {
      name,
      path: where,
      type,
      required: bool(raw.isRequired),
      conditions: conds,
      requiredIf: condition(raw.requiredIf, label, 'requiredIf', scope.out),
      scalar: null,
      rows: null,
      rowsVisibleIf: null,
      matrixColumns: null,
      isAllRowRequired: bool(raw.isAllRowRequired) || bool(raw.eachRowRequired),
      columns: null,
      minRowCount: num(raw.minRowCount),
      maxRowCount: num(raw.maxRowCount),
      template: null,
      items: null,
    };
    switch (type) {
      case 'matrix': {
        spec.rows = itemValues(raw.rows);
        const cols = itemValues(raw.columns);
        if (!spec.rows || spec.rows.length === 0)
          scope.out.add(label, 'rows must be a non-empty list of values');
        if (!cols || cols.length === 0) scope.out.add(label, 'columns must be a non-empty list of values');
        spec.matrixColumns = new Set(cols ?? []);
        spec.rowsVisibleIf = condition(raw.rowsVisibleIf, label, 'rowsVisibleIf', scope.out);
        break;
      }
      case 'matrixdropdown':
      case 'matrixdynamic': {
        if (type === 'matrixdropdown') {
          spec.rows = itemValues(raw.rows);
          if (!spec.rows || spec.rows.length === 0)
            scope.out.add(label, 'rows must be a non-empty list of values');
          spec.rowsVisibleIf = condition(raw.rowsVisibleIf, label, 'rowsVisibleIf', scope.out);
        }
        if (!Array.isArray(raw.columns) || raw.columns.length === 0) {
          scope.out.add(label, 'columns must be a non-empty list');
          break;
        }
        const defaultCell = typeof raw.cellType === 'string' ? raw.cellType : 'dropdown';
        const seen = new Set<string>();
        spec.columns = [];
        raw.columns.forEach((col, j) => {
          const cw = `${label}.columns[${j}]`;
          if (!isObject(col) || typeof col.name !== 'string' || col.name === '') {
            scope.out.add(cw, 'a column needs a name');
            return;
          }
          if (seen.has(col.name)) scope.out.add(cw, `column name '${col.name}' is used twice`);
          seen.add(col.name);
          const cellType =
            typeof col.cellType === 'string' && col.cellType !== 'default' ? col.cellType : defaultCell;
          if (!CELL_TYPES.has(cellType)) scope.out.add(cw, `unsupported cellType '${cellType}'`);
          spec.columns?.push({
            name: col.name,
            required: bool(col.isRequired),
            spec: scalarSpec(cellType, col, `${cw} (${col.name})`, scope.out, raw),
          });
        });
        break;
      }
      case 'paneldynamic': {
        const inner: Scope = { names: new Map(), out: scope.out };
        spec.template = [];
        compileElements(raw.templateElements, `${where}.templateElements`, [], inner, spec.template);
        break;
      }
      case 'multipletext': {
        const items = Array.isArray(raw.items) ? raw.items : [];
        spec.items = items.flatMap((item) =>
          isObject(item) && typeof item.name === 'string' ? [item.name] : [],
        );
        if (spec.items.length === 0) scope.out.add(label, 'items must be a non-empty list with names');
        break;
      }
      default:
        spec.scalar = scalarSpec(type, raw, label, scope.out);
    }
    into.push(spec);
  });
}

/** The questions of a definition and everything wrong with it (empty `issues` = usable). */
export function compileDefinition(definition: unknown): { compiled: CompiledDefinition; issues: Issues } {
  const out = new Collector();
  const questions: QuestionSpec[] = [];
  const calculated = new Set<string>();
  const compiled = { questions, byName: new Map<string, QuestionSpec>(), calculated };
  if (!isObject(definition)) {
    out.add('definition', 'a SurveyJS definition must be a JSON object');
    return { compiled, issues: out.issues };
  }
  const scope: Scope = { names: new Map(), out };
  if (definition.pages !== undefined) {
    if (!Array.isArray(definition.pages) || definition.pages.length === 0)
      out.add('pages', 'pages must be a non-empty list');
    else
      definition.pages.forEach((page, i) => {
        const where = `pages[${i}]`;
        if (!isObject(page)) {
          out.add(where, 'a page must be an object');
          return;
        }
        const own = condition(page.visibleIf, describe(where, page), 'visibleIf', out);
        compileElements(page.elements, `${where}.elements`, own ? [own] : [], scope, questions);
      });
  } else if (definition.elements !== undefined) {
    compileElements(definition.elements, 'elements', [], scope, questions);
  } else {
    out.add('pages', 'a definition needs pages (or elements)');
  }
  if (out.count === 0 && questions.length === 0) out.add('pages', 'the survey has no questions');
  if (Array.isArray(definition.calculatedValues)) {
    for (const cv of definition.calculatedValues)
      if (isObject(cv) && typeof cv.name === 'string' && cv.includeIntoResult === true)
        calculated.add(cv.name);
  }
  for (const q of questions) compiled.byName.set(q.name, q);
  return { compiled, issues: out.issues };
}

/**
 * Everything wrong with a definition: our structural checks, then survey-core's reader
 * (unknown question types and properties), each keyed by the element that has the problem.
 */
export function validateDefinition(definition: unknown): Issues {
  const { issues } = compileDefinition(definition);
  if (Object.keys(issues).length > 0 || !isObject(definition)) return issues;
  const model = new Model(definition);
  for (const error of model.jsonErrors ?? []) {
    const element = (error as { element?: { name?: unknown } }).element;
    const key = typeof element?.name === 'string' && element.name !== '' ? element.name : 'definition';
    const list = issues[key] ?? [];
    list.push(error.message);
    issues[key] = list;
  }
  return issues;
}

/** Properties SurveyJS localises (`{ "default": English, "ko": Korean }`). */
const LOCALISED = new Set([
  'title',
  'description',
  'text',
  'html',
  'placeholder',
  'requiredErrorText',
  'completedHtml',
  'completedBeforeHtml',
  'loadingHtml',
  'otherText',
  'noneText',
  'labelTrue',
  'labelFalse',
  'minRateDescription',
  'maxRateDescription',
  'completeText',
  'pagePrevText',
  'pageNextText',
  'startSurveyText',
  'panelAddText',
  'panelRemoveText',
  'addRowText',
  'removeRowText',
  'navigationTitle',
]);

/** Paths of user-facing strings that lack an English default or a Korean text. */
export function unlocalisedStrings(definition: unknown, path = ''): string[] {
  const out: string[] = [];
  const visit = (value: unknown, at: string): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        // A bare string inside choices/rows/columns is a value shown as its own text.
        if (typeof v === 'string' && /(choices|rows|columns|rateValues)$/.test(at)) out.push(`${at}[${i}]`);
        else visit(v, `${at}[${i}]`);
      });
      return;
    }
    if (!isObject(value)) return;
    for (const [key, v] of Object.entries(value)) {
      const here = at ? `${at}.${key}` : key;
      if (LOCALISED.has(key)) {
        if (typeof v === 'string') out.push(here);
        else if (isObject(v)) {
          if (typeof v.default !== 'string' || v.default === '') out.push(`${here}.default`);
          if (typeof v.ko !== 'string' || v.ko === '') out.push(`${here}.ko`);
        }
      } else visit(v, here);
    }
  };
  visit(definition, path);
  return out;
}
