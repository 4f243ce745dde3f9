import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../../../src/lib/vi/numbers.ts';
import { comparePersons, compareVi, personSortKey, stripTitles } from '../../../src/lib/vi/collate.ts';

describe('numbers', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(4725)).toBe('4.725');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatPercent(98.6)).toBe('98,6%');
    expect(formatPercent(42.6)).toBe('42,6%');
    expect(formatPercent(0.3)).toBe('0,3%');
  });
});

describe('Vietnamese collation', () => {
  it('orders the letters of the Vietnamese alphabet', () => {
    const letters = ['ư', 'u', 'ơ', 'ô', 'o', 'ê', 'e', 'đ', 'd', 'â', 'ă', 'a'];
    expect([...letters].sort(compareVi)).toEqual(['a', 'ă', 'â', 'd', 'đ', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư']);
  });
  it('orders tones ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(['mạ', 'má', 'mã', 'mả', 'mà', 'ma'].sort(compareVi)).toEqual(['ma', 'mà', 'mả', 'mã', 'má', 'mạ']);
  });
  it('puts Đ after every D word, unlike code-point order would not', () => {
    const words = ['Đức', 'Dũng', 'Duy', 'Đào', 'Dân'];
    expect([...words].sort(compareVi)).toEqual(['Dân', 'Dũng', 'Duy', 'Đào', 'Đức']);
  });
});

describe('person sort keys', () => {
  it('strips titles, ranks and honorifics', () => {
    expect(stripTitles('Đại úy Phạm Văn Sơn')).toBe('Phạm Văn Sơn');
    expect(stripTitles('Cô giáo Bùi Thị Nụ')).toBe('Bùi Thị Nụ');
    expect(stripTitles('đồng chí PGS.TS Nguyễn Văn An')).toBe('Nguyễn Văn An');
    expect(stripTitles('Thượng tá Lê Anh')).toBe('Lê Anh');
  });
  it('does not strip a name that merely starts like a title', () => {
    expect(stripTitles('Bàng Văn Lâm')).toBe('Bàng Văn Lâm');
    // A title needs a full name after it: "Cô Ba" is a name, not a title plus one word.
    expect(stripTitles('Cô Ba')).toBe('Cô Ba');
    expect(personSortKey('Cô Ba')).toBe('Ba Cô');
  });
  it('puts the given name first, then middle, then family name', () => {
    expect(personSortKey('Phạm Văn Sơn')).toBe('Sơn Văn Phạm');
    expect(personSortKey('Đồng chí Trần Thị Tuyến')).toBe('Tuyến Thị Trần');
    expect(personSortKey('Nụ')).toBe('Nụ');
  });
  it('sorts a directory by given name, with sortName overriding', () => {
    const people = [
      { name: 'Phạm Văn Sơn' },
      { name: 'Bùi Thị Nụ' },
      { name: 'Trần Thị Tuyến' },
      { name: 'Đào Đức Toàn' },
      { name: 'Nguyễn Đức Thành' },
      { name: 'Hoàng Văn Nhiên' },
    ];
    expect([...people].sort(comparePersons).map((p) => p.name)).toEqual(['Hoàng Văn Nhiên', 'Bùi Thị Nụ', 'Phạm Văn Sơn', 'Nguyễn Đức Thành', 'Đào Đức Toàn', 'Trần Thị Tuyến']);
    const withOverride = [...people, { name: 'Zơ Râm Anh', sortName: 'A' }];
    expect([...withOverride].sort(comparePersons)[0]!.name).toBe('Zơ Râm Anh');
  });
});
