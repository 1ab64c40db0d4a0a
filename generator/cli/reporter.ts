import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';

/**
 * Everything the CLI prints goes through here, so the conventions hold in one place: results on
 * stdout, diagnostics and progress on stderr; colour only when the stream is a terminal (and
 * NO_COLOR is unset, or FORCE_COLOR asks for it); `--quiet` keeps only errors; `--verbose` adds
 * timings; the progress line is drawn on a terminal only and erased before anything else prints.
 */
export interface ReporterOptions {
  quiet?: boolean;
  verbose?: boolean;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
}

const CODES = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1 } as const;
type Style = keyof typeof CODES;

export class Reporter {
  readonly quiet: boolean;
  readonly verbose: boolean;
  private readonly out: NodeJS.WriteStream;
  private readonly err: NodeJS.WriteStream;
  private readonly colour: boolean;
  private progressShown = false;

  constructor(options: ReporterOptions = {}) {
    this.quiet = options.quiet ?? false;
    this.verbose = (options.verbose ?? false) && !this.quiet;
    this.out = options.stdout ?? process.stdout;
    this.err = options.stderr ?? process.stderr;
    const env = options.env ?? process.env;
    this.colour = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0'
      ? true
      : env.NO_COLOR === undefined && env.FORCE_COLOR !== '0' && Boolean(this.err.isTTY);
  }

  style(text: string, style: Style): string {
    return this.colour ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
  }

  /** A result line (stdout); suppressed by --quiet. */
  info(line: string): void {
    if (this.quiet) return;
    this.clearProgress();
    this.out.write(`${line}\n`);
  }

  /** Detail for --verbose only (stderr). */
  detail(line: string): void {
    if (!this.verbose) return;
    this.clearProgress();
    this.err.write(`${this.style(line, 'dim')}\n`);
  }

  /** A failure line (stderr); printed even with --quiet. */
  error(line: string): void {
    this.clearProgress();
    this.err.write(`${this.style('error', 'red')} ${line}\n`);
  }

  /** A line that belongs to the error printed just before it (stderr, unprefixed, kept by --quiet). */
  errorDetail(line: string): void {
    this.clearProgress();
    this.err.write(`${line}\n`);
  }

  /** Diagnostics, sorted; warnings are dropped by --quiet, errors never are. */
  diagnostics(diagnostics: readonly Diagnostic[]): void {
    this.clearProgress();
    for (const d of sortDiagnostics(diagnostics)) {
      if (this.quiet && d.severity !== 'error') continue;
      const text = formatDiagnostic(d).replace(
        `${d.severity} ${d.code}`,
        this.style(`${d.severity} ${d.code}`, d.severity === 'error' ? 'red' : 'yellow'),
      );
      this.err.write(`${text}\n`);
    }
  }

  /** The one-line progress indicator: terminals only, never with --quiet, never in logs. */
  progress(text: string): void {
    if (this.quiet || !this.err.isTTY) return;
    this.err.write(`\r\u001b[2K${this.style(text, 'dim')}`);
    this.progressShown = true;
  }

  clearProgress(): void {
    if (!this.progressShown) return;
    this.err.write('\r\u001b[2K');
    this.progressShown = false;
  }
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
