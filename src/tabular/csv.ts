/**
 * A streaming RFC 4180 tokenizer, written for speed: csv-parse reads about 30 MB/s, too slow for
 * multi-gigabyte files in CI. Fields are split with a character loop over decoded text, quoted
 * fields may hold delimiters, doubled quotes and newlines, and every record carries the line it
 * starts on (newlines inside quotes counted). Anything unusual (blank lines, replacement
 * characters from bad UTF-8) is reported, never silently dropped.
 */

export interface CsvRecordSink {
  record(fields: string[], line: number): void;
  blankLine(line: number): void;
  /** A field held U+FFFD, which the decoder puts where the bytes were not valid UTF-8. */
  badEncoding(line: number): void;
}

const LF = 10;
const CR = 13;

export class CsvTokenizer {
  private pending = '';
  private line = 1;
  private readonly delimiter: number;
  private readonly quote: number;
  private readonly sink: CsvRecordSink;

  constructor(delimiter: string, quote: string, sink: CsvRecordSink) {
    if (delimiter.length !== 1) throw new Error('delimiter must be one character');
    if (quote.length > 1) throw new Error('quote must be one character or empty');
    this.delimiter = delimiter.charCodeAt(0);
    this.quote = quote === '' ? -1 : quote.charCodeAt(0);
    this.sink = sink;
  }

  push(chunk: string): void {
    const text = this.pending === '' ? chunk : this.pending + chunk;
    const consumed = this.parse(text, false, chunk.includes('\ufffd'));
    this.pending = consumed < text.length ? text.slice(consumed) : '';
  }

  end(): void {
    if (this.pending !== '') this.parse(this.pending, true, this.pending.includes('\ufffd'));
    this.pending = '';
  }

  /** Parses complete records from `text`; returns how far it got (the start of an incomplete record). */
  private parse(text: string, final: boolean, checkEncoding: boolean): number {
    const length = text.length;
    const delimiter = this.delimiter;
    const quote = this.quote;
    let position = 0;
    while (position < length) {
      const recordStart = position;
      const recordLine = this.line;
      const first = text.charCodeAt(position);
      if (first === LF || first === CR) {
        // A blank line: report it and move on.
        if (first === CR) {
          if (position + 1 >= length && !final) return recordStart;
          position += text.charCodeAt(position + 1) === LF ? 2 : 1;
        } else {
          position += 1;
        }
        this.sink.blankLine(this.line);
        this.line++;
        continue;
      }
      const fields: string[] = [];
      let complete = false;
      for (;;) {
        if (position < length && text.charCodeAt(position) === quote) {
          // Quoted field.
          let value = '';
          let segmentStart = position + 1;
          let cursor = segmentStart;
          let closed = false;
          while (cursor < length) {
            const code = text.charCodeAt(cursor);
            if (code === quote) {
              if (cursor + 1 < length && text.charCodeAt(cursor + 1) === quote) {
                value += text.slice(segmentStart, cursor + 1);
                cursor += 2;
                segmentStart = cursor;
                continue;
              }
              if (cursor + 1 >= length && !final) break;
              value += text.slice(segmentStart, cursor);
              cursor++;
              closed = true;
              break;
            }
            if (code === LF) this.line++;
            else if (code === CR && text.charCodeAt(cursor + 1) !== LF) this.line++;
            cursor++;
          }
          if (!closed) {
            if (!final) {
              this.line = recordLine;
              return recordStart;
            }
            // Unterminated quote at the end of the file: keep what there is.
            value += text.slice(segmentStart, cursor);
          }
          position = cursor;
          // Characters after the closing quote up to the next delimiter are kept, leniently.
          while (position < length) {
            const code = text.charCodeAt(position);
            if (code === delimiter || code === LF || code === CR) break;
            value += text[position];
            position++;
          }
          fields.push(value);
        } else {
          let cursor = position;
          while (cursor < length) {
            const code = text.charCodeAt(cursor);
            if (code === delimiter || code === LF || code === CR) break;
            cursor++;
          }
          fields.push(text.slice(position, cursor));
          position = cursor;
        }
        if (position >= length) {
          if (!final) {
            this.line = recordLine;
            return recordStart;
          }
          complete = true;
          break;
        }
        const code = text.charCodeAt(position);
        if (code === delimiter) {
          position++;
          continue;
        }
        if (code === CR) {
          if (position + 1 >= length && !final) {
            this.line = recordLine;
            return recordStart;
          }
          position += text.charCodeAt(position + 1) === LF ? 2 : 1;
        } else {
          position++;
        }
        complete = true;
        break;
      }
      if (complete) {
        if (checkEncoding && fields.some((field) => field.includes('\ufffd'))) this.sink.badEncoding(recordLine);
        this.sink.record(fields, recordLine);
        this.line++;
      }
    }
    return position;
  }
}
