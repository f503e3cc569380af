import * as vscode from 'vscode';
import type { CheckOptions, Severity } from '../core';

export type SeveritySetting = Severity | 'off';
export type CitationStyleSetting = 'footnote' | 'inline' | 'pandoc';

/** Every `grounded.*` setting, read for one document (most are resource-scoped). */
export interface Settings {
  enable: boolean;
  severity: { contradicted: SeveritySetting; supported: SeveritySetting };
  debounceMs: number;
  hideWhileTyping: boolean;
  revealDelayMs: number;
  citationStyle: CitationStyleSetting;
  /** Extra pack files: absolute paths, URIs, or paths relative to the workspace folder. */
  packs: string[];
  /** Documents longer than this many characters are not checked. */
  maxFileSize: number;
}

export const SECTION = 'grounded';

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    enable: c.get<boolean>('enable', true),
    severity: {
      contradicted: c.get<SeveritySetting>('severity.contradicted', 'warning'),
      supported: c.get<SeveritySetting>('severity.supported', 'hint'),
    },
    debounceMs: clamp(c.get<number>('debounceMs', 300), 0, 10_000),
    hideWhileTyping: c.get<boolean>('hideWhileTyping', true),
    revealDelayMs: clamp(c.get<number>('revealDelayMs', 1500), 0, 60_000),
    citationStyle: c.get<CitationStyleSetting>('citationStyle', 'footnote'),
    packs: c.get<string[]>('packs', []).filter((p) => typeof p === 'string' && p.trim() !== ''),
    maxFileSize: clamp(c.get<number>('maxFileSize', 1_048_576), 1, Number.MAX_SAFE_INTEGER),
  };
}

export function checkOptions(s: Settings): CheckOptions {
  return { severity: { ...s.severity }, maxLength: s.maxFileSize };
}

export function toDiagnosticSeverity(s: Severity): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'information': return vscode.DiagnosticSeverity.Information;
    default: return vscode.DiagnosticSeverity.Hint;
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}
