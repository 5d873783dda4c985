/** The slice of mark.js 8.11.1's API the page benchmark uses (the package ships no types). */
declare module 'mark.js' {
  interface MarkOptions {
    separateWordSearch?: boolean;
    acrossElements?: boolean;
    diacritics?: boolean;
    done?: (count: number) => void;
  }
  export default class Mark {
    constructor(context: Element | Element[] | NodeList | string);
    mark(keyword: string | readonly string[], options?: MarkOptions): void;
    markRegExp(regexp: RegExp, options?: MarkOptions): void;
    unmark(options?: { done?: () => void }): void;
  }
}
