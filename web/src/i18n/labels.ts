import type { MessageKey } from './en.ts';
import type { Translate } from './translate.ts';

/**
 * Area names exactly as the published data spells them, mapped to dictionary keys, in the order
 * the SCI 11 release lists them (areas of competitiveness, then survey dimension, then region).
 */
const AREA_KEYS: Record<string, MessageKey> = {
  overall: 'area.overall',
  Technology: 'area.technology',
  'Financial Services': 'area.financialServices',
  'Human Capital': 'area.humanCapital',
  'Business Environment': 'area.businessEnvironment',
  Reputational: 'area.reputational',
  'Reputational (area of competitiveness)': 'area.reputationalArea',
  Infrastructure: 'area.infrastructure',
  'Innovation Support': 'area.innovationSupport',
  'Asia/Pacific region': 'area.asiaPacificRegion',
};

const CENTRE_KEYS: Record<string, MessageKey> = {
  Busan: 'centre.Busan',
};

/** Sort key for showing areas in the published order; unknown areas go last. */
export function areaOrder(area: string): number {
  const index = Object.keys(AREA_KEYS).indexOf(area);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}

/** An area the dictionary does not know yet is shown as published rather than hidden. */
export function areaLabel(t: Translate, area: string): string {
  const key = AREA_KEYS[area];
  return key ? t(key) : area;
}

export function centreLabel(t: Translate, centre: string): string {
  const key = CENTRE_KEYS[centre];
  return key ? t(key) : centre;
}

export function editionLabel(t: Translate, editionNumber: number): string {
  return t('edition.label', { number: editionNumber });
}
