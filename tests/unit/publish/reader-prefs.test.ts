import { describe, expect, it } from 'vitest';
import { applyAction, DEFAULT_PREFS, htmlAttributes, parsePrefs, TEXT_SIZE_MAX, TEXT_SIZE_MIN } from '../../../src/lib/publish/reader-prefs.ts';

describe('reader preferences', () => {
  it('read stored values and ignore garbage', () => {
    expect(parsePrefs('2', '1')).toEqual({ size: 2, contrast: true });
    expect(parsePrefs(null, null)).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('abc', 'yes')).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('99', '0')).toEqual({ size: TEXT_SIZE_MAX, contrast: false });
    expect(parsePrefs('-7', null).size).toBe(TEXT_SIZE_MIN);
  });
  it('step text size within bounds, reset it, toggle contrast', () => {
    let p = DEFAULT_PREFS;
    for (let i = 0; i < 10; i++) p = applyAction(p, 'larger');
    expect(p.size).toBe(TEXT_SIZE_MAX);
    p = applyAction(p, 'reset');
    expect(p.size).toBe(0);
    for (let i = 0; i < 10; i++) p = applyAction(p, 'smaller');
    expect(p.size).toBe(TEXT_SIZE_MIN);
    expect(applyAction(applyAction(p, 'contrast'), 'contrast').contrast).toBe(false);
  });
  it('leave <html> untouched by default', () => {
    expect(htmlAttributes(DEFAULT_PREFS)).toEqual({ 'data-co-chu': null, 'data-tuong-phan': null });
    expect(htmlAttributes({ size: 1, contrast: true })).toEqual({ 'data-co-chu': '1', 'data-tuong-phan': 'cao' });
  });
});
