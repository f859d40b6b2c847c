import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, insetsFrom, NO_INSETS, panIntoView } from '../../src/map/uncoveredView';

// The desktop page as styles.css lays it out: toolbar across the top, the
// Layers panel down the left, the detail panel down the right.
const DESKTOP: Box = { left: 0, top: 0, right: 1280, bottom: 800 };
const TOOLBAR: Box = { left: 0, top: 0, right: 1280, bottom: 52 };
const SIDE: Box = { left: 8, top: 60, right: 308, bottom: 700 };
const DETAIL: Box = { left: 892, top: 60, right: 1272, bottom: 772 };
// A phone: toolbar, and the detail panel as a bottom sheet.
const PHONE: Box = { left: 0, top: 0, right: 390, bottom: 844 };
const SHEET: Box = { left: 0, top: 380, right: 390, bottom: 844 };

describe('insetsFrom', () => {
  it('counts each cover against the edge it runs along', () => {
    expect(insetsFrom(DESKTOP, [TOOLBAR, SIDE, DETAIL])).toEqual({ top: 52, left: 308, right: 388, bottom: 0 });
    expect(insetsFrom(PHONE, [{ left: 0, top: 0, right: 390, bottom: 50 }, SHEET])).toEqual({ top: 50, left: 0, right: 0, bottom: 464 });
  });

  it('keeps the deepest cover on an edge and ignores covers off the map or of no size', () => {
    const lower = { left: 0, top: 0, right: 1280, bottom: 90 };
    expect(insetsFrom(DESKTOP, [TOOLBAR, lower]).top).toBe(90);
    expect(insetsFrom(DESKTOP, [{ left: 1300, top: 0, right: 1400, bottom: 800 }, { left: 10, top: 10, right: 10, bottom: 500 }])).toEqual(NO_INSETS);
  });

  it('clips covers to the map, whose box need not start at 0', () => {
    const map = { left: 100, top: 200, right: 1100, bottom: 900 };
    expect(insetsFrom(map, [{ left: 0, top: 0, right: 2000, bottom: 250 }])).toEqual({ ...NO_INSETS, top: 50 });
  });
});

describe('panIntoView', () => {
  const size = { x: 1280, y: 800 };
  const insets = { top: 52, left: 308, right: 388, bottom: 0 };

  it('does not move what is already in the uncovered part', () => {
    expect(panIntoView({ left: 600, top: 400, right: 600, bottom: 400 }, size, insets, 20)).toEqual({ x: 0, y: 0 });
  });

  it('pans a point under the toolbar or a panel out by just enough', () => {
    // under the toolbar: the view moves up (negative y) until the point is 20px below it
    expect(panIntoView({ left: 600, top: 30, right: 600, bottom: 30 }, size, insets, 20)).toEqual({ x: 0, y: -42 });
    // under the detail panel: the view moves right
    expect(panIntoView({ left: 1000, top: 400, right: 1000, bottom: 400 }, size, insets, 20)).toEqual({ x: 1000 - (1280 - 388 - 20), y: 0 });
    // off the map to the left, below the bottom
    expect(panIntoView({ left: -500, top: 900, right: -500, bottom: 900 }, size, insets, 0)).toEqual({ x: -808, y: 100 });
  });

  it('asks for a zoom out (null) only when the target is larger than the uncovered part', () => {
    expect(panIntoView({ left: 0, top: 100, right: 584, bottom: 200 }, size, insets, 0)).toEqual({ x: -308, y: 0 });
    expect(panIntoView({ left: 0, top: 100, right: 585, bottom: 200 }, size, insets, 0)).toBeNull();
  });

  it('always lands a target that fits inside the uncovered part', () => {
    const side = fc.integer({ min: 0, max: 300 });
    fc.assert(fc.property(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 }), fc.nat(200), fc.nat(200),
      side, side, side, side, (x, y, w, h, top, right, bottom, left) => {
        const box = { left: x, top: y, right: x + w, bottom: y + h };
        const pan = panIntoView(box, size, { top, right, bottom, left }, 10);
        const fits = w <= size.x - left - right - 20 && h <= size.y - top - bottom - 20;
        if (!fits) return pan === null;
        if (pan === null) return false;
        return box.left - pan.x >= left + 10 && box.right - pan.x <= size.x - right - 10
          && box.top - pan.y >= top + 10 && box.bottom - pan.y <= size.y - bottom - 10;
      }));
  });
});

describe('panIntoView with room beside the ends', () => {
  // The uncovered part runs from x 308 + 20 to 1280 - 388 - 20 = 872.
  const size = { x: 1280, y: 800 };
  const insets = { top: 52, left: 308, right: 388, bottom: 0 };

  it('keeps room beside the ends of a line already in view for their names, by as little a pan as it can', () => {
    // The jets' line ended 20 px short of the detail panel: it moves left until its end has 100 px more.
    expect(panIntoView({ left: 552, top: 150, right: 852, bottom: 230 }, size, insets, 20, 100)).toEqual({ x: 852 + 100 - 872, y: 0 });
    // With the room there already, it stays.
    expect(panIntoView({ left: 450, top: 150, right: 750, bottom: 230 }, size, insets, 20, 100)).toEqual({ x: 0, y: 0 });
  });

  it('centres a line across the uncovered part where the room does not fit, and moves it down only as a point would be', () => {
    // 400 px of line with 2 × 100 px of room is more than the 544 px uncovered: centred, 72 px each side.
    expect(panIntoView({ left: 500, top: 30, right: 900, bottom: 230 }, size, insets, 20, 100)).toEqual({ x: 700 - 600, y: -42 });
  });

  it('asks for a zoom out (null) where the line itself does not fit, as without room', () => {
    expect(panIntoView({ left: 0, top: 100, right: 600, bottom: 200 }, size, insets, 20, 100)).toBeNull();
  });
});
