import { bullets, heading, para, picture, richPara, userText, type Block } from '../../main/exports/docx/blocks';
import { dataTable } from '../../main/exports/docx/dataTable';
import { emailLink, linkBullet, linkPara, webLink } from '../../main/exports/docx/links';
import { ReportNumbering } from '../../main/exports/docx/numbering';

// Documents of every kind of block our builders make, in random mixes from a seed, for holding
// the page estimate to the docx package's layout (test/unit/pageEstimate.test.ts).

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A seeded random number generator (mulberry32), so that a failing document can be made again. */
function randomFrom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  return { next, int, pick };
}

const WORDS = [
  'the',
  'homes',
  'gas',
  'safety',
  'check',
  'overdue',
  'tenants',
  'well-being',
  'BS01-BS05',
  '2025-26',
  'R12:',
  '£1,250.00',
  'Northgate',
  'recommendation',
  'completed',
  'no',
  'access',
  'électrique',
  'fire-risk',
  'assessment',
  'a',
  'of',
  'and',
  'in',
  '31/03/2027',
  '(12.5%)',
  'Flat',
  'CouncilHousingRegulatoryStandardsReferenceNumber0123456789',
  'www.example.gov.uk/housing',
  'housing@example.gov.uk',
  '–',
  '“quoted”',
  'Mr',
  'O’Brien',
] as const;

export function randomBlocks(seed: number): Block[] {
  const r = randomFrom(seed);
  const words = (lo: number, hi: number, from: readonly string[] = WORDS) => Array.from({ length: r.int(lo, hi) }, () => r.pick(from)).join(' ');
  // a long reference in a cell makes a narrow column's rows taller than a page, which the estimate leaves to docx (tested below)
  const cellWords = (lo: number, hi: number) =>
    words(
      lo,
      hi,
      WORDS.filter((w) => w.length < 30),
    );
  const n = new ReportNumbering();
  const out: Block[] = [heading(`Document ${seed}`, 'title')];
  const count = r.int(8, 40);
  for (let i = 0; i < count; i++) {
    switch (r.int(0, 12)) {
      case 0:
        out.push(heading(words(1, 8), 1));
        break;
      case 1:
        out.push(heading(words(1, 12), r.pick([2, 3] as const)));
        break;
      case 2:
        out.push(para(words(1, r.pick([10, 60, 400])), { keepNext: r.next() < 0.2, bold: r.next() < 0.1 }));
        break;
      case 3:
        out.push(
          richPara(
            [
              [`${words(1, 3)}: `, true],
              [words(1, 50), false],
            ],
            { keepNext: r.next() < 0.3 },
          ),
        );
        break;
      case 4:
        out.push(...bullets(Array.from({ length: r.int(1, 6) }, () => (r.next() < 0.3 ? `${words(1, 20)}\n${words(1, 20)}` : words(1, 40)))));
        break;
      case 5:
        out.push(...userText(Array.from({ length: r.int(1, 5) }, () => (r.next() < 0.3 ? `- ${words(1, 15)}` : words(1, 80))).join('\n')));
        break;
      case 6:
        out.push(picture(PNG, r.int(100, 620), r.int(40, 400), { title: 'A chart', description: 'A chart of figures' }));
        break;
      case 7:
      case 8: {
        const columns = r.int(2, 9);
        const rows = Array.from({ length: r.int(0, r.pick([5, 40, 120])) }, () =>
          Array.from({ length: columns }, () =>
            r.next() < 0.1
              ? ''
              : r.next() < 0.05 && columns <= 4
                ? `- ${cellWords(1, 6)}\n- ${cellWords(1, 6)}`
                : r.next() < 0.15
                  ? `${cellWords(1, 6)}\n${cellWords(1, 6)}`
                  : cellWords(1, r.pick(columns > 4 ? [2, 6] : [2, 6, 30])),
          ),
        );
        if (columns <= 3 && rows[0]) rows[0][0] = WORDS.find((w) => w.length > 30)!;
        out.push(...dataTable({ caption: words(2, 8), headers: Array.from({ length: columns }, () => cellWords(1, 3)), rows }));
        break;
      }
      case 9:
        out.push(n.heading(words(1, 5)), ...n.text(`${words(5, 90)}\n\n${words(5, 60)}`));
        break;
      case 10:
        out.push(n.subheading(words(1, 6)), n.para(words(3, 120), { keepNext: r.next() < 0.3 }));
        break;
      case 11:
        out.push(
          linkPara([`${words(1, 10)} `, webLink('Visit', 'https://www.example.gov.uk/housing'), '.']),
          linkBullet([emailLink('Email', 'housing@example.gov.uk')]),
        );
        break;
      default:
        out.push(para(''));
    }
  }
  return out;
}
