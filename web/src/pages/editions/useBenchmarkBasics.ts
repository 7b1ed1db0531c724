import {
  type City,
  type EditionSummary,
  type Framework,
  getCities,
  getFramework,
  listEditions,
} from '../../api/benchmark.ts';
import { type Loadable, useApiData } from '../../components/useApiData.ts';
import { useOrgSlug } from './useOrgSlug.ts';

/** What every benchmark page needs first: the framework's names, the cities and the editions. */
export interface BenchmarkBasics {
  slug: string;
  framework: Framework;
  cities: City[];
  /** Newest first. */
  editions: EditionSummary[];
}

export function useBenchmarkBasics(): [Loadable<BenchmarkBasics>, () => void] {
  const slug = useOrgSlug();
  return useApiData(`benchmark-basics:${slug}`, async () => {
    const [framework, cities, editions] = await Promise.all([
      getFramework(slug),
      getCities(slug),
      listEditions(slug),
    ]);
    return { slug, framework, cities: cities.items, editions: editions.items };
  });
}
