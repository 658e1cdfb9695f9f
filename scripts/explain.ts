// npm run explain FILE…: how the recogniser read a document, block by block — its region, what the
// decoder made of it and the scores behind that — then the parts found, the plausible ones and the
// FAQ counts. For maintainers tuning the vocabulary or the decoder.
import { readFileSync } from 'node:fs';
import { parseBlockwise } from '../server/src/core/blocks';
import { recognise } from '../server/src/core/recognise/model';
import { PRESS_RELEASE_SECTIONS } from '../server/src/core/types';

const short = (s: string, n = 70) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const tree = parseBlockwise(text);
  const { blocks, features, placed, decoded, model, productTerms } = recognise(text, tree);
  const labelOf = new Map<number, string>();
  const scoreOf = new Map<number, number[]>();
  for (const u of decoded.units) for (const i of u.blocks) {
    labelOf.set(i, u.label);
    scoreOf.set(i, u.scores);
  }
  console.log(`\n=== ${file}`);
  blocks.forEach((b, i) => {
    const line = model.lineStarts.findIndex((s) => s > b.start);
    const region = placed[i].region + (placed[i].faqKind ? `:${placed[i].faqKind[0]}` : '');
    const name = b.name ? `[${b.name.type}${'id' in b.name ? ':' + b.name.id : ''}${'kind' in b.name ? ':' + b.name.kind : ''}]` : '';
    const f = features[i];
    const cues = !f ? (b.kind === 'body' ? '' : '') : [f.dateline ? `dateline${f.dateline.city ? '+city' : ''}${f.dateline.date ? '+date' : ''}` : '', f.announce ? `ann${f.announce}` : '', f.problem ? `prob${f.problem}` : '', f.solution ? `sol${f.solution}` : '', f.how ? `how${f.how}` : '', f.cta ? `cta${f.cta}` : '', f.quote ? `quote${f.quote.attributed ? '+attr' : ''}${f.quote.role ? ':' + f.quote.role : ''}${f.quote.dominant ? '' : '(inline)'}` : '', f.question ? 'Q' : ''].filter(Boolean).join(' ');
    const label = labelOf.get(i) ?? '';
    const scores = scoreOf.get(i);
    const top = scores
      ? PRESS_RELEASE_SECTIONS.map((id, k) => [id, scores[k]] as const).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([id, s]) => `${id}=${s.toFixed(1)}`).join(' ')
      : '';
    console.log(`${String(line < 0 ? model.lineStarts.length : line).padStart(4)} ${region.padEnd(6)} ${b.kind[0]}${b.kind === 'heading' ? b.level : ''}${b.style ? '*' : ''} ${name.padEnd(22)} ${short(b.text, 60).padEnd(60)} | ${label.padEnd(14)} ${cues} ${top ? '· ' + top : ''}`);
  });
  console.log('names:', productTerms.all.join(', ') || '-', '· product:', productTerms.product.join(', ') || '-');
  console.log('parts:', model.sections.map((s) => `${s.id}(${s.via})`).join(', '));
  console.log('plausible:', model.possibleSections.join(', ') || '-', '· dateline:', model.dateline ? JSON.stringify({ city: model.dateline.city, date: model.dateline.date, ph: model.dateline.placeholderDate }) : '-');
  console.log(`faq: external ${model.faq.external.length}, internal ${model.faq.internal.length} · words: pr ${model.words.pressRelease}, faq ${model.words.faq}, total ${model.words.total} · lang ${model.lang}`);
}
