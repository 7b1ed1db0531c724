/**
 * Renders the OpenAPI document as a self-contained HTML reference (inline CSS, no scripts, no
 * external assets: the servers may have no internet access).
 */
import type { OpenApiDocument } from './openapi.ts';

type JsonSchema = Record<string, unknown>;

const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'] as const;

function escapeHtml(value: unknown): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** One-line description of a schema's type; objects with properties get a nested table. */
function renderSchema(schema: unknown): string {
  if (!isRecord(schema)) return '<code>any</code>';
  if (typeof schema.$ref === 'string') {
    const name = refName(schema.$ref);
    return `<a href="#schema-${escapeHtml(name)}"><code>${escapeHtml(name)}</code></a>`;
  }
  for (const combinator of ['anyOf', 'oneOf', 'allOf'] as const) {
    const variants = schema[combinator];
    if (Array.isArray(variants)) {
      const joiner = combinator === 'allOf' ? ' &amp; ' : ' | ';
      return variants.map(renderSchema).join(joiner);
    }
  }
  if (Array.isArray(schema.enum)) {
    return schema.enum.map((value) => `<code>${escapeHtml(JSON.stringify(value))}</code>`).join(' | ');
  }
  if ('const' in schema) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;

  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const nullable = types.includes('null') || schema.nullable === true;
  const mainTypes = types.filter((type) => type !== 'null');
  let label: string;
  if (mainTypes.includes('array')) {
    label = `array of ${renderSchema(schema.items)}`;
  } else if (mainTypes.includes('object') || isRecord(schema.properties)) {
    label = renderObject(schema);
  } else if (mainTypes.length > 0) {
    const format = typeof schema.format === 'string' ? ` (${escapeHtml(schema.format)})` : '';
    label = `<code>${mainTypes.map(escapeHtml).join(' | ')}</code>${format}${renderConstraints(schema)}`;
  } else {
    label = '<code>any</code>';
  }
  return nullable ? `${label} | <code>null</code>` : label;
}

const CONSTRAINTS: Array<[keyof JsonSchema & string, string]> = [
  ['minLength', 'min length'],
  ['maxLength', 'max length'],
  ['minimum', 'min'],
  ['maximum', 'max'],
  ['pattern', 'pattern'],
  ['default', 'default'],
];

function renderConstraints(schema: JsonSchema): string {
  const parts = CONSTRAINTS.filter(([key]) => schema[key] !== undefined).map(
    ([key, label]) => `${label} <code>${escapeHtml(schema[key])}</code>`,
  );
  return parts.length > 0 ? ` <span class="opt">${parts.join(', ')}</span>` : '';
}

function renderObject(schema: JsonSchema): string {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const names = Object.keys(properties);
  if (names.length === 0) {
    return isRecord(schema.additionalProperties)
      ? `map of string to ${renderSchema(schema.additionalProperties)}`
      : '<code>object</code>';
  }
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const rows = names
    .map((name) => {
      const property = properties[name];
      const description = isRecord(property) && property.description ? escapeHtml(property.description) : '';
      return `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? '' : ' <span class="opt">optional</span>'}</td><td>${renderSchema(property)}</td><td>${description}</td></tr>`;
    })
    .join('');
  const closed =
    schema.additionalProperties === false ? '<p class="note">No other fields are accepted.</p>' : '';
  return `<table class="fields"><thead><tr><th>field</th><th>type</th><th>notes</th></tr></thead><tbody>${rows}</tbody></table>${closed}`;
}

type Components = Record<string, unknown>;

/**
 * A body's media types and schemas. With `expand`, a referenced schema is also shown inline,
 * so a request body or success response can be read without jumping to the schema list.
 */
function renderContent(content: unknown, components: Components, expand: boolean): string {
  if (!isRecord(content)) return '';
  return Object.entries(content)
    .map(([mediaType, media]) => {
      const schema = isRecord(media) ? media.schema : undefined;
      const ref = isRecord(schema) && typeof schema.$ref === 'string' ? refName(schema.$ref) : null;
      const inline = expand && ref && isRecord(components[ref]) ? renderSchema(components[ref]) : '';
      return `<div class="media"><span class="mt">${escapeHtml(mediaType)}</span> ${renderSchema(schema)}${inline}</div>`;
    })
    .join('');
}

function renderParameters(parameters: unknown): string {
  if (!Array.isArray(parameters) || parameters.length === 0) return '';
  const rows = parameters
    .filter(isRecord)
    .map(
      (parameter) =>
        `<tr><td><code>${escapeHtml(parameter.name)}</code></td><td>${escapeHtml(parameter.in)}</td><td>${parameter.required ? 'yes' : 'no'}</td><td>${renderSchema(parameter.schema)}</td><td>${escapeHtml(parameter.description ?? '')}</td></tr>`,
    )
    .join('');
  return `<h4>Parameters</h4><table class="fields"><thead><tr><th>name</th><th>in</th><th>required</th><th>type</th><th>notes</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function renderSecurity(security: unknown): string {
  if (!Array.isArray(security) || security.length === 0) return '<p class="auth">No sign-in needed.</p>';
  const names = security.filter(isRecord).flatMap((requirement) => Object.keys(requirement));
  return `<p class="auth">Requires: ${names.map((name) => `<a href="#security-${escapeHtml(name)}"><code>${escapeHtml(name)}</code></a>`).join(', ')}</p>`;
}

interface Operation {
  method: string;
  path: string;
  operation: Record<string, unknown>;
}

function renderOperation({ method, path, operation }: Operation, components: Components): string {
  const id = `op-${method}-${path.replaceAll(/[^A-Za-z0-9]+/g, '-')}`;
  const requestBody = isRecord(operation.requestBody)
    ? `<h4>Request body</h4>${renderContent(operation.requestBody.content, components, true)}`
    : '';
  const responses = isRecord(operation.responses)
    ? Object.entries(operation.responses)
        .map(([status, response]) => {
          const description = isRecord(response) ? escapeHtml(response.description ?? '') : '';
          const content = isRecord(response)
            ? renderContent(response.content, components, status.startsWith('2'))
            : '';
          return `<li><strong>${escapeHtml(status)}</strong> ${description}${content}</li>`;
        })
        .join('')
    : '';
  const description = operation.description ? `<p>${escapeHtml(operation.description)}</p>` : '';
  return `<section class="op" id="${escapeHtml(id)}">
<h3><span class="method ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p class="summary">${escapeHtml(operation.summary ?? '')}</p>${description}
${renderSecurity(operation.security)}${renderParameters(operation.parameters)}${requestBody}
<h4>Responses</h4><ul class="responses">${responses}</ul>
</section>`;
}

function operationsByTag(document: OpenApiDocument): Map<string, Operation[]> {
  const groups = new Map<string, Operation[]>();
  for (const tag of document.tags ?? []) groups.set(tag.name, []);
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = (item as Record<string, unknown>)[method];
      if (!isRecord(operation)) continue;
      const tags = Array.isArray(operation.tags) && operation.tags.length > 0 ? operation.tags : ['Other'];
      for (const tag of tags.map(String)) {
        groups.set(tag, [...(groups.get(tag) ?? []), { method, path, operation }]);
      }
    }
  }
  return groups;
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:960px;padding:1rem 1.5rem;color:#1d2330}
h1{margin-bottom:0}h2{border-bottom:2px solid #d8dde8;padding-top:1rem}
.op{border:1px solid #d8dde8;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
.op h3{margin:.3rem 0}.method{display:inline-block;min-width:4.5em;text-align:center;border-radius:4px;color:#fff;font-size:.8em;padding:.1em .4em}
.get{background:#2f6fb3}.post{background:#2f8f4e}.patch{background:#a36b00}.put{background:#7a4fb3}.delete{background:#b3372f}
table.fields{border-collapse:collapse;margin:.3rem 0;font-size:.92em}table.fields td,table.fields th{border:1px solid #e3e6ee;padding:.2rem .5rem;text-align:left;vertical-align:top}
.opt{color:#6b7280;font-size:.85em}.mt{color:#6b7280;font-size:.85em;margin-right:.5em}.note{color:#6b7280;font-size:.85em;margin:.2rem 0}
.auth{color:#4b5563}code{font-family:ui-monospace,monospace;font-size:.95em}nav ul{columns:2}`;

export function renderDocsHtml(document: OpenApiDocument): string {
  const components: Components = document.components?.schemas ?? {};
  const groups = [...operationsByTag(document)].filter(([, operations]) => operations.length > 0);
  const nav = groups
    .map(([tag]) => `<li><a href="#tag-${escapeHtml(tag.replaceAll(' ', '-'))}">${escapeHtml(tag)}</a></li>`)
    .join('');
  const tagDescriptions = new Map((document.tags ?? []).map((tag) => [tag.name, tag.description ?? '']));
  const sections = groups
    .map(
      ([tag, operations]) =>
        `<h2 id="tag-${escapeHtml(tag.replaceAll(' ', '-'))}">${escapeHtml(tag)}</h2><p>${escapeHtml(tagDescriptions.get(tag) ?? '')}</p>${operations.map((operation) => renderOperation(operation, components)).join('')}`,
    )
    .join('');
  const schemas = Object.entries(document.components?.schemas ?? {})
    .map(
      ([name, schema]) =>
        `<section class="op" id="schema-${escapeHtml(name)}"><h3><code>${escapeHtml(name)}</code></h3>${renderSchema(schema)}</section>`,
    )
    .join('');
  const securitySchemes = Object.entries(document.components?.securitySchemes ?? {})
    .map(([name, scheme]) => {
      const details = isRecord(scheme)
        ? `${escapeHtml(scheme.in)} <code>${escapeHtml(scheme.name)}</code>: ${escapeHtml(scheme.description ?? '')}`
        : '';
      return `<li id="security-${escapeHtml(name)}"><code>${escapeHtml(name)}</code>: ${details}</li>`;
    })
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(document.info.title)} API reference</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(document.info.title)} API <small>${escapeHtml(document.info.version)}</small></h1>
<p>${escapeHtml(document.info.description ?? '')} Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(document.openapi)}).</p>
<nav><ul>${nav}<li><a href="#schemas">Schemas</a></li></ul></nav>
<h2>Authentication</h2><ul>${securitySchemes}</ul>
${sections}
<h2 id="schemas">Schemas</h2>${schemas}
</body></html>`;
}
