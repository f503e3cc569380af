import * as vscode from 'vscode';
import { docsUrl, type Finding, type LineIndex, type Span } from '../core';
import { toDiagnosticSeverity } from './settings';

export const SOURCE = 'Grounded';
/** Code of the one diagnostic shown when a document is too large to check. */
export const SKIPPED_CODE = 'file-not-checked';
export const UNCHECKED_CODE = 'paragraph-not-checked';

export function toRange(index: LineIndex, span: Span): vscode.Range {
  const r = index.rangeOf(span);
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** A Finding as a Diagnostic: stable code linked to its docs, severity, related fact location. */
export function toDiagnostic(f: Finding, index: LineIndex, factLocation?: vscode.Location): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(index, f.offset), f.message, toDiagnosticSeverity(f.severity));
  d.source = SOURCE;
  d.code = { value: f.code, target: vscode.Uri.parse(docsUrl(f.code)) };
  if (factLocation) {
    d.relatedInformation = [new vscode.DiagnosticRelatedInformation(factLocation, `Fact ${f.fact.id}: ${f.fact.statement}`)];
  }
  return d;
}

/** The visible notice for a document that was not checked (too large). */
export function skippedDiagnostic(reason: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `Grounded did not check this file: ${reason}`,
    vscode.DiagnosticSeverity.Information);
  d.source = SOURCE;
  d.code = { value: SKIPPED_CODE, target: vscode.Uri.parse(docsUrl(SKIPPED_CODE)) };
  return d;
}

/** The visible notice for a paragraph the engine failed on (see CheckResult.unchecked). */
export function uncheckedDiagnostic(range: vscode.Range, message: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, `Grounded could not check this paragraph (${message}); the rest of the file was checked.`,
    vscode.DiagnosticSeverity.Information);
  d.source = SOURCE;
  d.code = { value: UNCHECKED_CODE, target: vscode.Uri.parse(docsUrl(UNCHECKED_CODE)) };
  return d;
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}
