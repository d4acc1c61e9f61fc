import type { ImportProgress } from './import-report.ts';

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * A progress line on stderr for the CLI: rows read while checking, then entries posted against the
 * total with the rate. On a terminal it redraws one line (at most ten times a second); elsewhere
 * (CI logs) it prints a line every five seconds and at each phase change.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr, now = () => Date.now()) {
  const tty = stream.isTTY === true;
  const started = now();
  let phaseStarted = started;
  let phase = '';
  let last = 0;
  return (p: ImportProgress) => {
    const t = now();
    const changed = p.phase !== phase;
    if (changed) {
      // 'done' closes the posting phase: its rate is the posting's, over the posting's time.
      if (p.phase !== 'done') phaseStarted = t;
      phase = p.phase;
    }
    if (!changed && t - last < (tty ? 100 : 5000) && p.phase !== 'done') return;
    last = t;
    const secs = Math.max((t - phaseStarted) / 1000, 0.001);
    let text: string;
    if (p.phase === 'validating' || p.phase === 'failed') text = `checking  ${fmt(p.rowsRead)} rows  ${fmt(Math.round(p.rowsRead / secs))} rows/s`;
    else {
      const done = p.entriesPosted + p.entriesSkipped;
      const share = p.entriesTotal ? done / p.entriesTotal : 1;
      const bar = `${'#'.repeat(Math.round(share * 30))}${'-'.repeat(30 - Math.round(share * 30))}`;
      text = `posting   [${bar}] ${fmt(done)}/${fmt(p.entriesTotal)} entries  ${fmt(Math.round(p.entriesPosted / secs))} entries/s  (${fmt(p.rowsRead)} rows read)`;
    }
    stream.write(tty ? `\r\x1b[2K${text}${p.phase === 'done' || p.phase === 'failed' ? '\n' : ''}` : `${text}\n`);
  };
}
