import { describe, expect, test } from 'vitest';
import { cityPath, comparePath, editionPath, moduleOf, routeOf, routeParam } from './routes.ts';

describe('benchmark routes', () => {
  test('parameterised pages are recognised and their parameter read back', () => {
    expect(routeOf(editionPath(11))).toBe('edition');
    expect(routeParam('/benchmark/editions/11/', 'edition')).toBe('11');
    expect(routeOf(cityPath('BUS'))).toBe('city');
    expect(routeParam(cityPath('BUS'), 'city')).toBe('BUS');
    expect(routeOf('/benchmark/editions/eleven')).toBe('notFound');
    expect(routeOf('/benchmark/editions')).toBe('editions');
    expect(routeOf('/benchmark/map')).toBe('benchmarkMap');
  });

  test('sub-pages belong to the Benchmark module; the compare path carries its query', () => {
    expect(moduleOf('city')).toBe('benchmark');
    expect(moduleOf('admin')).toBe('admin');
    expect(comparePath(10, 11)).toBe('/benchmark/compare?from=10&to=11');
    expect(routeOf('/benchmark/compare')).toBe('compare');
  });
});
