import { renderShareImage } from '../src/lib/publish/share-image.ts';
const t = 'Hội nghị tổng kết công tác nêu gương năm 2025 tại tỉnh ';
const input = (i: number) => ({ title: t + i + ' số ' + i * 7, kicker: 'Hội nghị', siteName: 'Gương Sáng' });
for (let i = 0; i < 5; i++) await renderShareImage(input(i));
for (const inFlight of [1, 2, 3, 1, 2]) {
  const t0 = performance.now(); const c0 = process.cpuUsage();
  const all: Promise<Buffer>[] = [];
  for (let i = 0; i < 60; i++) { if (all.length >= inFlight) await all[all.length - inFlight]; all.push(renderShareImage(input(i + inFlight * 100))); }
  await Promise.all(all);
  const c = process.cpuUsage(c0);
  console.log(inFlight, 'wall/card', ((performance.now() - t0) / 60).toFixed(1), 'cpu/card', ((c.user + c.system) / 1000 / 60).toFixed(1));
}
