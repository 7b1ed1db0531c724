/**
 * Codes and Korean names of the demo framework's areas and survey dimensions. The English names
 * and the factor catalogue come from data/demo (SYNTHETIC, illustrative).
 */
export const DEMO_AREA_CODES: Record<string, { code: string; nameKo: string }> = {
  'Business Environment': { code: 'BE', nameKo: '비즈니스 환경' },
  'Human Capital': { code: 'HC', nameKo: '인적 자본' },
  Infrastructure: { code: 'IN', nameKo: '인프라' },
  'Financial Services': { code: 'FS', nameKo: '금융 서비스' },
  Reputational: { code: 'RE', nameKo: '평판' },
  Technology: { code: 'TE', nameKo: '기술' },
};

export const DEMO_DIMENSION_CODES: Record<string, { code: string; nameKo: string }> = {
  'Innovation Support': { code: 'IS', nameKo: '혁신 지원' },
  'Creative Intensity': { code: 'CI', nameKo: '창의 집약도' },
  'Delivery Capability': { code: 'DC', nameKo: '실행 역량' },
};

export const DEMO_FRAMEWORK_VERSION = 'demo-1';
