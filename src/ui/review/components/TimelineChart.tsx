/**
 * Who spoke when, with the labelled moments on it: Chart.js floating bars (one row for the rep's side, one for
 * the buyer's) and a scatter row of moments. Only the controllers this chart uses are registered; that is still
 * ~165 KB minified (~57 KB gzipped) of Chart.js, read from disk by this page only, never by the content script or
 * the worker. uPlot is about a third of that but has no floating-bar chart: the who-spoke-when rows would be
 * hand-drawn paths, which is what the issue asks not to do.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, PointElement, ScatterController, Tooltip, type ChartDataset } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { ReviewMoment } from '../../../core/metrics/review';
import type { TimelineLine } from '../../../core/metrics/review-details';
import { clock } from '../../../core/metrics/clock';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, ScatterController, PointElement, Tooltip, Legend);

const ROWS = { rep: 'You', prospect: 'Buyer', moments: 'Moments' } as const;

/** Moment colours by what happened: the buyer's concerns, the rep's missteps, good signs. */
const KINDS: Array<{ name: string; labels: string[]; color: string; shape: 'circle' | 'triangle' | 'rectRot' }> = [
  { name: 'Objection or stall', labels: ['objection', 'stall', 'strong_no'], color: '#c8553d', shape: 'triangle' },
  { name: 'Pressure, counter or pitch', labels: ['pressure', 'counter', 'pitch'], color: '#9a5b00', shape: 'rectRot' },
  { name: 'Buying signal', labels: ['buying_signal'], color: '#2e8b57', shape: 'circle' },
  { name: 'Question', labels: ['open_question', 'closed_question'], color: '#5b7bb5', shape: 'circle' },
  { name: 'Pain, alternative, stakeholder', labels: ['pain', 'alternative', 'stakeholder'], color: '#7a6aa8', shape: 'circle' },
];

function kindOf(m: ReviewMoment) {
  const positive = m.labels.filter((l) => l.confidence >= 0.5).map((l) => l.label as string);
  return KINDS.find((k) => k.labels.some((l) => positive.includes(l)));
}

function css(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

export function TimelineChart({ lines, moments, onPick }: { lines: TimelineLine[]; moments: ReviewMoment[]; onPick(id: string): void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current === null) return;
    const fg = css('--muted');
    const grid = css('--border');
    const bars = (role: 'rep' | 'prospect', color: string): ChartDataset<'bar', Array<{ x: [number, number]; y: string; id: string }>> => ({
      type: 'bar',
      label: role === 'rep' ? 'You (our side)' : 'Buyer',
      data: lines.filter((l) => l.role === role).map((l) => ({ x: [l.start, Math.max(l.end, l.start + 0.5)], y: ROWS[role], id: l.id })),
      backgroundColor: color,
      barPercentage: 0.9,
      categoryPercentage: 0.9,
      grouped: false,
    });
    const points = KINDS.map((kind) => ({
      type: 'scatter' as const,
      label: kind.name,
      data: moments.filter((m) => kindOf(m) === kind).map((m) => ({ x: m.at, y: ROWS.moments, id: m.id, text: m.text })),
      backgroundColor: kind.color,
      borderColor: kind.color,
      pointStyle: kind.shape,
      pointRadius: 6,
      pointHoverRadius: 8,
    }));
    // The axis spans the talk on the call's clock: a transcript that starts at 5:00 starts there, not at 0:00.
    const start = Math.floor(lines[0]?.start ?? 0);
    const end = lines.reduce((m, l) => Math.max(m, l.end), 0);
    const chart = new Chart(canvas.current, {
      data: { datasets: [bars('rep', css('--accent')), bars('prospect', css('--buyer')), ...points] as never },
      options: {
        indexAxis: 'y',
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { type: 'linear', min: start, max: Math.ceil(end), ticks: { color: fg, callback: (v) => clock(Number(v)), maxTicksLimit: 12 }, grid: { color: grid } },
          y: { type: 'category', labels: [ROWS.rep, ROWS.prospect, ROWS.moments], ticks: { color: fg }, grid: { display: false } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: fg, usePointStyle: true, boxWidth: 8, filter: (item, data) => (data.datasets[item.datasetIndex ?? 0]?.data.length ?? 0) > 0 } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const raw = item.raw as { x: number | [number, number]; text?: string };
                const at = Array.isArray(raw.x) ? raw.x[0] : raw.x;
                const text = raw.text ?? lines.find((l) => l.id === (raw as { id?: string }).id)?.text ?? '';
                return `${clock(at)} ${text.length > 80 ? `${text.slice(0, 77)}…` : text}`;
              },
            },
          },
        },
        onClick: (_event, elements) => {
          const hit = elements[0];
          if (hit === undefined) return;
          const raw = chart.data.datasets[hit.datasetIndex]?.data[hit.index] as { id?: string } | undefined;
          if (raw?.id !== undefined) onPick(raw.id);
        },
      },
    });
    return () => chart.destroy();
  }, [lines, moments, onPick]);
  return (
    <div class="timeline" data-testid="timeline">
      <canvas ref={canvas} role="img" aria-label="Timeline of who spoke when, with labelled moments" />
    </div>
  );
}
