import { describe, expect, it } from 'vitest';
import { decodeTelex, decodeTyped, decodeVni } from '../../../src/lib/search/input-method.ts';
import { isSyllable, placeTone, splitTone } from '../../../src/lib/search/syllable.ts';

describe('syllables', () => {
  it('accepts real Vietnamese syllables, whatever the case or normalisation', () => {
    for (const w of [
      'nêu',
      'gương',
      'Bùi',
      'thị',
      'nụ',
      'Nguyễn',
      'quyết',
      'giữa',
      'gì',
      'khóa',
      'thủy',
      'thuyền',
      'được',
      'nghiêng',
      'ếch',
      'Đào',
      'Đức',
      'Toàn',
      'ngh\u00ea\u0300',
    ]) {
      expect(isSyllable(w), w).toBe(true);
    }
    expect(isSyllable('Nguye\u0302\u0303n')).toBe(true); // NFD
  });
  it('rejects letter strings that cannot be Vietnamese', () => {
    for (const w of ['neeu', 'buif', 'windows', 'ct', 'tw', 'ghan', 'ngi', 'cí', 'tàp', 'học2', 'search']) expect(isSyllable(w), w).toBe(false);
  });
  it('rejects a stop-final rhyme with a tone it cannot take', () => {
    expect(isSyllable('học')).toBe(true);
    expect(isSyllable('hòc')).toBe(false);
    expect(isSyllable('hoc')).toBe(false);
  });
  it('places tones the way the site writes them (hòa, thủy; hoàn, thuyền)', () => {
    expect(placeTone('hoa', 'huyen')).toBe('hòa');
    expect(placeTone('hoan', 'huyen')).toBe('hoàn');
    expect(placeTone('thuy', 'hoi')).toBe('thủy');
    expect(placeTone('thuyên', 'huyen')).toBe('thuyền');
    expect(placeTone('ngươi', 'huyen')).toBe('người');
    expect(placeTone('quy', 'nang')).toBe('quỵ');
    expect(placeTone('gia', 'hoi')).toBe('giả');
    expect(splitTone('Nguyễn')).toEqual({ letters: 'Nguyên', tone: 'nga' });
  });
});

describe('Telex and VNI typed with the input method off', () => {
  it.each([
    ['neeu', 'nêu'],
    ['guwowng', 'gương'],
    ['buif', 'bùi'],
    ['thij', 'thị'],
    ['nuj', 'nụ'],
    ['Buif', 'Bùi'],
    ['ddaof', 'đào'],
    ['dduwcs', 'đức'],
    ['toanf', 'toàn'],
    ['dduwowcj', 'được'],
    ['nguyeenx', 'nguyễn'],
    ['vieetj', 'việt'],
    ['khoas', 'khóa'],
    ['quyeets', 'quyết'],
    ['gioongs', 'giống'],
    ['truwowngr', 'trưởng'],
    ['tuongw', 'tương'],
    ['NEEU', 'NÊU'],
  ])('Telex %s → %s', (typed, meant) => {
    expect(decodeTelex(typed)).toBe(meant);
    expect(decodeTyped(typed)).toEqual({ text: meant, method: 'telex' });
  });
  it.each([
    ['bu2i', 'bùi'],
    ['thi5', 'thị'],
    ['nu5', 'nụ'],
    ['ne6u', 'nêu'],
    ['gu7o7ng', 'gương'],
    ['d9a2o', 'đào'],
    ['d9u7c1', 'đức'],
    ['toa2n', 'toàn'],
  ])('VNI %s → %s', (typed, meant) => {
    expect(decodeVni(typed)).toBe(meant);
    expect(decodeTyped(typed)).toEqual({ text: meant, method: 'vni' });
  });
  it('leaves plain words, English, codes and numbers as typed', () => {
    for (const w of ['dang', 'vien', 'toan', 'hello', 'windows', 'search', 'for', 'tw', 'TW', 'ct', '08', 'tw4', 'qd08', 'xii', 'thcs', 'nêu', 'gương']) {
      expect(decodeTyped(w), w).toBeUndefined();
    }
  });
});
