// Context around a number: hedges, increments, units, restatements. Tables are [input, expected...].
import { describe, expect, test } from 'vitest';
import { findQuantities } from '../../src/quantities/index.js';
import { onlyClaimable, quantityWithText } from './helpers.js';

describe('hedges: a directional interval', () => {
  test.each([
    // approx [0.9v, 1.1v]
    ['about 40 fighters', 'about 40', 'approx', 36, 44],
    ['around 45,000 Syrian refugees', 'around 45,000', 'approx', 40500, 49500],
    ['some 20 militants', 'some 20', 'approx', 18, 22],
    ['roughly 100 people', 'roughly 100', 'approx', 90, 110],
    ['approximately 100 people', 'approximately 100', 'approx', 90, 110],
    ['an estimated 600 fighters', 'an estimated 600', 'approx', 540, 660],
    ['Estimates suggest 600 Daesh militants', 'Estimates suggest 600', 'approx', 540, 660],
    ['20 or so people', '20 or so', 'approx', 18, 22],
    ['20-odd people', '20-odd', 'approx', 18, 22],
    ['200-plus fighters', '200-plus', 'at_least', 200, 220],
    ['500 or more people', '500 or more', 'at_least', 500, 550],
    ['about 500 or more people', 'about 500 or more', 'at_least', 500, 550],
    // nearly [0.9v, v]
    ['Nearly 3,000 militants', 'Nearly 3,000', 'nearly', 2700, 3000],
    ['almost 100 people', 'almost 100', 'nearly', 90, 100],
    ['close to 100 people', 'close to 100', 'nearly', 90, 100],
    ['just under 100 people', 'just under 100', 'nearly', 90, 100],
    // over [v, 1.1v]
    ['over 160 people', 'over 160', 'over', 160, 176],
    ['more than 270 people', 'more than 270', 'over', 270, 297],
    ['above 100 people', 'above 100', 'over', 100, 110],
    ['upwards of 100 people', 'upwards of 100', 'over', 100, 110],
    ['in excess of 100 people', 'in excess of 100', 'over', 100, 110],
    // under [0.9v, v]
    ['less than 100 people', 'less than 100', 'under', 90, 100],
    ['fewer than 100 people', 'fewer than 100', 'under', 90, 100],
    ['under 100 people', 'under 100', 'under', 90, 100],
    ['below 100 people', 'below 100', 'under', 90, 100],
    // at_least [v, 1.1v]
    ['at least 100 people', 'at least 100', 'at_least', 100, 110],
    ['no fewer than 100 people', 'no fewer than 100', 'at_least', 100, 110],
    ['no less than 100 people', 'no less than 100', 'at_least', 100, 110],
    ['a minimum of 100 people', 'a minimum of 100', 'at_least', 100, 110],
    // at_most [0.9v, v]
    ['up to 100 people', 'up to 100', 'at_most', 90, 100],
    ['as many as 100 people', 'as many as 100', 'at_most', 90, 100],
    ['at most 100 people', 'at most 100', 'at_most', 90, 100],
    ['a maximum of 100 people', 'a maximum of 100', 'at_most', 90, 100],
    ['no more than 100 people', 'no more than 100', 'at_most', 90, 100],
    // exact
    ['100 people', '100', 'exact', 100, 100],
    // a hedge on a number word
    ['more than a dozen people', 'more than a dozen', 'over', 12, 13.2],
    ['more than half of them', 'more than half', 'over', 0.5, 0.55],
  ])('%s -> %s %s [%d, %d]', (input, surface, qualifier, low, high) => {
    const q = quantityWithText(input, surface);
    expect(q.qualifier).toBe(qualifier);
    expect(q.low).toBeCloseTo(low, 6);
    expect(q.high).toBeCloseTo(high, 6);
  });

  test.each([
    // "over", "under", "some" hedge only directly before a number
    ['handed over five Hezbollah fighters', 'five', 'exact'],
    ['the militants took over two oil fields', 'two', 'exact'],
    ['under siege over an area of 60 square kilometers', '60 square kilometers', 'exact'],
    ['some of the 20 soldiers', '20', 'exact'],
    ['talks went on for hours; over, 20 people left', '20', 'exact'],
  ])('%s -> %s is %s', (input, surface, qualifier) => {
    expect(quantityWithText(input, surface).qualifier).toBe(qualifier);
  });
});

describe('increments', () => {
  test.each([
    ['around another 20 square kilometers', 'around another 20 square kilometers', 'approx'],
    ['about another 20 people', 'about another 20', 'approx'],
    ['another 20 people', 'another 20', 'exact'],
    ['Another nine Lebanese soldiers', 'Another nine', 'exact'],
    ['a further 20 people', 'a further 20', 'exact'],
    ['an additional 20 people', 'an additional 20', 'exact'],
    ['20 more people', '20 more', 'exact'],
  ])('%s -> %s incremental (%s)', (input, surface, qualifier) => {
    const q = quantityWithText(input, surface);
    expect(q.incremental).toBe(true);
    expect(q.qualifier).toBe(qualifier);
    expect(q.value).toBe(surface.includes('nine') ? 9 : 20);
  });

  test.each([
    ['20 people', '20'],
    ['20 more than last year', '20'],
  ])('%s is not incremental', (input, surface) => {
    expect(quantityWithText(input, surface).incremental).toBe(false);
  });
});

describe('area units, converted to km2', () => {
  test.each([
    ['87 square kilometers', 87],
    ['87 square kilometres', 87],
    ['87 sq km', 87],
    ['87 sq. km', 87],
    ['87 km²', 87],
    ['87 km2', 87],
    ['87km2', 87],
    ['87 square km', 87],
    ['10 square miles', 25.8999],
    ['10 sq mi', 25.8999],
    ['10 mi²', 25.8999],
    ['11 miles square', 28.48989],
    ['500 hectares', 5],
    ['500 ha', 5],
    ['1000 acres', 4.04686],
    ['a 45-acre horse farm', 0.182109],
    ['2000 dunums', 2],
    ['660 square meters', 0.00066],
  ])('%s -> %d km2', (input, value) => {
    const q = onlyClaimable(input);
    expect(q.dimension).toBe('area');
    expect(q.unit).toBe('km2');
    expect(q.value).toBeCloseTo(value, 5);
  });

  test.each([
    // a bare km is an area when the phrase is about an area
    ['clear an area of 120 kilometers from elements of Daesh', '120 kilometers', 120],
    ['captured 70km of territory', '70km', 70],
    ['seized 30 km of land', '30 km', 30],
    ['an area of about 10 miles', 'about 10 miles', 25.8999],
  ])('%s -> %s = %d km2', (input, surface, value) => {
    const q = quantityWithText(input, surface);
    expect(q.dimension).toBe('area');
    expect(q.unit).toBe('km2');
    expect(q.value).toBeCloseTo(value, 4);
    expect(q.excluded).toBeNull();
  });
});

describe('lengths', () => {
  test.each([
    ['a road of 20 km', '20 km', 20, null],
    ['a 2.5-mile stretch', '2.5-mile', 4.02336, null],
    ['500m', '500m', 0.5, null],
    ['ran the 100m in 9.8 seconds', '100m', 0.1, null],
    // distances: a direction or "away/from/long..." after the length
    ['about 330 kilometers north of the Syrian capital', 'about 330 kilometers', 330, 'distance'],
    ['as close as six kilometres away', 'six kilometres', 6, 'distance'],
    ['17 km from Ambur', '17 km', 17, 'distance'],
    ['a tunnel 2 km long', '2 km', 2, 'distance'],
    ['200 miles north of Addis Ababa', '200 miles', 321.8688, 'distance'],
    ['within 20 km of the border', '20 km', 20, 'distance'],
    // elevations
    ['1,500 metres above sea level', '1,500 metres', 1.5, 'elevation'],
    ['a 2,000-metre-high peak', '2,000-metre', 2, 'elevation'],
  ])('%s -> %s %d km (%s)', (input, surface, value, excluded) => {
    const q = quantityWithText(input, surface);
    expect(q.dimension).toBe('length');
    expect(q.unit).toBe('km');
    expect(q.value).toBeCloseTo(value, 4);
    expect(q.excluded).toBe(excluded);
  });
});

describe('restatements fold into one quantity', () => {
  test.each([
    ['some 30 square kilometers (11 miles square) of land', 'some 30 square kilometers (11 miles square)', 30, '11 miles square', 28.49],
    ['Italy covers an area of 301,338 km2 (116,347 sq mi).', '301,338 km2 (116,347 sq mi)', 301338, '116,347 sq mi', 301337.57],
    ['at 1,500,000 kilometres (930,000 mi) from Earth', '1,500,000 kilometres (930,000 mi)', 1500000, '930,000 mi', 1496689.92],
    ['20 square miles (about 52 square kilometres)', '20 square miles (about 52 square kilometres)', 51.7998, 'about 52 square kilometres', 52],
  ])('%s', (input, surface, value, restatedText, restatedValue) => {
    const found = findQuantities(input);
    expect(found).toHaveLength(1);
    const q = quantityWithText(input, surface);
    expect(q.value).toBeCloseTo(value, 3);
    expect(q.restated).toEqual({ text: restatedText, value: restatedValue, unit: q.unit });
  });

  test('the restated figure is never a second quantity', () => {
    const values = findQuantities('some 30 square kilometers (11 miles square) of land').map((q) => q.value);
    expect(values).not.toContain(11);
    expect(values).not.toContain(28.49);
  });
});

describe('spans: the surface includes hedge and unit, numberSpan the number alone', () => {
  test.each([
    // [input, span text, numberSpan text]
    ['We have captured around another 20 square kilometers, so', 'around another 20 square kilometers', '20'],
    ['killed more than 2,000 Takfiri militants', 'more than 2,000', '2,000'],
    ['an area of 120 kilometers from', '120 kilometers', '120'],
    ['between 550 and 600 people', 'between 550 and 600', '550 and 600'],
    ['some 1.2 million refugees', 'some 1.2 million', '1.2 million'],
    ['a hundred people', 'a hundred', 'a hundred'],
    ['six days of fighting', 'six days', 'six'],
    ['tens of thousands of people', 'tens of thousands', 'tens of thousands'],
  ])('%s', (input, surface, number) => {
    const q = quantityWithText(input, surface);
    expect(input.slice(q.span[0], q.span[1])).toBe(surface);
    expect(q.span[0]).toBe(input.indexOf(surface));
    expect(input.slice(q.numberSpan[0], q.numberSpan[1])).toBe(number);
  });
});
