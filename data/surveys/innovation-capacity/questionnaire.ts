/**
 * The innovation-capacity questionnaire as a SurveyJS JSON definition (ko/en), reconstructed by
 * CityBench from the sections and answer options of the OECD/Bloomberg Philanthropies city
 * innovation-capacity profile of Busan (/work/shared/seeds/002_*.txt, "seed 002"). It is NOT the
 * OECD/Bloomberg questionnaire: question wording is CityBench's; option labels are the seed's.
 * Options not named in seed 002 are limited to "Other". Provenance: README.md in this folder.
 *
 * Question names are stable keys: Busan's answers (busan-profile.ts), the peer figures and the
 * profile view all refer to them.
 */

type Loc = { default: string; ko: string };
const t = (en: string, ko: string): Loc => ({ default: en, ko });

export const POLICY_AREAS: Array<{ value: string; en: string; ko: string }> = [
  { value: 'transport_mobility', en: 'Transport/Mobility', ko: '교통/모빌리티' },
  { value: 'economic_development', en: 'Economic Development', ko: '경제 개발' },
  { value: 'housing', en: 'Housing', ko: '주거' },
  { value: 'health', en: 'Health', ko: '보건' },
  { value: 'policing', en: 'Policing and law enforcement', ko: '치안 및 법 집행' },
  { value: 'waste_sewage', en: 'Waste and sewage', ko: '폐기물 및 하수' },
  { value: 'tourism', en: 'Tourism', ko: '관광' },
  { value: 'social_welfare', en: 'Social welfare/social services', ko: '사회복지/사회서비스' },
  { value: 'social_inclusion', en: 'Social inclusion and equity', ko: '사회적 포용과 형평' },
  { value: 'public_works', en: 'Public works', ko: '공공사업' },
  { value: 'land_use', en: 'Land use', ko: '토지 이용' },
  { value: 'labour_market', en: 'Labour market and skills', ko: '노동시장과 기술' },
  { value: 'government_finance', en: 'Government finance', ko: '정부 재정' },
  { value: 'environment_climate', en: 'Environment and climate change', ko: '환경 및 기후변화' },
  { value: 'digital_governance', en: 'Digital governance', ko: '디지털 거버넌스' },
  { value: 'culture', en: 'Culture', ko: '문화' },
  { value: 'blight', en: 'Blight', ko: '도시 쇠퇴(노후화)' },
  { value: 'built_environment', en: 'Built environment', ko: '건조 환경' },
  { value: 'education', en: 'Education', ko: '교육' },
];

const choices = (list: Array<{ value: string; en: string; ko: string }>) =>
  list.map((c) => ({ value: c.value, text: t(c.en, c.ko) }));

export const INNOVATION_CAPACITY_QUESTIONNAIRE = {
  title: t(
    'City innovation capacity (profile questions after the OECD/Bloomberg Philanthropies survey)',
    '도시 혁신 역량 (OECD·블룸버그 자선재단 조사의 프로필 문항 기반)',
  ),
  description: t(
    "CityBench's reconstruction of the profile's questions; not the survey's own wording.",
    'CityBench가 프로필 항목으로 재구성한 문항이며, 원 조사의 문구가 아닙니다.',
  ),
  pages: [
    {
      name: 'vision',
      title: t('Vision and approach to innovation capacity', '혁신 역량에 대한 비전과 접근'),
      elements: [
        { type: 'text', name: 'city_name', title: t('City', '도시'), isRequired: true },
        {
          type: 'checkbox',
          name: 'innovation_helps',
          title: t('Innovation is helping to:', '혁신이 기여하고 있는 분야:'),
          choices: choices([
            { value: 'resident_outcomes', en: 'Improve resident outcomes', ko: '주민 삶의 성과 향상' },
            { value: 'service_delivery', en: 'Improve service delivery', ko: '공공서비스 전달 개선' },
            {
              value: 'future_challenges',
              en: 'Anticipate and manage future challenges',
              ko: '미래 과제의 예측과 관리',
            },
          ]),
          showOtherItem: true,
        },
        {
          type: 'checkbox',
          name: 'success_factors',
          title: t('Critical success factors', '핵심 성공 요인'),
          choices: choices([
            { value: 'dedicated_funding', en: 'Dedicated funding', ko: '전용 재원' },
            { value: 'measurement', en: 'Focus on measurement', ko: '성과 측정 중시' },
            { value: 'innovation_team', en: 'Dedicated innovation team', ko: '혁신 전담팀' },
            { value: 'culture', en: 'Culture of innovation in city', ko: '시의 혁신 문화' },
            {
              value: 'outside_support',
              en: 'Support from outside city administration',
              ko: '시 행정 외부로부터의 지원',
            },
            {
              value: 'city_manager',
              en: 'Leadership from City Manager',
              ko: '시정 책임자(City Manager)의 리더십',
            },
            { value: 'hr_support', en: 'Human resource support', ko: '인적 자원 지원' },
          ]),
          showOtherItem: true,
        },
        {
          type: 'boolean',
          name: 'explicit_strategy',
          title: t(
            'Does the city have an explicit innovation strategy?',
            '시에 명시적인 혁신 전략이 있습니까?',
          ),
        },
        {
          type: 'radiogroup',
          name: 'approach',
          title: t('How does the city approach innovation capacity?', '시는 혁신 역량에 어떻게 접근합니까?'),
          choices: choices([
            { value: 'holistic', en: 'From a holistic/macro level', ko: '총체적/거시적 수준에서' },
            { value: 'policy_areas', en: 'In specific policy areas', ko: '특정 정책 분야에서' },
            {
              value: 'both',
              en: 'Both from a holistic/macro level and in specific policy areas',
              ko: '총체적/거시적 수준과 특정 정책 분야 모두에서',
            },
          ]),
        },
        {
          type: 'checkbox',
          name: 'policy_areas',
          title: t('Policy areas the city is focused on', '시가 집중하는 정책 분야'),
          choices: choices(POLICY_AREAS),
          showOtherItem: true,
        },
      ],
    },
    {
      name: 'skills',
      title: t('Innovation skills or roles', '혁신 역량 또는 역할'),
      elements: [
        {
          type: 'boolean',
          name: 'dedicated_team',
          title: t('Does the city have a dedicated team for innovation?', '시에 혁신 전담팀이 있습니까?'),
        },
        {
          type: 'checkbox',
          name: 'innovation_terms',
          title: t('Terms the city most associates with innovation', '시가 혁신과 가장 많이 연관 짓는 용어'),
          choices: choices([
            { value: 'behavioral_economics', en: 'Behavioral economics', ko: '행동경제학' },
            { value: 'human_centered_design', en: 'Human-centered design', ko: '인간 중심 디자인' },
          ]),
          showOtherItem: true,
        },
        {
          type: 'checkbox',
          name: 'innovation_activities',
          title: t("The city's most common innovation activities", '시의 가장 일반적인 혁신 활동'),
          choices: choices([
            {
              value: 'taking_risks',
              en: 'Taking risks or testing new ideas',
              ko: '위험 감수 또는 새로운 아이디어 시험',
            },
            {
              value: 'data_analytics',
              en: 'Data-driven analytics/public data management',
              ko: '데이터 기반 분석/공공데이터 관리',
            },
            {
              value: 'engaging_residents',
              en: 'Engaging residents in new ways',
              ko: '새로운 방식의 주민 참여',
            },
            {
              value: 'digital_solutions',
              en: 'Developing new solutions based on digital technologies',
              ko: '디지털 기술 기반의 새로운 해법 개발',
            },
            {
              value: 'organisational_change',
              en: 'Organizational change within the municipality',
              ko: '시 조직 내부의 조직 변화',
            },
            { value: 'human_centered_design', en: 'Human-centered design', ko: '인간 중심 디자인' },
            {
              value: 'financing_partnerships',
              en: 'Rethinking your city’s approach to financing partnerships',
              ko: '재원 조달 파트너십에 대한 시의 접근 재검토',
            },
          ]),
        },
      ],
    },
    {
      name: 'funding',
      title: t('How is innovation funded here?', '혁신 재원은 어떻게 마련됩니까?'),
      elements: [
        {
          type: 'boolean',
          name: 'dedicated_funding',
          title: t(
            'Does the city have dedicated funding to support innovation capacity?',
            '시에 혁신 역량을 지원하는 전용 재원이 있습니까?',
          ),
        },
        {
          type: 'checkbox',
          name: 'funding_sources',
          title: t('Top sources of funding', '주요 재원'),
          choices: choices([
            {
              value: 'national_budget',
              en: 'Central/federal/national government budget',
              ko: '중앙/연방/국가 정부 예산',
            },
            { value: 'municipal_budget', en: 'Municipal budget', ko: '시 예산' },
          ]),
          showOtherItem: true,
        },
        {
          type: 'checkbox',
          name: 'funded_activities',
          title: t('Activities being funded', '재원이 투입되는 활동'),
          choices: choices([
            { value: 'digital_systems', en: 'Investing in digital systems', ko: '디지털 시스템 투자' },
            {
              value: 'physical_infrastructure',
              en: 'Investing in physical infrastructure',
              ko: '물리적 인프라 투자',
            },
            {
              value: 'idea_generation',
              en: 'Idea generation & brainstorming',
              ko: '아이디어 발굴 및 브레인스토밍',
            },
            {
              value: 'launching_project',
              en: 'Launching or sustaining a project',
              ko: '프로젝트 착수 또는 유지',
            },
            { value: 'paying_services', en: 'Paying for services', ko: '서비스 대금 지급' },
            {
              value: 'training_staff',
              en: 'Training staff and building capacity',
              ko: '직원 교육 및 역량 강화',
            },
          ]),
        },
      ],
    },
    {
      name: 'measurement',
      title: t('How is innovation measured?', '혁신은 어떻게 측정됩니까?'),
      elements: [
        {
          type: 'checkbox',
          name: 'partnerships',
          title: t(
            'Partners the city has developed partnerships with to promote innovation capacity',
            '혁신 역량 증진을 위해 시가 파트너십을 구축한 상대',
          ),
          choices: choices([
            { value: 'public_agencies', en: 'Other public agencies', ko: '다른 공공기관' },
            { value: 'non_profits', en: 'Not-for-profit organizations', ko: '비영리 단체' },
            { value: 'residents', en: 'City residents/resident associations', ko: '시민/주민 단체' },
          ]),
          showOtherItem: true,
        },
        {
          type: 'checkbox',
          name: 'data_partnerships',
          title: t(
            'Data partnerships to collect and analyse data (to improve data use)',
            '데이터 수집·분석을 위한 데이터 파트너십 (데이터 활용 개선)',
          ),
          choices: choices([
            { value: 'academia_think_tanks', en: 'Academia and think tanks', ko: '학계 및 싱크탱크' },
          ]),
          showOtherItem: true,
        },
        {
          type: 'checkbox',
          name: 'sufficient_data_areas',
          title: t('Policy areas with sufficient data', '데이터가 충분한 정책 분야'),
          choices: choices(POLICY_AREAS),
        },
      ],
    },
  ],
} as const;
