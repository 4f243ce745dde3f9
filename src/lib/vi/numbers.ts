/** Numbers as Vietnamese readers write them: 4.725 and 98,6%. */
const integer = new Intl.NumberFormat('vi-VN');
const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 4725 → "4.725" */
export const formatNumber = (n: number): string => integer.format(n);

/** 98.6 → "98,6%" (the value is already a percentage, not a ratio). */
export const formatPercent = (n: number): string => `${percent.format(n)}%`;
