import * as vscode from 'vscode';

/**
 * The extension's one log channel. Failures are written here with their cause chain; the
 * extension never shows modal pop-ups for them.
 */
export class Log implements vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;

  constructor() {
    this.channel = vscode.window.createOutputChannel('Grounded', { log: true });
  }

  info(message: string): void { this.channel.info(message); }
  warn(message: string): void { this.channel.warn(message); }

  /** Logs an error with its `cause` chain and stack. */
  error(context: string, error: unknown): void {
    this.channel.error(`${context}: ${describeError(error)}`);
  }

  /**
   * Wraps an event handler or command so that a throw (or rejected promise) is logged instead of
   * escaping into the extension host.
   */
  guard<A extends unknown[], R>(context: string, fn: (...args: A) => R): (...args: A) => R | undefined {
    return (...args: A) => {
      try {
        const result = fn(...args);
        if (result instanceof Promise) {
          return result.catch((e: unknown) => { this.error(context, e); return undefined; }) as R;
        }
        return result;
      } catch (e) {
        this.error(context, e);
        return undefined;
      }
    };
  }

  show(): void { this.channel.show(true); }
  dispose(): void { this.channel.dispose(); }
}

/** "message (stack)\n  caused by: …" for Errors, String(x) for anything else. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e !== undefined && depth < 5; depth++) {
    if (e instanceof Error) {
      parts.push(e.stack ?? `${e.name}: ${e.message}`);
      e = (e as { cause?: unknown }).cause;
    } else {
      parts.push(String(e));
      e = undefined;
    }
  }
  return parts.join('\n  caused by: ');
}
