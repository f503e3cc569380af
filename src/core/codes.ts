import type { ClaimKind, Verdict } from './types';

/** Stable finding codes. Editors and CI key on these, never on message text. */
export const FINDING_CODES = {
  contradicted: {
    membership: 'contradicted-membership',
    invitation: 'contradicted-invitation',
    founding: 'contradicted-founding-date',
    count: 'contradicted-member-count',
    statement: 'contradicted-statement',
  },
  supported: {
    membership: 'supported-membership',
    invitation: 'supported-invitation',
    founding: 'supported-founding-date',
    count: 'supported-member-count',
    statement: 'supported-statement',
  },
} as const satisfies Record<Verdict, Record<ClaimKind, string>>;

export function findingCode(verdict: Verdict, kind: ClaimKind): string {
  return FINDING_CODES[verdict][kind];
}

/** Where a code is documented (the README's section on finding codes). */
export function docsUrl(code: string): string {
  return `https://github.com/grounded-writing/grounded#${code}`;
}
