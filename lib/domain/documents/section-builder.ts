import type { TDocBlock, TDocSection } from './doc-model';

/** Numbers sections as they are added: 1, 1.1, 1.1.1, then annexes A, B, C. */
export function sectionBuilder(annexWord = 'Annex') {
  const sections: TDocSection[] = [];
  const counters = [0, 0, 0];
  let annexes = 0;
  const add = (level: 1 | 2 | 3, id: string, title: string, blocks: TDocBlock[] = []) => {
    counters[level - 1] += 1;
    for (let i = level; i < counters.length; i++) counters[i] = 0;
    const prefix = annexes > 0 ? [String.fromCharCode(64 + annexes)] : [];
    const number = [...prefix, ...counters.slice(annexes > 0 ? 1 : 0, level).map(String)].join('.');
    const section: TDocSection = { id, number, title, level, blocks };
    sections.push(section);
    return section;
  };
  return {
    h1: (id: string, title: string, blocks: TDocBlock[] = [], pageBreakBefore = false) => Object.assign(add(1, id, title, blocks), pageBreakBefore ? { pageBreakBefore } : {}),
    h2: (id: string, title: string, blocks: TDocBlock[] = []) => add(2, id, title, blocks),
    h3: (id: string, title: string, blocks: TDocBlock[] = []) => add(3, id, title, blocks),
    /** Annex A, B...: level 1, numbered by letter; its subsections A.1, A.2. */
    annex: (id: string, title: string, blocks: TDocBlock[] = []) => {
      annexes += 1;
      counters.fill(0);
      const section: TDocSection = { id, number: `${annexWord} ${String.fromCharCode(64 + annexes)}`, title, level: 1, pageBreakBefore: true, blocks };
      sections.push(section);
      return section;
    },
    sections,
  };
}
