// Placeholder patterns come from rc files, settings and front matter, that is from the workspace and
// the document: a pattern that backtracks exponentially ("(a+)+$") would hang every check. JavaScript
// regexes cannot be given a time limit, so the shapes behind catastrophic backtracking are refused:
// a repeated group that itself holds a repetition (star height above one), and backreferences.

/** Why a pattern is refused, or null when it is safe to run on any text. */
export function unsafeRegexReason(source: string): string | null {
  // Per open group: whether it holds a quantifier so far.
  const groups: boolean[] = [];
  let lastGroupHadQuantifier = false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (!inClass && /[1-9k]/.test(source[i + 1] ?? '')) return 'it uses a backreference';
      i++;
      lastGroupHadQuantifier = false;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      groups.push(false);
    } else if (c === ')') {
      lastGroupHadQuantifier = groups.pop() ?? false;
      if (lastGroupHadQuantifier && groups.length) groups[groups.length - 1] = true;
      continue;
    } else if (isQuantifier(source, i)) {
      if (lastGroupHadQuantifier && source[i - 1] === ')') return 'a repeated group holds a repetition (it can take exponential time)';
      if (groups.length) groups[groups.length - 1] = true;
    }
    lastGroupHadQuantifier = false;
  }
  return null;
}

/** `*`, `+` and `{n}`/`{n,}`/`{n,m}` repeat; `?` alone does not (an optional part cannot blow up on its own). */
function isQuantifier(source: string, i: number): boolean {
  const c = source[i];
  if (c === '*' || c === '+') return true;
  return c === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i, i + 24));
}
