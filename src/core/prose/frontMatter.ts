/** Length of a leading YAML (---) or TOML (+++) front matter block, or 0 when there is none. */
export function frontMatterLength(text: string): number {
  const m = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!m) return 0;
  const fence = m[1] === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+';
  const close = new RegExp(`^${fence}[ \\t]*(?:\\r?\\n|$)`, 'm');
  const rest = text.slice(m[0].length);
  const end = close.exec(rest);
  return end ? m[0].length + end.index + end[0].length : 0;
}
