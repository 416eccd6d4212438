import type { WalletCard } from './card-view.js';

/** ISO/IEC 7810 ID-1, the size of a credit card, in millimetres. */
export const CARD = { width: 85.6, height: 54 } as const;
const PAPER = { a4: { width: 210, height: 297, rows: 5 }, letter: { width: 215.9, height: 279.4, rows: 4 } } as const;
const COLUMNS = 2;
/** Cut marks sit in the margin, this far from the card edge, this long. */
const MARK_GAP = 2;
const MARK_LENGTH = 5;

export interface SheetLayout {
  width: number;
  height: number;
  columns: number;
  rows: number;
  /** Where the block of cards starts: centred on the sheet. */
  left: number;
  top: number;
}

/** A sheet of cards; the back sheet has each row mirrored, so that printed both sides (long-edge flip) they align. */
export interface Sheet {
  side: 'front' | 'back';
  slots: (WalletCard | null)[];
}

/** A line of a cut mark, in millimetres from the sheet's top left. */
export interface CutMark {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** 10 cards to an A4 sheet (2 × 5), 8 to a Letter sheet (2 × 4), the block centred. */
export function sheetLayout(paper: 'a4' | 'letter'): SheetLayout {
  const { width, height, rows } = PAPER[paper];
  return {
    width,
    height,
    columns: COLUMNS,
    rows,
    left: round((width - COLUMNS * CARD.width) / 2),
    top: round((height - rows * CARD.height) / 2),
  };
}

/** Fronts and backs, sheet by sheet: print both sides and cut along the marks. */
export function cardSheets(cards: WalletCard[], layout: SheetLayout): Sheet[] {
  const perSheet = layout.columns * layout.rows;
  const sheets: Sheet[] = [];
  for (let start = 0; start < cards.length; start += perSheet) {
    const front = Array.from({ length: perSheet }, (_, i) => cards[start + i] ?? null);
    const back = front.map((_, i) => {
      const row = Math.floor(i / layout.columns);
      const column = layout.columns - 1 - (i % layout.columns);
      return front[row * layout.columns + column] ?? null;
    });
    sheets.push({ side: 'front', slots: front }, { side: 'back', slots: back });
  }
  return sheets;
}

/** Short lines in the margins along every cutting line, so that the cards can be cut with a ruler. */
export function cutMarks(layout: SheetLayout): CutMark[] {
  const right = layout.left + layout.columns * CARD.width;
  const bottom = layout.top + layout.rows * CARD.height;
  const marks: CutMark[] = [];
  for (let column = 0; column <= layout.columns; column += 1) {
    const x = round(layout.left + column * CARD.width);
    marks.push({ x, y: round(layout.top - MARK_GAP - MARK_LENGTH), width: 0, height: MARK_LENGTH });
    marks.push({ x, y: round(bottom + MARK_GAP), width: 0, height: MARK_LENGTH });
  }
  for (let row = 0; row <= layout.rows; row += 1) {
    const y = round(layout.top + row * CARD.height);
    marks.push({ x: round(layout.left - MARK_GAP - MARK_LENGTH), y, width: MARK_LENGTH, height: 0 });
    marks.push({ x: round(right + MARK_GAP), y, width: MARK_LENGTH, height: 0 });
  }
  return marks;
}

function round(mm: number): number {
  return Math.round(mm * 100) / 100;
}
