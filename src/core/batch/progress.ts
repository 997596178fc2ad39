// The progress line of a long batch run (drawn on a terminal only, by the command).

/** Shown only for runs that take longer than this. */
export const PROGRESS_AFTER_MS = 1000;
/** At most this often. */
export const PROGRESS_EVERY_MS = 100;

/** e.g. "[██████░░░░░░░░░░░░░░]  3012/10000  30%  scenarios/s3/x.yaml", cut to `width` characters. */
export function progressLine(done: number, total: number, file: string, width = 80): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const barWidth = 20;
  const filled = Math.round(share * barWidth);
  const counts = `${String(done).padStart(String(total).length)}/${total}`;
  const head = `[${"█".repeat(filled)}${"░".repeat(barWidth - filled)}]  ${counts}  ${String(Math.floor(share * 100)).padStart(3)}%  `;
  const room = width - head.length - 1;
  const shown = room <= 1 ? "" : file.length <= room ? file : `…${file.slice(file.length - room + 1)}`;
  return head + shown;
}
