import { describe, expect, it } from 'vitest';
import { seriesInput, validateSeries, type SeriesValues } from './series-form';

const valid: SeriesValues = {
  firstDate: '2027-03-04',
  startTime: '18:00',
  endTime: '19:30',
  everyWeeks: '3',
  end: 'count',
  count: '6',
  until: '',
  format: 'ONLINE',
  onlineUrl: 'https://meet.example.org/runde',
  place: '',
};

describe('the series form checks', () => {
  it('accepts a complete series and sends a count, never count and until together', () => {
    expect(validateSeries(valid)).toEqual({});
    expect(seriesInput('g1', valid)).toEqual({
      groupId: 'g1',
      firstDate: '2027-03-04',
      startTime: '18:00',
      endTime: '19:30',
      everyWeeks: 3,
      count: 6,
      format: 'ONLINE',
      onlineUrl: 'https://meet.example.org/runde',
    });
    const until = { ...valid, end: 'until' as const, until: '2027-06-30' };
    expect(seriesInput('g1', until)).not.toHaveProperty('count');
    expect(seriesInput('g1', until)).toHaveProperty('until', '2027-06-30');
  });

  it('names the field of each problem', () => {
    expect(validateSeries({ ...valid, firstDate: '' })).toEqual({ firstDate: 'required' });
    expect(validateSeries({ ...valid, endTime: '17:00' })).toEqual({ endTime: 'endBeforeStart' });
    expect(validateSeries({ ...valid, everyWeeks: '0' })).toEqual({ everyWeeks: 'everyWeeks' });
    expect(validateSeries({ ...valid, everyWeeks: '13' })).toEqual({ everyWeeks: 'everyWeeks' });
    expect(validateSeries({ ...valid, count: '53' })).toEqual({ count: 'tooMany' });
    expect(validateSeries({ ...valid, count: '' })).toEqual({ count: 'count' });
    expect(validateSeries({ ...valid, end: 'until', until: '' })).toEqual({ until: 'required' });
    expect(validateSeries({ ...valid, end: 'until', until: '2027-01-01' })).toEqual({
      until: 'untilBeforeFirst',
    });
    expect(validateSeries({ ...valid, onlineUrl: 'http://meet.example.org' })).toEqual({
      onlineUrl: 'https',
    });
    expect(validateSeries({ ...valid, format: 'IN_PERSON', place: ' ' })).toEqual({
      place: 'required',
    });
  });
});
