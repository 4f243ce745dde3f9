import { describe, expect, it } from 'vitest';
import { facebookVideoPage, videoLine, videoOf, videoUrls } from '../../../src/lib/content/body-policy.ts';
import { fixVideoEmbeds } from '../../../src/lib/content/check/video-fix.ts';
import { bodyProblems } from '../../../src/lib/content/check/body-rules.ts';

const FRONT = '---\ntitle: Bài thử\n---\n';

describe('the video behind an embed code or an address', () => {
  it('YouTube in every form a newsroom pastes', () => {
    for (const src of [
      'https://www.youtube.com/embed/dQw4w9WgXcQ?si=AbCdEf',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=10',
      'https://www.youtube.com/shorts/dQw4w9WgXcQ',
      '//www.youtube.com/embed/dQw4w9WgXcQ',
    ]) expect(videoOf(src), src).toEqual({ youtube: 'dQw4w9WgXcQ' });
    expect(videoOf('https://www.youtube.com/embed/short')).toBeUndefined();
    expect(videoOf('https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ')).toBeUndefined();
  });

  it('Facebook: the plugin frame, a page video, a watch link; nothing else', () => {
    const page = 'https://www.facebook.com/baonghean/videos/1234567890123456/';
    expect(videoOf(`https://www.facebook.com/plugins/video.php?height=314&href=${encodeURIComponent(page)}&show_text=false`)).toEqual({ facebook: page });
    expect(facebookVideoPage('https://m.facebook.com/watch/?v=42')).toBe('https://www.facebook.com/watch/?v=42');
    expect(facebookVideoPage('https://www.facebook.com/baonghean/posts/1')).toBeUndefined();
    expect(videoOf('https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fevil.example%2Fvideos%2F1')).toBeUndefined();
  });

  it('opens the privacy-enhanced player on click and links to the video page without scripts', () => {
    expect(videoUrls({ youtube: 'dQw4w9WgXcQ' })).toEqual({ frame: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1', page: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', host: 'YouTube' });
    expect(videoUrls({ youtube: 'x" onload="' })).toBeUndefined();
    expect(videoLine({ youtube: 'dQw4w9WgXcQ' }, 'Lễ "tuyên dương"')).toBe('<Video youtube="dQw4w9WgXcQ" title="Lễ ”tuyên dương”" />');
  });
});

describe('--fix: a pasted embed code becomes a <Video> line', () => {
  const iframe = '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x" title="YouTube video player" frameborder="0" allowfullscreen></iframe>';

  it('in MDX, in place, asking for the title the embed code did not give', () => {
    const r = fixVideoEmbeds(`${FRONT}Trước.\n\n${iframe}\n\nSau.\n`, true);
    expect(r.text).toBe(`${FRONT}Trước.\n\n<Video youtube="dQw4w9WgXcQ" title="CẦN ĐIỀN: tên video" />\n\nSau.\n`);
    expect(r.extension).toBeUndefined();
    expect(r.changes).toEqual(['dòng 6: mã nhúng <iframe> → <Video youtube="dQw4w9WgXcQ" title="CẦN ĐIỀN: tên video" />']);
  });

  it('in Markdown, which then becomes MDX, keeping a real title', () => {
    const md = `${FRONT}Trước.\n\n<iframe src="https://youtu.be/dQw4w9WgXcQ" title="Lễ tuyên dương"></iframe>\n`;
    const r = fixVideoEmbeds(md, false);
    expect(r.extension).toBe('.mdx');
    expect(r.text).toContain('<Video youtube="dQw4w9WgXcQ" title="Lễ tuyên dương" />');
    expect(bodyProblems(r.text.slice(FRONT.length), 'mdx').problems).toEqual([]);
  });

  it('leaves a Markdown file alone when its text would not stand as MDX', () => {
    const md = `${FRONT}Giá {tạm tính}.\n\n${iframe}\n`;
    expect(fixVideoEmbeds(md, false)).toEqual({ text: md, changes: [] });
  });
});
