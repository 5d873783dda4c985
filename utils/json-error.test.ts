import { describe, expect, it } from 'vitest';
import { jsonErrorPlace, placeOf } from './json-error';

const failure = (text: string): unknown => {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error(`parsed: ${text}`);
};

describe('jsonErrorPlace', () => {
  it('finds the line and column of a parse error in this engine', () => {
    const text = '{\n  "format": "contextual-briefings/pack",\n  "id" "x"\n}';
    expect(jsonErrorPlace(text, failure(text))).toEqual({ line: 3, column: 8 });
  });

  it('reads each engine’s wording', () => {
    const text = '{\n\n  oops\n}';
    expect(jsonErrorPlace(text, new SyntaxError('JSON.parse: expected property name at line 3 column 3 of the JSON data'))).toEqual({ line: 3, column: 3 });
    expect(jsonErrorPlace(text, new SyntaxError('Unexpected token o in JSON at position 5'))).toEqual({ line: 3, column: 3 });
    expect(jsonErrorPlace(text, new SyntaxError('Unexpected end of JSON input'))).toEqual({ line: 4, column: 2 });
    expect(jsonErrorPlace(text, new SyntaxError('something else'))).toBeNull();
  });

  it('places a cut-off file at its end', () => {
    const text = '{"format": ';
    expect(jsonErrorPlace(text, failure(text))).toEqual({ line: 1, column: 12 });
  });
});

describe('placeOf', () => {
  it('counts lines and columns from 1', () => {
    expect(placeOf('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(placeOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
