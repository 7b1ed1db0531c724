import type { Dictionary, MessageKey } from './en.ts';

export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Fills `{name}` placeholders; an unknown placeholder is left visible so it gets noticed. */
export function translate(dictionary: Dictionary, key: MessageKey, values?: MessageValues): string {
  const template = dictionary[key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
