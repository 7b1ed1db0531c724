import { describe, expect, it } from 'vitest';
import { readCoin } from '../../../src/engine/input/read-coin.ts';
import { asemCoin, table } from '../helpers/asem.ts';

const META_HEADER = 'Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type';

describe('readCoin on ASEM', () => {
  it('builds the 4-level structure with indicators first and CSR children', () => {
    const coin = asemCoin();
    const s = coin.structure;
    expect(coin.unitCodes).toHaveLength(51);
    expect(s.nIndicators).toBe(49);
    expect(s.nNodes).toBe(49 + 8 + 2 + 1);
    expect(s.nLevels).toBe(4);
    expect(Array.from(s.levelStart)).toEqual([0, 49, 57, 59, 60]);
    const conn = s.codes.indexOf('Conn');
    const kids = Array.from(
      s.childIndex.subarray(s.childStart[conn]!, s.childStart[conn + 1]!),
      (j) => s.codes[j],
    );
    expect(kids).toEqual(['Physical', 'ConEcFin', 'Political', 'Instit', 'P2P']);
    expect(coin.denominatorCodes).toEqual(['Area', 'Energy', 'GDP', 'Population']);
    expect(coin.groupCodes).toContain('EurAsia_group');
    // NA in iData becomes NaN
    const iLPI = s.codes.indexOf('LPI');
    expect(Number.isNaN(coin.raw.values[iLPI * 51]!)).toBe(false);
    expect(Array.from(coin.raw.values).some(Number.isNaN)).toBe(true);
  });
});

describe('readCoin validation', () => {
  it('reports every problem at once with row and column', () => {
    const meta = table(
      [
        META_HEADER,
        '1,A,a,1,1,u,NA,NA,P,Indicator',
        '1,A,dup,1,1,u,NA,NA,P,Indicator',
        '1,2bad,b,1,1,u,NA,NA,Nope,Indicator',
        '1,has space,c,1,1,u,NA,NA,P,Indicator',
        '1,D,d,1,1,u,NA,NA,P,Indicator',
        '3,P,p,1,1,u,NA,NA,Top,Aggregate',
        '4,Top,t,1,1,u,NA,NA,NA,Aggregate',
        '4,Empty,e,1,1,u,NA,NA,NA,Aggregate',
        '1,E,e,x,1,u,NA,NA,P,Indicator',
      ].join('\n'),
    );
    const data = table('uCode,A,2bad,has space\nU1,1,2,3\nU2,abc,NA,4\nU1,1,1,1\n');
    const r = readCoin(data, meta);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const found = r.errors.map((e) => `${e.code}@${e.row ?? ''}:${e.column ?? ''}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'meta-duplicate-code@2:iCode',
        'meta-bad-code@3:iCode',
        'meta-bad-code@4:iCode',
        'meta-unknown-parent@3:Parent',
        'meta-level-gap@:Level',
        'meta-level-skip@1:Parent',
        'meta-empty-aggregate@8:iCode',
        'meta-not-numeric@9:Direction',
        'data-missing-column@:D',
        'data-not-numeric@2:A',
        'data-duplicate-ucode@3:uCode',
      ]),
    );
  });

  it('detects a parent cycle', () => {
    const meta = table(
      [
        META_HEADER,
        '1,A,a,1,1,u,NA,NA,X,Indicator',
        '2,X,x,1,1,u,NA,NA,Y,Aggregate',
        '2,Y,y,1,1,u,NA,NA,X,Aggregate',
      ].join('\n'),
    );
    const r = readCoin(table('uCode,A\nU1,1\n'), meta);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toContain('meta-cycle');
  });

  it('rejects an unknown denominator and panel data', () => {
    const meta = table(
      [META_HEADER, '1,A,a,1,1,u,NA,Pop,T,Indicator', '2,T,t,1,1,u,NA,NA,NA,Aggregate'].join('\n'),
    );
    const r = readCoin(table('uCode,Time,A\nU1,2018,1\nU2,2019,2\n'), meta);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code).sort()).toEqual(['data-panel', 'meta-unknown-denominator']);
  });
});
