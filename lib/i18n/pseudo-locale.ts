import type { TMessages } from './load-messages';

/**
 * A pseudo-language for tests only: the English messages, every letter accented and every vowel
 * doubled (about a third longer, as French and Portuguese run), between ⟦ ⟧. A page shown in it
 * makes two faults visible: English left in the code (plain ASCII words) and layouts that break
 * with longer words. It is never offered in the language menu and only answers when the
 * deployment turns it on (PSEUDO_LOCALE=1, set by the e2e suite) and the visitor asks for it.
 */
export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
const VOWELS = new Set('aeiouyAEIOUY');

/** Plain text: each letter accented, each vowel written twice. */
export function pseudoText(text: string): string {
  let out = '';
  for (const ch of text) {
    const accented = ACCENTED[ch] ?? ch;
    out += VOWELS.has(ch) ? accented + accented : accented;
  }
  return out;
}

/**
 * An ICU message in pseudo-language: literal text changes; argument names, formats, plural and
 * select keys, `#` and rich-text tags (`<code>…</code>`) stay exactly as they are, so the message
 * formats with the same values. Quoted ICU text ('{') is left alone.
 */
export function pseudoMessage(message: string): string {
  let i = 0;

  /** Literal text and arguments up to an unmatched `}` (the end of a plural/select branch) or the end. */
  function literal(): string {
    let out = '';
    let run = '';
    const flush = () => {
      out += pseudoText(run);
      run = '';
    };
    while (i < message.length) {
      const ch = message[i];
      if (ch === '}') break;
      if (ch === '{') {
        flush();
        out += argument();
      } else if (ch === '<') {
        flush();
        const end = message.indexOf('>', i);
        const stop = end === -1 ? message.length : end + 1;
        out += message.slice(i, stop);
        i = stop;
      } else if (ch === "'") {
        flush();
        const end = message.indexOf("'", i + 1);
        const stop = end === -1 ? message.length : end + 1;
        out += message.slice(i, stop);
        i = stop;
      } else {
        run += ch;
        i++;
      }
    }
    flush();
    return out;
  }

  /** `{name}`, `{name, number}`, `{n, plural, one {…} other {…}}` — branches are literal text again. */
  function argument(): string {
    const start = i;
    i++; // {
    const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*)?(,)?/.exec(message.slice(i));
    const type = head?.[2];
    if (type === 'plural' || type === 'select' || type === 'selectordinal') {
      i += head![0].length;
      let out = message.slice(start, i);
      while (i < message.length && message[i] !== '}') {
        const key = /^\s*([^\s{}]+)\s*/.exec(message.slice(i));
        if (!key) break;
        out += key[0];
        i += key[0].length;
        if (message[i] !== '{') continue; // offset:1 and the like
        i++;
        out += '{' + literal() + '}';
        i++; // }
        const space = /^\s*/.exec(message.slice(i))![0];
        out += space;
        i += space.length;
      }
      i++; // }
      return out + '}';
    }
    let depth = 0;
    for (; i < message.length; i++) {
      if (message[i] === '{') depth++;
      else if (message[i] === '}' && depth-- === 0) break;
    }
    i++;
    return message.slice(start, i);
  }

  return `⟦${literal()}⟧`;
}

/** Every message of a catalogue in pseudo-language (the tree's shape and keys unchanged). */
export function pseudoMessages(messages: TMessages): TMessages {
  const walk = (node: unknown): unknown =>
    typeof node === 'string' ? pseudoMessage(node) : node && typeof node === 'object' ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)])) : node;
  return walk(messages) as TMessages;
}
