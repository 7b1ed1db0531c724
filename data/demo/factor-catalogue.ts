/**
 * ILLUSTRATIVE catalogue of 135 instrumental factors for the SYNTHETIC demo editions. The names
 * sound like the kind of indices Z/Yen lists (its full SCI list is not reproduced here); the
 * codes, units, data years and values are invented by CityBench and are not real data.
 */
import { FACTOR_UNITS_KO } from './factor-units-ko.ts';

export const DEMO_AREAS = [
  'Business Environment',
  'Human Capital',
  'Infrastructure',
  'Financial Services',
  'Reputational',
  'Technology',
] as const;
export type DemoArea = (typeof DEMO_AREAS)[number];

export interface DemoFactor {
  code: string;
  nameEn: string;
  nameKo: string;
  area: DemoArea;
  /** Always "illustrative": no factor here is a real published index. */
  source: 'illustrative';
  unit: string;
  /** The unit in Korean (CityBench's translation, factor-units-ko.ts). */
  unitKo: string;
  /** 1: higher is better; -1: lower is better. */
  polarity: 1 | -1;
  dataYear: number;
  level: 'city' | 'national';
  synthetic: true;
}

// name_en | name_ko | unit | polarity (+/-) | level (c = city, n = national)
const ROWS: Record<DemoArea, string> = {
  'Business Environment': `
Ease of starting a business | 창업 용이성 | score 0-100 | + | n
Regulatory quality | 규제 품질 | score -2.5-2.5 | + | n
Corporate tax burden | 법인세 부담 | % of profit | - | n
Contract enforcement time | 계약 집행 소요 기간 | days | - | n
Corruption perceptions | 부패 인식 | score 0-100 | + | n
Operational risk | 운영 위험 | score 0-100 | - | n
Economic freedom | 경제 자유도 | score 0-100 | + | n
Rule of law | 법치 | score -2.5-2.5 | + | n
Political stability | 정치적 안정성 | score -2.5-2.5 | + | n
Foreign direct investment inflow | 외국인 직접투자 유입 | USD bn | + | c
Office occupancy cost | 사무실 임대 비용 | USD per m2 per year | - | c
Startup density | 스타트업 밀도 | per 100k residents | + | c
Business confidence | 기업 신뢰 지수 | index | + | n
Insolvency resolution | 도산 처리 효율 | score 0-100 | + | n
Property rights | 재산권 보호 | score 0-100 | + | n
Labour market flexibility | 노동시장 유연성 | score 0-100 | + | n
Trade openness | 무역 개방도 | % of GDP | + | n
City GDP per capita | 도시 1인당 GDP | USD thousand | + | c
Unemployment rate | 실업률 | % | - | c
Bureaucracy burden | 행정 부담 | score 0-10 | - | n
Innovation policy support | 혁신 정책 지원 | score 0-100 | + | c
Regulatory sandbox activity | 규제 샌드박스 활성도 | cases | + | n
Public procurement openness | 공공조달 개방성 | score 0-100 | + | n
Digital government maturity | 디지털 정부 성숙도 | score 0-1 | + | n`,
  'Human Capital': `
Tertiary education attainment | 고등교육 이수율 | % of adults | + | c
Top university presence | 상위 대학 보유 | count | + | c
STEM graduates | 이공계 졸업자 | per 100k residents | + | c
Talent competitiveness | 인재 경쟁력 | score 0-100 | + | n
English proficiency | 영어 능력 | score 0-800 | + | n
Researchers per capita | 인구 대비 연구자 수 | per million | + | n
Quality of living | 생활의 질 | index | + | c
Cost of living | 생활비 | index | - | c
Personal safety | 개인 안전 | score 0-100 | + | c
Healthcare quality | 의료 품질 | score 0-100 | + | c
Skilled migrant attraction | 숙련 이주자 유치 | score 0-100 | + | n
Life expectancy | 기대수명 | years | + | n
Human development | 인간개발 | index 0-1 | + | n
Digital skills of workforce | 노동력 디지털 역량 | score 0-100 | + | n
Lifelong learning participation | 평생학습 참여율 | % of adults | + | n
Graduate employability | 졸업생 취업 경쟁력 | score 0-100 | + | c
Gender gap | 성별 격차 | index 0-1 | + | n
Average working hours | 평균 근로 시간 | hours per year | - | n
International student share | 유학생 비율 | % of students | + | c
Housing affordability | 주거비 부담 능력 | price-to-income ratio | - | c
Air quality | 대기 질 | PM2.5 µg/m3 | - | c
Happiness | 행복 지수 | score 0-10 | + | n`,
  Infrastructure: `
Broadband speed | 유선 인터넷 속도 | Mbit/s | + | c
Mobile network speed | 모바일 네트워크 속도 | Mbit/s | + | c
5G coverage | 5G 커버리지 | % of population | + | c
Data centre capacity | 데이터센터 용량 | MW | + | c
Airport connectivity | 공항 연결성 | index | + | c
Port throughput | 항만 물동량 | million TEU | + | c
Public transport quality | 대중교통 품질 | score 0-100 | + | c
Commute time | 통근 시간 | minutes | - | c
Electricity reliability | 전력 공급 안정성 | outage minutes per year | - | n
Renewable energy share | 재생에너지 비중 | % of supply | + | n
Smart grid deployment | 스마트 그리드 보급 | score 0-100 | + | c
Logistics performance | 물류 성과 | score 1-5 | + | n
Road congestion | 도로 혼잡도 | % extra travel time | - | c
Rail network density | 철도망 밀도 | km per 1,000 km2 | + | c
Water supply quality | 상수도 품질 | score 0-100 | + | c
Urban green space | 도시 녹지 | % of area | + | c
Building energy efficiency | 건물 에너지 효율 | score 0-100 | + | c
Public Wi-Fi coverage | 공공 와이파이 보급 | hotspots per km2 | + | c
Internet exchange presence | 인터넷 교환 지점 | count | + | c
Submarine cable landings | 해저 케이블 육양 | count | + | c
EV charging density | 전기차 충전 밀도 | chargers per 10k residents | + | c
Infrastructure investment | 인프라 투자 | % of GDP | + | n
Office space availability | 오피스 공급 여유 | % vacancy | + | c
Climate risk exposure | 기후 위험 노출 | score 0-10 | - | c`,
  'Financial Services': `
Financial centre depth | 금융 중심지 심도 | score 0-100 | + | c
Stock market capitalisation | 주식시장 시가총액 | % of GDP | + | n
Venture capital investment | 벤처캐피털 투자 | USD bn | + | c
Fintech company count | 핀테크 기업 수 | count | + | c
Domestic credit to private sector | 민간 신용 | % of GDP | + | n
Banking sector soundness | 은행 건전성 | score 0-7 | + | n
Insurance penetration | 보험 침투율 | % of GDP | + | n
Digital payments adoption | 디지털 결제 보급 | % of adults | + | n
Cryptocurrency adoption | 암호화폐 이용 | index | + | n
Access to finance for SMEs | 중소기업 금융 접근성 | score 0-100 | + | n
Asset management presence | 자산운용 집적도 | USD bn under management | + | c
Cost of capital | 자본 비용 | % | - | n
Sovereign credit rating | 국가 신용등급 | notch 1-22 | + | n
Green finance activity | 녹색금융 활성도 | score 0-100 | + | c
Financial regulation quality | 금융 규제 품질 | score 0-100 | + | n
Open banking readiness | 오픈뱅킹 준비도 | score 0-100 | + | n
Cross-border payment efficiency | 해외 송금 효율 | % fee | - | n
IPO activity | 기업공개 활동 | count | + | c
Financial literacy | 금융 이해력 | % of adults | + | n
Anti-money-laundering risk | 자금세탁 위험 | score 0-10 | - | n
Central bank digital currency readiness | 중앙은행 디지털화폐 준비도 | score 0-100 | + | n`,
  Reputational: `
City brand strength | 도시 브랜드 강도 | index | + | c
International events hosted | 국제 행사 개최 | count | + | c
Tourism arrivals | 해외 관광객 | million | + | c
Global city influence | 글로벌 도시 영향력 | score 0-100 | + | c
Cultural vibrancy | 문화 활력 | score 0-100 | + | c
Media visibility | 언론 노출도 | index | + | c
Press freedom | 언론 자유 | score 0-100 | + | n
Soft power | 소프트 파워 | score 0-100 | + | n
Environmental performance | 환경 성과 | score 0-100 | + | n
Sustainable city performance | 지속가능 도시 성과 | score 0-100 | + | c
Openness to foreigners | 외국인 개방성 | score 0-100 | + | c
Expat satisfaction | 외국인 거주자 만족도 | score 0-100 | + | c
Liveability | 살기 좋은 도시 | score 0-100 | + | c
Crime rate | 범죄율 | per 100k residents | - | c
Government effectiveness | 정부 효과성 | score -2.5-2.5 | + | n
Civic participation | 시민 참여 | score 0-100 | + | c
Social cohesion | 사회적 결속 | score 0-100 | + | n
Inequality | 불평등 | Gini 0-1 | - | n
Peace | 평화 | score 1-5 | - | n
International organisations hosted | 국제기구 유치 | count | + | c
Congress and convention ranking | 국제회의 개최 순위 | rank | - | c
Visa openness | 비자 개방성 | count of countries | + | n`,
  Technology: `
AI readiness | 인공지능 준비도 | score 0-100 | + | n
Patent applications | 특허 출원 | per million residents | + | c
R&D expenditure | 연구개발 지출 | % of GDP | + | n
Network readiness | 네트워크 준비도 | score 0-100 | + | n
Cybersecurity commitment | 사이버보안 역량 | score 0-100 | + | n
E-government development | 전자정부 발전 | index 0-1 | + | n
Smart city maturity | 스마트시티 성숙도 | score 0-100 | + | c
Tech unicorns | 기술 유니콘 기업 | count | + | c
Blockchain regulation clarity | 블록체인 규제 명확성 | score 0-100 | + | n
Digital identity coverage | 디지털 신원 보급 | % of population | + | n
Electronic signature legal status | 전자서명 법적 지위 | score 0-10 | + | n
Open data availability | 공공데이터 개방 | score 0-100 | + | c
High-tech exports | 첨단기술 수출 | % of manufactured exports | + | n
Robotics density | 로봇 밀도 | robots per 10k workers | + | n
Quantum and advanced computing activity | 양자·고성능 컴퓨팅 활동 | score 0-100 | + | c
Tech meetup activity | 기술 커뮤니티 활동 | events per year | + | c
Science citation impact | 과학 논문 인용 영향력 | index | + | c
Global innovation | 글로벌 혁신 | score 0-100 | + | n
Internet usage | 인터넷 이용률 | % of population | + | n
Cloud adoption by firms | 기업 클라우드 도입 | % of firms | + | n
Tech job postings | 기술 채용 공고 | per 1,000 jobs | + | c
Data protection strength | 개인정보 보호 수준 | score 0-100 | + | n`,
};

const PREFIX: Record<DemoArea, string> = {
  'Business Environment': 'BE',
  'Human Capital': 'HC',
  Infrastructure: 'IN',
  'Financial Services': 'FS',
  Reputational: 'RE',
  Technology: 'TE',
};

function unitKo(unit: string): string {
  const ko = FACTOR_UNITS_KO[unit];
  if (ko === undefined) throw new Error(`factor-units-ko.ts has no Korean for the unit '${unit}'`);
  return ko;
}

function parseRows(): DemoFactor[] {
  const out: DemoFactor[] = [];
  for (const area of DEMO_AREAS) {
    const lines = ROWS[area].trim().split('\n');
    lines.forEach((line, i) => {
      const [nameEn, nameKo, unit, sign, level] = line.split('|').map((s) => s.trim());
      out.push({
        code: `${PREFIX[area]}${String(i + 1).padStart(2, '0')}`,
        nameEn: nameEn!,
        nameKo: nameKo!,
        area,
        source: 'illustrative',
        unit: unit!,
        unitKo: unitKo(unit!),
        polarity: sign === '-' ? -1 : 1,
        // Illustrative data years: most factors lag the edition by one or two years.
        dataYear: 2022 + (i % 3),
        level: level === 'n' ? 'national' : 'city',
        synthetic: true,
      });
    });
  }
  return out;
}

/** The 135 illustrative factors, in area order. */
export const DEMO_FACTORS: readonly DemoFactor[] = parseRows();
