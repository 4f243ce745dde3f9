/**
 * <Video>: on the reader's click, the link becomes the YouTube or Facebook frame.
 * Until then nothing is requested from either host (no thumbnail, no script).
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-video-open]')) {
  link.addEventListener('click', (event) => {
    const figure = link.closest<HTMLElement>('[data-video-frame]');
    const src = figure?.dataset['videoFrame'];
    if (!figure || !src) return;
    event.preventDefault();
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = figure.dataset['videoTitle'] ?? 'Video';
    frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    frame.allowFullscreen = true;
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.className = 'video-frame';
    link.replaceWith(frame);
    frame.focus();
  });
}
