/**
 * Inline SVG charts for `reportToHtml`: paired horizontal bars (demand against places per topic)
 * and a column histogram (scores, mentor load). Plain SVG 1.1 elements, no scripts, no fonts or
 * images fetched; every label is escaped. Coordinates are rounded to one decimal so that the
 * output is the same bytes everywhere. Internal.
 */

/** Escapes text for HTML and SVG content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A coordinate, fixed to one decimal. */
const c = (x: number) => (Math.round(x * 10) / 10).toString();

/** Shortens a label to `max` characters, with an ellipsis. */
function clip(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

/** One row of a paired bar chart. */
export interface PairedBar {
  readonly label: string;
  /** The first bar (drawn dark) and the second (drawn light). */
  readonly a: number;
  readonly b: number;
  /** Text at the end of the row (e.g. the coverage). */
  readonly note: string;
}

/** Horizontal paired bars, one row per item, on a shared scale. */
export function pairedBars(title: string, items: readonly PairedBar[], legend: readonly [string, string]): string {
  const width = 1000;
  const labelWidth = 250;
  const noteWidth = 60;
  const rowHeight = 26;
  const top = 30;
  const plot = width - labelWidth - noteWidth - 10;
  const height = top + items.length * rowHeight + 8;
  const most = items.reduce((x, it) => Math.max(x, it.a, it.b), 0) || 1;
  const scale = (v: number) => (v / most) * plot;
  const out: string[] = [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">`,
    `<title>${esc(title)}</title>`,
    `<rect x="${labelWidth}" y="8" width="12" height="12" class="a"/><text x="${labelWidth + 18}" y="18" class="legend">${esc(legend[0])}</text>`,
    `<rect x="${labelWidth + 150}" y="8" width="12" height="12" class="b"/><text x="${labelWidth + 168}" y="18" class="legend">${esc(legend[1])}</text>`,
  ];
  items.forEach((it, k) => {
    const y = top + k * rowHeight;
    out.push(
      `<text x="${labelWidth - 8}" y="${c(y + 15)}" class="label" text-anchor="end">${esc(clip(it.label, 38))}</text>`,
      `<rect x="${labelWidth}" y="${c(y + 3)}" width="${c(scale(it.a))}" height="9" class="a"/>`,
      `<rect x="${labelWidth}" y="${c(y + 13)}" width="${c(scale(it.b))}" height="9" class="b"/>`,
      `<text x="${width - noteWidth + 4}" y="${c(y + 15)}" class="value">${esc(it.note)}</text>`,
    );
  });
  out.push(`<line x1="${labelWidth}" y1="${top - 2}" x2="${labelWidth}" y2="${height - 6}" class="axis"/>`, '</svg>');
  return out.join('\n');
}

/** Vertical columns, one per bin, each with its count above and its label below. */
export function columns(title: string, counts: readonly number[], labels: readonly string[], axis: string): string {
  const width = 460;
  const height = 220;
  const left = 10;
  const bottom = 44;
  const top = 20;
  const plotHeight = height - top - bottom;
  const slot = (width - 2 * left) / Math.max(1, counts.length);
  const most = counts.reduce((x, y) => Math.max(x, y), 0) || 1;
  const out: string[] = [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">`,
    `<title>${esc(title)}</title>`,
  ];
  counts.forEach((n, k) => {
    const h = (n / most) * plotHeight;
    const x = left + k * slot;
    const y = top + plotHeight - h;
    out.push(
      `<rect x="${c(x + slot * 0.12)}" y="${c(y)}" width="${c(slot * 0.76)}" height="${c(h)}" class="a"/>`,
      `<text x="${c(x + slot / 2)}" y="${c(y - 5)}" class="value" text-anchor="middle">${n}</text>`,
      `<text x="${c(x + slot / 2)}" y="${c(top + plotHeight + 16)}" class="tick" text-anchor="middle">${esc(labels[k] ?? '')}</text>`,
    );
  });
  out.push(
    `<line x1="${left}" y1="${top + plotHeight}" x2="${width - left}" y2="${top + plotHeight}" class="axis"/>`,
    `<text x="${width / 2}" y="${height - 6}" class="legend" text-anchor="middle">${esc(axis)}</text>`,
    '</svg>',
  );
  return out.join('\n');
}
