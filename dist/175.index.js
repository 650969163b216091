export const id = 175;
export const ids = [175];
export const modules = {

/***/ 38590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   Tz: () => (/* binding */ byteOrder),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** File writes that never leave a half-written file behind. */


/** Writes to a temporary sibling, then renames it over the target (atomic on one file system). */
function writeFileAtomic(path, data) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, data);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw error;
    }
}
/** Resolves a user-given path against the workspace (the runner's GITHUB_WORKSPACE). */
function resolveInWorkspace(path, workspace) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path);
}
/**
 * Every file at or under `path` (folders walked, symlinks followed), sorted by byte order of the path
 * so the order is the same on every machine. Undefined when nothing is there.
 */
function listFiles(path) {
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false });
    if (!stats)
        return undefined;
    if (!stats.isDirectory())
        return [path];
    const files = [];
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path, { recursive: true, encoding: 'utf8' })) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, entry);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false })?.isFile())
            files.push(file);
    }
    return files.sort(byteOrder);
}
/** Compares strings by their UTF-8 bytes, as `LC_ALL=C sort` does. */
function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}


/***/ }),

/***/ 11680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(735);
/**
 * Markdown for comments and job summaries. Text that comes from a pull request (metric names, data
 * values, file names) goes through `escapeMarkdown` so it renders as plain text: no HTML, no links
 * or images, no @mentions or #references, no table breakage.
 */

const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Characters with a meaning in GitHub-flavoured Markdown (list and heading markers included, as a
// value may start a line), escaped with a backslash.
const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|~$]/g;
// Inside a tag nothing starts a line, so list and heading markers can stay as they are.
const INLINE_SPECIALS = /[\\`*_{}[\]()!|~$]/g;
// Zero-width joiner: stops @mentions, #refs and bare-URL autolinks without changing what is read.
const ZWJ = '\u200d';
function escapeMarkdown(text, maxLength = 200) {
    return escapeWith(MARKDOWN_SPECIALS, text, maxLength);
}
function escapeWith(specials, text, maxLength) {
    let value = String(text ?? '');
    if (value.length > maxLength)
        value = `${value.slice(0, maxLength - 1)}…`;
    return value
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[&<>"]/g, (c) => HTML_ENTITIES[c])
        .replace(specials, (c) => `\\${c}`)
        .replace(/#(?=\w)/g, `#${ZWJ}`)
        .replace(/@/g, `@${ZWJ}`)
        .replace(/:\/\//g, `:${ZWJ}//`)
        .replace(/\bwww\./gi, (w) => `www${ZWJ}.`);
}
/**
 * Inline code for values where exact characters matter. GitHub still parses markdown inside a
 * <code> tag, so the value is escaped as text as well; the tag only sets the font.
 */
function codeSpan(text, maxLength = 200) {
    const escaped = escapeWith(INLINE_SPECIALS, text, maxLength);
    return `<code>${escaped === '' ? '&nbsp;' : escaped}</code>`;
}
/** A GitHub table. Cells must already be escaped; pipes are escaped here as a last guard. */
function table(header, rows, align) {
    const guard = (cell) => cell.replace(/(?<!\\)\|/g, '\\|');
    return (0,markdown_table__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Q)([header.map(guard), ...rows.map((row) => row.map(guard))], { align });
}
/** A collapsed section; GitHub needs the blank line after </summary> to render markdown inside. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/**
 * A fenced code block that its content cannot close early: the fence is longer than any run of
 * backticks inside. Nothing in a code block renders (no HTML, links or mentions).
 */
function codeBlock(text, language = '') {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${text.replace(/\n+$/, '')}\n${fence}`;
}


/***/ }),

/***/ 43214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   WV: () => (/* binding */ isGzipped)
/* harmony export */ });
/* unused harmony export TABULAR_FORMATS */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/** Which reader a file needs, from its name (a `.gz` suffix is looked through). */

const TABULAR_FORMATS = (/* unused pure expression or super */ null && (['csv', 'tsv', 'jsonl', 'json', 'parquet']));
const EXTENSIONS = {
    csv: 'csv',
    tsv: 'tsv',
    tab: 'tsv',
    jsonl: 'jsonl',
    ndjson: 'jsonl',
    json: 'json',
    parquet: 'parquet',
    pq: 'parquet',
};
function isGzipped(path) {
    return /\.gz$/i.test(path);
}
function detectFormat(path) {
    const name = path.replace(/\.gz$/i, '');
    const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
    const format = EXTENSIONS[extension];
    if (!format) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${path}: cannot tell the data format from the file name; use .csv, .tsv, .jsonl, .json or .parquet (optionally .gz)`, { file: path });
    }
    if (format === 'parquet' && isGzipped(path))
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${path}: Parquet files are compressed inside; a .gz Parquet file is not supported`, { file: path });
    return format;
}


/***/ }),

/***/ 5813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tz: () => (/* reexport */ tabular_format/* detectFormat */.Tz),
  Pu: () => (/* reexport */ readBatches),
  Fi: () => (/* reexport */ readColumnBatches)
});

// UNUSED EXPORTS: TABULAR_FORMATS, isGzipped, readTable

// EXTERNAL MODULE: ./src/tabular/format.ts
var tabular_format = __webpack_require__(43214);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/tabular/csv.ts
/**
 * A streaming RFC 4180 tokenizer, written for speed: csv-parse reads about 30 MB/s, too slow for
 * multi-gigabyte files in CI. Fields are split with a character loop over decoded text, quoted
 * fields may hold delimiters, doubled quotes and newlines, and every record carries the line it
 * starts on (newlines inside quotes counted). Anything unusual (blank lines, replacement
 * characters from bad UTF-8) is reported, never silently dropped.
 */
const LF = 10;
const CR = 13;
class CsvTokenizer {
    pending = '';
    line = 1;
    delimiter;
    quote;
    sink;
    constructor(delimiter, quote, sink) {
        if (delimiter.length !== 1)
            throw new Error('delimiter must be one character');
        if (quote.length > 1)
            throw new Error('quote must be one character or empty');
        this.delimiter = delimiter.charCodeAt(0);
        this.quote = quote === '' ? -1 : quote.charCodeAt(0);
        this.sink = sink;
    }
    push(chunk) {
        const text = this.pending === '' ? chunk : this.pending + chunk;
        const consumed = this.parse(text, false, chunk.includes('\ufffd'));
        this.pending = consumed < text.length ? text.slice(consumed) : '';
    }
    end() {
        if (this.pending !== '')
            this.parse(this.pending, true, this.pending.includes('\ufffd'));
        this.pending = '';
    }
    /** Parses complete records from `text`; returns how far it got (the start of an incomplete record). */
    parse(text, final, checkEncoding) {
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
                    if (position + 1 >= length && !final)
                        return recordStart;
                    position += text.charCodeAt(position + 1) === LF ? 2 : 1;
                }
                else {
                    position += 1;
                }
                this.sink.blankLine(this.line);
                this.line++;
                continue;
            }
            const fields = [];
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
                            if (cursor + 1 >= length && !final)
                                break;
                            value += text.slice(segmentStart, cursor);
                            cursor++;
                            closed = true;
                            break;
                        }
                        if (code === LF)
                            this.line++;
                        else if (code === CR && text.charCodeAt(cursor + 1) !== LF)
                            this.line++;
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
                        if (code === delimiter || code === LF || code === CR)
                            break;
                        value += text[position];
                        position++;
                    }
                    fields.push(value);
                }
                else {
                    let cursor = position;
                    while (cursor < length) {
                        const code = text.charCodeAt(cursor);
                        if (code === delimiter || code === LF || code === CR)
                            break;
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
                }
                else {
                    position++;
                }
                complete = true;
                break;
            }
            if (complete) {
                if (checkEncoding && fields.some((field) => field.includes('\ufffd')))
                    this.sink.badEncoding(recordLine);
                this.sink.record(fields, recordLine);
                this.line++;
            }
        }
        return position;
    }
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(51609);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 8 modules
var read = __webpack_require__(27992);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __webpack_require__(69234);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var src_schema = __webpack_require__(28286);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(20138);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var column = __webpack_require__(16167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 2 modules
var datapage = __webpack_require__(63730);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/plain.js
var plain = __webpack_require__(74809);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/encoding.js
var src_encoding = __webpack_require__(23448);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/tabular/parquet-pages.ts







/** Bytes of a chunk read from the file at a time (more when one page is bigger). */
const WINDOW_BYTES = 1 << 20;
/**
 * Hands out a column chunk's rows in order, a batch at a time, reading and decoding pages as they are
 * needed. The dictionary stays the same array for the whole chunk, so checks can remember what they
 * made of its values from one batch to the next.
 */
class parquet_pages_ColumnCursor {
    read;
    decoder;
    rows;
    end;
    /** The bytes in hand, and where they start in the file. */
    window;
    windowStart;
    /** File offset of the next page header. */
    offset;
    windowBytes;
    /** Bytes wanted from `offset` on by the next read. */
    wanted;
    dictionary;
    page;
    /** Rows of the current page handed out, and values of it used (fewer when some rows are null). */
    pageRow = 0;
    pageValue = 0;
    /** Rows of the chunk in the pages read so far. */
    pagedRows = 0;
    /**
     * `start`, `end`: the chunk's place in the file. `read` fetches its bytes; without it, `bytes` must
     * already be the whole chunk. `windowBytes`: bytes read at a time (more when a page needs them).
     */
    constructor(options) {
        this.windowBytes = options.windowBytes ?? WINDOW_BYTES;
        this.wanted = this.windowBytes;
        this.decoder = options.decoder;
        this.rows = options.rows;
        this.end = options.end;
        this.read = options.read;
        this.window = options.bytes ?? new Uint8Array(0);
        this.windowStart = options.start;
        this.offset = options.start;
    }
    /** The next `count` rows. */
    async take(count) {
        const out = { length: count, row: 0 };
        while (!this.fill(out))
            await this.load();
        return this.result(out);
    }
    /** The next `count` rows, from bytes already in hand (a whole chunk). */
    takeSync(count) {
        const out = { length: count, row: 0 };
        if (!this.fill(out))
            throw new Error(`column ${this.column} needs bytes past those given`);
        return this.result(out);
    }
    get column() {
        return this.decoder.pathInSchema.join('.');
    }
    result(out) {
        if (out.values)
            return { values: out.values };
        if (out.codes)
            return { dictionary: { values: this.dictionary, codes: out.codes } };
        return { values: new Array(out.length) };
    }
    async load() {
        const length = Math.min(this.end - this.offset, Math.max(this.windowBytes, this.wanted));
        this.window = await this.read(this.offset, this.offset + length);
        this.windowStart = this.offset;
        if (this.window.length < length)
            throw new Error(`column ${this.column}: the file ends inside the column's data`);
    }
    /** Fills `out` from the pages; false when the bytes in hand run out first. */
    fill(out) {
        while (out.row < out.length) {
            if (!this.page || this.pageRow === this.page.count) {
                this.page = undefined;
                if (!this.nextPage())
                    return false;
                continue;
            }
            this.copy(out);
        }
        return true;
    }
    /** Reads the next data page (and any dictionary page before it); false when more bytes are needed first. */
    nextPage() {
        for (;;) {
            const windowEnd = this.windowStart + this.window.length;
            if (this.offset >= this.end)
                throw new Error(`column ${this.column} ends after ${this.pagedRows} of the row group's ${this.rows} rows`);
            const at = this.offset - this.windowStart;
            const reader = { view: new DataView(this.window.buffer, this.window.byteOffset, this.window.byteLength), offset: at };
            let header;
            try {
                header = (0,column/* parquetHeader */.wK)(reader);
                // Thrift text fields are cut from the buffer without a bounds check.
                if (reader.offset > this.window.length)
                    throw new RangeError('page header runs past the bytes read');
            }
            catch (error) {
                if (windowEnd >= this.end || !this.read)
                    throw error;
                this.wanted = Math.max(this.windowBytes, 2 * (windowEnd - this.offset));
                return false;
            }
            const bodyEnd = reader.offset + header.compressed_page_size;
            if (bodyEnd > this.window.length) {
                if (windowEnd >= this.end || !this.read)
                    throw new Error(`column ${this.column} has a page running past the end of its data`);
                this.wanted = bodyEnd - at;
                return false;
            }
            const bytes = this.window.subarray(reader.offset, bodyEnd);
            this.offset = this.windowStart + bodyEnd;
            this.wanted = this.windowBytes;
            if (header.type === 'DICTIONARY_PAGE') {
                const page = (0,datapage/* decompressPage */.tC)(bytes, Number(header.uncompressed_page_size), this.decoder.codec, this.decoder.compressors);
                const raw = (0,plain/* readPlain */.r)({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, this.decoder.type, header.dictionary_page_header.num_values, this.decoder.element.type_length);
                this.dictionary = asNumbers((0,convert/* convert */.C6)(raw, this.decoder));
                continue;
            }
            if (header.type !== 'DATA_PAGE' && header.type !== 'DATA_PAGE_V2')
                continue; // index pages carry no rows
            const page = header.type === 'DATA_PAGE' ? readPageV1(bytes, header, this.decoder) : readPageV2(bytes, header, this.decoder);
            if (page.coded)
                checkCodes(page.values, this.dictionary, this.decoder);
            else if (page.values)
                page.values = asNumbers((0,convert/* convert */.C6)(page.values, this.decoder));
            if (this.pagedRows + page.count > this.rows)
                throw new Error(`column ${this.column} has more values than the row group's ${this.rows} rows`);
            this.pagedRows += page.count;
            this.page = page;
            this.pageRow = 0;
            this.pageValue = 0;
            return true;
        }
    }
    /** Moves rows from the current page into `out`, as many as both allow. */
    copy(out) {
        const page = this.page;
        const { present, coded } = page;
        const count = Math.min(page.count - this.pageRow, out.length - out.row);
        let stored = count;
        if (present !== undefined) {
            stored = 0;
            for (let i = this.pageRow, last = this.pageRow + count; i < last; i++)
                if (present[i])
                    stored++;
        }
        const [decoded, from] = this.pageValues(page, stored);
        const dictionary = this.dictionary;
        if (coded && !out.values && !out.codes)
            out.codes = new Int32Array(out.length).fill(-1);
        if (!coded && !out.values) {
            // Values are spelled out only once a page is not dictionary-coded (writers fall back when a dictionary grows too big).
            const values = new Array(out.length);
            const codes = out.codes;
            if (codes)
                for (let row = 0; row < out.row; row++)
                    if (codes[row] >= 0)
                        values[row] = dictionary[codes[row]];
            out.values = values;
            out.codes = undefined;
        }
        let row = out.row;
        let next = from;
        const values = out.values;
        if (!values && present === undefined) {
            const codes = decoded;
            out.codes.set(ArrayBuffer.isView(codes) ? codes.subarray(next, next + count) : Array.prototype.slice.call(codes, next, next + count), row);
            next += count;
        }
        else if (values && present === undefined) {
            if (coded)
                for (let i = 0; i < count; i++)
                    values[row + i] = dictionary[decoded[next + i]];
            else
                for (let i = 0; i < count; i++)
                    values[row + i] = decoded[next + i];
            next += count;
        }
        else {
            const codes = out.codes;
            for (let i = this.pageRow, last = this.pageRow + count; i < last; i++, row++) {
                if (!present[i])
                    continue;
                if (values)
                    values[row] = coded ? dictionary[decoded[next++]] : decoded[next++];
                else
                    codes[row] = decoded[next++];
            }
        }
        out.row += count;
        this.pageRow += count;
        this.pageValue += stored;
    }
    /** The page's next `count` values in their final form, as an array and the index of the first. */
    pageValues(page, count) {
        if (page.values)
            return [page.values, this.pageValue];
        const { reader, text } = page.plain;
        if (text) {
            const strings = asciiText(reader, count);
            if (strings)
                return [strings, 0];
        }
        return [asNumbers((0,convert/* convert */.C6)((0,plain/* readPlain */.r)(reader, this.decoder.type, count, this.decoder.element.type_length), this.decoder)), 0];
    }
}
/**
 * Version 1 data pages, the kind most writers produce. A flat column's definition levels are one bit
 * (value or null), read into bytes; dictionary codes go into an Int32Array; ASCII text is cut from one
 * string per page. Other encodings go through hyparquet's page reader.
 */
function readPageV1(bytes, header, decoder) {
    const pageHeader = header.data_page_header;
    const page = (0,datapage/* decompressPage */.tC)(bytes, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
    const count = pageHeader.num_values;
    const encoding = pageHeader.encoding;
    if (!encoding.endsWith('_DICTIONARY') && (encoding !== 'PLAIN' || decoder.type === 'BOOLEAN')) {
        const { definitionLevels, dataPage } = (0,datapage/* readDataPage */.kS)(page, pageHeader, decoder);
        return { count, present: presence(definitionLevels, (0,src_schema/* getMaxDefinitionLevel */.mM)(decoder.schemaPath), count), values: dataPage, coded: false };
    }
    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
    let present;
    let stored = count;
    if ((0,src_schema/* getMaxDefinitionLevel */.mM)(decoder.schemaPath) > 0) {
        if (isOneRunOfValues(reader.view, reader.offset, count)) {
            reader.offset += 4 + reader.view.getUint32(reader.offset, true);
        }
        else {
            present = new Uint8Array(count);
            (0,src_encoding/* readRleBitPackedHybrid */.z)(reader, 1, present);
            stored = 0;
            for (let i = 0; i < count; i++)
                stored += present[i];
            if (stored === count)
                present = undefined;
        }
    }
    if (encoding.endsWith('_DICTIONARY')) {
        const width = reader.view.getUint8(reader.offset++);
        const codes = new Int32Array(stored);
        if (width)
            (0,src_encoding/* readRleBitPackedHybrid */.z)(reader, width, codes, page.byteLength - reader.offset);
        return { count, present, values: codes, coded: true };
    }
    return { count, present, plain: { reader, text: isText(decoder) }, coded: false };
}
/** Dictionary codes must point into the dictionary: a damaged page would otherwise read as nulls or wrong values. */
function checkCodes(codes, dictionary, decoder) {
    const column = decoder.pathInSchema.join('.');
    if (!dictionary)
        throw new Error(`column ${column} has a dictionary-coded page but no dictionary page`);
    const size = dictionary.length;
    for (let i = 0; i < codes.length; i++) {
        const code = codes[i];
        if (!(code >= 0 && code < size))
            throw new Error(`column ${column} has a dictionary code ${code} outside its ${size}-entry dictionary`);
    }
}
/**
 * Whether a page's one-bit definition levels (length-prefixed, RLE/bit-packed hybrid) are a single run
 * of `count` ones: every row has a value, which is how most pages of most columns look.
 */
function isOneRunOfValues(view, offset, count) {
    let at = offset + 4;
    let header = 0;
    for (let shift = 0; shift < 35; shift += 7) {
        const byte = view.getUint8(at++);
        header += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80)
            break;
    }
    return header % 2 === 0 && header / 2 === count && view.getUint8(at) === 1;
}
function readPageV2(bytes, header, decoder) {
    const pageHeader = header.data_page_header_v2;
    const { definitionLevels, dataPage } = (0,datapage/* readDataPageV2 */.uD)(bytes, header, decoder);
    return { count: pageHeader.num_values, present: presence(definitionLevels, (0,src_schema/* getMaxDefinitionLevel */.mM)(decoder.schemaPath), pageHeader.num_values), values: dataPage, coded: pageHeader.encoding.endsWith('_DICTIONARY') };
}
function presence(levels, maxDefinition, count) {
    if (!levels || levels.length === 0 || maxDefinition === 0)
        return undefined;
    const present = new Array(count);
    for (let i = 0; i < count; i++)
        present[i] = levels[i] === maxDefinition;
    return present;
}
/** Whether hyparquet would turn the column's bytes into strings (and nothing else). */
function isText(decoder) {
    const { type, converted_type: converted, logical_type: logical } = decoder.element;
    return type === 'BYTE_ARRAY' && (converted === undefined || converted === 'UTF8' || converted === 'ENUM') && (logical === undefined || logical.type === 'STRING' || logical.type === 'ENUM');
}
/**
 * The next `count` PLAIN byte arrays as strings, when that run of values is ASCII (lengths included):
 * then one latin1 string holds them all and each value is a slice of it, instead of one decoder call
 * per value. Undefined, and nothing read, when any byte is not ASCII; the caller decodes value by value then.
 */
function asciiText(reader, count) {
    const { view } = reader;
    let end = reader.offset;
    for (let i = 0; i < count; i++)
        end += 4 + view.getUint32(end, true);
    const bytes = new Uint8Array(view.buffer, view.byteOffset + reader.offset, end - reader.offset);
    if (!(0,external_node_buffer_.isAscii)(bytes))
        return undefined;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    const values = new Array(count);
    let offset = 0;
    for (let i = 0; i < count; i++) {
        const length = view.getUint32(reader.offset + offset, true);
        values[i] = text.slice(offset + 4, offset + 4 + length);
        offset += 4 + length;
    }
    reader.offset = end;
    return values;
}
const TWO_TO_THE_32 = 2 ** 32;
/**
 * INT64 values as numbers wherever the number is exact (|v| < 2^53), else left as bigints. Read through
 * 32-bit halves, so no bigint is made for the common case.
 */
function asNumbers(decoded) {
    if (!(decoded instanceof BigInt64Array))
        return decoded;
    const halves = new Int32Array(decoded.buffer, decoded.byteOffset, decoded.length * 2);
    const numbers = new Array(decoded.length);
    for (let i = 0; i < decoded.length; i++) {
        const high = halves[2 * i + 1];
        // Exact when the high half fits in 21 bits (sign included): -2^53 < v < 2^53.
        numbers[i] = high >= -0x200000 && high < 0x200000 ? high * TWO_TO_THE_32 + (halves[2 * i] >>> 0) : decoded[i];
    }
    return numbers;
}

;// CONCATENATED MODULE: ./src/tabular/parquet.ts
/**
 * Parquet row groups as batches of columns. Flat columns, which are what tables hold, are decoded page
 * by page (parquet-pages.ts), so a batch holds at most `batchRows` rows and memory stays bounded however
 * big the writer made its row groups. Nested columns go through hyparquet's full reader, a row group
 * at a time.
 */







/** Rows per batch: small enough that a batch's values mostly die young, which keeps peak memory down at no cost in speed. */
const PARQUET_BATCH_ROWS = 8192;
/**
 * A dictionary-coded column becomes an array of values only when something reads it: checks work on the
 * codes, and spelling out a batch's values (boxing each double on the way) is most of the cost.
 */
function materializeOnRead(data, index, dictionary) {
    Object.defineProperty(data, index, {
        enumerable: true,
        configurable: true,
        get() {
            const { values, codes } = dictionary;
            const spelled = new Array(codes.length);
            for (let row = 0; row < codes.length; row++)
                spelled[row] = codes[row] < 0 ? undefined : values[codes[row]];
            Object.defineProperty(data, index, { value: spelled, enumerable: true, configurable: true, writable: true });
            return spelled;
        },
    });
}
async function* readParquetColumns(path, batchRows = PARQUET_BATCH_ROWS) {
    const file = await (0,node/* asyncBufferFromFile */.Rv)(path);
    let metadata;
    try {
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(file);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${path}: not a readable Parquet file (${error.message})`, { file: path }, { cause: error });
    }
    const schema = (0,src_metadata/* parquetSchema */.YR)(metadata);
    // Top-level fields: a list or struct is one column, however many leaves it stores.
    const columns = schema.children.map((child) => child.element.name);
    const bytes = await openBytes(path);
    try {
        let groupStart = 0;
        for (const group of metadata.row_groups) {
            const groupRows = Number(group.num_rows);
            const groupEnd = groupStart + groupRows;
            const cursors = new Map();
            const nested = [];
            let nestedValues;
            try {
                for (const chunk of group.columns) {
                    const meta = chunk.meta_data;
                    if (!meta)
                        throw new Error('column metadata is missing');
                    const schemaPath = (0,src_schema/* getTreePath */.st)(schema, meta.path_in_schema);
                    if ((0,src_schema/* isFlatColumn */.g7)(schemaPath)) {
                        const decoder = { pathInSchema: meta.path_in_schema, type: meta.type, element: schemaPath[schemaPath.length - 1].element, schemaPath, codec: meta.codec, parsers: convert/* DEFAULT_PARSERS */.Rc, compressors: src/* compressors */.Vm, utf8: true };
                        const [start, end] = chunkRange(meta);
                        cursors.set(meta.path_in_schema[0], new parquet_pages_ColumnCursor({ decoder, rows: groupRows, start, end, read: bytes.read }));
                    }
                    else if (!nested.includes(meta.path_in_schema[0]))
                        nested.push(meta.path_in_schema[0]);
                }
                // Nested columns stay whole row groups: hyparquet would decode a chunk from its start for every slice of it.
                if (nested.length)
                    nestedValues = await readNested(file, metadata, nested, groupStart, groupEnd);
            }
            catch (error) {
                if (error instanceof errors/* UserError */.yo)
                    throw error;
                throw new errors/* UserError */.yo(`${path}: cannot read rows ${groupStart + 1}-${groupEnd} (${error.message})`, { file: path }, { cause: error });
            }
            // Every column's cursor moves on by the same rows, so each batch lines the columns up.
            for (let batchStart = 0; batchStart < groupRows || batchStart === 0; batchStart += batchRows) {
                const length = Math.min(batchRows, groupRows - batchStart);
                const firstRow = groupStart + batchStart;
                const taken = new Map();
                try {
                    for (const [name, cursor] of cursors)
                        taken.set(name, await cursor.take(length));
                }
                catch (error) {
                    throw new errors/* UserError */.yo(`${path}: cannot read rows ${firstRow + 1}-${firstRow + length} (${error.message})`, { file: path }, { cause: error });
                }
                const data = [];
                const dictionaries = [];
                for (const [index, name] of columns.entries()) {
                    const chunk = taken.get(name);
                    if (chunk?.dictionary) {
                        dictionaries[index] = chunk.dictionary;
                        materializeOnRead(data, index, chunk.dictionary);
                    }
                    else {
                        dictionaries[index] = undefined;
                        const whole = nestedValues?.get(name);
                        data[index] = chunk?.values ?? (whole ? (length === groupRows ? whole : whole.slice(batchStart, batchStart + length)) : new Array(length));
                    }
                }
                yield { columns, data, dictionaries, length, firstRow };
            }
            groupStart = groupEnd;
        }
    }
    finally {
        await bytes.close();
    }
}
/** Where a column chunk lies in the file: [start, end). */
function chunkRange(meta) {
    // As hyparquet reads it: some writers put 0 in dictionary_page_offset when there is no dictionary.
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    return [start, start + Number(meta.total_compressed_size)];
}
/** A whole column chunk already in memory, decoded at once. */
function readColumnChunk(chunk, decoder, rows) {
    return new ColumnCursor({ decoder, rows, start: 0, end: chunk.byteLength, bytes: chunk }).takeSync(rows);
}
/** Reads byte ranges of a file through one open handle, each into a buffer of its own. */
async function openBytes(path) {
    const handle = await (0,promises_.open)(path);
    return {
        read: async (start, end) => {
            const bytes = new Uint8Array(end - start);
            let filled = 0;
            while (filled < bytes.length) {
                const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, start + filled);
                if (bytesRead === 0)
                    return bytes.subarray(0, filled);
                filled += bytesRead;
            }
            return bytes;
        },
        close: () => handle.close(),
    };
}
/** Nested columns (lists, maps, structs) through hyparquet's full reader, as one value per row. */
async function readNested(file, metadata, names, rowStart, rowEnd) {
    const rows = rowEnd - rowStart;
    const result = new Map();
    await (0,read/* parquetRead */.bA)({
        file,
        metadata,
        columns: names,
        rowStart,
        rowEnd,
        compressors: src/* compressors */.Vm,
        onChunk: ({ columnName, columnData, rowStart: chunkStart }) => {
            let values = result.get(columnName);
            if (!values)
                result.set(columnName, (values = new Array(rows)));
            for (let i = 0; i < columnData.length; i++) {
                const row = chunkStart - rowStart + i;
                if (row >= 0 && row < rows)
                    values[row] = columnData[i];
            }
        },
    });
    return result;
}

;// CONCATENATED MODULE: ./src/tabular/read.ts
/**
 * Streaming readers for tabular files. Rows arrive in batches of arrays aligned to `columns`, each with
 * the source line it started on (CSV lines count quoted newlines; Parquet and JSON arrays use the row
 * number), so checks can point at `file:line`. Memory stays bounded by the batch size, except for JSON
 * arrays, which are one document.
 */








function openText(path) {
    const stream = (0,external_node_fs_.createReadStream)(path);
    return (0,tabular_format/* isGzipped */.WV)(path) ? stream.pipe((0,external_node_zlib_.createGunzip)()) : stream;
}
function assertReadable(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* UserError */.yo(`${path}: data file not found`, { file: path });
    if (!(0,external_node_fs_.statSync)(path).isFile())
        throw new errors/* UserError */.yo(`${path}: not a file`, { file: path });
}
async function* readBatches(path, options = {}) {
    assertReadable(path);
    const format = options.format ?? (0,tabular_format/* detectFormat */.Tz)(path);
    const batchSize = options.batchSize ?? 10_000;
    switch (format) {
        case 'csv':
        case 'tsv':
            yield* readDelimited(path, { ...options, delimiter: options.delimiter ?? (format === 'tsv' ? '\t' : ',') }, batchSize);
            return;
        case 'jsonl':
            yield* readJsonLines(path, batchSize);
            return;
        case 'json':
            yield* readJsonArray(path, batchSize);
            return;
        case 'parquet':
            yield* readParquet(path, batchSize);
            return;
    }
}
async function* readDelimited(path, options, batchSize) {
    const onIssue = options.onIssue ?? (() => { });
    let columns;
    let width = 0;
    let batch;
    const ready = [];
    const tokenizer = new CsvTokenizer(options.delimiter ?? ',', options.quote ?? '"', {
        record(fields, line) {
            if (!columns) {
                if (options.header === false) {
                    columns = fields.map((_, index) => `column_${index + 1}`);
                }
                else {
                    columns = fields;
                    width = fields.length;
                    reportHeaderProblems(fields, onIssue);
                    return;
                }
                width = fields.length;
            }
            if (fields.length !== width) {
                onIssue({ kind: 'ragged-row', line, message: `has ${fields.length} fields where the header has ${width}` });
            }
            batch ??= { columns, rows: [], lines: [] };
            batch.rows.push(fields);
            batch.lines.push(line);
            if (batch.rows.length >= batchSize) {
                ready.push(batch);
                batch = undefined;
            }
        },
        blankLine(line) {
            onIssue({ kind: 'blank-line', line, message: 'is blank' });
        },
        badEncoding(line) {
            onIssue({ kind: 'encoding', line, message: 'is not valid UTF-8 (the bad bytes read as U+FFFD)' });
        },
    });
    // The decoder drops a leading BOM; look at the raw bytes to report it.
    const decoder = new TextDecoder('utf-8');
    let first = true;
    for await (const chunk of openText(path)) {
        if (first && chunk.length > 0) {
            first = false;
            if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
                onIssue({ kind: 'bom', line: 1, message: 'starts with a UTF-8 byte order mark' });
        }
        tokenizer.push(decoder.decode(chunk, { stream: true }));
        while (ready.length)
            yield ready.shift();
    }
    tokenizer.push(decoder.decode());
    tokenizer.end();
    while (ready.length)
        yield ready.shift();
    if (!columns)
        throw new errors/* UserError */.yo(`${path}: the file is empty`, { file: path });
    if (batch)
        yield batch;
}
function reportHeaderProblems(names, onIssue) {
    const seen = new Set();
    for (const [index, name] of names.entries()) {
        if (name.trim() === '')
            onIssue({ kind: 'header', line: 1, message: `column ${index + 1} has no name` });
        else if (name !== name.trim())
            onIssue({ kind: 'header', line: 1, message: `column name "${name}" has spaces around it` });
        if (seen.has(name))
            onIssue({ kind: 'header', line: 1, message: `column name "${name}" appears twice` });
        seen.add(name);
    }
}
async function* readJsonLines(path, batchSize) {
    const lines = (0,external_node_readline_.createInterface)({ input: openText(path), crlfDelay: Infinity });
    const columnIndex = new Map();
    const columns = [];
    let batch = { columns, rows: [], lines: [] };
    let lineNumber = 0;
    let sawRow = false;
    for await (const text of lines) {
        lineNumber++;
        if (text.trim() === '')
            continue;
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`${path}:${lineNumber}: not valid JSON (${error.message})`, { file: path, line: lineNumber });
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* UserError */.yo(`${path}:${lineNumber}: each line must be a JSON object`, { file: path, line: lineNumber });
        }
        sawRow = true;
        batch.rows.push(alignObject(value, columns, columnIndex));
        batch.lines.push(lineNumber);
        if (batch.rows.length >= batchSize) {
            yield batch;
            batch = { columns, rows: [], lines: [] };
        }
    }
    if (!sawRow)
        throw new errors/* UserError */.yo(`${path}: the file has no rows`, { file: path });
    if (batch.rows.length)
        yield batch;
}
/** Places an object's values by column; new keys become new columns (earlier rows just lack them). */
function alignObject(object, columns, columnIndex) {
    const row = new Array(columns.length);
    for (const [key, value] of Object.entries(object)) {
        let index = columnIndex.get(key);
        if (index === undefined) {
            index = columns.length;
            columnIndex.set(key, index);
            columns.push(key);
        }
        row[index] = value;
    }
    return row;
}
async function* readJsonArray(path, batchSize) {
    let text = '';
    if ((0,tabular_format/* isGzipped */.WV)(path)) {
        for await (const chunk of openText(path))
            text += chunk;
    }
    else {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${path}: not valid JSON (${error.message})`, { file: path });
    }
    if (!Array.isArray(document))
        throw new errors/* UserError */.yo(`${path}: a JSON data file must be an array of objects`, { file: path });
    if (document.length === 0)
        throw new errors/* UserError */.yo(`${path}: the file has no rows`, { file: path });
    const columns = [];
    const columnIndex = new Map();
    let batch = { columns, rows: [], lines: [] };
    for (const [index, value] of document.entries()) {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* UserError */.yo(`${path}: item ${index + 1} must be a JSON object`, { file: path });
        }
        batch.rows.push(alignObject(value, columns, columnIndex));
        batch.lines.push(index + 1);
        if (batch.rows.length >= batchSize) {
            yield batch;
            batch = { columns, rows: [], lines: [] };
        }
    }
    if (batch.rows.length)
        yield batch;
}
async function* readParquet(path, batchSize) {
    // Row groups arrive decoded by column in batches of bounded size (however big the writer made its groups), then cut into row batches.
    for await (const group of readParquetColumns(path)) {
        const width = group.columns.length;
        for (let start = 0; start < group.length; start += batchSize) {
            const end = Math.min(group.length, start + batchSize);
            const rows = [];
            const lines = [];
            for (let r = start; r < end; r++) {
                const row = new Array(width);
                for (let c = 0; c < width; c++)
                    row[c] = group.data[c][r];
                rows.push(row);
                lines.push(group.firstRow + r + 1);
            }
            yield { columns: group.columns, rows, lines };
        }
    }
}
/** Small files in one go, as objects: for predictions and other inputs that fit in memory. */
async function readTable(path, options = {}) {
    const rows = [];
    const lines = [];
    let columns = [];
    for await (const batch of readBatches(path, options)) {
        columns = batch.columns;
        for (const [index, row] of batch.rows.entries()) {
            const object = {};
            for (const [position, column] of batch.columns.entries())
                object[column] = row[position];
            rows.push(object);
            lines.push(batch.lines[index]);
        }
    }
    return { columns, rows, lines };
}
async function* readColumnBatches(path, options = {}) {
    assertReadable(path);
    const format = options.format ?? (0,tabular_format/* detectFormat */.Tz)(path);
    if (format === 'parquet') {
        yield* readParquetColumns(path);
        return;
    }
    for await (const batch of readBatches(path, options)) {
        const width = batch.columns.length;
        const data = Array.from({ length: width }, () => new Array(batch.rows.length));
        for (let r = 0; r < batch.rows.length; r++) {
            const row = batch.rows[r];
            for (let c = 0; c < width; c++)
                data[c][r] = row[c];
        }
        yield { columns: batch.columns, data, length: batch.rows.length, lines: batch.lines, firstRow: 0 };
    }
}

;// CONCATENATED MODULE: ./src/tabular/index.ts




/***/ })

};
