import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-3KSM5TLY.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path2, { windows } = {}) => {
      const segs = path2.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first2, rest, index) => {
          if (first2 === "\\") {
            backslashes = true;
            return m;
          }
          if (first2 === "?") {
            if (esc) {
              return esc + first2 + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first2 === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first2 === "*") {
            if (esc) {
              return esc + first2 + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/rules/load.ts
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// src/errors.ts
var SealgateError = class extends Error {
  exitCode = 2;
  constructor(message) {
    super(message);
    this.name = new.target.name;
  }
};
var UsageError = class extends SealgateError {
};
var ConfigError = class extends SealgateError {
  constructor(problems) {
    super(problems.join("\n"));
    this.problems = problems;
  }
  problems;
};
var GitError = class extends SealgateError {
};
var REPORT_BUG_HINT = "This is a bug in sealgate; please report it with the command you ran (never the secret) at https://github.com/sealgate/sealgate/issues";
function describeError(e) {
  if (!(e instanceof Error)) return "non-error thrown";
  const first2 = (e.message.split("\n")[0] ?? "").replace(/(["'`]).*?\1/g, "$1\u2026$1").slice(0, 200);
  const frames = (e.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l)).slice(0, 8);
  return [first2, ...frames].join("\n");
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first2 = content.charCodeAt(0);
    if (folded) {
      if (first2 === 32 || first2 === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first2 = state.input.charCodeAt(linePosition + column);
    if (first2 === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first2)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first2)) {
      if (first2 === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first2 !== 0 && !isEol(first2) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first2 !== 0 && !isEol(first2) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first2 !== 0 && !isEol(first2) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/yaml/limits.ts
var MAX_DEPTH = 64;

// src/yaml/block-reader.ts
var UNSUPPORTED = /[^\n\x20-\x7E\u00A0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]/;
var MAX_NESTING = MAX_DEPTH - 16;
var SIMPLE_ESCAPE = /* @__PURE__ */ new Set([48, 97, 98, 116, 110, 118, 102, 114, 101, 32, 34, 47, 92, 78, 95, 76, 80]);
var NL = 10;
var SPACE = 32;
var HASH = 35;
var DASH = 45;
var COLON = 58;
var DQUOTE = 34;
var SQUOTE = 39;
var GIVE_UP = /* @__PURE__ */ Symbol("give up");
function readBlockTree(body, base) {
  if (UNSUPPORTED.test(body)) return void 0;
  try {
    return new BlockReader(body, base).document();
  } catch (e) {
    if (e === GIVE_UP) return void 0;
    throw e;
  }
}
var BlockReader = class {
  constructor(s, base) {
    this.s = s;
    this.base = base;
    this.n = s.length;
  }
  s;
  base;
  n;
  /** Start of the first line the last node did not consume. */
  at = 0;
  depth = 0;
  document() {
    const first2 = this.content(0);
    if (first2 >= this.n) throw GIVE_UP;
    const root = this.node(first2, this.indent(first2));
    if (this.content(this.at) < this.n) throw GIVE_UP;
    return root;
  }
  // --- lines -------------------------------------------------------------------------------------
  /** Start of the first line at or after line start `p` with content (not blank, not only a comment); n at the end. */
  content(p) {
    const { s, n } = this;
    while (p < n) {
      let i = p;
      while (s.charCodeAt(i) === SPACE) i++;
      const c = s.charCodeAt(i);
      if (i < n && c !== NL && c !== HASH) return p;
      const e = s.indexOf("\n", i);
      if (e < 0) return n;
      p = e + 1;
    }
    return n;
  }
  indent(p) {
    let i = p;
    while (this.s.charCodeAt(i) === SPACE) i++;
    return i - p;
  }
  lineEnd(p) {
    const e = this.s.indexOf("\n", p);
    return e < 0 ? this.n : e;
  }
  /**
   * From line start `p`, the first character that is not a space on a line that is not blank (its
   * column is its indentation), or n. What js-yaml's skipSeparationSpace reaches without comments.
   */
  firstAfterBlankLines(p) {
    const s = this.s;
    for (; ; ) {
      while (s.charCodeAt(p) === SPACE) p++;
      if (s.charCodeAt(p) !== NL) return Math.min(p, this.n);
      p++;
    }
  }
  lineStart(i) {
    return this.s.lastIndexOf("\n", i - 1) + 1;
  }
  /** `-` followed by a space, a line break or the end: a sequence entry. */
  isEntry(q) {
    if (this.s.charCodeAt(q) !== DASH) return false;
    const c = this.s.charCodeAt(q + 1);
    return q + 1 >= this.n || c === SPACE || c === NL;
  }
  /** `:` followed by a space, a line break or the end: a mapping value indicator. */
  isValueIndicator(i) {
    if (this.s.charCodeAt(i) !== COLON) return false;
    const c = this.s.charCodeAt(i + 1);
    return i + 1 >= this.n || c === SPACE || c === NL;
  }
  // --- collections -------------------------------------------------------------------------------
  /** The block node whose first line starts at `line` and whose content starts at column `col`. */
  node(line, col) {
    const q = line + col;
    if (this.isEntry(q)) return this.sequence(line, col);
    return this.mapping(line, col);
  }
  /**
   * The node of an entry whose line ends after its indicator (`key:`, `-`; `e` is that line's end):
   * on the next lines, deeper than `col` (or, for a mapping's value, a sequence at `col`), else empty.
   */
  nodeBelow(e, col, sequenceAtCol) {
    const next = this.content(e + 1);
    const ind = next < this.n ? this.indent(next) : -1;
    if (ind > col) return this.node(next, ind);
    if (sequenceAtCol && ind === col && this.isEntry(next + ind)) return this.sequence(next, ind);
    this.at = next;
    return this.empty();
  }
  /**
   * After an entry of the collection at column `col`: the start of the next line at that column, or
   * -1 where the collection ends (the end, or a line further left). A line further right is no entry
   * of anything here (a continuation or an error): js-yaml's call.
   */
  nextAt(col) {
    const next = this.content(this.at);
    if (next >= this.n) return -1;
    const ind = this.indent(next);
    if (ind > col) throw GIVE_UP;
    this.at = next;
    return ind < col ? -1 : next;
  }
  enter() {
    if (++this.depth > MAX_NESTING) throw GIVE_UP;
  }
  /** A block mapping whose keys sit at column `col`; the first key on line `line`. */
  mapping(line, col) {
    this.enter();
    const s = this.s;
    const map = { type: "map", pairs: [], start: this.base + line + col, tag: void 0 };
    for (; ; ) {
      const key = this.key(line + col);
      let v = this.at;
      while (s.charCodeAt(v) === SPACE) v++;
      const e = this.lineEnd(v);
      const value = v >= e || s.charCodeAt(v) === HASH ? this.nodeBelow(e, col, true) : this.inline(v, e, col);
      map.pairs.push({ key, value });
      const next = this.nextAt(col);
      if (next < 0) break;
      line = next;
    }
    this.depth--;
    return map;
  }
  /** A block sequence whose `-` entries sit at column `col`; the first on line `line`. */
  sequence(line, col) {
    this.enter();
    const s = this.s;
    const seq = { type: "seq", items: [], start: this.base + line + col, tag: void 0 };
    for (; ; ) {
      let v = line + col + 1;
      while (s.charCodeAt(v) === SPACE) v++;
      const e = this.lineEnd(v);
      let item;
      if (v >= e || s.charCodeAt(v) === HASH) item = this.nodeBelow(e, col, false);
      else if (this.isEntry(v)) throw GIVE_UP;
      else if (this.keyLine(v, e)) item = this.mapping(line, v - line);
      else item = this.inline(v, e, col);
      seq.items.push(item);
      const next = this.nextAt(col);
      if (next < 0 || !this.isEntry(next + col)) break;
      line = next;
    }
    this.depth--;
    return seq;
  }
  // --- keys --------------------------------------------------------------------------------------
  /** Does the text at `v` (up to the line end `e`) open with a mapping key? */
  keyLine(v, e) {
    const s = this.s;
    const c = s.charCodeAt(v);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.closingQuote(v, e, c);
      return close >= 0 && this.isValueIndicator(close + 1);
    }
    if (!this.plainStart(v)) return false;
    for (let i = v; i < e; i++) {
      const ch = s.charCodeAt(i);
      if (ch === COLON && this.isValueIndicator(i)) return true;
      if (ch === HASH && s.charCodeAt(i - 1) === SPACE) return false;
    }
    return false;
  }
  /** The key at `q` and its `:`; sets `at` just past the `:`. */
  key(q) {
    const s = this.s;
    const e = this.lineEnd(q);
    const c = s.charCodeAt(q);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.closingQuote(q, e, c);
      if (close < 0 || !this.isValueIndicator(close + 1)) throw GIVE_UP;
      this.at = close + 2;
      return this.quoted(q, close, c);
    }
    if (!this.plainStart(q)) throw GIVE_UP;
    for (let i = q; i < e; i++) {
      const ch = s.charCodeAt(i);
      if (ch === COLON && this.isValueIndicator(i)) {
        if (s.charCodeAt(i - 1) === SPACE) throw GIVE_UP;
        this.at = i + 1;
        return this.scalar(s.slice(q, i), true, false, q, i);
      }
      if (ch === HASH && s.charCodeAt(i - 1) === SPACE) break;
    }
    throw GIVE_UP;
  }
  // --- scalars -----------------------------------------------------------------------------------
  /**
   * A value that starts on its key's (or entry's) line at `v`, the line ending at `e`. `col` is the
   * column of the collection holding it. Sets `at` to the line after the value.
   */
  inline(v, e, col) {
    const s = this.s;
    const c = s.charCodeAt(v);
    let node;
    let after;
    if (c === DQUOTE || c === SQUOTE) {
      node = this.quotedValue(v, c, col + 1);
      after = this.at;
      e = this.lineEnd(after);
    } else if (c === 124 || c === 62) {
      return this.blockScalar(v, e, col + 1);
    } else if (c === 123 || c === 91) {
      node = this.flow(v, e);
      after = this.at;
    } else return this.plain(v, e, col + 1);
    let i = after;
    while (s.charCodeAt(i) === SPACE) i++;
    if (i < e && !(s.charCodeAt(i) === HASH && i > after)) throw GIVE_UP;
    this.at = e < this.n ? e + 1 : e;
    return node;
  }
  /**
   * A plain scalar from `v` (its first line ending at `e`), continued on following lines indented at
   * least `nodeIndent`, as js-yaml's readPlainScalar reads it. Sets `at` to the line where it stopped.
   */
  plain(v, e, nodeIndent) {
    const { s, n } = this;
    if (!this.plainStart(v)) throw GIVE_UP;
    let end = v;
    let lineEnd = e;
    let multiline = false;
    for (let i = v; ; ) {
      let comment = false;
      for (; i < lineEnd; i++) {
        const ch = s.charCodeAt(i);
        if (ch === COLON && this.isValueIndicator(i)) throw GIVE_UP;
        if (ch === HASH && s.charCodeAt(i - 1) === SPACE) {
          comment = true;
          break;
        }
        if (ch !== SPACE) end = i + 1;
      }
      this.at = lineEnd < n ? lineEnd + 1 : n;
      if (comment || lineEnd >= n) break;
      const first2 = this.firstAfterBlankLines(lineEnd + 1);
      if (first2 >= n || first2 - this.lineStart(first2) < nodeIndent) break;
      multiline = true;
      if (s.charCodeAt(first2) === HASH) break;
      i = first2;
      lineEnd = this.lineEnd(i);
    }
    const value = multiline ? getScalarValue(s, { valueStart: v, valueEnd: end, style: SCALAR_STYLE.PLAIN, fast: false }) : s.slice(v, end);
    return this.scalar(value, true, false, v, end);
  }
  /**
   * A quoted scalar opened at `q`, possibly over several lines (each indented at least `nodeIndent`,
   * else js-yaml refuses it). Sets `at` just past the closing quote.
   */
  quotedValue(q, quote, nodeIndent) {
    const { s, n } = this;
    let simple = true;
    for (let i = q + 1; i < n; i++) {
      const ch = s.charCodeAt(i);
      if (ch === quote) {
        if (quote === SQUOTE && s.charCodeAt(i + 1) === SQUOTE) {
          simple = false;
          i++;
          continue;
        }
        this.at = i + 1;
        if (simple) return this.scalar(s.slice(q + 1, i), false, false, q + 1, i);
        const style = quote === SQUOTE ? SCALAR_STYLE.SINGLE_QUOTED : SCALAR_STYLE.DOUBLE_QUOTED;
        const value = getScalarValue(s, { valueStart: q + 1, valueEnd: i, style, fast: false });
        return this.scalar(value, false, false, q + 1, i);
      }
      if (ch === 92 && quote === DQUOTE) {
        if (!SIMPLE_ESCAPE.has(s.charCodeAt(i + 1))) throw GIVE_UP;
        simple = false;
        i++;
      } else if (ch === NL) {
        simple = false;
        const first2 = this.firstAfterBlankLines(i + 1);
        if (first2 >= n || first2 - this.lineStart(first2) < nodeIndent) throw GIVE_UP;
        i = first2 - 1;
      }
    }
    throw GIVE_UP;
  }
  /**
   * A flow collection on one line holding scalars only: `[]`, `{}`, `["--port", 8080]`,
   * `{cpu: 100m, memory: "128Mi"}`. Nested collections, pairs inside `[...]`, colons inside plain
   * scalars, empty entries and lines that do not close it are js-yaml's. Sets `at` past the closer.
   */
  flow(v, e) {
    const s = this.s;
    const mapping = s.charCodeAt(v) === 123;
    const closer = mapping ? 125 : 93;
    const start = this.base + v;
    const map = { type: "map", pairs: [], start, tag: void 0 };
    const seq = { type: "seq", items: [], start, tag: void 0 };
    let i = v + 1;
    for (; ; ) {
      while (s.charCodeAt(i) === SPACE) i++;
      if (i >= e) throw GIVE_UP;
      if (s.charCodeAt(i) === closer) break;
      const first2 = this.flowScalar(i, e, mapping);
      i = this.at;
      if (mapping) {
        if (s.charCodeAt(i) !== COLON || s.charCodeAt(i + 1) !== SPACE) throw GIVE_UP;
        i += 2;
        while (s.charCodeAt(i) === SPACE) i++;
        map.pairs.push({ key: first2, value: this.flowScalar(i, e, false) });
        i = this.at;
      } else seq.items.push(first2);
      while (s.charCodeAt(i) === SPACE) i++;
      const ch = s.charCodeAt(i);
      if (ch === 44) i++;
      else if (ch !== closer) throw GIVE_UP;
    }
    this.at = i + 1;
    return mapping ? map : seq;
  }
  /** A one-line quoted or plain scalar inside a flow collection (a mapping's `key`: up to its colon); sets `at` just past it. */
  flowScalar(i, e, key) {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.closingQuote(i, e, c);
      if (close < 0) throw GIVE_UP;
      this.at = close + 1;
      return this.quoted(i, close, c);
    }
    if (!this.plainStart(i) || c === DASH || c === 63) throw GIVE_UP;
    let end = i;
    let j = i;
    for (; j < e; j++) {
      const ch = s.charCodeAt(j);
      if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125 || key && ch === COLON) break;
      if (ch === COLON || ch === HASH && s.charCodeAt(j - 1) === SPACE) throw GIVE_UP;
      if (ch !== SPACE) end = j + 1;
    }
    this.at = end;
    return this.scalar(s.slice(i, end), true, false, i, end);
  }
  /** Can a plain scalar start at `i`? As js-yaml's canStartPlainScalar, minus the rare `?x` and `:x`. */
  plainStart(i) {
    const c = this.s.charCodeAt(i);
    if (c === HASH || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === SQUOTE || c === DQUOTE || c === 37 || c === 64 || c === 96) return false;
    if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 63 || c === COLON) return false;
    if (c === SPACE || c === NL || i >= this.n) return false;
    return c !== DASH || !this.isEntry(i);
  }
  /** The closing quote of the one-line key or flow entry opened at `q`, or -1 (a backslash escape is left to js-yaml). */
  closingQuote(q, e, quote) {
    const s = this.s;
    for (let i = q + 1; i < e; i++) {
      const ch = s.charCodeAt(i);
      if (quote === DQUOTE && ch === 92) return -1;
      if (ch !== quote) continue;
      if (quote === SQUOTE && s.charCodeAt(i + 1) === SQUOTE) {
        i++;
        continue;
      }
      return i;
    }
    return -1;
  }
  quoted(q, close, quote) {
    const raw = this.s.slice(q + 1, close);
    const value = quote === SQUOTE && raw.includes("''") ? raw.replace(/''/g, "'") : raw;
    return this.scalar(value, false, false, q + 1, close);
  }
  /**
   * `|` / `>` with an optional chomping indicator, read line by line exactly as js-yaml's
   * readBlockScalar reads it; `parent` is js-yaml's parentIndent (the collection's column + 1).
   */
  blockScalar(v, e, parent) {
    const { s, n } = this;
    const style = s.charCodeAt(v) === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
    let i = v + 1;
    let chomping = CHOMPING_MODE.CLIP;
    const c = s.charCodeAt(i);
    if (c === 43 || c === DASH) {
      chomping = c === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      i++;
    }
    let spaced = false;
    while (s.charCodeAt(i) === SPACE) {
      i++;
      spaced = true;
    }
    if (i < e && !(spaced && s.charCodeAt(i) === HASH)) throw GIVE_UP;
    let pos = e < n ? e + 1 : n;
    const valueStart = pos;
    let valueEnd = pos;
    let contentIndent = -1;
    let maxLeading = 0;
    while (pos < n) {
      const line = pos;
      let column = 0;
      while (s.charCodeAt(line + column) === SPACE) column++;
      if (line + column >= n) {
        if (contentIndent >= 0 ? column > contentIndent : column > 0) valueEnd = line + column;
        break;
      }
      const blank = s.charCodeAt(line + column) === NL;
      if (contentIndent === -1) {
        if (blank) maxLeading = Math.max(maxLeading, column);
        else {
          if (column >= parent && column < maxLeading) throw GIVE_UP;
          if (column < parent) break;
          contentIndent = column;
        }
      }
      if (!blank && column < (contentIndent === -1 ? parent + 1 : contentIndent)) break;
      const le = s.indexOf("\n", line);
      if (le < 0) {
        valueEnd = pos = n;
        break;
      }
      valueEnd = pos = le + 1;
    }
    this.at = pos;
    const event = { valueStart, valueEnd, style, chomping, indent: contentIndent, fast: false };
    return this.scalar(getScalarValue(s, event), false, true, valueStart, valueEnd);
  }
  /** A missing value (`key:` with nothing under it): js-yaml's empty plain scalar, which has no range (-1). */
  empty() {
    return this.scalar("", true, false, -1, -1);
  }
  /** Same fields in the same order as documents.ts builds them (one object shape for both readers). */
  scalar(value, plain, block, start, end) {
    return { type: "scalar", value, plain, block, tag: void 0, start: this.base + start, end: this.base + end };
  }
};

// src/yaml/documents.ts
var MARKER = /^(?:---|\.\.\.)(?=[ \t]|\r?\n|\r|$)/gm;
function splitRanges(text) {
  const ranges = [];
  let docStart = 0;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    ranges.push({ start: docStart, end: m.index });
    const lineEnd = text.slice(m.index + 3).search(/\r?\n|\r/);
    const restEnd = lineEnd < 0 ? text.length : m.index + 3 + lineEnd;
    const rest = text.slice(m.index + 3, restEnd);
    if (/^[ \t]*(#.*)?$/.test(rest)) {
      const nl = text.slice(restEnd, restEnd + 2);
      docStart = restEnd + (nl.startsWith("\r\n") ? 2 : nl.length > 0 ? 1 : 0);
    } else {
      docStart = m.index + 3;
    }
  }
  ranges.push({ start: docStart, end: text.length });
  return ranges;
}
function isBlank(s) {
  const line = /[^\r\n]*(?:\r\n|\r|\n|$)/y;
  for (let at = 0; at < s.length; ) {
    line.lastIndex = at;
    const l = line.exec(s)[0];
    const body = l.replace(/[\r\n]+$/, "");
    if (!(/^\s*(?:#.*)?$/.test(body) || body.startsWith("%"))) return false;
    at += l.length;
  }
  return true;
}
function parseManifest(text, file) {
  const json = /\.json$/i.test(file);
  const ranges = json ? [{ start: 0, end: text.length }] : splitRanges(text);
  const docs = [];
  for (const r of ranges) {
    if (isBlank(text.slice(r.start, r.end))) continue;
    docs.push(parseRange(text, r.start, r.end, docs.length));
  }
  return docs;
}
function parseRange(text, start, end, index) {
  const doc = { index, start, end };
  try {
    const root = buildTree(text.slice(start, end), start);
    if (root) {
      doc.root = root;
      lazyValue(doc, root);
    }
  } catch (e) {
    doc.error = describeYamlError(e, text, start);
  }
  return doc;
}
function lazyValue(doc, root) {
  let value;
  let built = false;
  Object.defineProperty(doc, "value", {
    enumerable: true,
    configurable: true,
    get() {
      if (!built) {
        value = toJS(root);
        built = true;
      }
      return value;
    },
    set(v) {
      value = v;
      built = true;
    }
  });
}
function describeYamlError(e, text, base) {
  const err = e;
  const reason = err.reason ?? (err.message ?? "parse error").split("\n")[0];
  if (err.mark?.position !== void 0) {
    const abs = base + err.mark.position;
    let line = 1;
    for (let i = 0; i < abs && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    return `${reason} (line ${line})`;
  }
  return reason;
}
function buildTree(body, base) {
  return readBlockTree(body, base) ?? eventTree(body, base);
}
function eventTree(body, base) {
  const events = parseEvents(body, { maxDepth: MAX_DEPTH });
  const anchors = /* @__PURE__ */ new Map();
  const stack = [];
  const pendingKey = [];
  let root;
  let docCount = 0;
  const tagOf = (ev) => ev.tagStart >= 0 ? body.slice(ev.tagStart, ev.tagEnd) : void 0;
  const remember = (ev, node) => {
    if (ev.anchorStart >= 0) anchors.set(body.slice(ev.anchorStart, ev.anchorEnd), node);
  };
  const attach = (node) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root = node;
      return;
    }
    if (parent.type === "seq") parent.items.push(node);
    else {
      const depth = stack.length - 1;
      const key = pendingKey[depth];
      if (key === void 0) pendingKey[depth] = node;
      else {
        parent.pairs.push({ key, value: node });
        pendingKey[depth] = void 0;
      }
    }
  };
  for (const ev of events) {
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        if (++docCount > 1) throw new Error("more than one document in a segment");
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node = ev.type === EVENT_ID.MAPPING ? { type: "map", pairs: [], start: base + ev.start, tag: tagOf(ev) } : { type: "seq", items: [], start: base + ev.start, tag: tagOf(ev) };
        remember(ev, node);
        attach(node);
        stack.push(node);
        pendingKey[stack.length - 1] = void 0;
        break;
      }
      case EVENT_ID.SCALAR: {
        const s = ev;
        const node = {
          type: "scalar",
          value: getScalarValue(body, s),
          plain: s.style === SCALAR_STYLE.PLAIN,
          block: s.style === SCALAR_STYLE.LITERAL_BLOCK || s.style === SCALAR_STYLE.FOLDED_BLOCK,
          tag: tagOf(s),
          start: base + s.valueStart,
          end: base + s.valueEnd
        };
        remember(s, node);
        attach(node);
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = body.slice(ev.anchorStart, ev.anchorEnd);
        const target = anchors.get(name);
        if (!target) throw new Error(`unknown alias *${name}`);
        attach(target);
        break;
      }
      case EVENT_ID.POP:
        if (stack.length > 0) stack.pop();
        break;
    }
  }
  return root;
}
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
var NUMBER = /^[-+]?(?:\d+|\d*\.\d+(?:[eE][-+]?\d+)?|\d+\.\d*(?:[eE][-+]?\d+)?)$/;
function scalarJS(n) {
  if (!n.plain || n.tag === "!!str" || n.tag === "tag:yaml.org,2002:str") return n.value;
  if (NULLS.has(n.value)) return null;
  if (TRUE.has(n.value)) return true;
  if (FALSE.has(n.value)) return false;
  if (NUMBER.test(n.value)) return Number(n.value);
  return n.value;
}
function toJS(node, seen = /* @__PURE__ */ new Map()) {
  if (node.type === "scalar") return scalarJS(node);
  const hit = seen.get(node);
  if (hit !== void 0) return hit;
  if (node.type === "seq") {
    const arr = [];
    seen.set(node, arr);
    for (const item of node.items) arr.push(toJS(item, seen));
    return arr;
  }
  const obj = /* @__PURE__ */ Object.create(null);
  seen.set(node, obj);
  for (const { key, value } of node.pairs) {
    if (key.type !== "scalar") continue;
    if (key.value === "<<" && key.plain) {
      const merged = toJS(value, seen);
      for (const src of Array.isArray(merged) ? merged : [merged]) {
        if (src && typeof src === "object") {
          for (const [k, v] of Object.entries(src)) if (!(k in obj)) obj[k] = v;
        }
      }
      continue;
    }
    obj[key.value] = toJS(value, seen);
  }
  return obj;
}
function getPair(node, key) {
  if (!node || node.type !== "map") return void 0;
  for (const p of node.pairs) if (p.key.type === "scalar" && p.key.value === key) return p;
  return void 0;
}
function get(node, ...path2) {
  let cur = node;
  for (const k of path2) {
    if (!cur) return void 0;
    if (typeof k === "number") cur = cur.type === "seq" ? cur.items[k] : void 0;
    else cur = getPair(cur, k)?.value;
  }
  return cur;
}
function str(node) {
  return node?.type === "scalar" ? node.value : void 0;
}

// src/rules/glob.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var PLAIN_GLOB = /^[A-Za-z0-9._*/-]+$/;
function starMatcher(pattern) {
  const pieces = pattern.split("*");
  if (pieces.length === 1) return (name) => name === pattern;
  const head = pieces[0];
  const tail = pieces[pieces.length - 1];
  const middle = pieces.slice(1, -1).filter((x) => x !== "");
  const least = head.length + tail.length;
  return (name) => {
    if (name.length < least || !name.startsWith(head) || !name.endsWith(tail)) return false;
    let at = head.length;
    const end = name.length - tail.length;
    for (const piece of middle) {
      const i = name.indexOf(piece, at);
      if (i < 0 || i + piece.length > end) return false;
      at = i + piece.length;
    }
    return true;
  };
}
function byLastCharacter(patterns) {
  const byLast = /* @__PURE__ */ new Map();
  const openEnded = [];
  for (const p of patterns) {
    if (p === "" || p.endsWith("*")) openEnded.push(starMatcher(p));
    else {
      const last = p[p.length - 1];
      byLast.set(last, [...byLast.get(last) ?? [], starMatcher(p)]);
    }
  }
  return (name) => {
    const ending = name === "" ? void 0 : byLast.get(name[name.length - 1]);
    return ending !== void 0 && ending.some((m) => m(name)) || openEnded.some((m) => m(name));
  };
}
var STAR_RUN = "***";
function requiredText(glob) {
  return PLAIN_GLOB.test(glob) && !glob.includes(STAR_RUN) ? glob.split(/[*/]+/).filter((x) => x !== "") : void 0;
}
var simpleName = (n) => SIMPLE_NAME.test(n) && !n.includes(STAR_RUN);
var BASENAME_GLOB = /^\*\*\/([^/]+)$/;
var DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;
var SIMPLE_NAME = /^[A-Za-z0-9._*-]+$/;
var NAME_CACHE = 4096;
function compileGlobs(globs) {
  if (globs.length === 0) return () => false;
  const all = [...globs];
  const names = all.flatMap((g) => BASENAME_GLOB.exec(g)?.[1] ?? []);
  const simple = byLastCharacter(names.filter(simpleName));
  const complex = names.filter((n) => !simpleName(n));
  const others = all.filter((g) => !BASENAME_GLOB.test(g));
  const othersNeed = others.map(requiredText);
  const mayMatchOthers = othersNeed.every((n) => n !== void 0) ? (path2) => othersNeed.some((need) => need.every((t) => path2.includes(t))) : () => true;
  let matchAll;
  let matchName;
  let matchOthers;
  const byName = /* @__PURE__ */ new Map();
  return (path2) => {
    const name = path2.slice(path2.lastIndexOf("/") + 1);
    if (names.length === 0 || name === "" || (path2.includes("./") || path2.endsWith(".")) && DOT_SEGMENT.test(path2)) return (matchAll ??= (0, import_picomatch.default)(all, { dot: true }))(path2);
    let hit = simple(name);
    if (!hit && complex.length > 0) {
      let known = byName.get(name);
      if (known === void 0) {
        known = (matchName ??= (0, import_picomatch.default)(complex, { dot: true }))(name);
        if (byName.size < NAME_CACHE) byName.set(name, known);
      }
      hit = known;
    }
    return hit || others.length > 0 && mayMatchOthers(path2) && (matchOthers ??= (0, import_picomatch.default)(others, { dot: true }))(path2);
  };
}
function checkGlob(glob) {
  if (glob.length <= 1024 && PLAIN_GLOB.test(glob)) return void 0;
  try {
    import_picomatch.default.makeRe(glob);
    return void 0;
  } catch (e) {
    return e.message;
  }
}

// src/rules/values.ts
var SOPS_ENC = /^ENC\[(?:AES256_GCM|AES256_GCM_SIV),data:.*,iv:.*,tag:.*,type:(?:str|int|float|bytes|bool|time|comment)\]$/s;
var KUBESEC_ENC = /^(?:[A-Za-z0-9+/=]+\.)?[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/;
var DIGEST = /^(?:sha(?:1|256|384|512)[:-])?(?:[a-f0-9]{40}|[a-f0-9]{64}|[a-f0-9]{96}|[a-f0-9]{128})$/i;
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var INTEGRITY = /^sha(?:256|384|512)-[A-Za-z0-9+/]+=*$/;
var passes = (g, v) => g.need(v) && g.re.test(v);
var VALUE_GUARDS = {
  sops: { need: (v) => v.startsWith("ENC["), re: SOPS_ENC },
  digest: { need: (v) => v.length >= 40, re: DIGEST },
  uuid: { need: (v) => v.length === 36 && v[8] === "-", re: UUID },
  integrity: { need: (v) => v.startsWith("sha"), re: INTEGRITY }
};
function isSopsEncrypted(value) {
  return passes(VALUE_GUARDS.sops, value.trim());
}
function isKubesecEncrypted(value) {
  return KUBESEC_ENC.test(value.trim());
}
function isDigestLike(value) {
  const v = value.trim();
  return passes(VALUE_GUARDS.digest, v) || passes(VALUE_GUARDS.uuid, v) || passes(VALUE_GUARDS.integrity, v);
}
var BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
function decodeBase64(value) {
  const v = value.replace(/[\r\n]/g, "").trim();
  if (v.length === 0 || v.length % 4 !== 0 || !BASE64.test(v)) return void 0;
  return Buffer.from(v, "base64");
}
function printableText(bytes) {
  if (bytes.length === 0) return "";
  const s = bytes.toString("utf8");
  if (s.includes("\uFFFD")) return void 0;
  let printable = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 || c === 9 || c === 10 || c === 13) printable++;
  }
  return printable / s.length > 0.95 ? s : void 0;
}
function shannon(s) {
  if (s.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

// src/rules/classify.ts
function memo(compute) {
  const known = /* @__PURE__ */ new Map();
  return (key) => {
    let v = known.get(key);
    if (v === void 0) {
      v = compute(key);
      if (known.size >= 8192) known.clear();
      known.set(key, v);
    }
    return v;
  };
}
var keyWords = memo(splitKeyWords);
function splitKeyWords(key) {
  const last = key.includes(".") && !/^\.|\.(?:json|ya?ml|pem|key|crt|txt|conf|ini|properties|env|toml|p12|jks)$/i.test(key) ? key.slice(key.lastIndexOf(".") + 1) : key;
  return last.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function wordSet(list) {
  const m = /^\^\(\?:(.*)\)\$$/.exec(list.source);
  const words = m ? m[1].split("|") : [];
  if (!m || words.some((w) => !/^[a-z0-9_-]+$/.test(w))) throw new Error(`wordSet: not a plain list of words: /${list.source}/`);
  return new Set(words);
}
function inSet(set, ignoreCase = false) {
  return { test: (word) => ignoreCase ? set.has(word.toLowerCase()) && !/[^\x00-\x7f]/.test(word) : set.has(word) };
}
var CREDENTIAL_WORD = inSet(wordSet(/^(?:pass|password|passwd|passphrase|pwd|pw|secret|secrets|token|tokens|key|keys|apikey|api_key|credential|credentials|creds|auth|authorization|bearer|privatekey|private|salt|pin|otp|cookie|signingkey|secretkey|accesskey|jwt|dsn)$/));
var CREDENTIAL_SUFFIX = /(?:password|passwd|passphrase|secret|token|apikey|accesskey|secretkey|privatekey|accountkey|credentials?)$/;
var SETTING_LAST = inSet(wordSet(/^(?:user|username|usr|login|host|hostname|hosts|port|ports|address|addresses|addr|endpoint|endpoints|server|servers|database|db|dbname|schema|alg|algorithm|algorithms|ips|ip|cidr|cidrs|email|mail|region|zone|namespace|namespaces|id|ids|uid|name|names|type|types|kind|mode|method|methods|length|size|ttl|expiry|expiration|expires|timeout|interval|period|duration|lifetime|age|enabled|enable|disabled|required|optional|create|generate|rotate|rotation|version|format|encoding|header|headers|field|fields|prefix|suffix|policy|policies|path|paths|file|files|filename|filenames|filepath|folder|dir|directory|mount|mountpath|ref|keyref|selector|issuer|audience|audiences|scope|scopes|url|uri|urls|provider|source|store|backend|ops|operations|usage|usages|use|annotations|labels|label|count|retries|min|max|mtime|ctime|time|timestamp|date|created|updated|modified|flags|flag|args|arguments|pattern|patterns|regex|regexp|rule|rules|complexity|strategy|strength|hash|hashing|cost|rounds|iterations|location|class|image|tag|repository|registry|level|limit|limits|resources|config|options|opts|params|enabled)$/));
var KNOWN_SETTINGS = /^(?:initial[-_ ]?cluster[-_ ]?token|cluster[-_ ]?token|token[-_ ]?review|csrf[-_ ]?token[-_ ]?name|secret[-_ ]?name|secret[-_ ]?names|key[-_ ]?name|key[-_ ]?id|public[-_ ]?key|publickey|cache[-_ ]?key|primary[-_ ]?key|partition[-_ ]?key|sort[-_ ]?key|routing[-_ ]?key|topology[-_ ]?key|shard[-_ ]?key|hash[-_ ]?key|(?:\w+_)?label[-_ ]?key|(?:\w+_)?annotation[-_ ]?key|node[-_ ]?key|map[-_ ]?key|lookup[-_ ]?key|idempotency[-_ ]?key|key[-_ ]?prefix|key[-_ ]?suffix|keyspace|key[-_ ]?space)$/i;
var KEY_QUALIFIER = inSet(wordSet(/^(?:topology|label|labels|annotation|annotations|cache|primary|partition|sort|routing|shard|sharding|hash|node|map|lookup|idempotency|public|match|list|status|selector|index|group|metric|dedup|tenant|header|field|object|bucket|foreign|unique|composite|join|lock|leader|queue|prefix|host|ssh_host|affinity|sticky|session_affinity|config|configmap|env|value|values|item|items|data|property|properties|column|table|row|json|yaml|path|file|search|query|sorting|order|grouping|dimension|attribute|tag|tags)$/));
var KEY_NAME_KEY = /^existing[-_ ]?secret|(?:secret|key)[-_ ]?(?:name|ref)s?$|keyref$|secretref$|_from_secret$/i;
var keyRole = memo(roleOfKey);
function roleOfKey(key) {
  const words = keyWords(key);
  if (words.length === 0) return "neutral";
  const joined = words.join("_");
  if (KNOWN_SETTINGS.test(joined)) return "non-credential";
  const last = words[words.length - 1];
  if ((last === "key" || last === "keys") && words.length > 1 && KEY_QUALIFIER.test(words[words.length - 2])) return "non-credential";
  if ((last === "key" || last === "keys") && words.slice(0, -1).some((w) => /^(?:annotation|annotations|label|labels)$/.test(w))) return "non-credential";
  const credential = words.some((w) => CREDENTIAL_WORD.test(w) || CREDENTIAL_SUFFIX.test(w));
  const lastMeaningful = /^(?:in|out|\d+)$/.test(last) && words.length > 1 ? words[words.length - 2] : last;
  if (SETTING_LAST.test(lastMeaningful) && !CREDENTIAL_SUFFIX.test(lastMeaningful)) return "non-credential";
  if (credential) return "credential";
  if (/(?:username|accountname|hostname|address|database)$/.test(lastMeaningful)) return "non-credential";
  return "neutral";
}
var PASSWORD_WORD = /^(?:pass|password|passwd|passphrase|pwd|pw|\w*password)$/;
var GENERIC_CREDENTIAL_WORD = inSet(wordSet(/^(?:secret|secrets|token|tokens|key|keys|api|apikey|access|auth|client|my|your|the|value|credential|credentials)$/), true);
var CONNECTION_WORD = inSet(wordSet(/^(?:dsn|url|uri|connection|conn|string|connectionstring|endpoint)$/));
var ENUM_SETTING = inSet(wordSet(/^(?:required|requested|optional|none|disabled|enabled|want|need|basic|bearer|digest|oauth|oauth2|oidc|ldap|tls|mtls|internal|external|plain|scram-sha-256|scram-sha-512|md5|trust|peer|ident|kerberos|gssapi|sasl|ssl|x509|iam|jwt|anonymous|auto|manual|always|never|env|file|vault|kubernetes)$/), true);
function lastWord(key) {
  const w = keyWords(key);
  return w[w.length - 1] ?? "";
}
function isSensitiveKey(key) {
  return keyRole(key) === "credential";
}
function namesAKey(key, value, siblings) {
  const words = keyWords(key);
  if ((words[words.length - 1] === "key" || words[words.length - 1] === "keys") && siblings?.some((k) => k !== key && /^(?:name|secret|secret_?name|existing_?secret\w*|\w*_secret_?name|\w*_existing_?secret\w*)$/.test(keyWords(k).join("_")))) {
    if (/^[A-Za-z0-9][\w.-]{0,62}$/.test(value)) return true;
  }
  if (/^[a-z0-9][a-z0-9.-]*-(?:secret|secrets|tls|certs?|creds|credentials|auth)$/.test(value)) return true;
  if (words[words.length - 1] === "secret" && words.length > 1 && /^(?:tls|ca|cert|certificate|certs|ssl|pull|image|existing|keystore|truststore|jks|token|password|credentials|creds|auth|key|keys|license)$/.test(words[words.length - 2]) && /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/.test(value)) return true;
  if (KEY_NAME_KEY.test(words.join("_")) || /^existing/i.test(key)) return true;
  if (words.length === 1 && words[0] === "key") return looksLikeKeyName(value) && /[-_.]/.test(value) || /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/.test(value) && !/\d{3,}/.test(value);
  if (words.length < 2 || words[words.length - 1] !== "key") return false;
  if (/^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/.test(value) && !/\d{3,}/.test(value)) return true;
  const before = words[words.length - 2];
  if (!/^(?:password|passwd|secret|token|salt|credentials?|cert|certificate|tls|auth|api|access|private|user|username|admin|root|encryption|license|ca|client|account)$/.test(before)) return false;
  return looksLikeKeyName(value);
}
function looksLikeKeyName(v) {
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(v) || v.length > 64) return false;
  if (/\.(?:json|ya?ml|pem|key|crt|cert|txt|conf|ini|properties|env|toml|p12|pfx|jks)$/i.test(v)) return true;
  return /(?:pass|password|passwd|secret|token|key|salt|credential|cert|auth|pwd)/i.test(v) && /^[a-z0-9._-]+$/.test(v);
}
var first = (v, ...chars) => chars.includes(v[0] ?? "");
var holdsAny = (v, ...parts) => parts.some((p) => v.includes(p));
var oneUnitRepeated = (v) => {
  for (let i = 1; i < v.length; i++) if (v.charCodeAt(i) !== v.charCodeAt(0)) return false;
  return v.length > 0;
};
var REFERENCE_SCHEMES = /^(?:ref\+[a-z0-9]+:\/\/|berglas:\/\/|sm:\/\/|akv:\/\/|op:\/\/|bws:\/\/|keyvault:\/\/|azurekeyvault:\/\/|awssm:\/\/|gcpsm:\/\/|vault:\/\/|secret:\/\/|secrets\+literal:\/\/ref\+|vault:[\w/.-]+(?:#\w+)?$|arn:aws[\w-]*:(?:secretsmanager|ssm|kms):|projects\/[^/\s]+\/secrets\/|sops:\/\/|gsm:\/\/|aws-sm:\/\/|k8s:\/\/|env:\/\/|file:(?:\/|\.\.?\/|~\/)|\[(?:parameters|variables|steps|reference|concat|format|listKeys|resourceId)\()/i;
var TEMPLATE_REF = /\{\{.*?\}\}|\$\{[^}\s]+\}|\$\([A-Za-z_][A-Za-z0-9_]*\)|<path:[^>]+>|\$\{\{.*?\}\}|%\{[^}\s]+\}|#\{[^}\s]+\}/gs;
var SHELL_VAR = /^\$(?:[A-Za-z_][\w.-]*(?::[\w.-]+)?|\d+|\{[^}\s]+\})$/;
var FILE_PATH = /^(?:\/|\.\.?\/|~\/)[\w./@-]*$/;
var CIPHERTEXT_GUARDS = [
  { need: (v) => v.startsWith("-----BEGIN "), re: /^-----BEGIN (?:AGE ENCRYPTED FILE|PGP MESSAGE)-----/ },
  { need: (v) => v.startsWith("$ANSIBLE_VAULT;"), re: /^\$ANSIBLE_VAULT;\d\.\d;AES256/ },
  { need: (v) => v.startsWith("\0GITCRYPT\0"), re: /^\0GITCRYPT\0/ },
  { need: (v) => v.startsWith("AgB") && v.length >= 103, re: /^AgB[A-Za-z0-9+/]{100,}={0,2}$/ }
  // kubeseal --raw output
];
var PUBLIC_MATERIAL = /^\s*(?:-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|TRUSTED CERTIFICATE|PGP PUBLIC KEY BLOCK|SSH2 PUBLIC KEY)-----|(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA|age1[0-9a-z]{58}$|phc_[A-Za-z0-9]{30,60}$)/;
var GUARDED = {
  public: { need: (v) => holdsAny(v, "-----BEGIN ", " AAAA", "age1", "phc_"), re: PUBLIC_MATERIAL },
  wholeDocument: { need: (v) => first(v, "{", "["), re: /^(?:\{(?!\{)|\[)[\s\S]*[}\]]$/ },
  reference: { need: (v) => holdsAny(v, ":", "/") || first(v, "["), re: REFERENCE_SCHEMES },
  shellVariable: { need: (v) => first(v, "$"), re: SHELL_VAR },
  formatVerb: { need: (v) => first(v, "%"), re: /^%[-+ #0]*\d*(?:\.\d+)?[sdvqxXfgeT]$/ },
  angleBrackets: { need: (v) => first(v, "<"), re: /^<[^<>]*>$/ },
  // `QVNJ...R04=`, `Z3dk\u2026WFk=`: a value shown with its middle left out
  elided: { need: (v) => holdsAny(v, "...", "\u2026"), re: /^[\w+/=-]{2,}(?:\.{3}|\u2026)[\w+/=-]{2,}$/ },
  postgresHash: { need: (v) => v.startsWith("md5") || v.startsWith("SCRAM-SHA-256$"), re: /^md5[0-9a-f]{32}$|^SCRAM-SHA-256\$\d+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/ },
  passwordHash: { need: (v) => holdsAny(v, "$", "{SSHA}"), re: /^(?:[^:\s]+:)?(?:\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}|\$argon2(?:id|i|d)\$\S+|\$[156]\$[^$\s]+\$\S+|\{SSHA\}\S+|\$apr1\$\S+)$/ },
  flag: { need: (v) => first(v, "-"), re: /^--?[a-z][\w-]*(?:[= ].*)?$/ },
  fileName: { need: (v) => v.includes("."), re: /^[\w.-]+\.(?:pem|crt|cert|key|jks|p12|pfx|keystore|truststore|json|ya?ml|txt|conf)$/i },
  filePath: { need: (v) => first(v, "/", ".", "~"), re: FILE_PATH },
  boolean: { need: (v) => v.length <= 5, re: /^(?:true|false|yes|no|on|off)$/i },
  numberOrDuration: { need: (v) => v.charCodeAt(0) >= 48 && v.charCodeAt(0) <= 57, re: /^\d{1,3}$|^\d+(?:\.\d+)?(?:ms|s|m|h|d)$/ },
  plainUrl: { need: (v) => v.includes("://"), re: /^[a-z][a-z0-9+.-]*:\/\/[^\s]*$/i },
  filler: { need: oneUnitRepeated, re: /^(?:x{3,}|X{3,}|\*{3,}|\.{3,}|-{3,}|_{3,}|#{3,}|0{6,}|\u2026+|\u2022+|(.)\1{3,})$/ },
  xxxTail: { need: (v) => v.endsWith("xxx") || v.endsWith("XXX"), re: /(?:^|[_-])(?:x{3,}|X{3,})$/ },
  xxxRun: { need: (v) => holdsAny(v, "xxxx", "XXXX"), re: /x{4,}|X{4,}/ },
  longXxxRun: { need: (v) => holdsAny(v, "xxxxxx", "XXXXXX"), re: /x{6,}|X{6,}/ },
  wholeAngle: { need: (v) => first(v, "<"), re: /^<[^<>]+>$/ },
  angleTag: { need: (v) => v.includes("<"), re: /<[A-Za-z][\w .:/-]{0,80}>/ },
  masked: { need: (v) => v.includes("**"), re: /\*\*[A-Za-z]{0,16}\*\*|\*{4,}/ },
  instruction: { need: (v) => holdsAny(v, "-", "_", " "), re: /^(?:insert|enter|replace|your|add|set|put|fill|paste|provide)[-_ ]/i },
  // `my-secret`, `some-username`, `the secret password`, `your-api-key`: prose standing in for a value
  articleWords: { need: (v) => holdsAny(v, "-", "_", " "), re: /^(?:my|your|some|the|a|an|our|their)[-_ ][a-z0-9]+(?:[-_ ][a-z0-9]+)*$/i },
  screamingSnake: { need: (v) => v.includes("_"), re: /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/ },
  numberedExample: { need: (v) => v.length <= 12, re: /^(?:key|secret|token|pass|value|val|cred|credential)[-_]?(?:[a-z]|\d)$/i },
  // a UUID-shaped id with letters a UUID cannot hold (`8312341g-5678-abcd-...`): a made-up example
  fakeUuid: { need: (v) => v[8] === "-" && v[13] === "-", re: /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-/i },
  templateRef: { need: (v) => holdsAny(v, "{{", "${", "$(", "<path:", "%{", "#{"), re: TEMPLATE_REF }
};
var PLACEHOLDER_TEXT = /change[-_ ]?(?:me|it|this)\b|changeme|replace[-_ ]?(?:me|this|with)|\bfill[-_ ]?(?:me|in)\b|goes[-_ ]?here|\bput[-_ ].{0,40}\bhere\b|placeholder|redacted|\bto[-_ ]be[-_ ](?:set|replaced|filled|changed)|\bnot[-_ ]?set\b|(?:^|[^a-z])example(?:[^a-z]|$)|example[-_.]?(?:com|org|net)|EXAMPLE(?:KEY)?$|\bdummy\b|\bsample\b|base64[-_ ]?encoded|^your[a-z]|\blorem\b|\bipsum\b|\b(?:John|Jane) Doe\b/i;
var DUMMY_WORD = /^(?:foo|bar|baz|qux|quux|corge|grault|garply|waldo|fred|plugh|xyzzy|thud|hello|world|string|value|text|abc|abcd|abc123|123|1234|12345|123456|secret-value|some-value|value\d*|val|null|none|nil|undefined|empty|todo|tbd|n\/a|na|unknown|xxx|yyy|zzz|hello\d*|world\d*|foo\d*|bar\d*|baz\d*)$/i;
var isAsciiAlnum = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
function sequenceRuns(v) {
  let runs = 0;
  let len = 1;
  for (let i = 1; i < v.length; i++) {
    const a = v.charCodeAt(i - 1);
    const b = v.charCodeAt(i);
    if (b === a + 1 && isAsciiAlnum(a) && isAsciiAlnum(b)) {
      len++;
      if (len === 4) runs++;
    } else len = 1;
  }
  return runs;
}
function mostlyOneChar(v) {
  let candidate = -1;
  let votes = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.codePointAt(i);
    if (c > 65535) i++;
    if (votes === 0) candidate = c;
    votes += c === candidate ? 1 : -1;
  }
  let count = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.codePointAt(i);
    if (c > 65535) i++;
    if (c === candidate) count++;
  }
  return count / v.length >= 0.8;
}
function placeholderReason(v) {
  if (passes(GUARDED.filler, v)) return "filler";
  if (v.length >= 8 && mostlyOneChar(v)) return "filler";
  if (passes(GUARDED.xxxTail, v)) return "xxx";
  if (passes(GUARDED.longXxxRun, v) || passes(GUARDED.xxxRun, v) && v.replace(/[xX]{4,}/g, "").replace(/[^A-Za-z0-9]/g, "").length < 20) return "xxx";
  if (passes(GUARDED.wholeAngle, v) || passes(GUARDED.angleTag, v) && !/<\/[a-z]|<[a-z]+\s*\/>/i.test(v)) return "angle brackets";
  if (passes(GUARDED.masked, v)) return "masked";
  if (PLACEHOLDER_TEXT.test(v)) return "placeholder text";
  if (passes(GUARDED.instruction, v)) return "instruction";
  if (passes(GUARDED.articleWords, v) && !/\d{3,}/.test(v)) return "descriptive words";
  if (passes(GUARDED.screamingSnake, v) && v.length <= 64) return "substitution variable";
  if (/\s/.test(v.trim()) && v.trim().split(/\s+/).length >= 3 && !/[=:]/.test(v)) return "prose";
  return void 0;
}
function dummyReason(v) {
  if (DUMMY_WORD.test(v)) return "dummy word";
  const words = v.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length > 0 && words.length <= 8 && words.every((w) => DUMMY_WORD.test(w))) return "dummy words";
  if (sequenceRuns(v) >= 2) return "sequence filler";
  if (v.length >= 12 && v[0] === v[1] && /^(?:(.)\1)+$/.test(v) && sequenceRuns(v.replace(/(.)\1/g, "$1")) >= 2) return "sequence filler";
  if (passes(GUARDED.numberedExample, v)) return "numbered example";
  if (passes(GUARDED.fakeUuid, v) && !/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(v)) return "malformed example id";
  return void 0;
}
var PEM_PRIVATE = /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----([\s\S]*?)(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/;
function truncatedPem(v) {
  const m = PEM_PRIVATE.exec(v);
  if (!m) return void 0;
  const body = m[2].replace(/\\[nrt]/g, "\n");
  if (/\u2026|<[^<>\n]{1,80}>|\bx{8,}\b|X{8,}/.test(body)) return "elided private key";
  const lines = body.split("\n").filter((l) => !/^\s*[\w-]+:/.test(l));
  if (lines.some((l) => /\.\s*\.\s*\./.test(l))) return "elided private key";
  const b64 = lines.join("").replace(/[^A-Za-z0-9+/=]/g, "");
  if (b64.length < 60) return "too short to be a key";
  return void 0;
}
var URL_RE = /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^\s/?#@'"`]*@)?([^\s/?#'"`]+)([^\s'"`]*)/gi;
var WEBHOOK_HOSTS = [
  { host: /^hooks\.slack\.com$/i, path: /^\/(?:services|workflows|triggers)\/[A-Z0-9]+\/[A-Za-z0-9]+\/[A-Za-z0-9]{8,}/ },
  { host: /(?:^|\.)webhook\.office\.com$|^outlook\.office(?:365)?\.com$/i, path: /^\/webhook(?:b2)?\/[\w@-]{20,}/i },
  { host: /(?:^|\.)logic\.azure\.com(?::\d+)?$|(?:^|\.)environment\.api\.powerplatform\.com/i, path: /sig=[\w%-]{20,}/ },
  { host: /^(?:ptb\.|canary\.)?discord(?:app)?\.com$/i, path: /^\/api\/webhooks\/\d{10,}\/[\w-]{30,}/ },
  { host: /^chat\.googleapis\.com$/i, path: /[?&]token=[\w%-]{20,}/ }
];
var TOKEN_QUERY = /[?&](?:access_token|token|api_key|apikey|key|sig|signature|x-amz-signature|auth|password|secret)=([^&#\s]{16,})/i;
function isCredentialUrl(value) {
  return credentialUrlReason(value) !== void 0;
}
function credentialUrlReason(value) {
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(value); m; m = URL_RE.exec(value)) {
    const [, , userinfo, host, rest] = m;
    if (userinfo) {
      const colon = userinfo.indexOf(":");
      if (colon >= 0) {
        const user = userinfo.slice(0, colon);
        const pass = decodeURIComponentSafe(userinfo.slice(colon + 1, -1));
        if (pass && literalUrlPassword(user, pass)) return "password in URL";
      }
    }
    const path2 = rest ?? "";
    if (hasTemplate(path2) || placeholderReason(path2.replace(/^\//, "")) === "xxx" || /x{4,}|X{4,}|0{8,}|\.\.\.|<[^>]*>/.test(path2)) continue;
    for (const w of WEBHOOK_HOSTS) if (w.host.test(host) && w.path.test(path2)) return "webhook URL";
    if (/\/hooks\/(?:[\w-]+\/)?[A-Za-z0-9_-]{20,}/.test(path2) && shannon(path2.slice(path2.indexOf("/hooks/") + 7)) > 3.5) return "webhook URL";
    const q = TOKEN_QUERY.exec(path2);
    if (q && !hasTemplate(q[1]) && classifyValue(q[1], { where: "content" }).credential && shannon(q[1]) > 3.5) return "token in URL";
  }
  return void 0;
}
function decodeURIComponentSafe(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
var URL_PLACEHOLDER_PASS = /^(?:pass|passwd|password|pwd|secret|mypass|mypassword|yourpassword|pw|p|xxx+|\*+|token|apikey|api_key|key)$/i;
function literalUrlPassword(user, pass) {
  if (URL_PLACEHOLDER_PASS.test(pass)) return false;
  if (/^(?:user|username|usr|myuser|myacct|me|name)$/i.test(user) && /^(?:pass\w*|pwd|secret|my\w+)$/i.test(pass)) return false;
  const v = classifyValue(pass, { where: "content" });
  return v.credential;
}
function hasTemplate(v) {
  TEMPLATE_REF.lastIndex = 0;
  return TEMPLATE_REF.test(v) || SHELL_VAR.test(v) || /\$[A-Z_]{3,}/.test(v);
}
var CONNECTION_PASSWORD = /(?:^|[;?&\s])(?:password|pwd|pass|accountkey|sharedaccesskey|access[-_]?key|secret)\s*=\s*([^;&\s'"]+)/i;
var verdict = (kind, reason, credential = false) => ({ kind, credential, reason });
function unquoted(t) {
  const q = t[0];
  return (q === '"' || q === "'") && t.length >= 2 && t[t.length - 1] === q ? t.slice(1, -1) : t;
}
function classifyValue(value, ctx = {}) {
  const v = unquoted(value.trim()).trim();
  const where = ctx.where ?? (ctx.key ? "setting" : "content");
  if (v === "" || v === "~" || v === "null") return verdict("empty", "empty");
  if (isSopsEncrypted(v) || CIPHERTEXT_GUARDS.some((g) => passes(g, v))) return verdict("encrypted", "ciphertext");
  const urlReason = v.includes("://") ? credentialUrlReason(v) : void 0;
  if (urlReason) return verdict("literal", urlReason, true);
  const pem = v.includes("-----BEGIN ");
  if (pem) {
    if (passes(GUARDED.public, v) && !v.includes("PRIVATE KEY")) return verdict("public", "public key or certificate");
    const t = truncatedPem(v);
    if (t) return verdict("truncated", t);
    if (v.includes("PRIVATE KEY")) return verdict("literal", "private key", true);
  }
  if (passes(GUARDED.public, v)) return verdict("public", "public key or certificate");
  if (v.includes("\n") || passes(GUARDED.wholeDocument, v)) return verdict("literal", "text", !ctx.key || where === "content");
  if (passes(GUARDED.reference, v)) return verdict("reference", "secret manager reference");
  if (passes(GUARDED.shellVariable, v)) return verdict("reference", "variable");
  if (passes(GUARDED.formatVerb, v)) return verdict("reference", "format verb");
  TEMPLATE_REF.lastIndex = 0;
  if (passes(GUARDED.templateRef, v)) {
    const rest = v.replace(TEMPLATE_REF, "REF");
    const m = CONNECTION_PASSWORD.exec(rest);
    if (m && m[1] !== "REF" && classifyValue(m[1], { where: "content" }).credential) return verdict("literal", "password in connection string", true);
    return verdict("reference", "template or variable");
  }
  if (passes(GUARDED.angleBrackets, v)) return verdict("placeholder", "angle brackets");
  if (passes(GUARDED.elided, v)) return verdict("truncated", "elided value");
  const p = placeholderReason(v);
  if (p) return verdict("placeholder", p);
  const d = dummyReason(v);
  if (d) return verdict("dummy", d);
  if (ctx.key && where === "setting" && namesAKey(ctx.key, v, ctx.siblings)) return verdict("key-name", "names a Secret or a key");
  if (v.length >= 8 && /^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length % 4 === 0) {
    const text = printableText(decodeBase64(v) ?? Buffer.alloc(0));
    if (text && text.trim() && /[a-z]/i.test(text) && text !== v) {
      const inner = classifyValue(text.trim(), { where: "content" });
      if (["placeholder", "dummy", "reference", "truncated"].includes(inner.kind) && inner.reason !== "prose") return verdict(inner.kind, `base64 of ${inner.reason}`);
    }
  }
  if (passes(GUARDED.postgresHash, v)) return verdict("setting", "password hash");
  if (passes(GUARDED.passwordHash, v)) return verdict("setting", "password hash");
  if (where === "setting" && passes(GUARDED.flag, v)) return verdict("setting", "command-line flag");
  if (where === "setting" && passes(GUARDED.fileName, v)) return verdict("setting", "file name");
  if (where === "setting" && passes(GUARDED.filePath, v) && v.length > 1) return verdict("reference", "file path");
  if (ctx.key) {
    const role = keyRole(ctx.key);
    if (role === "non-credential") return verdict("setting", "non-secret setting");
    const words = keyWords(ctx.key);
    const joined = words.join("").toLowerCase();
    const connectionKey = words.some((w) => CONNECTION_WORD.test(w)) || joined.endsWith("connectionstring") || joined.endsWith("databaseurl") || joined.endsWith("dburl");
    if (connectionKey) {
      const m = CONNECTION_PASSWORD.exec(v);
      if (m && classifyValue(m[1], { where: "content" }).credential) return verdict("literal", "password in connection string", true);
      return verdict("setting", "connection string without a password");
    }
    if (passes(GUARDED.boolean, v)) return verdict("setting", "boolean");
    if (where === "setting" && passes(GUARDED.numberOrDuration, v)) return verdict("setting", "number or duration");
    if (/access_?key$/.test(keyWords(ctx.key).join("_")) && ctx.siblings?.some((k) => /(?:secret_?(?:access_?)?key|access_?secret)$/.test(keyWords(k).join("_")))) return verdict("setting", "access key id beside its secret key");
    if (role === "credential" && !PASSWORD_WORD.test(lastWord(ctx.key))) {
      if (ENUM_SETTING.test(v)) return verdict("setting", "mode or option");
      const words2 = v.split(/[-_. ]+/);
      const flat = (x) => x.toLowerCase().replace(/[^a-z0-9]/g, "");
      if (words2.every((w) => GENERIC_CREDENTIAL_WORD.test(w)) && (words2.length > 1 || flat(ctx.key).endsWith(flat(v)))) return verdict("placeholder", "repeats its name");
      if (v.length >= 6 && flat(v) === flat(ctx.key)) return verdict("placeholder", "repeats its name");
      if (/^(?:password|passwd|pass|pwd)$/i.test(v)) return verdict("placeholder", "names another credential");
    }
    if (role === "credential") return verdict("literal", "literal under a credential name", true);
  }
  if (passes(GUARDED.plainUrl, v)) return verdict("setting", "URL without credentials");
  if (!ctx.key || where === "content") return verdict("literal", "literal", true);
  if (where === "setting") return verdict("literal", "literal under a neutral name");
  return verdict("literal", looksRandom(v) ? "random-looking literal" : "literal under a neutral name", looksRandom(v));
}
function looksRandom(v) {
  if (v.length < 16 || /\s/.test(v)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
  return classes >= 2 && shannon(v) >= 3.5;
}

// src/rules/embedded.ts
function isStructured(text) {
  const t = text.trim();
  if ((t[0] === "{" || t[0] === "[") && (t.endsWith("}") || t.endsWith("]"))) return true;
  if (t.includes("-----BEGIN ")) return false;
  const lines = t.split("\n").filter((l) => l.trim() && !/^\s*[#;]/.test(l));
  if (lines.length < 2) return false;
  const pairs = lines.filter((l) => PAIR.test(l) || /^\s*\[[^\]]+\]\s*$/.test(l) || /^\s*-\s/.test(l)).length;
  return pairs / lines.length >= 0.5;
}
var PAIR = /^\s*(?:-\s+)?["']?([\w.@/-]+)["']?\s*[:=]\s*(.*?)\s*,?\s*$/;
function embeddedCredential(text, depth = 0) {
  if (depth > 2) return void 0;
  const t = text.trim();
  if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY/.test(t)) {
    if (!truncatedPem(t.slice(t.indexOf("-----BEGIN ")))) return "private key";
  }
  if (t[0] === "{" || t[0] === "[") {
    try {
      return inJson(JSON.parse(t), "", depth);
    } catch {
    }
  }
  for (const line of t.split("\n")) {
    if (/^\s*(?:#|\/\/|;)/.test(line)) continue;
    const m = PAIR.exec(line);
    if (!m) {
      const url = /:\/\//.test(line) ? credentialUrlReason(line) : void 0;
      if (url) return url;
      continue;
    }
    if (/^\s*-\s+key\s*:/.test(line)) continue;
    const value = m[2].replace(/\s+#.*$/, "").replace(/^(['"])(.*)\1$/, "$2");
    if (!/[A-Za-z0-9]/.test(value) || /^[|>][-+]?\d*$/.test(value)) continue;
    const found = leaf(m[1], value, depth);
    if (found) return found;
  }
  return void 0;
}
function inJson(v, key, depth) {
  if (typeof v === "string") return leaf(key, v, depth);
  if (Array.isArray(v)) {
    for (const i of v) {
      const r = inJson(i, key, depth);
      if (r) return r;
    }
  } else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      const r = inJson(x, k, depth);
      if (r) return r;
    }
  }
  return void 0;
}
function leaf(key, value, depth) {
  if (!value) return void 0;
  if (isStructured(value)) return embeddedCredential(value, depth + 1);
  if (/^auth$/i.test(key)) {
    const text = printableText(decodeBase64(value) ?? Buffer.alloc(0));
    if (text && /^[^:]+:(.+)$/.test(text)) {
      const pass = text.slice(text.indexOf(":") + 1);
      return classifyValue(pass, { key: "password", where: "setting" }).credential ? "registry auth" : void 0;
    }
  }
  const v = classifyValue(value, key ? { key, where: "setting" } : { where: "content" });
  if (!v.credential) return void 0;
  if (!key && !/:\/\/|PRIVATE KEY/.test(value)) return void 0;
  return v.reason;
}

// src/rules/secret-value.ts
function secretValueVerdict(key, text, siblings) {
  if (text === void 0) {
    return keyRole(key) === "non-credential" ? { kind: "setting", credential: false, reason: "binary data under a non-secret name" } : { kind: "literal", credential: true, reason: "binary data" };
  }
  const value = text.trim();
  const decoded = /^[A-Za-z0-9+/\r\n]{24,}={0,2}$/.test(value) ? printableText(decodeBase64(value) ?? Buffer.alloc(0)) : void 0;
  const inner = decoded && isStructured(decoded) ? decoded : value;
  if (isStructured(inner)) {
    const reason = embeddedCredential(inner);
    return reason ? { kind: "literal", credential: true, reason } : { kind: "setting", credential: false, reason: "configuration without a credential" };
  }
  const v = classifyValue(value, { key, where: "secret", siblings });
  if (v.credential) return v;
  if (v.kind === "literal" && embeddedCredential(value)) return { ...v, credential: true };
  return v;
}
function templateHoldsLiteral(key, value) {
  const rest = value.replace(/\{\{.*?\}\}/gs, " ").trim();
  if (!rest) return false;
  if (isStructured(rest) || /[:=]/.test(rest)) return embeddedCredential(value.replace(/\{\{.*?\}\}/gs, "{{ref}}")) !== void 0;
  return secretValueVerdict(key, rest).credential;
}

// src/rules/checks/context.ts
function resourceOf(obj, key) {
  return { kind: obj.kind ?? "unknown", name: obj.name, namespace: obj.namespace, key };
}
function* leaves(node, path2 = [], keyNode) {
  if (!node) return;
  if (node.type === "scalar") {
    yield { path: path2, value: node, key: keyNode };
    return;
  }
  if (node.type === "seq") {
    for (let i = 0; i < node.items.length; i++) yield* leaves(node.items[i], [...path2, String(i)], keyNode);
    return;
  }
  for (const p of node.pairs) {
    if (p.key.type !== "scalar") continue;
    yield* leaves(p.value, [...path2, p.key.value], p.key);
  }
}
function* scalarPairs(node) {
  if (node?.type !== "map") return;
  for (const p of node.pairs) if (p.key.type === "scalar" && p.value.type === "scalar") yield { key: p.key, value: p.value };
}

// src/rules/checks/shapes.ts
var SEALED_KEY_LABEL = "sealedsecrets.bitnami.com/sealed-secrets-key";
function hasSopsBlock(obj) {
  const sops = get(obj.node, "sops");
  return sops?.type === "map" && !!get(sops, "mac") && !!get(sops, "version");
}
function isSealedKeyBackup(obj) {
  const labels = get(obj.node, "metadata", "labels");
  return !!get(labels, SEALED_KEY_LABEL) && !!get(obj.node, "data", "tls.key");
}

// src/rules/checks/k8s-secret-plaintext.ts
function plainOf(section, raw) {
  if (section === "stringData") return { text: raw, binary: false };
  const bytes = decodeBase64(raw);
  if (!bytes) return { text: raw, binary: false };
  const text = printableText(bytes);
  return { text, binary: text === void 0 };
}
var CONFIGURATION = /* @__PURE__ */ new Set(["literal", "setting"]);
var k8sSecretPlaintext = (obj) => {
  if (obj.kind !== "Secret") return [];
  if (str(get(obj.node, "$patch")) === "delete") return [];
  if (hasSopsBlock(obj) || isSealedKeyBackup(obj)) return [];
  const kubesec = obj.kubesecTrailer;
  const hits = [];
  let configuration;
  const siblings = ["data", "stringData"].flatMap((s) => [...scalarPairs(get(obj.node, s))].map((p) => p.key.value));
  for (const section of ["data", "stringData"]) {
    for (const { key, value } of scalarPairs(get(obj.node, section))) {
      const raw = value.value;
      if (kubesec && isKubesecEncrypted(raw)) continue;
      const outer = classifyValue(raw, { where: "content" });
      if (!["literal", "public", "setting"].includes(outer.kind)) continue;
      const plain = plainOf(section, raw);
      const v = secretValueVerdict(key.value, plain.text, siblings);
      const hit = { at: value, key, secret: raw, resource: resourceOf(obj, key.value), data: { section } };
      if (v.credential) hits.push(hit);
      else if (CONFIGURATION.has(v.kind)) configuration ??= { ...hit, severity: "warning" };
    }
  }
  if (hits.length === 0 && configuration) return [configuration];
  return hits;
};

// src/rules/checks/sops-unencrypted-value.ts
function sopsMustEncrypt(obj) {
  const sops = get(obj.node, "sops");
  const encRegex = str(get(sops, "encrypted_regex"));
  const unencRegex = str(get(sops, "unencrypted_regex"));
  const encSuffix = str(get(sops, "encrypted_suffix"));
  const unencSuffix = str(get(sops, "unencrypted_suffix")) ?? "_unencrypted";
  const safeRe = (s) => {
    try {
      return s ? new RegExp(s) : void 0;
    } catch {
      return void 0;
    }
  };
  const enc = safeRe(encRegex);
  const unenc = safeRe(unencRegex);
  return (path2) => {
    if (path2[0] === "sops") return false;
    const secretSection = obj.kind === "Secret" && (path2[0] === "data" || path2[0] === "stringData");
    if (secretSection) return true;
    if (enc) return path2.some((p) => enc.test(p));
    if (unenc) return !path2.some((p) => unenc.test(p));
    if (encSuffix) return path2.some((p) => p.endsWith(encSuffix));
    return !path2.some((p) => p.endsWith(unencSuffix)) && !["apiVersion", "kind", "metadata"].includes(path2[0] ?? "");
  };
}
var sopsUnencryptedValue = (obj) => {
  if (!hasSopsBlock(obj)) return [];
  const must = sopsMustEncrypt(obj);
  const hits = [];
  for (const { path: path2, value, key } of leaves(obj.node)) {
    if (!must(path2)) continue;
    if (isSopsEncrypted(value.value) || classifyValue(value.value).kind !== "literal") continue;
    if (!value.plain && value.value === "") continue;
    hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, path2.join(".")), data: { field: path2.join(".") } });
  }
  return hits;
};

// src/rules/checks/helm-values-credential.ts
var KEY_NAME_PARENT = /^(?:secretKeys|existingSecret\w*|secretKeyRef|configMapKeyRef|secretRef|valueFrom|keyRefs?|matchExpressions|tolerations|nodeSelectorTerms|labelSelector|topologySpreadConstraints|affinity|podAffinity|podAntiAffinity|nodeAffinity|matchFields)$/i;
function helmValueIsCredential(path2, value, siblings) {
  const name = path2[path2.length - 1] ?? "";
  if (path2.slice(0, -1).some((p) => KEY_NAME_PARENT.test(p))) return false;
  return classifyValue(value, { key: name, where: "setting", siblings }).credential;
}
var helmValuesCredential = (obj) => {
  if (obj.kind || obj.apiVersion) return [];
  const hits = [];
  const walk = (node, path2, depth) => {
    if (!node || depth > 64) return;
    if (node.type === "seq") {
      node.items.forEach((item, i) => walk(item, [...path2, String(i)], depth + 1));
      return;
    }
    if (node.type !== "map") return;
    const siblings = node.pairs.map((p) => p.key.type === "scalar" ? p.key.value : "");
    for (const p of node.pairs) {
      if (p.key.type !== "scalar") continue;
      const at = [...path2, p.key.value];
      if (p.value.type !== "scalar") {
        walk(p.value, at, depth + 1);
        continue;
      }
      if (p.value.block || !helmValueIsCredential(at, p.value.value, siblings)) continue;
      hits.push({ at: p.value, key: p.key, secret: p.value.value, resource: { kind: "values", key: at.join(".") }, data: { key: at.join(".") } });
    }
  };
  walk(obj.node, [], 0);
  return hits;
};

// src/constants.ts
var LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

// src/rules/checks/last-applied-secret.ts
var lastAppliedSecret = (obj) => {
  const ann = get(obj.node, "metadata", "annotations");
  const node = get(ann, LAST_APPLIED);
  if (node?.type !== "scalar") return [];
  let embedded;
  try {
    embedded = JSON.parse(node.value);
  } catch {
    return [];
  }
  if (embedded?.kind !== "Secret") return [];
  const keys = [];
  for (const section of ["data", "stringData"]) {
    const m = embedded[section];
    if (m && typeof m === "object") {
      for (const [k, v] of Object.entries(m)) {
        if (typeof v !== "string") continue;
        const text = section === "data" ? printableText(decodeBase64(v) ?? Buffer.alloc(0)) : v;
        if (text === void 0 || classifyValue(text, { key: k, where: "secret" }).credential || isStructured(text) && embeddedCredential(text)) keys.push(k);
      }
    }
  }
  if (keys.length === 0) return [];
  const key = ann?.type === "map" ? ann.pairs.find((p) => str(p.key) === LAST_APPLIED)?.key : void 0;
  return [{ at: node, key, secret: node.value, resource: resourceOf(obj, keys.join(",")), data: { keys: keys.join(", ") } }];
};

// src/rules/checks/docker-config-auth.ts
var dockerConfigAuth = (obj) => {
  const auths = get(obj.node, "auths");
  if (obj.kind || auths?.type !== "map") return [];
  const hits = [];
  for (const { path: path2, value, key } of leaves(auths)) {
    const name = path2[path2.length - 1];
    if (name !== "auth" && name !== "password" && name !== "identitytoken" && name !== "registrytoken") continue;
    if (classifyValue(value.value, { key: name === "auth" ? "auth" : name, where: "secret" }).kind !== "literal") continue;
    if (name === "auth") {
      const text = printableText(decodeBase64(value.value) ?? Buffer.alloc(0));
      if (!text || !/^[^:]*:.+/.test(text)) continue;
    }
    hits.push({ at: value, key, secret: value.value, resource: { kind: "DockerConfig", name: path2[0], key: name }, data: { key: name, registry: path2[0] ?? "" } });
  }
  return hits;
};

// src/rules/checks/kustomize-secret-generator.ts
function dirOf(file) {
  const i = file.lastIndexOf("/");
  return i < 0 ? "" : file.slice(0, i + 1);
}
function normalise(p) {
  const out = [];
  for (const seg of p.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}
var kustomizeSecretGenerator = (obj) => {
  if (obj.kind !== void 0 && obj.kind !== "Kustomization" && obj.kind !== "Component") return [];
  const gens = get(obj.node, "secretGenerator");
  if (gens?.type !== "seq") return [];
  const hits = [];
  for (const g of gens.items) {
    const name = str(get(g, "name"));
    const namespace = str(get(g, "namespace"));
    const literals = get(g, "literals");
    if (literals?.type === "seq") {
      for (const l of literals.items) {
        if (l.type !== "scalar") continue;
        const eq = l.value.indexOf("=");
        if (eq < 0) continue;
        const k = l.value.slice(0, eq).trim();
        const v = l.value.slice(eq + 1).trim().replace(/^(['"])(.*)\1$/, "$2");
        if (!classifyValue(v, { key: k, where: "secret" }).credential) continue;
        hits.push({ at: l, secret: v, resource: { kind: "secretGenerator", name, namespace, key: k }, data: { key: k } });
      }
    }
    for (const field of ["files", "envs", "env"]) {
      const list = get(g, field);
      const items = list?.type === "seq" ? list.items : list?.type === "scalar" ? [list] : [];
      for (const item of items) {
        if (item.type !== "scalar") continue;
        const rel = item.value.includes("=") ? item.value.slice(item.value.indexOf("=") + 1) : item.value;
        const target = normalise(dirOf(obj.file) + rel.trim());
        const content = obj.readFile?.(target);
        if (content === void 0 || content.trim() === "") continue;
        if (/^sops:|"sops":|ENC\[AES256_GCM/m.test(content)) continue;
        hits.push({ at: item, secret: content.slice(0, 64), resource: { kind: "secretGenerator", name, namespace, key: rel.trim() }, data: { key: rel.trim(), file: target } });
      }
    }
  }
  return hits;
};

// src/rules/checks/index.ts
var CHECKS = {
  "k8s-secret-plaintext": k8sSecretPlaintext,
  "sops-unencrypted-value": sopsUnencryptedValue,
  "helm-values-credential": helmValuesCredential,
  "last-applied-secret": lastAppliedSecret,
  "docker-config-auth": dockerConfigAuth,
  "kustomize-secret-generator": kustomizeSecretGenerator
};

// src/rules/select-path.ts
var ANY_NAME = () => true;
var DEEP_SPAN = 12;
var MAX_DEPTH2 = 64;
function parseFieldPath(source) {
  const raw = [];
  const literal = [];
  let i = 0;
  do {
    if (source[i] === "[") {
      const end = source.indexOf("]", i);
      if (end < 0) return `'${source}': '[' without ']'`;
      raw.push(source.slice(i + 1, end));
      literal.push(true);
      i = end + 1;
      if (i < source.length && source[i] !== "." && source[i] !== "[") return `'${source}': ']' is followed by '.' or '[' or ends the path`;
    } else {
      let end = i;
      while (end < source.length && source[end] !== "." && source[end] !== "[") end++;
      raw.push(source.slice(i, end));
      literal.push(false);
      i = end;
    }
    if (source[i] === ".") {
      i++;
      if (i === source.length) raw.push("");
    }
  } while (i < source.length);
  const segments = [];
  const captures = [];
  for (let n = 0; n < raw.length; n++) {
    const s = raw[n];
    if (s === "") return `'${source}': empty segment`;
    if (literal[n]) {
      segments.push({ deep: false, test: (name) => name === s, literal: s, capture: void 0 });
      continue;
    }
    if (s === "**") {
      segments.push({ deep: true, test: ANY_NAME, literal: void 0, capture: void 0 });
      continue;
    }
    const m = /^(?:([A-Za-z]\w*)=)?(.+)$/.exec(s);
    const [, capture, body] = m;
    if (/[[\]]/.test(body)) return `'${source}': '[' and ']' enclose a whole segment`;
    const alts = body.split("|");
    if (alts.some((a) => a === "" || a.includes("**"))) return `'${source}': bad segment '${s}'`;
    if (capture) {
      if (captures.includes(capture)) return `'${source}': '${capture}' is captured twice`;
      captures.push(capture);
    }
    const plain = alts.length === 1 && !body.includes("*") && !capture;
    const matchers = alts.map(starMatcher);
    segments.push({
      deep: false,
      test: (name) => matchers.some((m2) => m2(name)),
      literal: plain ? body : void 0,
      capture
    });
  }
  let prefix = 0;
  while (prefix < segments.length && !segments[prefix].deep && segments[prefix].literal !== void 0) prefix++;
  return { source, segments, prefix, captures };
}
function matchField(root, field) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const segments = field.segments;
  const tried = segments.filter((s) => s.deep).length > 1 ? /* @__PURE__ */ new Map() : void 0;
  const path2 = [];
  const holders = [];
  let captures = {};
  const more = segments.map((_, i) => segments.slice(i).some((s) => !s.deep));
  const step = (at, span, name, child, childKey) => {
    const seg = segments[at];
    path2.push(name);
    let matched = false;
    if (seg.deep) {
      if ((child.type !== "scalar" || !more[at]) && span < DEEP_SPAN) walk(child, at, childKey, span + 1);
    } else if (seg.test(name)) {
      matched = true;
      const before = captures;
      if (seg.capture) captures = { ...captures, [seg.capture]: name };
      if (child.type !== "scalar" || !more[at + 1]) walk(child, at + 1, childKey);
      captures = before;
    }
    path2.pop();
    return matched;
  };
  const walk = (node, at, key, span = 0) => {
    if (path2.length > MAX_DEPTH2) return;
    if (tried) {
      const positions = tried.get(node) ?? /* @__PURE__ */ new Set();
      if (positions.has(at)) return;
      tried.set(node, positions.add(at));
    }
    if (at === segments.length) {
      if (!seen.has(node)) {
        seen.add(node);
        out.push({ path: [...path2], node, key, holders: [...holders], captures });
      }
      return;
    }
    const seg = segments[at];
    if (seg.deep) walk(node, at + 1, key);
    if (node.type === "scalar") return;
    holders.push(node);
    if (node.type === "map") {
      for (const p of node.pairs) {
        if (p.key.type !== "scalar") continue;
        if (step(at, span, p.key.value, p.value, p.key) && !seg.deep && seg.literal !== void 0) break;
      }
    } else {
      for (let i = 0; i < node.items.length; i++) step(at, span, String(i), node.items[i], key);
    }
    holders.pop();
  };
  walk(root, 0, void 0);
  return out.sort((a, b) => a.node.start - b.node.start);
}
function pathMatches(field, path2) {
  const memo2 = /* @__PURE__ */ new Map();
  const at = (s, p) => {
    const k = s * (path2.length + 1) + p;
    const known = memo2.get(k);
    if (known !== void 0) return known;
    let r;
    if (s === field.segments.length) r = p === path2.length;
    else {
      const seg = field.segments[s];
      if (seg.deep) r = at(s + 1, p) || p < path2.length && at(s, p + 1);
      else r = p < path2.length && seg.test(path2[p]) && at(s + 1, p + 1);
    }
    memo2.set(k, r);
    return r;
  };
  return at(0, 0);
}

// src/rules/value-classes.ts
var VALUE_CLASSES = {
  credential: {
    description: "the classifier says it is a literal credential under its name (placeholders, references, key names and settings are not)",
    test: (q) => classifyValue(q.value, { key: q.name, where: q.as, siblings: q.siblings }).credential
  },
  present: {
    description: "any value that is there: not empty, not a reference, not a placeholder (the place alone makes it a secret)",
    test: (q) => !["empty", "reference", "placeholder"].includes(classifyValue(q.value).kind)
  },
  "template-literal": {
    description: "a template (`{{ .password }}` belongs there) with a literal credential alone or around its references",
    test: (q) => templateHoldsLiteral(q.name, q.value)
  },
  "config-credential": {
    description: "a credential, a file holding one (config.yaml, JSON), or base64 of user:password or of a credential URL under an auth name",
    test: (q) => isStructured(q.value) ? embeddedCredential(q.value) !== void 0 : classifyValue(q.value, { key: q.name, where: q.as, siblings: q.siblings }).credential || (isSensitiveKey(q.name) || /auth|cred/i.test(q.name)) && decodedCredential(q.value)
  }
};
function decodedCredential(v) {
  const bytes = v.length >= 12 ? decodeBase64(v) : void 0;
  const text = bytes && printableText(bytes);
  if (!text) return false;
  if (isCredentialUrl(text)) return true;
  const m = /^([^\s:]{1,64}):([^\s]{6,})$/.exec(text);
  return !!m && classifyValue(m[2], { key: "password", where: "setting" }).credential;
}

// src/rules/select.ts
var SELECT_KEYS = /* @__PURE__ */ new Set(["when", "fields", "except", "value", "as", "key", "nameFrom"]);
var FIELD_KEYS = /* @__PURE__ */ new Set(["path", "judgedAs"]);
function compileSelector(raw, bad) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    bad("select", "must be a mapping");
    return void 0;
  }
  const s = raw;
  let ok = true;
  const fail = (f, m) => {
    ok = false;
    bad(f, m);
  };
  for (const k of Object.keys(s)) if (!SELECT_KEYS.has(k)) fail(`select.${k}`, "unknown field");
  const when = conditionsOf(s.when, fail);
  if (s.fields === void 0) {
    if (when.length === 0) fail("select.fields", "required unless 'select.when' names what makes the object a finding");
    for (const f of ["except", "value", "as", "key", "nameFrom"]) if (s[f] !== void 0) fail(`select.${f}`, "only a selector with 'fields' uses it");
    return ok ? objectCheck(when) : void 0;
  }
  const fields = fieldsOf(s.fields, fail);
  const except = pathsOf(s.except, "select.except", fail);
  const value = s.value;
  if (typeof value !== "string" || !Object.hasOwn(VALUE_CLASSES, value)) {
    fail("select.value", `required, one of: ${Object.keys(VALUE_CLASSES).join(", ")}`);
  }
  if (s.as !== void 0 && s.as !== "setting" && s.as !== "secret") fail("select.as", "must be setting or secret");
  if (s.nameFrom !== void 0 && (typeof s.nameFrom !== "string" || s.nameFrom === "")) fail("select.nameFrom", "must be a field name");
  const captures = new Set(fields.flatMap((f) => f.path.captures));
  const key = s.key ?? "name";
  if (typeof key !== "string" || key !== "name" && key !== "path" && !captures.has(key)) {
    fail("select.key", `must be name, path or a segment captured in every field (${[...captures].join(", ") || "none"})`);
  } else if (key !== "name" && key !== "path" && !fields.every((f) => f.path.captures.includes(key))) {
    fail("select.key", `'${key}' is not captured in every field`);
  }
  if (!ok) return void 0;
  return valueCheck({
    when,
    fields,
    except,
    test: VALUE_CLASSES[value].test,
    as: s.as ?? "setting",
    key,
    nameFrom: s.nameFrom
  });
}
function holds(obj, when) {
  return when.every(([p, cond]) => cond(matchField(obj.node, p)[0]?.node));
}
function objectCheck(when) {
  return (obj) => {
    if (!holds(obj, when)) return [];
    const at = matchField(obj.node, when[0][0])[0]?.node ?? obj.node;
    return [{ at, secret: "", resource: resourceOf(obj) }];
  };
}
function valueCheck(sel) {
  return (obj) => {
    if (!holds(obj, sel.when)) return [];
    const hits = [];
    const namesOf = /* @__PURE__ */ new Map();
    for (const field of sel.fields) {
      for (const m of matchField(obj.node, field.path)) {
        if (m.node.type !== "scalar" || sel.except.some((e) => pathMatches(e, m.path))) continue;
        let name = m.path[m.path.length - 1];
        let siblings;
        if (sel.nameFrom !== void 0) {
          const item = m.holders[m.holders.length - 1];
          const list = m.holders[m.holders.length - 2];
          const own = str(get(item, sel.nameFrom));
          if (!own) continue;
          name = own;
          if (list?.type === "seq") {
            siblings = namesOf.get(list);
            if (!siblings) namesOf.set(list, siblings = list.items.map((i) => str(get(i, sel.nameFrom)) ?? ""));
          }
        }
        if (!sel.test({ value: m.node.value, name: field.judgedAs ?? name, as: sel.as, siblings })) continue;
        const rel = m.path.slice(field.path.prefix).join(".");
        const key = sel.key === "name" ? name : sel.key === "path" ? rel : m.captures[sel.key];
        hits.push({
          at: m.node,
          key: sel.nameFrom === void 0 ? m.key : void 0,
          secret: m.node.value,
          resource: resourceOf(obj, key),
          data: { key, field: rel, ...m.captures }
        });
      }
    }
    return hits.sort((a, b) => a.at.start - b.at.start);
  };
}
function pathOf(v, where, bad) {
  if (typeof v !== "string") {
    bad(where, "must be a field path (a string)");
    return void 0;
  }
  const p = parseFieldPath(v);
  if (typeof p === "string") {
    bad(where, p);
    return void 0;
  }
  return p;
}
function pathsOf(v, where, bad) {
  if (v === void 0) return [];
  if (!Array.isArray(v)) {
    bad(where, "must be a list of field paths");
    return [];
  }
  return v.flatMap((x, i) => pathOf(x, `${where}[${i}]`, bad) ?? []);
}
function fieldsOf(v, bad) {
  if (!Array.isArray(v) || v.length === 0) {
    bad("select.fields", "must be a non-empty list of field paths");
    return [];
  }
  const out = [];
  v.forEach((x, i) => {
    const where = `select.fields[${i}]`;
    if (x && typeof x === "object" && !Array.isArray(x)) {
      const o = x;
      for (const k of Object.keys(o)) if (!FIELD_KEYS.has(k)) bad(`${where}.${k}`, "unknown field");
      if (o.judgedAs !== void 0 && (typeof o.judgedAs !== "string" || o.judgedAs === "")) bad(`${where}.judgedAs`, "must be a non-empty string");
      const path3 = pathOf(o.path, `${where}.path`, bad);
      if (path3) out.push({ path: path3, judgedAs: o.judgedAs });
      return;
    }
    const path2 = pathOf(x, where, bad);
    if (path2) out.push({ path: path2 });
  });
  return out;
}
function conditionsOf(v, bad) {
  if (v === void 0) return [];
  if (!v || typeof v !== "object" || Array.isArray(v)) {
    bad("select.when", "must be a mapping of field path to condition");
    return [];
  }
  const out = [];
  for (const [k, c] of Object.entries(v)) {
    const where = `select.when.${k}`;
    const path2 = pathOf(k, where, bad);
    if (!path2) continue;
    if (path2.prefix !== path2.segments.length) {
      bad(where, "a condition names one field: no *, ** or |");
      continue;
    }
    const cond = conditionOf(c, (m) => bad(where, m));
    if (cond) out.push([path2, cond]);
  }
  return out;
}
function valuesOf(c) {
  if (typeof c === "string") return [c];
  if (Array.isArray(c) && c.length > 0 && c.every((x) => typeof x === "string")) return c;
  return void 0;
}
function conditionOf(c, bad) {
  if (c === true) return (n) => n !== void 0;
  if (c === false) return (n) => n === void 0;
  const values = valuesOf(c);
  if (values) return (n) => str(n) !== void 0 && values.includes(str(n));
  if (c && typeof c === "object" && !Array.isArray(c) && Object.keys(c).length === 1) {
    const not = valuesOf(c.not);
    if (not) return (n) => str(n) !== void 0 && !not.includes(str(n));
  }
  bad("must be true, false, a value, a list of values or {not: value(s)}");
  return void 0;
}

// src/rules/jwt.ts
var MIN_SIGNATURE_CHARS = 43;
function isSignedJwt(secret) {
  const [h, p, sig] = secret.split(".");
  const header = jsonObject(h);
  if (typeof header?.alg !== "string") return false;
  if (header.alg.toLowerCase() !== "none" && (sig === void 0 || !/^[A-Za-z0-9_-]+$/.test(sig) || sig.length < MIN_SIGNATURE_CHARS)) return false;
  const claims = fromBase64(p ?? "")?.toString("utf8") ?? "";
  return !/"(?:John|Jane) Doe"/.test(claims);
}
function looksLikeJwt(v) {
  return /^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*$/.test(v);
}
function fromBase64(s) {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return void 0;
  return Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}
function jsonObject(b64) {
  try {
    const v = JSON.parse(fromBase64(b64)?.toString("utf8") ?? "");
    return v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
  } catch {
    return void 0;
  }
}

// src/rules/validators.ts
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function crc32Of(text) {
  const bytes = Buffer.from(text, "latin1");
  let c = 4294967295;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? c >>> 1 ^ 3988292384 : c >>> 1;
  }
  return (c ^ 4294967295) >>> 0;
}
function base62(n, width = 6) {
  let s = "";
  for (let v = n; v > 0; v = Math.floor(v / 62)) s = BASE62[v % 62] + s;
  return s.padStart(width, "0");
}
function prefixedBase62Crc(secret) {
  const body = secret.slice(secret.indexOf("_") + 1);
  if (body.length !== 36) return false;
  return base62(crc32Of(body.slice(0, 30))) === body.slice(30);
}
function grafanaCrc(secret) {
  const m = /^(gl[a-z]+_[A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(secret);
  if (!m) return false;
  const c = crc32Of(m[1]);
  const le = Buffer.alloc(4);
  le.writeUInt32LE(c);
  return le.toString("hex") === m[2];
}
var BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function bech32(secret) {
  const s = secret.toLowerCase();
  const sep = s.lastIndexOf("1");
  if (sep < 1 || s.length - sep < 7) return false;
  const hrp = s.slice(0, sep);
  const values = [];
  for (const ch of s.slice(sep + 1)) {
    const v = BECH32.indexOf(ch);
    if (v < 0) return false;
    values.push(v);
  }
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...values];
  return bech32Polymod(expanded) === 1;
}
function bech32Polymod(values) {
  const GEN = [996825010, 642813549, 513874426, 1027748829, 705979059];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 33554431) << 5 ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if (top >>> i & 1) chk = (chk ^ GEN[i]) >>> 0;
  }
  return chk;
}
function pypiMacaroon(secret) {
  const bytes = fromBase64(secret.replace(/^pypi-/, ""));
  if (!bytes || bytes.length < 60 || bytes[0] !== 2) return false;
  if (bytes[1] !== 1 || !/^(?:test\.)?pypi\.org$/.test(bytes.subarray(3, 3 + bytes[2]).toString("latin1"))) return false;
  return bytes[bytes.length - 34] === 6 && bytes[bytes.length - 33] === 32;
}
function jwtHeader(secret) {
  return isSignedJwt(secret);
}
function jwtUnsigned(secret) {
  const parts = secret.split(".");
  const header = jsonObject(parts[0]);
  return typeof header?.alg === "string" && header.alg.toLowerCase() === "none" && jsonObject(parts[1] ?? "") !== void 0;
}
function prefixedJson(secret) {
  const body = secret.slice(secret.indexOf("_") + 1);
  return jsonObject(body) !== void 0;
}
function sentryOrgToken(secret) {
  const m = /^sntrys_([A-Za-z0-9+/=]+)_([A-Za-z0-9+/]+)$/.exec(secret);
  const payload = m && jsonObject(m[1]);
  return !!payload && typeof payload.iat === "number";
}
function base64Of64Bytes(secret) {
  return /^[A-Za-z0-9+/]{86}==$/.test(secret) && Buffer.from(secret, "base64").length === 64;
}
function azureSasSignature(secret) {
  let b64;
  try {
    b64 = decodeURIComponent(secret);
  } catch {
    return false;
  }
  return /^[A-Za-z0-9+/]{43}=$/.test(b64) && Buffer.from(b64, "base64").length === 32;
}
function literalCredential(secret, groups) {
  if (/^%[A-Za-z_][A-Za-z0-9_]*%$/.test(secret)) return false;
  return classifyValue(secret, { key: groups?.key ?? "password", where: "setting" }).credential;
}
function userinfoPassword(secret) {
  const at = secret.indexOf(":");
  const password = at < 0 ? "" : secret.slice(at + 1);
  return password !== "" && classifyValue(password, { key: "password", where: "setting" }).credential;
}
function authorizationCredential(secret, groups) {
  if ((groups?.scheme ?? "").toLowerCase() === "basic") {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret)) return false;
    const plain = Buffer.from(secret, "base64").toString("utf8");
    return /^[\x20-\x7e]+$/.test(plain) && plain.includes(":") && userinfoPassword(plain);
  }
  return classifyValue(secret, { key: "token", where: "setting" }).credential;
}
var VALIDATORS = {
  "github-crc32": { description: "CRC32 of the 30 random characters, base62, as the last 6 characters (GitHub, npm)", check: prefixedBase62Crc },
  "grafana-crc32": { description: "CRC32 of prefix and secret, little-endian hex, after the last underscore", check: grafanaCrc },
  bech32: { description: "Bech32 checksum (BIP-173)", check: bech32 },
  "pypi-macaroon": { description: "base64url macaroon v2 for pypi.org ending in its 32-byte signature", check: pypiMacaroon },
  "jwt-header": { description: "header names an algorithm, the signature is at least 32 bytes (the shortest RFC 7518 makes), the claims are not the tutorial example", check: jwtHeader },
  "jwt-unsigned": { description: "header says alg none and the claims decode to JSON", check: jwtUnsigned },
  "prefixed-json": { description: "the part after the prefix decodes to a JSON object", check: prefixedJson },
  "sentry-org-token": { description: "payload decodes to JSON with an issue time (iat)", check: sentryOrgToken },
  "base64-64-bytes": { description: "base64 of exactly 64 bytes", check: base64Of64Bytes },
  "literal-credential": { description: "the value classifier's verdict: a literal credential under the name it is assigned to", check: literalCredential },
  "userinfo-password": { description: "user:password with a literal password", check: userinfoPassword },
  "authorization-credential": { description: "Basic decodes to user:password with a literal password; Bearer is a literal token", check: authorizationCredential },
  "azure-sas-signature": { description: "URL-encoded base64 of a 32-byte HMAC-SHA256", check: azureSasSignature }
};

// src/rules/load.ts
var KEYS = /* @__PURE__ */ new Set([
  "id",
  "description",
  "severity",
  "message",
  "keywords",
  "check",
  "pattern",
  "flags",
  "secretGroup",
  "entropy",
  "paths",
  "kinds",
  "allowlist",
  "fix",
  "decoded",
  "examples",
  "select",
  "provider",
  "credential",
  "rotate",
  "validate"
]);
var ALLOW_KEYS = /* @__PURE__ */ new Set(["regexes", "stopwords", "paths"]);
var EXAMPLE_KEYS = /* @__PURE__ */ new Set(["name", "path", "code", "line"]);
var SEVERITIES = /* @__PURE__ */ new Set(["error", "warning", "note"]);
var FIXES = /* @__PURE__ */ new Set(["seal", "external"]);
function builtinRulesDir() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, "rules")) && existsSync(path.join(dir, "package.json"))) return path.join(dir, "rules");
    dir = path.dirname(dir);
  }
  throw new ConfigError(["cannot find the built-in rules/ folder next to the sealgate package"]);
}
function readRuleFile(file, problems) {
  const text = readFileSync(file, "utf8");
  const [doc, ...more] = parseManifest(text, file);
  if (!doc || more.length > 0) {
    problems.push(`${file}: a rule file holds exactly one YAML document`);
    return void 0;
  }
  if (doc.error) {
    problems.push(`${file}: not valid YAML: ${doc.error}`);
    return void 0;
  }
  return doc.value;
}
function ruleFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (/\.ya?ml$/.test(e.name)) out.push(path.join(d, e.name));
    }
  };
  walk(dir);
  return out;
}
function loadRulesDir(dir, problems) {
  const rules = [];
  const seen = /* @__PURE__ */ new Map();
  for (const file of ruleFiles(dir)) {
    const spec = readRuleFile(file, problems);
    if (spec === void 0) continue;
    const rule = compileRule(spec, file, problems);
    if (rule) {
      if (path.basename(file).replace(/\.ya?ml$/, "") !== rule.id) problems.push(`${file}: id '${rule.id}' must match the file name`);
      const other = seen.get(rule.id);
      if (other) problems.push(`${file}: id '${rule.id}' is also used by ${other}`);
      seen.set(rule.id, file);
      rules.push(rule);
    }
  }
  return rules;
}
function isStringArray(v) {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}
function compileRule(raw, file, problems, requireExamples = true) {
  const before = problems.length;
  const bad = (field, msg) => problems.push(`${file}: ${field}: ${msg}`);
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    problems.push(`${file}: a rule must be a mapping`);
    return void 0;
  }
  const r = raw;
  for (const k of Object.keys(r)) if (!KEYS.has(k)) bad(k, "unknown field");
  if (typeof r.id !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(r.id)) bad("id", "required, lower-case letters, digits and dashes");
  for (const f of ["description", "message"]) if (typeof r[f] !== "string" || r[f] === "") bad(f, "required string");
  if (typeof r.severity !== "string" || !SEVERITIES.has(r.severity)) bad("severity", "must be error, warning or note");
  if (r.keywords !== void 0 && !isStringArray(r.keywords)) bad("keywords", "must be a list of strings");
  const manifestBy = [r.check, r.select].filter((x) => x !== void 0).length;
  if (manifestBy === 0 && r.pattern === void 0) bad("select", "a rule needs 'pattern' (content rule), or 'select' or 'check' (manifest rule)");
  if (r.check !== void 0 && r.select !== void 0) bad("check", "a manifest rule has either 'select' (data) or 'check' (code), not both");
  let check;
  if (r.check !== void 0) {
    if (typeof r.check !== "string" || !Object.hasOwn(CHECKS, r.check)) bad("check", `unknown check '${String(r.check)}' (the rules written in code: ${Object.keys(CHECKS).join(", ")})`);
    else check = CHECKS[r.check];
  }
  if (r.select !== void 0) check = compileSelector(r.select, bad);
  let regex;
  if (r.pattern !== void 0) {
    if (typeof r.pattern !== "string") bad("pattern", "must be a string");
    else {
      const flags = typeof r.flags === "string" ? r.flags : "";
      if (/[^imsu]/.test(flags)) bad("flags", "only i, m, s and u are allowed");
      try {
        regex = new RegExp(r.pattern, `g${flags.replace(/g/g, "")}`);
      } catch (e) {
        bad("pattern", e.message);
      }
    }
  }
  const group = r.secretGroup ?? 0;
  if (typeof group !== "number" || !Number.isInteger(group) || group < 0) bad("secretGroup", "must be a whole number");
  else if (regex && requireExamples) {
    const groups = new RegExp(`${regex.source}|`).exec("").length - 1;
    if (group > groups) bad("secretGroup", `is ${group} but the pattern has ${groups} group(s)`);
  }
  if (r.entropy !== void 0 && (typeof r.entropy !== "number" || r.entropy < 0 || r.entropy > 8)) bad("entropy", "must be a number from 0 to 8");
  for (const f of ["paths", "kinds"]) if (r[f] !== void 0 && !isStringArray(r[f])) bad(f, "must be a list of strings");
  if (isStringArray(r.paths)) for (const g of r.paths) {
    const m = checkGlob(g);
    if (m) bad("paths", `bad glob '${g}': ${m}`);
  }
  const allow = r.allowlist ?? {};
  if (typeof allow !== "object" || Array.isArray(allow)) bad("allowlist", "must be a mapping");
  else {
    for (const k of Object.keys(allow)) if (!ALLOW_KEYS.has(k)) bad(`allowlist.${k}`, "unknown field");
    for (const k of ALLOW_KEYS) if (allow[k] !== void 0 && !isStringArray(allow[k])) bad(`allowlist.${k}`, "must be a list of strings");
  }
  const allowRegexes = [];
  if (isStringArray(allow.regexes)) for (const s of allow.regexes) {
    try {
      allowRegexes.push(new RegExp(s));
    } catch (e) {
      bad("allowlist.regexes", e.message);
    }
  }
  if (r.fix !== void 0 && (!isStringArray(r.fix) || !r.fix.every((x) => FIXES.has(x)))) bad("fix", "must be a list of seal, external");
  decodingsOf(r.decoded, (m) => bad("decoded", m));
  rejectIneffective(r, bad);
  checkProviderFields(r, bad);
  const examples = requireExamples || r.examples !== void 0 ? checkExamples(r.examples, (f, m) => bad(f, m)) : { valid: [], invalid: [] };
  if (problems.length > before) return void 0;
  return buildRule(r, file, { check, regex, allowRegexes, examples });
}
function compiledParts(spec) {
  return {
    check: spec.check !== void 0 ? CHECKS[spec.check] : spec.select !== void 0 ? compileSelector(spec.select, () => {
    }) : void 0,
    regex: spec.pattern !== void 0 ? new RegExp(spec.pattern, `g${spec.flags ?? ""}`) : void 0,
    allowRegexes: (spec.allowlist?.regexes ?? []).map((s) => new RegExp(s)),
    examples: spec.examples ?? { valid: [], invalid: [] }
  };
}
function buildRule(spec, file, parts = compiledParts(spec), walk) {
  const allow = spec.allowlist ?? {};
  const content = parts.regex !== void 0;
  return {
    id: spec.id,
    description: spec.description,
    severity: spec.severity,
    message: spec.message,
    keywords: (spec.keywords ?? []).map((k) => k.toLowerCase()),
    check: parts.check,
    regex: parts.regex,
    // Every rule has both fields, whatever its kind: rules of one shape keep the engine's code monomorphic.
    anchors: content ? walk?.anchors : void 0,
    anchorSkip: content && walk?.anchorSkip ? walk.anchorSkip : void 0,
    pattern: spec.pattern,
    secretGroup: spec.secretGroup ?? 0,
    entropy: spec.entropy,
    appliesTo: spec.paths?.length ? compileGlobs(spec.paths) : void 0,
    kinds: spec.kinds ?? [],
    allowRegexes: parts.allowRegexes,
    stopwords: (allow.stopwords ?? []).map((s) => s.toLowerCase()),
    allowPaths: allow.paths?.length ? compileGlobs(allow.paths) : void 0,
    fix: spec.fix,
    decodings: decodingsOf(spec.decoded, () => {
    }),
    provider: spec.provider,
    credential: spec.credential,
    rotate: spec.rotate,
    validate: spec.validate,
    validator: spec.validate !== void 0 ? VALIDATORS[spec.validate].check : void 0,
    examples: parts.examples,
    file
  };
}
function checkProviderFields(r, bad) {
  for (const f of ["provider", "credential"]) {
    if (r[f] !== void 0 && (typeof r[f] !== "string" || r[f] === "")) bad(f, "must be a non-empty string");
  }
  if (r.rotate !== void 0 && (typeof r.rotate !== "string" || !/^https:\/\/[^\s/]+\.[^\s]+$/.test(r.rotate))) bad("rotate", "must be an https:// URL");
  if (r.provider !== void 0) {
    if (r.credential === void 0) bad("credential", "required when 'provider' is set");
    if (r.rotate === void 0) bad("rotate", "required when 'provider' is set");
  }
  if (r.validate !== void 0) {
    if (typeof r.validate !== "string" || !Object.hasOwn(VALIDATORS, r.validate)) {
      bad("validate", `unknown validator '${String(r.validate)}' (known: ${Object.keys(VALIDATORS).join(", ")})`);
    } else if (r.pattern === void 0) bad("validate", "only content rules (with 'pattern') can be validated");
  }
}
function decodingsOf(v, bad) {
  if (v === void 0 || v === true) return ["base64"];
  if (v === false) return [];
  if (Array.isArray(v) && v.length > 0 && v.every((x) => x === "base64" || x === "hex")) return [...new Set(v)];
  bad("must be true, false or a list of base64, hex");
  return [];
}
function rejectIneffective(r, bad) {
  const manifest = r.check !== void 0 ? "check" : r.select !== void 0 ? "select" : void 0;
  if (manifest && r.pattern !== void 0) bad(manifest, `a rule has either 'pattern' (content rule) or '${manifest}' (manifest rule), not both`);
  else if (manifest) {
    for (const f of ["flags", "secretGroup", "decoded"]) if (r[f] !== void 0) bad(f, `only content rules ('pattern') use it; a manifest rule ('${manifest}') would ignore it`);
  } else if (r.pattern !== void 0) {
    if (r.kinds !== void 0) bad("kinds", "only manifest rules ('select' or 'check') are dispatched by kind; a content rule reads every file its 'paths' allow");
    if (r.fix !== void 0) bad("fix", "only manifest rules ('select' or 'check') that report a Secret can be fixed; a content rule would ignore it");
  }
}
function checkExamples(raw, bad) {
  if (!raw || typeof raw !== "object") {
    bad("examples", "required: valid and invalid examples");
    return void 0;
  }
  const ex = raw;
  for (const k of Object.keys(ex)) if (k !== "valid" && k !== "invalid") bad(`examples.${k}`, "unknown field");
  const out = { valid: [], invalid: [] };
  for (const kind of ["valid", "invalid"]) {
    const list = ex[kind];
    if (!Array.isArray(list) || list.length === 0) {
      bad(`examples.${kind}`, "at least one example is required");
      continue;
    }
    const names = /* @__PURE__ */ new Set();
    list.forEach((e, i) => {
      const where = `examples.${kind}[${i}]`;
      if (!e || typeof e !== "object") return bad(where, "must be a mapping");
      const o = e;
      for (const k of Object.keys(o)) if (!EXAMPLE_KEYS.has(k)) bad(`${where}.${k}`, "unknown field");
      if (typeof o.name !== "string") bad(`${where}.name`, "required string");
      else if (names.has(o.name)) bad(`${where}.name`, `duplicate example name '${o.name}'`);
      else names.add(o.name);
      if (typeof o.code !== "string") bad(`${where}.code`, "required string");
      if (o.path !== void 0 && typeof o.path !== "string") bad(`${where}.path`, "must be a string");
      if (o.line !== void 0 && typeof o.line !== "number") bad(`${where}.line`, "must be a number");
      out[kind].push(o);
    });
  }
  return out;
}
var cached;
function loadBuiltinRules() {
  if (cached) return cached;
  const problems = [];
  const rules = true ? JSON.parse(`[{"file":"rules/authorization-header.yaml","spec":{"id":"authorization-header","credential":"Credentials in an Authorization header","description":"A literal Basic (base64 user:password) or Bearer credential in an HTTP Authorization header, in scripts, code and config","severity":"error","message":"Credentials in an Authorization header","keywords":["authorization"],"pattern":"Authorization[\\"']?[ \\\\t]{0,4}[:=,][ \\\\t]{0,4}[\\"']?(?<scheme>Basic|Bearer|Token)[ \\\\t]{1,4}([A-Za-z0-9._~+/-]{12,}={0,2})(?![A-Za-z0-9._~+/=-])","flags":"i","secretGroup":2,"validate":"authorization-credential","allowlist":{"regexes":["(?:\\\\.\\\\.\\\\.|\u2026)"]}},"anchors":["authoriz"]},{"file":"rules/configmap-credential.yaml","spec":{"id":"configmap-credential","description":"ConfigMap holding a credential (ConfigMaps are not secret; use a Secret)","severity":"error","message":"ConfigMap {{namespace}}/{{name}}: key {{key}} holds a credential","keywords":["configmap"],"select":{"fields":["data|binaryData.*"],"value":"config-credential"},"kinds":["ConfigMap"]},"anchors":null},{"file":"rules/connection-string-password.yaml","spec":{"id":"connection-string-password","credential":"Password in a connection string","description":"A literal password in an ADO.NET, ODBC or JDBC-style connection string (server, user and password in one string)","severity":"error","message":"Password in a connection string","keywords":["password=","pwd="],"pattern":";[ \\\\t]*(?:password|pwd)[ \\\\t]*=[ \\\\t]*([^;\\\\\\"'\\\\s{$%][^;\\\\\\"'\\\\s]{0,127})","flags":"i","secretGroup":1,"validate":"literal-credential","allowlist":{"regexes":["(?:\\\\.\\\\.\\\\.|\u2026)"]}},"anchors":null},{"file":"rules/credential-setter-call.yaml","spec":{"id":"credential-setter-call","credential":"Hard-coded credential","description":"A literal passed to a setter named for a password, secret, token or API key (setPassword(\\"\u2026\\"))","severity":"error","message":"Hard-coded credential","keywords":["setpassword","setsecret","settoken","setapikey","setaccesskey","setcredential","setclientsecret"],"pattern":"\\\\.(?<key>set(?:[A-Z][A-Za-z]{0,30})?(?:Password|Passwd|Secret|Token|ApiKey|AccessKey|Credentials?))\\\\([ \\\\t]*[\\"']([^\\"'\\\\s]{4,200})[\\"'][ \\\\t]*\\\\)","secretGroup":2,"validate":"literal-credential","allowlist":{"regexes":["(?:\\\\.\\\\.\\\\.|\u2026)"]}},"anchors":null},{"file":"rules/curl-user-password.yaml","spec":{"id":"curl-user-password","credential":"Password on a curl command line","description":"A literal user:password given with -u / --user (curl, in files that run curl)","severity":"error","message":"Password on a curl command line","keywords":["curl"],"pattern":"(?<![^ \\\\t])(?:-u|--user)(?:[ \\\\t]+|=)[\\\\\\"']?([^\\\\s\\\\\\"':$-][^\\\\s\\\\\\"':]{0,63}:[^\\\\s\\\\\\"']{1,128})","secretGroup":1,"validate":"userinfo-password","allowlist":{"regexes":["(?:\\\\.\\\\.\\\\.|\u2026)"]}},"anchors":null},{"file":"rules/docker-config-auth.yaml","spec":{"id":"docker-config-auth","description":"Docker config with registry credentials (auth is base64 of user:password)","severity":"error","message":"Docker config: {{key}} for registry {{registry}} holds a credential","keywords":["\\"auths\\"","auths:"],"check":"docker-config-auth"},"anchors":null},{"file":"rules/dotnet-appsettings-credential.yaml","spec":{"id":"dotnet-appsettings-credential","credential":"Hard-coded credential","description":"A literal credential in a .NET appSettings entry whose key names a password, secret, token or key","severity":"error","message":"Hard-coded credential in appSettings","keywords":["<add key="],"pattern":"<add[ \\\\t]+key=[\\"'](?<key>[A-Za-z0-9_.:-]{0,40}(?:password|passwd|secret|token|api[_-]?key|key)[A-Za-z0-9_.:-]{0,20})[\\"'][ \\\\t]+value=[\\"']([^\\"'\\\\s]{4,200})[\\"']","flags":"i","secretGroup":2,"validate":"literal-credential","allowlist":{"regexes":["(?:\\\\.\\\\.\\\\.|\u2026)"]}},"anchors":["<add"]},{"file":"rules/eso-deprecated-api.yaml","spec":{"id":"eso-deprecated-api","description":"External Secrets object on external-secrets.io/v1beta1, which current ESO no longer serves","severity":"warning","message":"{{kind}} {{name}} uses external-secrets.io/v1beta1, no longer served by ESO (since v0.17): change apiVersion to external-secrets.io/v1","keywords":["external-secrets.io/v1beta1"],"select":{"when":{"apiVersion":"external-secrets.io/v1beta1"}},"kinds":["ExternalSecret","ClusterExternalSecret","SecretStore","ClusterSecretStore","PushSecret"]},"anchors":null},{"file":"rules/etcd-encryption-key.yaml","spec":{"id":"etcd-encryption-key","description":"Kubernetes EncryptionConfiguration with etcd encryption key material (aescbc, aesgcm, secretbox)","severity":"error","message":"EncryptionConfiguration: {{provider}} key material decrypts every Secret in etcd","keywords":["encryptionconfig"],"select":{"fields":["resources.**.provider=aescbc|aesgcm|secretbox.**.secret"],"value":"credential","as":"secret","key":"provider"},"kinds":["EncryptionConfiguration","EncryptionConfig"]},"anchors":null},{"file":"rules/externalsecret-template-literal.yaml","spec":{"id":"externalsecret-template-literal","description":"ExternalSecret or PushSecret template with a literal credential","severity":"error","message":"{{kind}} {{name}}: template data {{key}} holds a literal credential","keywords":["externalsecret","pushsecret"],"select":{"fields":["spec.target.template.data.*","spec.template.data.*"],"value":"template-literal"},"kinds":["ExternalSecret","PushSecret"]},"anchors":null},{"file":"rules/generic-secret-assignment.yaml","spec":{"id":"generic-secret-assignment","credential":"Hard-coded credential","description":"A quoted literal assigned to a password, secret, token or API key name in code or config (assignments, keyword arguments, map entries, properties, XML attributes)","severity":"error","message":"Hard-coded credential","keywords":["password","passwd","pwd","secret","token","api_key","apikey","api-key","access_key","accesskey","private_key"],"pattern":"(?:password|passwd|pwd|secret|token|api_?key|apikey|api-key|access_?key|private_?key)(?:[_.-][A-Za-z0-9]{1,20}){0,2}[\\\\\\"']?[ \\\\t]{0,4}(?:=>?|:=|:|\\\\|\\\\||\\\\?\\\\?)[ \\\\t]{0,4}(?:[rbuf]|new String\\\\()?[\\\\\\"'\`]([^\\\\\\"'\`\\\\s]{4,200})[\\\\\\"'\`](?![ \\\\t]{0,4}\\\\+)","flags":"i","secretGroup":1,"validate":"literal-credential","allowlist":{"regexes":["(?:\\\\.\\\\.\\\\.|\u2026)$","^\\\\$\\\\{","^\\\\$\\\\(","^\\\\{\\\\{","^<.*>$","^%\\\\(","\\\\{\\\\w*\\\\}","^\\\\*+$","^x+$","^[A-Z_]+$","^/","^\\\\$2[aby]\\\\$","^[0-9]{1,8}$","^(?:[Pp]ass(?:word|wd)?|PASS(?:WORD|WD)?|[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Aa]pi_?[Kk]ey|API_?KEY|[Pp]wd|PWD)$"],"stopwords":["example","changeme","change-me","placeholder","dummy","redacted","replace","your","sample","process.env","os.environ","getenv","xxxxx","****"],"paths":["**/package-lock.json","**/yarn.lock","**/pnpm-lock.yaml","**/go.sum","**/*.lock","**/Cargo.lock"]}},"anchors":["password","passwd","pwd","secret","token","api","apikey","api-key","access","private"]},{"file":"rules/generic-unquoted-credential.yaml","spec":{"id":"generic-unquoted-credential","credential":"Hard-coded credential","description":"An unquoted literal under a credential name in .env, properties, INI and conf files, Dockerfile ENV/ARG, docker-compose environment and Spring application files","severity":"error","message":"Hard-coded credential","keywords":["password","passwd","pwd","secret","token","api_key","apikey","api-key","access_key","accesskey","private_key"],"pattern":"(?:password|passwd|pwd|secret|token|api_?key|apikey|api-key|access_?key|private_?key)(?:[_.-][A-Za-z0-9]{1,20}){0,2}[\\\\\\"']?(?:[ \\\\t]{0,4}[=:][ \\\\t]{0,4}|(?<=^[ \\\\t]{0,16}(?:(?:ENV|ARG)[ \\\\t]{1,4})?[\\\\w.-]{1,100})[ \\\\t]{1,4})([^\\\\s\\\\\\"'\`#;,{}()<>$%\\\\[\\\\]\\\\\\\\][^\\\\s\\\\\\"'\`]{3,199})[ \\\\t]*(?=$|#)","flags":"im","secretGroup":1,"validate":"literal-credential","paths":["**/.env","**/.env.*","**/*.env","**/.envrc","**/*.properties","**/*.ini","**/*.cfg","**/*.conf","**/Dockerfile","**/Dockerfile.*","**/*.dockerfile","**/*compose*.yml","**/*compose*.yaml","**/application*.yml","**/application*.yaml","**/bootstrap*.yml","**/*.sh","**/*.bash"],"allowlist":{"regexes":["(?:\\\\.\\\\.\\\\.|\u2026)$","^\\\\*+$","^x+$","^[A-Z_]+$","^/","^(?:true|false|yes|no|none|null|nil|required|optional)$","^[0-9]{1,8}$","^(?:[Pp]ass(?:word|wd)?|PASS(?:WORD|WD)?|[Ss]ecret|SECRET|[Tt]oken|TOKEN)$"],"stopwords":["example","changeme","change-me","placeholder","dummy","redacted","replace","your","sample","xxxxx","****"]}},"anchors":["password","passwd","pwd","secret","token","api","apikey","api-key","access","private"]},{"file":"rules/helm-values-credential.yaml","spec":{"id":"helm-values-credential","description":"Helm values file with a literal credential (pass it at install time or use existingSecret)","severity":"error","message":"Helm values: {{key}} holds a literal credential; use existingSecret or an external secret","keywords":["pass","secret","token","key","credential","auth"],"check":"helm-values-credential","paths":["**/values*.yaml","**/values*.yml","values*.yaml","values*.yml","**/values/**/*.yaml","**/values/**/*.yml","values/**/*.yaml","values/**/*.yml"]},"anchors":null},{"file":"rules/k8s-secret-plaintext.yaml","spec":{"id":"k8s-secret-plaintext","description":"Kubernetes Secret with a plaintext value in data (base64 is only an encoding) or stringData","severity":"error","message":"Secret {{namespace}}/{{name}} holds a plaintext value for key '{{key}}' in {{section}}","keywords":["secret"],"check":"k8s-secret-plaintext","kinds":["Secret"],"fix":["seal","external"]},"anchors":null},{"file":"rules/kubeconfig-credential.yaml","spec":{"id":"kubeconfig-credential","description":"kubeconfig with an embedded client key, token or password","severity":"error","message":"kubeconfig: users[].user.{{key}} holds a credential","keywords":["users"],"select":{"fields":["users.**.client-key-data|token|password|client-secret|refresh-token|id-token|access-token",{"path":"users.**.exec.env.*.value","judgedAs":"token"}],"value":"credential","as":"secret"},"kinds":["Config"]},"anchors":null},{"file":"rules/kustomize-secret-generator.yaml","spec":{"id":"kustomize-secret-generator","description":"Kustomize secretGenerator with literal values or committed plaintext files","severity":"error","message":"secretGenerator {{name}}: {{key}} is committed in plaintext","keywords":["secretgenerator"],"check":"kustomize-secret-generator"},"anchors":null},{"file":"rules/last-applied-secret.yaml","spec":{"id":"last-applied-secret","description":"kubectl last-applied-configuration annotation that embeds a Secret's plaintext","severity":"error","message":"{{kind}} {{name}}: the last-applied-configuration annotation embeds a Secret with values ({{keys}})","keywords":["last-applied-configuration"],"check":"last-applied-secret"},"anchors":null},{"file":"rules/mysql-cli-password.yaml","spec":{"id":"mysql-cli-password","credential":"Password on a mysql command line","description":"A literal password given to mysql, mysqldump or mysqladmin with -p<password> (in files that run mysql)","severity":"error","message":"Password on a mysql command line","keywords":["mysql"],"pattern":"(?<=\\\\b(?:mysql|mysqldump|mysqladmin|mysqlcheck|mysqlimport|mysqlshow|mariadb|mariadb-dump|mariadb-admin)\\\\b[^\\\\n|;&]{0,200})(?<![^ \\\\t])-p([^\\\\s\\\\\\"'$-][^\\\\s\\\\\\"']{3,127})","secretGroup":1,"validate":"literal-credential","allowlist":{"regexes":["(?:\\\\.\\\\.\\\\.|\u2026)","^[0-9:./]+$"]}},"anchors":null},{"file":"rules/providers/ai/anthropic-admin-key.yaml","spec":{"id":"anthropic-admin-key","provider":"Anthropic","credential":"Anthropic Admin API key","description":"Anthropic Admin API key","severity":"error","message":"Anthropic Admin API key","keywords":["sk-ant-admin01-"],"pattern":"(?<![A-Za-z0-9_-])sk-ant-admin01-[A-Za-z0-9_-]{93}AA(?![A-Za-z0-9_-])","rotate":"https://docs.anthropic.com/en/api/administration-api"},"anchors":["sk-ant-a"]},{"file":"rules/providers/ai/anthropic-api-key.yaml","spec":{"id":"anthropic-api-key","provider":"Anthropic","credential":"Anthropic API key","description":"Anthropic API key","severity":"error","message":"Anthropic API key","keywords":["sk-ant-api03-"],"pattern":"(?<![A-Za-z0-9_-])sk-ant-api03-[A-Za-z0-9_-]{93}AA(?![A-Za-z0-9_-])","rotate":"https://console.anthropic.com/settings/keys"},"anchors":["sk-ant-a"]},{"file":"rules/providers/ai/azure-openai-key.yaml","spec":{"id":"azure-openai-key","provider":"Microsoft","credential":"Azure OpenAI key","description":"Azure OpenAI key, issued by Microsoft","severity":"error","message":"Azure OpenAI key","keywords":["azure_openai","azure-openai","azureopenai","cognitive"],"pattern":"(?:azure[_.-]?openai[_.-]?(?:api[_.-]?)?key|cognitive[_.-]?services?[_.-]?key)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://learn.microsoft.com/en-us/azure/ai-services/rotate-keys"},"anchors":["azure","cognitiv"]},{"file":"rules/providers/ai/cohere-api-key.yaml","spec":{"id":"cohere-api-key","provider":"Cohere","credential":"Cohere API key","description":"Cohere API key","severity":"error","message":"Cohere API key","keywords":["cohere","co_api_key"],"pattern":"(?:cohere[_.-]?(?:api[_.-]?)?key|co[_.-]api[_.-]key)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([A-Za-z0-9]{40})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"entropy":3.5,"rotate":"https://dashboard.cohere.com/api-keys"},"anchors":null},{"file":"rules/providers/ai/deepseek-api-key.yaml","spec":{"id":"deepseek-api-key","provider":"DeepSeek","credential":"DeepSeek API key","description":"DeepSeek API key","severity":"error","message":"DeepSeek API key","keywords":["deepseek"],"pattern":"(?:deepseek[_.-]?(?:api[_.-]?)?key)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?(sk-[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://platform.deepseek.com/api_keys"},"anchors":["deepseek"]},{"file":"rules/providers/ai/elevenlabs-api-key.yaml","spec":{"id":"elevenlabs-api-key","provider":"ElevenLabs","credential":"ElevenLabs API key","description":"ElevenLabs API key","severity":"error","message":"ElevenLabs API key","keywords":["sk_"],"pattern":"(?<![A-Za-z0-9_])sk_[a-f0-9]{48}(?![A-Za-z0-9_])","rotate":"https://elevenlabs.io/docs/api-reference/authentication"},"anchors":["sk_"]},{"file":"rules/providers/ai/groq-api-key.yaml","spec":{"id":"groq-api-key","provider":"Groq","credential":"Groq API key","description":"Groq API key","severity":"error","message":"Groq API key","keywords":["gsk_"],"pattern":"(?<![A-Za-z0-9_])gsk_[A-Za-z0-9]{52}(?![A-Za-z0-9_])","rotate":"https://console.groq.com/keys"},"anchors":["gsk_"]},{"file":"rules/providers/ai/huggingface-org-token.yaml","spec":{"id":"huggingface-org-token","provider":"Hugging Face","credential":"Hugging Face organization API token","description":"Hugging Face organization API token","severity":"error","message":"Hugging Face organization API token","keywords":["api_org_"],"pattern":"(?<![A-Za-z0-9_])api_org_[A-Za-z]{34}(?![A-Za-z0-9_])","rotate":"https://huggingface.co/docs/hub/security-tokens"},"anchors":["api_org_"]},{"file":"rules/providers/ai/huggingface-token.yaml","spec":{"id":"huggingface-token","provider":"Hugging Face","credential":"Hugging Face user access token","description":"Hugging Face user access token","severity":"error","message":"Hugging Face user access token","keywords":["hf_"],"pattern":"(?<![A-Za-z0-9_])hf_[A-Za-z]{34}(?![A-Za-z0-9_])","rotate":"https://huggingface.co/docs/hub/security-tokens"},"anchors":["hf_"]},{"file":"rules/providers/ai/langsmith-api-key.yaml","spec":{"id":"langsmith-api-key","provider":"LangChain","credential":"LangSmith API key","description":"LangSmith API key, issued by LangChain","severity":"error","message":"LangSmith API key","keywords":["lsv2_pt_","lsv2_sk_"],"pattern":"(?<![A-Za-z0-9_])lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}(?![A-Za-z0-9_])","rotate":"https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key"},"anchors":["lsv2_"]},{"file":"rules/providers/ai/mistral-api-key.yaml","spec":{"id":"mistral-api-key","provider":"Mistral AI","credential":"Mistral AI API key","description":"Mistral AI API key","severity":"error","message":"Mistral AI API key","keywords":["mistral"],"pattern":"(?:mistral[_.-]?(?:ai[_.-]?)?(?:api[_.-]?)?key)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"entropy":3.5,"rotate":"https://console.mistral.ai/api-keys"},"anchors":["mistral"]},{"file":"rules/providers/ai/openai-admin-key.yaml","spec":{"id":"openai-admin-key","provider":"OpenAI","credential":"OpenAI admin key","description":"OpenAI admin key","severity":"error","message":"OpenAI admin key","keywords":["sk-admin-"],"pattern":"(?<![A-Za-z0-9_-])sk-admin-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])","rotate":"https://platform.openai.com/settings/organization/admin-keys"},"anchors":["sk-admin"]},{"file":"rules/providers/ai/openai-project-key.yaml","spec":{"id":"openai-project-key","provider":"OpenAI","credential":"OpenAI project API key","description":"OpenAI project API key","severity":"error","message":"OpenAI project API key","keywords":["sk-proj-"],"pattern":"(?<![A-Za-z0-9_-])sk-proj-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])","rotate":"https://platform.openai.com/api-keys"},"anchors":["sk-proj-"]},{"file":"rules/providers/ai/openai-service-account-key.yaml","spec":{"id":"openai-service-account-key","provider":"OpenAI","credential":"OpenAI service account key","description":"OpenAI service account key","severity":"error","message":"OpenAI service account key","keywords":["sk-svcacct-"],"pattern":"(?<![A-Za-z0-9_-])sk-svcacct-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])","rotate":"https://platform.openai.com/api-keys"},"anchors":["sk-svcac"]},{"file":"rules/providers/ai/openai-user-key.yaml","spec":{"id":"openai-user-key","provider":"OpenAI","credential":"OpenAI legacy user API key","description":"OpenAI legacy user API key","severity":"error","message":"OpenAI legacy user API key","keywords":["t3blbkfj"],"pattern":"(?<![A-Za-z0-9_])sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}(?![A-Za-z0-9_])","rotate":"https://platform.openai.com/api-keys"},"anchors":["sk-"]},{"file":"rules/providers/ai/openrouter-api-key.yaml","spec":{"id":"openrouter-api-key","provider":"OpenRouter","credential":"OpenRouter API key","description":"OpenRouter API key","severity":"error","message":"OpenRouter API key","keywords":["sk-or-v1-"],"pattern":"(?<![A-Za-z0-9_])sk-or-v1-[a-f0-9]{64}(?![A-Za-z0-9_])","rotate":"https://openrouter.ai/settings/keys"},"anchors":["sk-or-v1"]},{"file":"rules/providers/ai/perplexity-api-key.yaml","spec":{"id":"perplexity-api-key","provider":"Perplexity","credential":"Perplexity API key","description":"Perplexity API key","severity":"error","message":"Perplexity API key","keywords":["pplx-"],"pattern":"(?<![A-Za-z0-9_])pplx-[A-Za-z0-9]{48}(?![A-Za-z0-9_])","rotate":"https://docs.perplexity.ai/guides/getting-started"},"anchors":["pplx-"]},{"file":"rules/providers/ai/pinecone-api-key.yaml","spec":{"id":"pinecone-api-key","provider":"Pinecone","credential":"Pinecone API key","description":"Pinecone API key","severity":"error","message":"Pinecone API key","keywords":["pcsk_"],"pattern":"(?<![A-Za-z0-9_])pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{60,70}(?![A-Za-z0-9_])","rotate":"https://docs.pinecone.io/guides/projects/manage-api-keys"},"anchors":["pcsk_"]},{"file":"rules/providers/ai/replicate-api-token.yaml","spec":{"id":"replicate-api-token","provider":"Replicate","credential":"Replicate API token","description":"Replicate API token","severity":"error","message":"Replicate API token","keywords":["r8_"],"pattern":"(?<![A-Za-z0-9_])r8_[A-Za-z0-9]{37}(?![A-Za-z0-9_])","rotate":"https://replicate.com/account/api-tokens"},"anchors":["r8_"]},{"file":"rules/providers/ai/xai-api-key.yaml","spec":{"id":"xai-api-key","provider":"xAI","credential":"xAI API key","description":"xAI API key","severity":"error","message":"xAI API key","keywords":["xai-"],"pattern":"(?<![A-Za-z0-9_])xai-[A-Za-z0-9]{80}(?![A-Za-z0-9_])","rotate":"https://docs.x.ai/docs/overview"},"anchors":["xai-"]},{"file":"rules/providers/chat/discord-bot-token.yaml","spec":{"id":"discord-bot-token","provider":"Discord","credential":"Discord bot token","description":"Discord bot token","severity":"error","message":"Discord bot token","keywords":["discord"],"pattern":"(?:discord[_.-]?(?:bot[_.-]?)?token)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([MNO][A-Za-z0-9_-]{23,25}\\\\.[A-Za-z0-9_-]{6}\\\\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://discord.com/developers/docs/topics/oauth2#bots"},"anchors":["discord"]},{"file":"rules/providers/chat/discord-webhook.yaml","spec":{"id":"discord-webhook","provider":"Discord","credential":"Discord webhook URL","description":"Discord webhook URL","severity":"error","message":"Discord webhook URL","keywords":["discord.com/api/webhooks","discordapp.com/api/webhooks"],"pattern":"(?<![A-Za-z0-9+.-])https://(?:(?:canary|ptb)\\\\.)?discord(?:app)?\\\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,80}(?![A-Za-z0-9_-])","rotate":"https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks"},"anchors":["https://"]},{"file":"rules/providers/chat/microsoft-teams-webhook.yaml","spec":{"id":"microsoft-teams-webhook","provider":"Microsoft","credential":"Microsoft Teams incoming webhook URL","description":"Microsoft Teams incoming webhook URL","severity":"error","message":"Microsoft Teams incoming webhook URL","keywords":["webhook.office.com","outlook.office.com/webhook"],"pattern":"(?<![A-Za-z0-9+.-])https://(?:[a-z0-9-]{1,60}\\\\.webhook\\\\.office\\\\.com/webhookb2|outlook\\\\.office\\\\.com/webhook)/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/[a-f0-9]{32}/[a-f0-9-]{36}(?:/[A-Za-z0-9_-]{40,70})?","rotate":"https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook"},"anchors":["https://"]},{"file":"rules/providers/chat/slack-app-token.yaml","spec":{"id":"slack-app-token","provider":"Slack","credential":"Slack app-level token","description":"Slack app-level token","severity":"error","message":"Slack app-level token","keywords":["xapp-"],"pattern":"(?<![A-Za-z0-9_])xapp-[0-9]-[A-Z0-9]{9,11}-[0-9]{10,13}-[a-f0-9]{64}(?![A-Za-z0-9_])","rotate":"https://api.slack.com/authentication/token-types#app-level"},"anchors":["xapp-"]},{"file":"rules/providers/chat/slack-config-token.yaml","spec":{"id":"slack-config-token","provider":"Slack","credential":"Slack configuration access token","description":"Slack configuration access token","severity":"error","message":"Slack configuration access token","keywords":["xoxe.xox"],"pattern":"(?<![A-Za-z0-9_])xoxe\\\\.xox[bp]-[0-9]-[A-Za-z0-9]{140,200}(?![A-Za-z0-9_])","rotate":"https://api.slack.com/authentication/config-tokens"},"anchors":["xoxe.xox"]},{"file":"rules/providers/chat/slack-legacy-token.yaml","spec":{"id":"slack-legacy-token","provider":"Slack","credential":"Slack legacy workspace token","description":"Slack legacy workspace token","severity":"error","message":"Slack legacy workspace token","keywords":["xoxa-","xoxo-","xoxr-","xoxs-"],"pattern":"(?<![A-Za-z0-9_])xox[aors]-(?:[0-9]{6,13}-){1,3}[A-Za-z0-9]{10,64}(?![A-Za-z0-9_])","rotate":"https://api.slack.com/authentication/rotation"},"anchors":["xox"]},{"file":"rules/providers/chat/slack-refresh-token.yaml","spec":{"id":"slack-refresh-token","provider":"Slack","credential":"Slack refresh token","description":"Slack refresh token","severity":"error","message":"Slack refresh token","keywords":["xoxe-"],"pattern":"(?<![A-Za-z0-9_])xoxe-[0-9]-[A-Za-z0-9]{140,200}(?![A-Za-z0-9_])","rotate":"https://api.slack.com/authentication/rotation"},"anchors":["xoxe-"]},{"file":"rules/providers/chat/slack-token.yaml","spec":{"id":"slack-token","provider":"Slack","credential":"Slack bot token","description":"Slack bot token","severity":"error","message":"Slack bot token","keywords":["xoxb-"],"pattern":"(?<![A-Za-z0-9_])xoxb-[0-9]{8,13}-[0-9]{8,13}-[A-Za-z0-9]{24}(?![A-Za-z0-9_])","rotate":"https://api.slack.com/authentication/rotation"},"anchors":["xoxb-"]},{"file":"rules/providers/chat/slack-user-token.yaml","spec":{"id":"slack-user-token","provider":"Slack","credential":"Slack user token","description":"Slack user token","severity":"error","message":"Slack user token","keywords":["xoxp-"],"pattern":"(?<![A-Za-z0-9_])xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}(?![A-Za-z0-9_])","rotate":"https://api.slack.com/authentication/rotation"},"anchors":["xoxp-"]},{"file":"rules/providers/chat/slack-webhook.yaml","spec":{"id":"slack-webhook","provider":"Slack","credential":"Slack incoming webhook URL","description":"Slack incoming webhook URL","severity":"error","message":"Slack incoming webhook URL","keywords":["hooks.slack.com/services"],"pattern":"(?<![A-Za-z0-9+.-])https://hooks\\\\.slack\\\\.com/services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}(?![A-Za-z0-9_])","rotate":"https://api.slack.com/messaging/webhooks#revoking"},"anchors":["https://"]},{"file":"rules/providers/chat/slack-workflow-webhook.yaml","spec":{"id":"slack-workflow-webhook","provider":"Slack","credential":"Slack workflow webhook URL","description":"Slack workflow webhook URL","severity":"error","message":"Slack workflow webhook URL","keywords":["hooks.slack.com/triggers","hooks.slack.com/workflows"],"pattern":"(?<![A-Za-z0-9+.-])https://hooks\\\\.slack\\\\.com/(?:triggers|workflows)/T[A-Z0-9]{8,12}/(?:A[A-Z0-9]{8,12}/)?[0-9]{8,20}/[A-Za-z0-9]{24,32}(?![A-Za-z0-9_])","rotate":"https://slack.com/help/articles/360041352714"},"anchors":["https://"]},{"file":"rules/providers/chat/teams-workflow-webhook.yaml","spec":{"id":"teams-workflow-webhook","provider":"Microsoft","credential":"Teams / Power Automate workflow webhook URL","description":"Teams / Power Automate workflow webhook URL, issued by Microsoft","severity":"error","message":"Teams / Power Automate workflow webhook URL","keywords":["/triggers/manual/paths/invoke"],"pattern":"/workflows/[a-f0-9]{32}/triggers/manual/paths/invoke\\\\?api-version=[0-9-]{1,10}&sp=[A-Za-z0-9%._-]{1,80}&sv=[0-9.]{1,5}&sig=[A-Za-z0-9_-]{40,50}","rotate":"https://support.microsoft.com/en-us/office/create-incoming-webhooks-with-workflows-for-microsoft-teams-8ae491c7-0394-4861-ba59-055e33f75498"},"anchors":["/workflo"]},{"file":"rules/providers/chat/telegram-bot-token.yaml","spec":{"id":"telegram-bot-token","provider":"Telegram","credential":"Telegram bot token","description":"Telegram bot token","severity":"error","message":"Telegram bot token","keywords":[":aa"],"pattern":"(?<![A-Za-z0-9_-])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])","rotate":"https://core.telegram.org/bots/features#botfather"},"anchors":null},{"file":"rules/providers/chat/twilio-api-key.yaml","spec":{"id":"twilio-api-key","provider":"Twilio","credential":"Twilio API key SID","description":"Twilio API key SID (its secret is usually next to it)","severity":"warning","message":"Twilio API key SID","keywords":["sk"],"pattern":"(?<![A-Za-z0-9_])SK[0-9a-f]{32}(?![A-Za-z0-9_])","rotate":"https://www.twilio.com/docs/iam/api-keys"},"anchors":null},{"file":"rules/providers/chat/twilio-auth-token.yaml","spec":{"id":"twilio-auth-token","provider":"Twilio","credential":"Twilio auth token","description":"Twilio auth token","severity":"error","message":"Twilio auth token","keywords":["twilio"],"pattern":"(?:twilio[_.-]?(?:auth[_.-]?token|api[_.-]?secret|secret))[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://help.twilio.com/articles/223136027-Auth-Tokens-and-How-to-Change-Them"},"anchors":["twilio"]},{"file":"rules/providers/ci/buildkite-api-token.yaml","spec":{"id":"buildkite-api-token","provider":"Buildkite","credential":"Buildkite API access token","description":"Buildkite API access token","severity":"error","message":"Buildkite API access token","keywords":["bkua_"],"pattern":"(?<![A-Za-z0-9_])bkua_[a-f0-9]{40}(?![A-Za-z0-9_])","rotate":"https://buildkite.com/docs/apis/managing-api-tokens"},"anchors":["bkua_"]},{"file":"rules/providers/ci/circleci-personal-token.yaml","spec":{"id":"circleci-personal-token","provider":"CircleCI","credential":"CircleCI personal API token","description":"CircleCI personal API token","severity":"error","message":"CircleCI personal API token","keywords":["ccipat_"],"pattern":"(?<![A-Za-z0-9_])CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}(?![A-Za-z0-9_])","rotate":"https://circleci.com/docs/managing-api-tokens/"},"anchors":["ccipat_"]},{"file":"rules/providers/ci/circleci-project-token.yaml","spec":{"id":"circleci-project-token","provider":"CircleCI","credential":"CircleCI project API token","description":"CircleCI project API token","severity":"error","message":"CircleCI project API token","keywords":["cciprj_"],"pattern":"(?<![A-Za-z0-9_])CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40}(?![A-Za-z0-9_])","rotate":"https://circleci.com/docs/managing-api-tokens/"},"anchors":["cciprj_"]},{"file":"rules/providers/ci/clojars-deploy-token.yaml","spec":{"id":"clojars-deploy-token","provider":"Clojars","credential":"Clojars deploy token","description":"Clojars deploy token","severity":"error","message":"Clojars deploy token","keywords":["clojars_"],"pattern":"(?<![A-Za-z0-9_])CLOJARS_[a-z0-9]{60}(?![A-Za-z0-9_])","rotate":"https://github.com/clojars/clojars-web/wiki/Deploy-Tokens"},"anchors":["clojars_"]},{"file":"rules/providers/ci/codecov-token.yaml","spec":{"id":"codecov-token","provider":"Codecov","credential":"Codecov upload token","description":"Codecov upload token","severity":"error","message":"Codecov upload token","keywords":["codecov"],"pattern":"(?:codecov[_.-]?(?:upload[_.-]?)?token)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://docs.codecov.com/docs/codecov-tokens"},"anchors":["codecov"]},{"file":"rules/providers/ci/crates-io-token.yaml","spec":{"id":"crates-io-token","provider":"crates.io","credential":"crates.io API token","description":"crates.io API token","severity":"error","message":"crates.io API token","keywords":["cio"],"pattern":"(?<![A-Za-z0-9_])cio[A-Za-z0-9]{32}(?![A-Za-z0-9_])","entropy":3.5,"rotate":"https://doc.rust-lang.org/cargo/reference/publishing.html"},"anchors":["cio"]},{"file":"rules/providers/ci/docker-hub-oat.yaml","spec":{"id":"docker-hub-oat","provider":"Docker","credential":"Docker Hub organization access token","description":"Docker Hub organization access token","severity":"error","message":"Docker Hub organization access token","keywords":["dckr_oat_"],"pattern":"(?<![A-Za-z0-9_-])dckr_oat_[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_-])","rotate":"https://docs.docker.com/security/for-admins/access-tokens/"},"anchors":["dckr_oat"]},{"file":"rules/providers/ci/docker-hub-pat.yaml","spec":{"id":"docker-hub-pat","provider":"Docker","credential":"Docker Hub personal access token","description":"Docker Hub personal access token","severity":"error","message":"Docker Hub personal access token","keywords":["dckr_pat_"],"pattern":"(?<![A-Za-z0-9_-])dckr_pat_[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_-])","rotate":"https://docs.docker.com/security/for-developers/access-tokens/"},"anchors":["dckr_pat"]},{"file":"rules/providers/ci/harness-pat.yaml","spec":{"id":"harness-pat","provider":"Harness","credential":"Harness personal access token","description":"Harness personal access token","severity":"error","message":"Harness personal access token","keywords":["pat."],"pattern":"(?<![A-Za-z0-9_-])pat\\\\.[A-Za-z0-9_-]{22}\\\\.[a-f0-9]{24}\\\\.[A-Za-z0-9]{20}(?![A-Za-z0-9_])","rotate":"https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/"},"anchors":["pat."]},{"file":"rules/providers/ci/harness-sat.yaml","spec":{"id":"harness-sat","provider":"Harness","credential":"Harness service account token","description":"Harness service account token","severity":"error","message":"Harness service account token","keywords":["sat."],"pattern":"(?<![A-Za-z0-9_-])sat\\\\.[A-Za-z0-9_-]{22}\\\\.[a-f0-9]{24}\\\\.[A-Za-z0-9]{20}(?![A-Za-z0-9_])","rotate":"https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/"},"anchors":["sat."]},{"file":"rules/providers/ci/jfrog-api-key.yaml","spec":{"id":"jfrog-api-key","provider":"JFrog","credential":"JFrog Artifactory API key","description":"JFrog Artifactory API key","severity":"error","message":"JFrog Artifactory API key","keywords":["akcp"],"pattern":"(?<![A-Za-z0-9_])AKCp[A-Za-z0-9]{69}(?![A-Za-z0-9_])","rotate":"https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens"},"anchors":["akcp"]},{"file":"rules/providers/ci/jfrog-reference-token.yaml","spec":{"id":"jfrog-reference-token","provider":"JFrog","credential":"JFrog reference token","description":"JFrog reference token","severity":"error","message":"JFrog reference token","keywords":["cmvmdgtuojaxoj"],"pattern":"(?<![A-Za-z0-9_])cmVmdGtuOjAxOj[A-Za-z0-9]{46,56}(?![A-Za-z0-9_])","rotate":"https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens"},"anchors":["cmvmdgtu"]},{"file":"rules/providers/ci/npm-access-token.yaml","spec":{"id":"npm-access-token","provider":"npm","credential":"npm access token","description":"npm access token","severity":"error","message":"npm access token","keywords":["npm_"],"pattern":"(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])","validate":"github-crc32","rotate":"https://docs.npmjs.com/revoking-access-tokens"},"anchors":["npm_"]},{"file":"rules/providers/ci/nuget-api-key.yaml","spec":{"id":"nuget-api-key","provider":"NuGet","credential":"NuGet API key","description":"NuGet API key","severity":"error","message":"NuGet API key","keywords":["oy2"],"pattern":"(?<![A-Za-z0-9_])oy2[a-z0-9]{43}(?![A-Za-z0-9_])","rotate":"https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys"},"anchors":["oy2"]},{"file":"rules/providers/ci/octopus-deploy-api-key.yaml","spec":{"id":"octopus-deploy-api-key","provider":"Octopus Deploy","credential":"Octopus Deploy API key","description":"Octopus Deploy API key","severity":"error","message":"Octopus Deploy API key","keywords":["api-"],"pattern":"(?<![A-Za-z0-9_])API-[A-Z0-9]{26,32}(?![A-Za-z0-9_])","entropy":3.5,"rotate":"https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key"},"anchors":["api-"]},{"file":"rules/providers/ci/pulumi-access-token.yaml","spec":{"id":"pulumi-access-token","provider":"Pulumi","credential":"Pulumi access token","description":"Pulumi access token","severity":"error","message":"Pulumi access token","keywords":["pul-"],"pattern":"(?<![A-Za-z0-9_])pul-[a-f0-9]{40}(?![A-Za-z0-9_])","rotate":"https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/"},"anchors":["pul-"]},{"file":"rules/providers/ci/pypi-api-token.yaml","spec":{"id":"pypi-api-token","provider":"Python Package Index","credential":"PyPI API token","description":"PyPI API token, issued by Python Package Index","severity":"error","message":"PyPI API token","keywords":["pypi-ageichlwas5vcmc","pypi-agendgvzdc5wexbplm9yzw"],"pattern":"(?<![A-Za-z0-9_-])pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,2000}","validate":"pypi-macaroon","rotate":"https://pypi.org/help/#apitoken"},"anchors":["pypi-"]},{"file":"rules/providers/ci/rubygems-api-key.yaml","spec":{"id":"rubygems-api-key","provider":"RubyGems","credential":"RubyGems API key","description":"RubyGems API key","severity":"error","message":"RubyGems API key","keywords":["rubygems_"],"pattern":"(?<![A-Za-z0-9_])rubygems_[a-f0-9]{48}(?![A-Za-z0-9_])","rotate":"https://guides.rubygems.org/api-key-scopes/"},"anchors":["rubygems"]},{"file":"rules/providers/ci/snyk-api-token.yaml","spec":{"id":"snyk-api-token","provider":"Snyk","credential":"Snyk API token","description":"Snyk API token","severity":"error","message":"Snyk API token","keywords":["snyk"],"pattern":"(?:snyk[_.-]?(?:api[_.-]?)?(?:token|key))[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://docs.snyk.io/snyk-api/authentication-for-api/revoke-and-regenerate-a-snyk-api-token"},"anchors":["snyk"]},{"file":"rules/providers/ci/sonarcloud-token.yaml","spec":{"id":"sonarcloud-token","provider":"SonarSource","credential":"SonarCloud token","description":"SonarCloud token, issued by SonarSource","severity":"error","message":"SonarCloud token","keywords":["sonar"],"pattern":"(?:sonar(?:cloud|qube)?[_.-]?(?:token|login))[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/"},"anchors":["sonar"]},{"file":"rules/providers/ci/sonarqube-global-token.yaml","spec":{"id":"sonarqube-global-token","provider":"SonarSource","credential":"SonarQube global analysis token","description":"SonarQube global analysis token, issued by SonarSource","severity":"error","message":"SonarQube global analysis token","keywords":["sqa_"],"pattern":"(?<![A-Za-z0-9_])sqa_[a-f0-9]{40}(?![A-Za-z0-9_])","rotate":"https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/"},"anchors":["sqa_"]},{"file":"rules/providers/ci/sonarqube-project-token.yaml","spec":{"id":"sonarqube-project-token","provider":"SonarSource","credential":"SonarQube project analysis token","description":"SonarQube project analysis token, issued by SonarSource","severity":"error","message":"SonarQube project analysis token","keywords":["sqp_"],"pattern":"(?<![A-Za-z0-9_])sqp_[a-f0-9]{40}(?![A-Za-z0-9_])","rotate":"https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/"},"anchors":["sqp_"]},{"file":"rules/providers/ci/sonarqube-user-token.yaml","spec":{"id":"sonarqube-user-token","provider":"SonarSource","credential":"SonarQube user token","description":"SonarQube user token, issued by SonarSource","severity":"error","message":"SonarQube user token","keywords":["squ_"],"pattern":"(?<![A-Za-z0-9_])squ_[a-f0-9]{40}(?![A-Za-z0-9_])","rotate":"https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/"},"anchors":["squ_"]},{"file":"rules/providers/ci/terraform-cloud-token.yaml","spec":{"id":"terraform-cloud-token","provider":"HashiCorp","credential":"Terraform Cloud / Enterprise API token","description":"Terraform Cloud / Enterprise API token, issued by HashiCorp","severity":"error","message":"Terraform Cloud / Enterprise API token","keywords":[".atlasv1."],"pattern":"(?<![A-Za-z0-9_-])[A-Za-z0-9]{14}\\\\.atlasv1\\\\.[A-Za-z0-9_-]{60,70}(?![A-Za-z0-9_-])","rotate":"https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens"},"anchors":[".atlasv1"],"anchorSkip":14},{"file":"rules/providers/cloud/alibaba-access-key-id.yaml","spec":{"id":"alibaba-access-key-id","provider":"Alibaba Cloud","credential":"Alibaba Cloud AccessKey ID","description":"Alibaba Cloud AccessKey ID","severity":"error","message":"Alibaba Cloud AccessKey ID","keywords":["ltai"],"pattern":"(?<![A-Za-z0-9_])LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9_])","entropy":3,"rotate":"https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair"},"anchors":["ltai"]},{"file":"rules/providers/cloud/alibaba-access-key-secret.yaml","spec":{"id":"alibaba-access-key-secret","provider":"Alibaba Cloud","credential":"Alibaba Cloud AccessKey secret","description":"Alibaba Cloud AccessKey secret","severity":"error","message":"Alibaba Cloud AccessKey secret","keywords":["alibaba","aliyun","alicloud"],"pattern":"(?:(?:alibaba|aliyun|alicloud)[_.-]?(?:cloud[_.-]?)?(?:access[_.-]?)?(?:key[_.-]?)?secret)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([A-Za-z0-9]{30})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"entropy":3.5,"rotate":"https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair"},"anchors":["alibaba","aliyun","alicloud"]},{"file":"rules/providers/cloud/aws-access-key-id.yaml","spec":{"id":"aws-access-key-id","provider":"Amazon Web Services","credential":"AWS access key ID","description":"AWS access key id (AKIA/ASIA), half of an AWS credential pair","severity":"error","message":"AWS access key id","keywords":["akia","asia","abia","acca"],"pattern":"\\\\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\\\b","secretGroup":1,"allowlist":{"stopwords":["example"]},"rotate":"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console"},"anchors":["akia","asia","abia","acca"]},{"file":"rules/providers/cloud/aws-bedrock-api-key.yaml","spec":{"id":"aws-bedrock-api-key","provider":"Amazon Web Services","credential":"Amazon Bedrock long-term API key","description":"Amazon Bedrock long-term API key","severity":"error","message":"Amazon Bedrock long-term API key","keywords":["absk"],"pattern":"(?<![A-Za-z0-9_])ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{40,300}={0,2}","rotate":"https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-modify.html"},"anchors":["abskqmvk"]},{"file":"rules/providers/cloud/aws-bedrock-short-term-key.yaml","spec":{"id":"aws-bedrock-short-term-key","provider":"Amazon Web Services","credential":"Amazon Bedrock short-term API key","description":"Amazon Bedrock short-term API key","severity":"error","message":"Amazon Bedrock short-term API key","keywords":["bedrock-api-key-"],"pattern":"(?<![A-Za-z0-9_])bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%]{100,4000}","rotate":"https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-generate.html"},"anchors":["bedrock-"]},{"file":"rules/providers/cloud/aws-credential-pair.yaml","spec":{"id":"aws-credential-pair","provider":"Amazon Web Services","credential":"AWS secret access key","description":"AWS secret access key passed right after its access key id (positional SDK arguments)","severity":"error","message":"AWS secret access key next to its access key id","keywords":["akia","asia"],"pattern":"\\\\b(?:AKIA|ASIA)[A-Z2-7]{16}[\\"'\`]?[\\\\s,;:=)(]{1,20}[\\"'\`]([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])","secretGroup":1,"entropy":3.5,"allowlist":{"stopwords":["example"]},"rotate":"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console"},"anchors":["akia","asia"]},{"file":"rules/providers/cloud/aws-mws-key.yaml","spec":{"id":"aws-mws-key","provider":"Amazon Web Services","credential":"Amazon MWS auth token","description":"Amazon MWS auth token","severity":"error","message":"Amazon MWS auth token","keywords":["amzn.mws."],"pattern":"(?<![A-Za-z0-9_])amzn\\\\.mws\\\\.[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_])","rotate":"https://developer-docs.amazon.com/sp-api/docs/sp-api-migration-guide-overview"},"anchors":["amzn.mws"]},{"file":"rules/providers/cloud/aws-secret-access-key.yaml","spec":{"id":"aws-secret-access-key","provider":"Amazon Web Services","credential":"AWS secret access key","description":"AWS secret access key assigned to a recognisable name","severity":"error","message":"AWS secret access key","keywords":["secretaccesskey","secret_access_key","secret-access-key"],"pattern":"(?:secret_?access_?key|secret-access-key)[\\"']?\\\\s{0,4}(?::|=>?|:=)\\\\s{0,4}[\\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])","flags":"i","secretGroup":1,"entropy":3.5,"allowlist":{"stopwords":["example"]},"rotate":"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console"},"anchors":["secret","secret-a"]},{"file":"rules/providers/cloud/aws-session-token.yaml","spec":{"id":"aws-session-token","provider":"Amazon Web Services","credential":"AWS STS session token","description":"AWS STS session token, issued by Amazon Web Services","severity":"error","message":"AWS STS session token","keywords":["iqojb3jpz2lux2vj","fwogzxivyxdze"],"pattern":"(?<![A-Za-z0-9+/])(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9+/]{200,2000}={0,2}","rotate":"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_revoke.html"},"anchors":["iqojb3jp","fwogzxiv"]},{"file":"rules/providers/cloud/azure-ad-client-secret.yaml","spec":{"id":"azure-ad-client-secret","provider":"Microsoft","credential":"Microsoft Entra ID client secret","description":"Microsoft Entra ID client secret","severity":"error","message":"Microsoft Entra ID client secret","keywords":["q~"],"pattern":"(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])","rotate":"https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials"},"anchors":null},{"file":"rules/providers/cloud/azure-annotated-key.yaml","spec":{"id":"azure-annotated-key","provider":"Microsoft","credential":"Azure annotated service key","description":"Azure annotated service key, issued by Microsoft","severity":"error","message":"Azure annotated service key","keywords":["jqqj9"],"pattern":"(?<![A-Za-z0-9_])[A-Za-z0-9]{52}JQQJ9[9DH](?![A-Za-z0-9]{18}AZDO)[A-Za-z0-9]{26}(?![A-Za-z0-9_])","rotate":"https://learn.microsoft.com/en-us/azure/ai-services/rotate-keys"},"anchors":["jqqj9"],"anchorSkip":52},{"file":"rules/providers/cloud/azure-app-configuration-secret.yaml","spec":{"id":"azure-app-configuration-secret","provider":"Microsoft","credential":"Azure App Configuration access key","description":"Azure App Configuration access key, issued by Microsoft","severity":"error","message":"Azure App Configuration access key","keywords":["azconfig.io"],"pattern":"Endpoint=https://[a-z0-9-]{3,60}\\\\.azconfig\\\\.io;Id=[A-Za-z0-9+/:=-]{4,60};Secret=([A-Za-z0-9+/]{43}=)","secretGroup":1,"rotate":"https://learn.microsoft.com/en-us/azure/azure-app-configuration/concept-enable-rbac"},"anchors":["endpoint"]},{"file":"rules/providers/cloud/azure-cosmosdb-key.yaml","spec":{"id":"azure-cosmosdb-key","provider":"Microsoft","credential":"Azure Cosmos DB account key","description":"Azure Cosmos DB account key, issued by Microsoft","severity":"error","message":"Azure Cosmos DB account key","keywords":["documents.azure.com"],"pattern":"AccountEndpoint=https://[a-z0-9-]{3,44}\\\\.documents\\\\.azure\\\\.com:443/;AccountKey=([A-Za-z0-9+/]{86}==)","secretGroup":1,"rotate":"https://learn.microsoft.com/en-us/azure/cosmos-db/secure-access-to-data"},"anchors":["accounte"]},{"file":"rules/providers/cloud/azure-sas-token.yaml","spec":{"id":"azure-sas-token","provider":"Microsoft","credential":"Azure SAS token","description":"Azure SAS token, issued by Microsoft","severity":"error","message":"Azure SAS token","keywords":["sig="],"pattern":"[?&]sig=([A-Za-z0-9%+/]{43,60})(?![A-Za-z0-9%+/])","secretGroup":1,"validate":"azure-sas-signature","rotate":"https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview"},"anchors":["sig="],"anchorSkip":1},{"file":"rules/providers/cloud/azure-shared-access-key.yaml","spec":{"id":"azure-shared-access-key","provider":"Microsoft","credential":"Azure Service Bus / Event Hubs / IoT Hub shared access key","description":"Azure Service Bus / Event Hubs / IoT Hub shared access key, issued by Microsoft","severity":"error","message":"Azure Service Bus / Event Hubs / IoT Hub shared access key","keywords":["sharedaccesskey="],"pattern":"SharedAccessKey=([A-Za-z0-9+/]{42,43}=)","secretGroup":1,"rotate":"https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas"},"anchors":["sharedac"]},{"file":"rules/providers/cloud/azure-storage-account-key.yaml","spec":{"id":"azure-storage-account-key","provider":"Microsoft","credential":"Azure Storage account key","description":"Azure Storage account key, issued by Microsoft","severity":"error","message":"Azure Storage account key","keywords":["storage"],"pattern":"(?:(?:azure[_.-]?)?storage[_.-]?(?:account[_.-]?)?(?:access[_.-]?)?key)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"validate":"base64-64-bytes","rotate":"https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage"},"anchors":null},{"file":"rules/providers/cloud/azure-storage-connection-string.yaml","spec":{"id":"azure-storage-connection-string","provider":"Microsoft","credential":"Azure Storage account key","description":"Azure Storage account key, issued by Microsoft","severity":"error","message":"Azure Storage account key","keywords":["accountkey="],"pattern":"AccountKey=([A-Za-z0-9+/]{86}==)","secretGroup":1,"validate":"base64-64-bytes","rotate":"https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage"},"anchors":["accountk"]},{"file":"rules/providers/cloud/cloudflare-api-token.yaml","spec":{"id":"cloudflare-api-token","provider":"Cloudflare","credential":"Cloudflare API token","description":"Cloudflare API token","severity":"error","message":"Cloudflare API token","keywords":["cloudflare","cf_api_token","cf_token"],"pattern":"(?:(?:cloudflare|cf)[_.-]?(?:api[_.-]?)?token)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"entropy":3.5,"rotate":"https://developers.cloudflare.com/fundamentals/api/how-to/roll-token/"},"anchors":null},{"file":"rules/providers/cloud/cloudflare-global-api-key.yaml","spec":{"id":"cloudflare-global-api-key","provider":"Cloudflare","credential":"Cloudflare global API key","description":"Cloudflare global API key","severity":"error","message":"Cloudflare global API key","keywords":["cloudflare","cf_api_key","cf_key"],"pattern":"(?:(?:cloudflare|cf)[_.-]?(?:global[_.-]?)?(?:api[_.-]?)?key)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{37})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://developers.cloudflare.com/fundamentals/api/get-started/keys/"},"anchors":null},{"file":"rules/providers/cloud/cloudflare-origin-ca-key.yaml","spec":{"id":"cloudflare-origin-ca-key","provider":"Cloudflare","credential":"Cloudflare Origin CA key","description":"Cloudflare Origin CA key","severity":"error","message":"Cloudflare Origin CA key","keywords":["v1.0-"],"pattern":"(?<![A-Za-z0-9_])v1\\\\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![A-Za-z0-9_])","rotate":"https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/"},"anchors":["v1.0-"]},{"file":"rules/providers/cloud/databricks-token.yaml","spec":{"id":"databricks-token","provider":"Databricks","credential":"Databricks personal access token","description":"Databricks personal access token","severity":"error","message":"Databricks personal access token","keywords":["dapi"],"pattern":"(?<![A-Za-z0-9_])dapi[a-f0-9]{32}(?:-[0-9])?(?![A-Za-z0-9_])","rotate":"https://docs.databricks.com/en/dev-tools/auth/pat.html"},"anchors":["dapi"]},{"file":"rules/providers/cloud/digitalocean-oauth-token.yaml","spec":{"id":"digitalocean-oauth-token","provider":"DigitalOcean","credential":"DigitalOcean OAuth token","description":"DigitalOcean OAuth token","severity":"error","message":"DigitalOcean OAuth token","keywords":["doo_v1_"],"pattern":"(?<![A-Za-z0-9_])doo_v1_[a-f0-9]{64}(?![A-Za-z0-9_])","rotate":"https://docs.digitalocean.com/reference/api/oauth/"},"anchors":["doo_v1_"]},{"file":"rules/providers/cloud/digitalocean-pat.yaml","spec":{"id":"digitalocean-pat","provider":"DigitalOcean","credential":"DigitalOcean personal access token","description":"DigitalOcean personal access token","severity":"error","message":"DigitalOcean personal access token","keywords":["dop_v1_"],"pattern":"(?<![A-Za-z0-9_])dop_v1_[a-f0-9]{64}(?![A-Za-z0-9_])","rotate":"https://docs.digitalocean.com/reference/api/create-personal-access-token/"},"anchors":["dop_v1_"]},{"file":"rules/providers/cloud/digitalocean-refresh-token.yaml","spec":{"id":"digitalocean-refresh-token","provider":"DigitalOcean","credential":"DigitalOcean OAuth refresh token","description":"DigitalOcean OAuth refresh token","severity":"error","message":"DigitalOcean OAuth refresh token","keywords":["dor_v1_"],"pattern":"(?<![A-Za-z0-9_])dor_v1_[a-f0-9]{64}(?![A-Za-z0-9_])","rotate":"https://docs.digitalocean.com/reference/api/oauth/"},"anchors":["dor_v1_"]},{"file":"rules/providers/cloud/digitalocean-spaces-key.yaml","spec":{"id":"digitalocean-spaces-key","provider":"DigitalOcean","credential":"DigitalOcean Spaces secret key","description":"DigitalOcean Spaces secret key","severity":"error","message":"DigitalOcean Spaces secret key","keywords":["spaces"],"pattern":"(?:(?:do[_.-]?)?spaces[_.-]?(?:secret[_.-]?)?(?:access[_.-]?)?(?:key|secret))[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([A-Za-z0-9/+]{43})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"entropy":3.5,"rotate":"https://docs.digitalocean.com/products/spaces/how-to/manage-access/"},"anchors":null},{"file":"rules/providers/cloud/firebase-cloud-messaging-key.yaml","spec":{"id":"firebase-cloud-messaging-key","provider":"Google","credential":"Firebase Cloud Messaging legacy server key","description":"Firebase Cloud Messaging legacy server key, issued by Google","severity":"error","message":"Firebase Cloud Messaging legacy server key","keywords":["apa91b"],"pattern":"(?<![A-Za-z0-9_-])AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}(?![A-Za-z0-9_-])","rotate":"https://firebase.google.com/docs/cloud-messaging/migrate-v1"},"anchors":["aaaa"]},{"file":"rules/providers/cloud/fly-access-token.yaml","spec":{"id":"fly-access-token","provider":"Fly.io","credential":"Fly.io access token","description":"Fly.io access token","severity":"error","message":"Fly.io access token","keywords":["flyv1 fm","fo1_"],"pattern":"(?<![A-Za-z0-9_-])(?:FlyV1 fm[12]_[A-Za-z0-9+/=_-]{100,4000}|fo1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-]))","rotate":"https://fly.io/docs/security/tokens/"},"anchors":["flyv1 fm","fo1_"]},{"file":"rules/providers/cloud/gcp-service-account-key.yaml","spec":{"id":"gcp-service-account-key","provider":"Google","credential":"Google Cloud service account key","description":"Google Cloud service account key","severity":"error","message":"Google Cloud service account key","keywords":["private_key_id"],"pattern":"\\"private_key_id\\"[ \\\\t]{0,4}:[ \\\\t]{0,4}\\"[a-f0-9]{40}\\"","rotate":"https://cloud.google.com/iam/docs/keys-create-delete#deleting"},"anchors":["\\"private"]},{"file":"rules/providers/cloud/google-api-key.yaml","spec":{"id":"google-api-key","provider":"Google","credential":"Google API key","description":"Google API key","severity":"error","message":"Google API key","keywords":["aiza"],"pattern":"(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])","rotate":"https://cloud.google.com/docs/authentication/api-keys"},"anchors":["aiza"]},{"file":"rules/providers/cloud/google-oauth-access-token.yaml","spec":{"id":"google-oauth-access-token","provider":"Google","credential":"Google OAuth access token","description":"Google OAuth access token","severity":"error","message":"Google OAuth access token","keywords":["ya29."],"pattern":"(?<![A-Za-z0-9_-])ya29\\\\.[A-Za-z0-9_-]{30,2048}(?![A-Za-z0-9_-])","rotate":"https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke"},"anchors":["ya29."]},{"file":"rules/providers/cloud/google-oauth-client-secret.yaml","spec":{"id":"google-oauth-client-secret","provider":"Google","credential":"Google OAuth client secret","description":"Google OAuth client secret","severity":"error","message":"Google OAuth client secret","keywords":["gocspx-"],"pattern":"(?<![A-Za-z0-9_-])GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])","rotate":"https://support.google.com/cloud/answer/15549257"},"anchors":["gocspx-"]},{"file":"rules/providers/cloud/google-oauth-refresh-token.yaml","spec":{"id":"google-oauth-refresh-token","provider":"Google","credential":"Google OAuth refresh token","description":"Google OAuth refresh token","severity":"error","message":"Google OAuth refresh token","keywords":["1//0"],"pattern":"(?<![A-Za-z0-9_/-])1//0[A-Za-z0-9_-]{40,512}(?![A-Za-z0-9_-])","rotate":"https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke"},"anchors":["1//0"]},{"file":"rules/providers/cloud/heroku-api-key-legacy.yaml","spec":{"id":"heroku-api-key-legacy","provider":"Heroku","credential":"Heroku API key","description":"Heroku API key","severity":"error","message":"Heroku API key","keywords":["heroku"],"pattern":"(?:heroku[_.-]?(?:api[_.-]?)?(?:key|token))[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://devcenter.heroku.com/articles/authentication"},"anchors":["heroku"]},{"file":"rules/providers/cloud/heroku-api-key.yaml","spec":{"id":"heroku-api-key","provider":"Heroku","credential":"Heroku API key","description":"Heroku API key","severity":"error","message":"Heroku API key","keywords":["hrku-"],"pattern":"(?<![A-Za-z0-9_-])HRKU-AA[A-Za-z0-9_-]{58}(?![A-Za-z0-9_-])","rotate":"https://devcenter.heroku.com/articles/authentication"},"anchors":["hrku-aa"]},{"file":"rules/providers/cloud/hetzner-cloud-token.yaml","spec":{"id":"hetzner-cloud-token","provider":"Hetzner","credential":"Hetzner Cloud API token","description":"Hetzner Cloud API token","severity":"error","message":"Hetzner Cloud API token","keywords":["hcloud","hetzner"],"pattern":"(?:(?:hcloud|hetzner)[_.-]?(?:cloud[_.-]?)?(?:api[_.-]?)?token)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([A-Za-z0-9]{64})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"entropy":3.5,"rotate":"https://docs.hetzner.com/cloud/api/getting-started/generating-api-token/"},"anchors":["hcloud","hetzner"]},{"file":"rules/providers/cloud/ibm-cloud-api-key.yaml","spec":{"id":"ibm-cloud-api-key","provider":"IBM","credential":"IBM Cloud API key","description":"IBM Cloud API key","severity":"error","message":"IBM Cloud API key","keywords":["ibm"],"pattern":"(?:ibm[_.-]?(?:cloud[_.-]?)?(?:iam[_.-]?)?api[_.-]?key)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([A-Za-z0-9_-]{44})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"entropy":3.5,"rotate":"https://cloud.ibm.com/docs/account?topic=account-userapikey"},"anchors":["ibm"]},{"file":"rules/providers/cloud/linode-token.yaml","spec":{"id":"linode-token","provider":"Akamai","credential":"Linode personal access token","description":"Linode personal access token, issued by Akamai","severity":"error","message":"Linode personal access token","keywords":["linode"],"pattern":"(?:linode[_.-]?(?:cli[_.-]?)?(?:api[_.-]?)?(?:token|key)|linode[_.-]?(?:personal[_.-]?)?access[_.-]?token)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{64})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://techdocs.akamai.com/cloud-computing/docs/manage-personal-access-tokens"},"anchors":["linode"]},{"file":"rules/providers/cloud/netlify-pat.yaml","spec":{"id":"netlify-pat","provider":"Netlify","credential":"Netlify personal access token","description":"Netlify personal access token","severity":"error","message":"Netlify personal access token","keywords":["nfp_"],"pattern":"(?<![A-Za-z0-9_])nfp_[A-Za-z0-9]{36}(?![A-Za-z0-9_])","rotate":"https://docs.netlify.com/api/get-started/#authentication"},"anchors":["nfp_"]},{"file":"rules/providers/cloud/okta-api-token.yaml","spec":{"id":"okta-api-token","provider":"Okta","credential":"Okta API token","description":"Okta API token","severity":"error","message":"Okta API token","keywords":["okta"],"pattern":"(?:okta[_.-]?(?:api[_.-]?)?(?:token|key))[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://help.okta.com/en-us/content/topics/security/api.htm"},"anchors":["okta"]},{"file":"rules/providers/cloud/planetscale-password.yaml","spec":{"id":"planetscale-password","provider":"PlanetScale","credential":"PlanetScale database password","description":"PlanetScale database password","severity":"error","message":"PlanetScale database password","keywords":["pscale_pw_"],"pattern":"(?<![A-Za-z0-9_-])pscale_pw_[A-Za-z0-9_.-]{43}(?![A-Za-z0-9_-])","rotate":"https://planetscale.com/docs/concepts/connection-strings"},"anchors":["pscale_p"]},{"file":"rules/providers/cloud/planetscale-service-token.yaml","spec":{"id":"planetscale-service-token","provider":"PlanetScale","credential":"PlanetScale service token","description":"PlanetScale service token","severity":"error","message":"PlanetScale service token","keywords":["pscale_tkn_"],"pattern":"(?<![A-Za-z0-9_-])pscale_tkn_[A-Za-z0-9_.-]{43}(?![A-Za-z0-9_-])","rotate":"https://planetscale.com/docs/concepts/service-tokens"},"anchors":["pscale_t"]},{"file":"rules/providers/cloud/render-api-key.yaml","spec":{"id":"render-api-key","provider":"Render","credential":"Render API key","description":"Render API key","severity":"error","message":"Render API key","keywords":["rnd_"],"pattern":"(?<![A-Za-z0-9_])rnd_[A-Za-z0-9]{32}(?![A-Za-z0-9_])","rotate":"https://render.com/docs/api#1-create-an-api-key"},"anchors":["rnd_"]},{"file":"rules/providers/cloud/scaleway-secret-key.yaml","spec":{"id":"scaleway-secret-key","provider":"Scaleway","credential":"Scaleway secret key","description":"Scaleway secret key","severity":"error","message":"Scaleway secret key","keywords":["scw","scaleway"],"pattern":"(?:(?:scw|scaleway)[_.-]?secret[_.-]?key)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/"},"anchors":["scw","scaleway"]},{"file":"rules/providers/cloud/scalingo-api-token.yaml","spec":{"id":"scalingo-api-token","provider":"Scalingo","credential":"Scalingo API token","description":"Scalingo API token","severity":"error","message":"Scalingo API token","keywords":["tk-us-"],"pattern":"(?<![A-Za-z0-9_-])tk-us-[A-Za-z0-9_-]{48}(?![A-Za-z0-9_-])","rotate":"https://doc.scalingo.com/platform/cli/start"},"anchors":["tk-us-"]},{"file":"rules/providers/cloud/supabase-access-token.yaml","spec":{"id":"supabase-access-token","provider":"Supabase","credential":"Supabase personal access token","description":"Supabase personal access token","severity":"error","message":"Supabase personal access token","keywords":["sbp_"],"pattern":"(?<![A-Za-z0-9_])sbp_[a-f0-9]{40}(?![A-Za-z0-9_])","rotate":"https://supabase.com/docs/guides/platform/access-control"},"anchors":["sbp_"]},{"file":"rules/providers/cloud/supabase-secret-key.yaml","spec":{"id":"supabase-secret-key","provider":"Supabase","credential":"Supabase secret API key","description":"Supabase secret API key","severity":"error","message":"Supabase secret API key","keywords":["sb_secret_"],"pattern":"(?<![A-Za-z0-9_-])sb_secret_[A-Za-z0-9_-]{31,64}(?![A-Za-z0-9_-])","rotate":"https://supabase.com/docs/guides/api/api-keys"},"anchors":["sb_secre"]},{"file":"rules/providers/cloud/vercel-token.yaml","spec":{"id":"vercel-token","provider":"Vercel","credential":"Vercel access token","description":"Vercel access token","severity":"error","message":"Vercel access token","keywords":["vercel"],"pattern":"(?:vercel[_.-]?(?:access[_.-]?|api[_.-]?)?token)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([A-Za-z0-9]{24})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"entropy":3.5,"rotate":"https://vercel.com/guides/how-do-i-use-a-vercel-api-access-token"},"anchors":["vercel"]},{"file":"rules/providers/crypto-keys/jwt-unsigned.yaml","spec":{"id":"jwt-unsigned","provider":"JSON Web Token","credential":"Unsigned JSON Web Token","description":"Unsigned JSON Web Token","severity":"error","message":"Unsigned JSON Web Token","keywords":["eyj"],"pattern":"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,4096}\\\\.eyJ[A-Za-z0-9_-]{10,8192}\\\\.(?![A-Za-z0-9_-])","validate":"jwt-unsigned","rotate":"https://datatracker.ietf.org/doc/html/rfc8725#section-3.1"},"anchors":["eyj"]},{"file":"rules/providers/crypto-keys/jwt.yaml","spec":{"id":"jwt","provider":"JSON Web Token","credential":"JSON Web Token","description":"JSON Web Token (a bearer credential until it expires)","severity":"error","message":"JSON Web Token","keywords":["eyj"],"pattern":"(?<![A-Za-z0-9_-])eyJ(?=([A-Za-z0-9_-]{10,4096}))\\\\1\\\\.eyJ(?=([A-Za-z0-9_-]{10,8192}))\\\\2\\\\.(?=([A-Za-z0-9_-]{10,4096}))\\\\3","validate":"jwt-header","rotate":"https://datatracker.ietf.org/doc/html/rfc7519"},"anchors":["eyj"]},{"file":"rules/providers/crypto-keys/minisign-secret-key.yaml","spec":{"id":"minisign-secret-key","provider":"minisign","credential":"minisign secret key","description":"minisign secret key","severity":"error","message":"minisign secret key","keywords":["minisign encrypted secret key"],"pattern":"untrusted comment: minisign encrypted secret key\\\\r?\\\\n[ \\\\t]*(RWRTY0Iy[A-Za-z0-9+/]{200,220}={0,2})","secretGroup":1,"rotate":"https://jedisct1.github.io/minisign/"},"anchors":["untruste"]},{"file":"rules/providers/crypto-keys/openvpn-static-key.yaml","spec":{"id":"openvpn-static-key","provider":"OpenVPN","credential":"OpenVPN static key","description":"OpenVPN static key","severity":"error","message":"OpenVPN static key","keywords":["openvpn static key"],"pattern":"-----BEGIN OpenVPN Static key V1-----\\\\r?\\\\n(?:[0-9a-f]{32}\\\\r?\\\\n){8}","rotate":"https://openvpn.net/community-resources/static-key-mini-howto/"},"anchors":["-----beg"]},{"file":"rules/providers/crypto-keys/private-key.yaml","spec":{"id":"private-key","provider":"Any (PEM / OpenSSH / PGP)","credential":"Private key","description":"PEM private key (RSA, EC, DSA, OpenSSH, PKCS#8, PGP)","severity":"error","message":"Private key in plain text","keywords":["private key"],"pattern":"-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-(?!----)){40,32768}?-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----","rotate":"https://cheatsheetseries.owasp.org/cheatsheets/Key_Management_Cheat_Sheet.html"},"anchors":["-----beg"]},{"file":"rules/providers/crypto-keys/putty-private-key.yaml","spec":{"id":"putty-private-key","provider":"PuTTY","credential":"PuTTY private key file","description":"PuTTY private key file","severity":"error","message":"PuTTY private key file","keywords":["putty-user-key-file-"],"pattern":"PuTTY-User-Key-File-[23]: [a-z0-9-]{7,40}\\\\r?\\\\n(?:[^\\\\r\\\\n]{0,200}\\\\r?\\\\n){1,16}?[ \\\\t]*Private-Lines: [0-9]{1,3}\\\\r?\\\\n[ \\\\t]*[A-Za-z0-9+/=]{40,}","rotate":"https://the.earth.li/~sgtatham/putty/0.78/htmldoc/Chapter8.html"},"anchors":["putty-us"]},{"file":"rules/providers/crypto-keys/wireguard-private-key.yaml","spec":{"id":"wireguard-private-key","provider":"WireGuard","credential":"WireGuard private key","description":"WireGuard private key","severity":"error","message":"WireGuard private key","keywords":["privatekey"],"pattern":"(?:^|\\\\n)[ \\\\t]*PrivateKey[ \\\\t]{0,4}=[ \\\\t]{0,4}([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)","secretGroup":1,"rotate":"https://www.wireguard.com/quickstart/"},"anchors":null},{"file":"rules/providers/infra/age-secret-key.yaml","spec":{"id":"age-secret-key","provider":"age","credential":"age secret key","description":"age secret key (the identity that decrypts SOPS and Flux secrets encrypted to it)","severity":"error","message":"age secret key","keywords":["age-secret-key-1","age-secret-key-pq-1"],"pattern":"(?<![A-Za-z0-9_])AGE-SECRET-KEY-(?:PQ-)?1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9_])","validate":"bech32","rotate":"https://getsops.io/docs/#key-rotation"},"anchors":["age-secr"]},{"file":"rules/providers/infra/doppler-cli-token.yaml","spec":{"id":"doppler-cli-token","provider":"Doppler","credential":"Doppler CLI token","description":"Doppler CLI token","severity":"error","message":"Doppler CLI token","keywords":["dp.ct."],"pattern":"(?<![A-Za-z0-9_])dp\\\\.ct\\\\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9_])","rotate":"https://docs.doppler.com/docs/service-tokens"},"anchors":["dp.ct."]},{"file":"rules/providers/infra/doppler-personal-token.yaml","spec":{"id":"doppler-personal-token","provider":"Doppler","credential":"Doppler personal token","description":"Doppler personal token","severity":"error","message":"Doppler personal token","keywords":["dp.pt."],"pattern":"(?<![A-Za-z0-9_])dp\\\\.pt\\\\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9_])","rotate":"https://docs.doppler.com/docs/service-tokens"},"anchors":["dp.pt."]},{"file":"rules/providers/infra/doppler-service-account-token.yaml","spec":{"id":"doppler-service-account-token","provider":"Doppler","credential":"Doppler service account token","description":"Doppler service account token","severity":"error","message":"Doppler service account token","keywords":["dp.sa."],"pattern":"(?<![A-Za-z0-9_])dp\\\\.sa\\\\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9_])","rotate":"https://docs.doppler.com/docs/service-tokens"},"anchors":["dp.sa."]},{"file":"rules/providers/infra/doppler-service-token.yaml","spec":{"id":"doppler-service-token","provider":"Doppler","credential":"Doppler service token","description":"Doppler service token","severity":"error","message":"Doppler service token","keywords":["dp.st."],"pattern":"(?<![A-Za-z0-9_-])dp\\\\.st\\\\.(?:[a-z0-9_-]{2,35}\\\\.)?[A-Za-z0-9]{40,44}(?![A-Za-z0-9_])","rotate":"https://docs.doppler.com/docs/service-tokens"},"anchors":["dp.st."]},{"file":"rules/providers/infra/kubernetes-bootstrap-token.yaml","spec":{"id":"kubernetes-bootstrap-token","provider":"Kubernetes","credential":"Kubernetes bootstrap token","description":"Kubernetes bootstrap token","severity":"error","message":"Kubernetes bootstrap token","keywords":["token"],"pattern":"(?:--token[ =]|--discovery-token[ =]|token[ \\\\t]{0,4}[:=][ \\\\t]{0,4}[\\"\\\\']?)([a-z0-9]{6}\\\\.[a-z0-9]{16})(?![A-Za-z0-9_])","secretGroup":1,"rotate":"https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/"},"anchors":["--token","--discov","token"]},{"file":"rules/providers/infra/ngrok-authtoken.yaml","spec":{"id":"ngrok-authtoken","provider":"ngrok","credential":"ngrok authtoken","description":"ngrok authtoken","severity":"error","message":"ngrok authtoken","keywords":["ngrok"],"pattern":"(?:ngrok[_.-]?auth[_.-]?token|authtoken)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([0-9][A-Za-z0-9]{26}_[A-Za-z0-9]{17,21})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://ngrok.com/docs/agent/#authtokens"},"anchors":["ngrok","authtoke"]},{"file":"rules/providers/infra/onepassword-secret-key.yaml","spec":{"id":"onepassword-secret-key","provider":"1Password","credential":"1Password account Secret Key","description":"1Password account Secret Key","severity":"error","message":"1Password account Secret Key","keywords":["a3-"],"pattern":"(?<![A-Za-z0-9_])A3-[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![A-Za-z0-9_])","entropy":3.5,"rotate":"https://support.1password.com/secret-key/"},"anchors":["a3-"]},{"file":"rules/providers/infra/onepassword-service-account-token.yaml","spec":{"id":"onepassword-service-account-token","provider":"1Password","credential":"1Password service account token","description":"1Password service account token","severity":"error","message":"1Password service account token","keywords":["ops_eyj"],"pattern":"(?<![A-Za-z0-9_-])ops_eyJ[A-Za-z0-9+/=_-]{100,4000}","validate":"prefixed-json","rotate":"https://developer.1password.com/docs/service-accounts/manage-service-accounts/"},"anchors":["ops_eyj"]},{"file":"rules/providers/infra/openshift-token.yaml","spec":{"id":"openshift-token","provider":"Red Hat","credential":"OpenShift OAuth access token","description":"OpenShift OAuth access token, issued by Red Hat","severity":"error","message":"OpenShift OAuth access token","keywords":["sha256~"],"pattern":"(?<![A-Za-z0-9_~-])sha256~[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])","rotate":"https://docs.redhat.com/en/documentation/openshift_container_platform/4.16/html/authentication_and_authorization/managing-oauth-access-tokens"},"anchors":["sha256~"]},{"file":"rules/providers/infra/tailscale-api-key.yaml","spec":{"id":"tailscale-api-key","provider":"Tailscale","credential":"Tailscale API access token","description":"Tailscale API access token","severity":"error","message":"Tailscale API access token","keywords":["tskey-api-"],"pattern":"(?<![A-Za-z0-9_])tskey-api-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,40}(?![A-Za-z0-9_])","rotate":"https://tailscale.com/kb/1101/api"},"anchors":["tskey-ap"]},{"file":"rules/providers/infra/tailscale-auth-key.yaml","spec":{"id":"tailscale-auth-key","provider":"Tailscale","credential":"Tailscale auth key","description":"Tailscale auth key","severity":"error","message":"Tailscale auth key","keywords":["tskey-auth-"],"pattern":"(?<![A-Za-z0-9_])tskey-auth-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,40}(?![A-Za-z0-9_])","rotate":"https://tailscale.com/kb/1085/auth-keys"},"anchors":["tskey-au"]},{"file":"rules/providers/infra/tailscale-oauth-client-secret.yaml","spec":{"id":"tailscale-oauth-client-secret","provider":"Tailscale","credential":"Tailscale OAuth client secret","description":"Tailscale OAuth client secret","severity":"error","message":"Tailscale OAuth client secret","keywords":["tskey-client-"],"pattern":"(?<![A-Za-z0-9_])tskey-client-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,40}(?![A-Za-z0-9_])","rotate":"https://tailscale.com/kb/1215/oauth-clients"},"anchors":["tskey-cl"]},{"file":"rules/providers/infra/vault-batch-token.yaml","spec":{"id":"vault-batch-token","provider":"HashiCorp","credential":"Vault batch token","description":"Vault batch token, issued by HashiCorp","severity":"error","message":"Vault batch token","keywords":["hvb."],"pattern":"(?<![A-Za-z0-9_-])hvb\\\\.[A-Za-z0-9_-]{24,300}(?![A-Za-z0-9_-])","rotate":"https://developer.hashicorp.com/vault/docs/commands/token/revoke"},"anchors":["hvb."]},{"file":"rules/providers/infra/vault-legacy-token.yaml","spec":{"id":"vault-legacy-token","provider":"HashiCorp","credential":"Vault token","description":"Vault token, issued by HashiCorp","severity":"error","message":"Vault token","keywords":["vault"],"pattern":"(?:vault[_.-]?token|x-vault-token)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([sb]\\\\.[A-Za-z0-9]{24})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://developer.hashicorp.com/vault/docs/commands/token/revoke"},"anchors":["vault","x-vault-"]},{"file":"rules/providers/infra/vault-recovery-token.yaml","spec":{"id":"vault-recovery-token","provider":"HashiCorp","credential":"Vault recovery token","description":"Vault recovery token, issued by HashiCorp","severity":"error","message":"Vault recovery token","keywords":["hvr."],"pattern":"(?<![A-Za-z0-9_-])hvr\\\\.[A-Za-z0-9_-]{24,300}(?![A-Za-z0-9_-])","rotate":"https://developer.hashicorp.com/vault/docs/commands/token/revoke"},"anchors":["hvr."]},{"file":"rules/providers/infra/vault-token.yaml","spec":{"id":"vault-token","provider":"HashiCorp","credential":"Vault service token","description":"Vault service token, issued by HashiCorp","severity":"error","message":"Vault service token","keywords":["hvs."],"pattern":"(?<![A-Za-z0-9_-])hvs\\\\.[A-Za-z0-9_-]{24,300}(?![A-Za-z0-9_-])","rotate":"https://developer.hashicorp.com/vault/docs/commands/token/revoke"},"anchors":["hvs."]},{"file":"rules/providers/observability/datadog-api-key.yaml","spec":{"id":"datadog-api-key","provider":"Datadog","credential":"Datadog API key","description":"Datadog API key","severity":"error","message":"Datadog API key","keywords":["datadog","dd_api_key","dd-api-key","ddapikey"],"pattern":"(?:(?:datadog|dd)[_.-]?api[_.-]?key)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://docs.datadoghq.com/account_management/api-app-keys/"},"anchors":null},{"file":"rules/providers/observability/datadog-app-key.yaml","spec":{"id":"datadog-app-key","provider":"Datadog","credential":"Datadog application key","description":"Datadog application key","severity":"error","message":"Datadog application key","keywords":["datadog","dd_app","dd-app","ddapp"],"pattern":"(?:(?:datadog|dd)[_.-]?app(?:lication)?[_.-]?key)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://docs.datadoghq.com/account_management/api-app-keys/"},"anchors":null},{"file":"rules/providers/observability/dynatrace-token.yaml","spec":{"id":"dynatrace-token","provider":"Dynatrace","credential":"Dynatrace API token","description":"Dynatrace API token","severity":"error","message":"Dynatrace API token","keywords":["dt0c01.","dt0s01.","dt0s16.","dt0a01."],"pattern":"(?<![A-Za-z0-9_])dt0[a-z][0-9]{2}\\\\.[A-Z0-9]{24}\\\\.[A-Z0-9]{64}(?![A-Za-z0-9_])","rotate":"https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens"},"anchors":["dt0"]},{"file":"rules/providers/observability/elastic-cloud-api-key.yaml","spec":{"id":"elastic-cloud-api-key","provider":"Elastic","credential":"Elastic Cloud API key","description":"Elastic Cloud API key","severity":"error","message":"Elastic Cloud API key","keywords":["essu_"],"pattern":"(?<![A-Za-z0-9_])essu_[A-Za-z0-9+/]{60,200}={0,2}","rotate":"https://www.elastic.co/guide/en/cloud/current/ec-api-authentication.html"},"anchors":["essu_"]},{"file":"rules/providers/observability/grafana-api-key.yaml","spec":{"id":"grafana-api-key","provider":"Grafana Labs","credential":"Grafana API key","description":"Grafana API key","severity":"error","message":"Grafana API key","keywords":["eyjrijoi"],"pattern":"(?<![A-Za-z0-9_])eyJrIjoi[A-Za-z0-9+/]{40,300}={0,2}","rotate":"https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/"},"anchors":["eyjrijoi"]},{"file":"rules/providers/observability/grafana-cloud-token.yaml","spec":{"id":"grafana-cloud-token","provider":"Grafana Labs","credential":"Grafana Cloud access policy token","description":"Grafana Cloud access policy token","severity":"error","message":"Grafana Cloud access policy token","keywords":["glc_eyj"],"pattern":"(?<![A-Za-z0-9_-])glc_eyJ[A-Za-z0-9+/=_-]{40,1000}","validate":"prefixed-json","rotate":"https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/"},"anchors":["glc_eyj"]},{"file":"rules/providers/observability/grafana-service-account-token.yaml","spec":{"id":"grafana-service-account-token","provider":"Grafana Labs","credential":"Grafana service account token","description":"Grafana service account token","severity":"error","message":"Grafana service account token","keywords":["glsa_"],"pattern":"(?<![A-Za-z0-9_])glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}(?![A-Za-z0-9_])","validate":"grafana-crc32","rotate":"https://grafana.com/docs/grafana/latest/administration/service-accounts/"},"anchors":["glsa_"]},{"file":"rules/providers/observability/honeycomb-api-key.yaml","spec":{"id":"honeycomb-api-key","provider":"Honeycomb","credential":"Honeycomb API key","description":"Honeycomb API key","severity":"error","message":"Honeycomb API key","keywords":["hcaik_","hcxik_","hcamk_","hcxmk_"],"pattern":"(?<![A-Za-z0-9_])hc[ax][im]k_[0-9a-z]{58}(?![A-Za-z0-9_])","rotate":"https://docs.honeycomb.io/configure/environments/manage-api-keys/"},"anchors":null},{"file":"rules/providers/observability/honeycomb-configuration-key.yaml","spec":{"id":"honeycomb-configuration-key","provider":"Honeycomb","credential":"Honeycomb configuration key","description":"Honeycomb configuration key","severity":"error","message":"Honeycomb configuration key","keywords":["honeycomb"],"pattern":"(?:honeycomb[_.-]?(?:api[_.-]?|write[_.-]?|configuration[_.-]?)?key)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://docs.honeycomb.io/configure/environments/manage-api-keys/"},"anchors":["honeycom"]},{"file":"rules/providers/observability/launchdarkly-api-token.yaml","spec":{"id":"launchdarkly-api-token","provider":"LaunchDarkly","credential":"LaunchDarkly API access token","description":"LaunchDarkly API access token","severity":"error","message":"LaunchDarkly API access token","keywords":["api-"],"pattern":"(?<![A-Za-z0-9_])api-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_])","rotate":"https://docs.launchdarkly.com/home/account/api"},"anchors":["api-"]},{"file":"rules/providers/observability/launchdarkly-sdk-key.yaml","spec":{"id":"launchdarkly-sdk-key","provider":"LaunchDarkly","credential":"LaunchDarkly server-side SDK key","description":"LaunchDarkly server-side SDK key","severity":"error","message":"LaunchDarkly server-side SDK key","keywords":["sdk-"],"pattern":"(?<![A-Za-z0-9_])sdk-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_])","rotate":"https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys"},"anchors":["sdk-"]},{"file":"rules/providers/observability/newrelic-browser-key.yaml","spec":{"id":"newrelic-browser-key","provider":"New Relic","credential":"New Relic browser API key","description":"New Relic browser API key","severity":"warning","message":"New Relic browser API key","keywords":["nrjs-"],"pattern":"(?<![A-Za-z0-9_])NRJS-[a-f0-9]{19}(?![A-Za-z0-9_])","rotate":"https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"},"anchors":["nrjs-"]},{"file":"rules/providers/observability/newrelic-insert-key.yaml","spec":{"id":"newrelic-insert-key","provider":"New Relic","credential":"New Relic Insights insert key","description":"New Relic Insights insert key","severity":"error","message":"New Relic Insights insert key","keywords":["nrii-"],"pattern":"(?<![A-Za-z0-9_-])NRII-[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])","rotate":"https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"},"anchors":["nrii-"]},{"file":"rules/providers/observability/newrelic-license-key.yaml","spec":{"id":"newrelic-license-key","provider":"New Relic","credential":"New Relic ingest license key","description":"New Relic ingest license key","severity":"error","message":"New Relic ingest license key","keywords":["nral"],"pattern":"(?<![A-Za-z0-9_])[a-f0-9]{36}NRAL(?![A-Za-z0-9_])","rotate":"https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"},"anchors":["nral"],"anchorSkip":36},{"file":"rules/providers/observability/newrelic-query-key.yaml","spec":{"id":"newrelic-query-key","provider":"New Relic","credential":"New Relic Insights query key","description":"New Relic Insights query key","severity":"error","message":"New Relic Insights query key","keywords":["nriq-"],"pattern":"(?<![A-Za-z0-9_-])NRIQ-[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])","rotate":"https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"},"anchors":["nriq-"]},{"file":"rules/providers/observability/newrelic-rest-api-key.yaml","spec":{"id":"newrelic-rest-api-key","provider":"New Relic","credential":"New Relic REST API key","description":"New Relic REST API key","severity":"error","message":"New Relic REST API key","keywords":["nrra-"],"pattern":"(?<![A-Za-z0-9_])NRRA-[a-f0-9]{42}(?![A-Za-z0-9_])","rotate":"https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"},"anchors":["nrra-"]},{"file":"rules/providers/observability/newrelic-user-api-key.yaml","spec":{"id":"newrelic-user-api-key","provider":"New Relic","credential":"New Relic user API key","description":"New Relic user API key","severity":"error","message":"New Relic user API key","keywords":["nrak-"],"pattern":"(?<![A-Za-z0-9_])NRAK-[A-Z0-9]{27}(?![A-Za-z0-9_])","rotate":"https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"},"anchors":["nrak-"]},{"file":"rules/providers/observability/opsgenie-api-key.yaml","spec":{"id":"opsgenie-api-key","provider":"Atlassian","credential":"Opsgenie API key","description":"Opsgenie API key, issued by Atlassian","severity":"error","message":"Opsgenie API key","keywords":["opsgenie"],"pattern":"(?:opsgenie[_.-]?(?:api[_.-]?)?key)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://support.atlassian.com/opsgenie/docs/api-key-management/"},"anchors":["opsgenie"]},{"file":"rules/providers/observability/pagerduty-api-key.yaml","spec":{"id":"pagerduty-api-key","provider":"PagerDuty","credential":"PagerDuty API key","description":"PagerDuty API key","severity":"error","message":"PagerDuty API key","keywords":["pagerduty","pd_api","pd_token"],"pattern":"(?:(?:pagerduty|pd)[_.-]?(?:api[_.-]?|user[_.-]?)?(?:key|token))[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([A-Za-z0-9_+-]{20})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"entropy":3.5,"rotate":"https://support.pagerduty.com/main/docs/api-access-keys"},"anchors":null},{"file":"rules/providers/observability/rollbar-access-token.yaml","spec":{"id":"rollbar-access-token","provider":"Rollbar","credential":"Rollbar access token","description":"Rollbar access token","severity":"error","message":"Rollbar access token","keywords":["rollbar"],"pattern":"(?:rollbar[_.-]?(?:server[_.-]?|post[_.-]?server[_.-]?item[_.-]?|read[_.-]?|write[_.-]?)?(?:access[_.-]?)?token)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://docs.rollbar.com/docs/access-tokens"},"anchors":["rollbar"]},{"file":"rules/providers/observability/sentry-dsn.yaml","spec":{"id":"sentry-dsn","provider":"Sentry","credential":"Sentry DSN","description":"Sentry DSN: public by design in browsers, but lets anyone send events to the project","severity":"note","message":"Sentry DSN","keywords":["ingest.sentry.io","ingest.us.sentry.io","ingest.de.sentry.io"],"pattern":"(?<![A-Za-z0-9+.-])https://([a-f0-9]{32})@o[0-9]{1,12}\\\\.ingest\\\\.(?:[a-z]{2}\\\\.)?sentry\\\\.io/[0-9]{1,12}","secretGroup":1,"rotate":"https://docs.sentry.io/concepts/key-terms/dsn-explainer/"},"anchors":["https://"]},{"file":"rules/providers/observability/sentry-org-token.yaml","spec":{"id":"sentry-org-token","provider":"Sentry","credential":"Sentry organization auth token","description":"Sentry organization auth token","severity":"error","message":"Sentry organization auth token","keywords":["sntrys_"],"pattern":"(?<![A-Za-z0-9_])sntrys_eyJ[A-Za-z0-9+/=]{40,1000}_[A-Za-z0-9+/]{43}(?![A-Za-z0-9_])","validate":"sentry-org-token","rotate":"https://docs.sentry.io/account/auth-tokens/"},"anchors":["sntrys_e"]},{"file":"rules/providers/observability/sentry-user-token.yaml","spec":{"id":"sentry-user-token","provider":"Sentry","credential":"Sentry user auth token","description":"Sentry user auth token","severity":"error","message":"Sentry user auth token","keywords":["sntryu_"],"pattern":"(?<![A-Za-z0-9_])sntryu_[a-f0-9]{64}(?![A-Za-z0-9_])","rotate":"https://docs.sentry.io/account/auth-tokens/"},"anchors":["sntryu_"]},{"file":"rules/providers/observability/splunk-hec-token.yaml","spec":{"id":"splunk-hec-token","provider":"Splunk","credential":"Splunk HEC token","description":"Splunk HEC token","severity":"error","message":"Splunk HEC token","keywords":["splunk","hec_token","hec-token"],"pattern":"(?:(?:splunk[_.-]?(?:hec[_.-]?)?|hec[_.-]?)token)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector"},"anchors":["splunk","hec"]},{"file":"rules/providers/payments/braintree-access-token.yaml","spec":{"id":"braintree-access-token","provider":"PayPal","credential":"Braintree / PayPal access token","description":"Braintree / PayPal access token","severity":"error","message":"Braintree / PayPal access token","keywords":["access_token$production$","access_token$sandbox$"],"pattern":"(?<![A-Za-z0-9_])access_token\\\\$(?:production|sandbox)\\\\$[a-z0-9]{16}\\\\$[a-f0-9]{32}(?![A-Za-z0-9_])","rotate":"https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials"},"anchors":["access_t"]},{"file":"rules/providers/payments/duffel-api-token.yaml","spec":{"id":"duffel-api-token","provider":"Duffel","credential":"Duffel access token","description":"Duffel access token","severity":"error","message":"Duffel access token","keywords":["duffel_live_","duffel_test_"],"pattern":"(?<![A-Za-z0-9_-])duffel_(?:live|test)_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])","rotate":"https://duffel.com/docs/api/overview/making-requests/authentication"},"anchors":["duffel_"]},{"file":"rules/providers/payments/easypost-api-key.yaml","spec":{"id":"easypost-api-key","provider":"EasyPost","credential":"EasyPost API key","description":"EasyPost API key","severity":"error","message":"EasyPost API key","keywords":["ezak","eztk"],"pattern":"(?<![A-Za-z0-9_])EZ[AT]K[a-f0-9]{54}(?![A-Za-z0-9_])","rotate":"https://docs.easypost.com/docs/authentication"},"anchors":null},{"file":"rules/providers/payments/flutterwave-secret-key.yaml","spec":{"id":"flutterwave-secret-key","provider":"Flutterwave","credential":"Flutterwave secret key","description":"Flutterwave secret key","severity":"error","message":"Flutterwave secret key","keywords":["flwseck"],"pattern":"(?<![A-Za-z0-9_])FLWSECK(?:_TEST)?-[a-f0-9]{32}-X(?![A-Za-z0-9_])","rotate":"https://developer.flutterwave.com/docs/api-keys"},"anchors":["flwseck"]},{"file":"rules/providers/payments/plaid-access-token.yaml","spec":{"id":"plaid-access-token","provider":"Plaid","credential":"Plaid access token","description":"Plaid access token","severity":"error","message":"Plaid access token","keywords":["access-production-","access-development-","access-sandbox-"],"pattern":"(?<![A-Za-z0-9_])access-(?:production|development|sandbox)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_])","rotate":"https://plaid.com/docs/api/items/#itemremove"},"anchors":["access-"]},{"file":"rules/providers/payments/shippo-api-token.yaml","spec":{"id":"shippo-api-token","provider":"Shippo","credential":"Shippo API token","description":"Shippo API token","severity":"error","message":"Shippo API token","keywords":["shippo_live_","shippo_test_"],"pattern":"(?<![A-Za-z0-9_])shippo_(?:live|test)_[a-f0-9]{40}(?![A-Za-z0-9_])","rotate":"https://docs.goshippo.com/docs/guides_general/authentication/"},"anchors":["shippo_"]},{"file":"rules/providers/payments/shopify-access-token.yaml","spec":{"id":"shopify-access-token","provider":"Shopify","credential":"Shopify Admin API access token","description":"Shopify Admin API access token","severity":"error","message":"Shopify Admin API access token","keywords":["shpat_"],"pattern":"(?<![A-Za-z0-9_])shpat_[a-fA-F0-9]{32}(?![A-Za-z0-9_])","rotate":"https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets/rotate-revoke-client-credentials"},"anchors":["shpat_"]},{"file":"rules/providers/payments/shopify-custom-app-token.yaml","spec":{"id":"shopify-custom-app-token","provider":"Shopify","credential":"Shopify custom app access token","description":"Shopify custom app access token","severity":"error","message":"Shopify custom app access token","keywords":["shpca_"],"pattern":"(?<![A-Za-z0-9_])shpca_[a-fA-F0-9]{32}(?![A-Za-z0-9_])","rotate":"https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets/rotate-revoke-client-credentials"},"anchors":["shpca_"]},{"file":"rules/providers/payments/shopify-private-app-token.yaml","spec":{"id":"shopify-private-app-token","provider":"Shopify","credential":"Shopify private app password","description":"Shopify private app password","severity":"error","message":"Shopify private app password","keywords":["shppa_"],"pattern":"(?<![A-Za-z0-9_])shppa_[a-fA-F0-9]{32}(?![A-Za-z0-9_])","rotate":"https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets/rotate-revoke-client-credentials"},"anchors":["shppa_"]},{"file":"rules/providers/payments/shopify-shared-secret.yaml","spec":{"id":"shopify-shared-secret","provider":"Shopify","credential":"Shopify app shared secret","description":"Shopify app shared secret","severity":"error","message":"Shopify app shared secret","keywords":["shpss_"],"pattern":"(?<![A-Za-z0-9_])shpss_[a-fA-F0-9]{32}(?![A-Za-z0-9_])","rotate":"https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets/rotate-revoke-client-credentials"},"anchors":["shpss_"]},{"file":"rules/providers/payments/square-access-token.yaml","spec":{"id":"square-access-token","provider":"Square","credential":"Square access token","description":"Square access token","severity":"error","message":"Square access token","keywords":["eaaa","sq0atp-"],"pattern":"(?<![A-Za-z0-9_-])(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])","rotate":"https://developer.squareup.com/docs/build-basics/access-tokens"},"anchors":["eaaa","sq0atp-"]},{"file":"rules/providers/payments/square-oauth-secret.yaml","spec":{"id":"square-oauth-secret","provider":"Square","credential":"Square application secret","description":"Square application secret","severity":"error","message":"Square application secret","keywords":["sq0csp-"],"pattern":"(?<![A-Za-z0-9_-])sq0csp-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])","rotate":"https://developer.squareup.com/docs/build-basics/access-tokens"},"anchors":["sq0csp-"]},{"file":"rules/providers/payments/stripe-key.yaml","spec":{"id":"stripe-key","provider":"Stripe","credential":"Stripe live secret key","description":"Stripe live secret key","severity":"error","message":"Stripe live secret key","keywords":["sk_live_"],"pattern":"(?<![A-Za-z0-9_])sk_live_[A-Za-z0-9]{24,247}(?![A-Za-z0-9_])","rotate":"https://docs.stripe.com/keys#rolling-keys"},"anchors":["sk_live_"]},{"file":"rules/providers/payments/stripe-restricted-key.yaml","spec":{"id":"stripe-restricted-key","provider":"Stripe","credential":"Stripe restricted API key","description":"Stripe restricted API key","severity":"error","message":"Stripe restricted API key","keywords":["rk_live_"],"pattern":"(?<![A-Za-z0-9_])rk_live_[A-Za-z0-9]{24,247}(?![A-Za-z0-9_])","rotate":"https://docs.stripe.com/keys#rolling-keys"},"anchors":["rk_live_"]},{"file":"rules/providers/payments/stripe-test-restricted-key.yaml","spec":{"id":"stripe-test-restricted-key","provider":"Stripe","credential":"Stripe test-mode restricted key","description":"Stripe test-mode restricted key","severity":"warning","message":"Stripe test-mode restricted key","keywords":["rk_test_"],"pattern":"(?<![A-Za-z0-9_])rk_test_[A-Za-z0-9]{24,247}(?![A-Za-z0-9_])","rotate":"https://docs.stripe.com/keys#rolling-keys"},"anchors":["rk_test_"]},{"file":"rules/providers/payments/stripe-test-secret-key.yaml","spec":{"id":"stripe-test-secret-key","provider":"Stripe","credential":"Stripe test-mode secret key","description":"Stripe test-mode secret key","severity":"warning","message":"Stripe test-mode secret key","keywords":["sk_test_"],"pattern":"(?<![A-Za-z0-9_])sk_test_[A-Za-z0-9]{24,247}(?![A-Za-z0-9_])","rotate":"https://docs.stripe.com/keys#rolling-keys"},"anchors":["sk_test_"]},{"file":"rules/providers/payments/stripe-webhook-secret.yaml","spec":{"id":"stripe-webhook-secret","provider":"Stripe","credential":"Stripe webhook signing secret","description":"Stripe webhook signing secret","severity":"error","message":"Stripe webhook signing secret","keywords":["whsec_"],"pattern":"(?<![A-Za-z0-9_])whsec_[A-Za-z0-9+/]{32,64}(?![A-Za-z0-9_])","rotate":"https://docs.stripe.com/webhooks#roll-endpoint-secrets"},"anchors":["whsec_"]},{"file":"rules/providers/saas/airtable-pat.yaml","spec":{"id":"airtable-pat","provider":"Airtable","credential":"Airtable personal access token","description":"Airtable personal access token","severity":"error","message":"Airtable personal access token","keywords":["pat"],"pattern":"(?<![A-Za-z0-9_])pat[A-Za-z0-9]{14}\\\\.[a-f0-9]{64}(?![A-Za-z0-9_])","rotate":"https://support.airtable.com/docs/creating-personal-access-tokens"},"anchors":["pat"]},{"file":"rules/providers/saas/algolia-admin-key.yaml","spec":{"id":"algolia-admin-key","provider":"Algolia","credential":"Algolia admin API key","description":"Algolia admin API key","severity":"error","message":"Algolia admin API key","keywords":["algolia"],"pattern":"(?:algolia[_.-]?(?:admin|write)[_.-]?(?:api[_.-]?)?key)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://www.algolia.com/doc/guides/security/api-keys/"},"anchors":["algolia"]},{"file":"rules/providers/saas/asana-pat.yaml","spec":{"id":"asana-pat","provider":"Asana","credential":"Asana personal access token","description":"Asana personal access token","severity":"error","message":"Asana personal access token","keywords":["asana"],"pattern":"(?:asana[_.-]?(?:personal[_.-]?access[_.-]?|access[_.-]?|api[_.-]?)?(?:token|key|pat))[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([12]/[0-9]{13,16}(?:/[0-9]{13,16})?:[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://developers.asana.com/docs/personal-access-token"},"anchors":["asana"]},{"file":"rules/providers/saas/brevo-api-key.yaml","spec":{"id":"brevo-api-key","provider":"Brevo","credential":"Brevo API key","description":"Brevo API key","severity":"error","message":"Brevo API key","keywords":["xkeysib-"],"pattern":"(?<![A-Za-z0-9_])xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![A-Za-z0-9_])","rotate":"https://help.brevo.com/hc/en-us/articles/209467485-Create-and-manage-your-API-keys"},"anchors":["xkeysib-"]},{"file":"rules/providers/saas/brevo-smtp-key.yaml","spec":{"id":"brevo-smtp-key","provider":"Brevo","credential":"Brevo SMTP key","description":"Brevo SMTP key","severity":"error","message":"Brevo SMTP key","keywords":["xsmtpsib-"],"pattern":"(?<![A-Za-z0-9_])xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![A-Za-z0-9_])","rotate":"https://help.brevo.com/hc/en-us/articles/7959631848850"},"anchors":["xsmtpsib"]},{"file":"rules/providers/saas/cloudinary-url.yaml","spec":{"id":"cloudinary-url","provider":"Cloudinary","credential":"Cloudinary API secret","description":"Cloudinary API secret","severity":"error","message":"Cloudinary API secret","keywords":["cloudinary://"],"pattern":"cloudinary:\\\\/\\\\/[0-9]{12,16}:([A-Za-z0-9_-]{27})@[a-z0-9-]{1,64}","secretGroup":1,"rotate":"https://cloudinary.com/documentation/how_to_integrate_cloudinary"},"anchors":["cloudina"]},{"file":"rules/providers/saas/contentful-pat.yaml","spec":{"id":"contentful-pat","provider":"Contentful","credential":"Contentful personal access token","description":"Contentful personal access token","severity":"error","message":"Contentful personal access token","keywords":["cfpat-"],"pattern":"(?<![A-Za-z0-9_-])CFPAT-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])","rotate":"https://www.contentful.com/developers/docs/references/authentication/"},"anchors":["cfpat-"]},{"file":"rules/providers/saas/dropbox-access-token.yaml","spec":{"id":"dropbox-access-token","provider":"Dropbox","credential":"Dropbox short-lived access token","description":"Dropbox short-lived access token","severity":"error","message":"Dropbox short-lived access token","keywords":["sl."],"pattern":"(?<![A-Za-z0-9_-])sl\\\\.(?:u\\\\.)?[A-Za-z0-9_-]{130,1400}(?![A-Za-z0-9_-])","rotate":"https://developers.dropbox.com/oauth-guide"},"anchors":["sl."]},{"file":"rules/providers/saas/fastly-api-token.yaml","spec":{"id":"fastly-api-token","provider":"Fastly","credential":"Fastly API token","description":"Fastly API token","severity":"error","message":"Fastly API token","keywords":["fastly"],"pattern":"(?:fastly[_.-]?(?:api[_.-]?)?(?:token|key))[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"entropy":3.5,"rotate":"https://docs.fastly.com/en/guides/using-api-tokens"},"anchors":["fastly"]},{"file":"rules/providers/saas/figma-pat.yaml","spec":{"id":"figma-pat","provider":"Figma","credential":"Figma personal access token","description":"Figma personal access token","severity":"error","message":"Figma personal access token","keywords":["figd_"],"pattern":"(?<![A-Za-z0-9_-])figd_[A-Za-z0-9_-]{40}(?![A-Za-z0-9_-])","rotate":"https://help.figma.com/hc/en-us/articles/8085703771159-Manage-personal-access-tokens"},"anchors":["figd_"]},{"file":"rules/providers/saas/frameio-token.yaml","spec":{"id":"frameio-token","provider":"Frame.io","credential":"Frame.io developer token","description":"Frame.io developer token","severity":"error","message":"Frame.io developer token","keywords":["fio-u-"],"pattern":"(?<![A-Za-z0-9_-])fio-u-[A-Za-z0-9_=-]{64}(?![A-Za-z0-9_-])","rotate":"https://developer.frame.io/docs/getting-started/authentication"},"anchors":["fio-u-"]},{"file":"rules/providers/saas/hubspot-private-app-token.yaml","spec":{"id":"hubspot-private-app-token","provider":"HubSpot","credential":"HubSpot private app access token","description":"HubSpot private app access token","severity":"error","message":"HubSpot private app access token","keywords":["pat-na","pat-eu"],"pattern":"(?<![A-Za-z0-9_])pat-(?:na|eu)[0-9]-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_])","rotate":"https://developers.hubspot.com/docs/guides/apps/private-apps/overview"},"anchors":["pat-"]},{"file":"rules/providers/saas/linear-api-key.yaml","spec":{"id":"linear-api-key","provider":"Linear","credential":"Linear personal API key","description":"Linear personal API key","severity":"error","message":"Linear personal API key","keywords":["lin_api_"],"pattern":"(?<![A-Za-z0-9_])lin_api_[A-Za-z0-9]{40}(?![A-Za-z0-9_])","rotate":"https://linear.app/developers/graphql#personal-api-keys"},"anchors":["lin_api_"]},{"file":"rules/providers/saas/linear-oauth-token.yaml","spec":{"id":"linear-oauth-token","provider":"Linear","credential":"Linear OAuth access token","description":"Linear OAuth access token","severity":"error","message":"Linear OAuth access token","keywords":["lin_oauth_"],"pattern":"(?<![A-Za-z0-9_])lin_oauth_[a-f0-9]{64}(?![A-Za-z0-9_])","rotate":"https://linear.app/developers/oauth-2-0-authentication"},"anchors":["lin_oaut"]},{"file":"rules/providers/saas/mailchimp-api-key.yaml","spec":{"id":"mailchimp-api-key","provider":"Mailchimp","credential":"Mailchimp API key","description":"Mailchimp API key","severity":"error","message":"Mailchimp API key","keywords":["-us"],"pattern":"(?<![A-Za-z0-9_])[a-f0-9]{32}-us[0-9]{1,2}(?![A-Za-z0-9_])","rotate":"https://mailchimp.com/help/about-api-keys/"},"anchors":["-us"],"anchorSkip":32},{"file":"rules/providers/saas/mailgun-api-key.yaml","spec":{"id":"mailgun-api-key","provider":"Mailgun","credential":"Mailgun API key","description":"Mailgun API key","severity":"error","message":"Mailgun API key","keywords":["key-"],"pattern":"(?<![A-Za-z0-9_])key-[a-f0-9]{32}(?![A-Za-z0-9_])","rotate":"https://help.mailgun.com/hc/en-us/articles/203380100-Where-can-I-find-my-API-keys-and-SMTP-credentials"},"anchors":["key-"]},{"file":"rules/providers/saas/mailgun-private-key.yaml","spec":{"id":"mailgun-private-key","provider":"Mailgun","credential":"Mailgun private API key","description":"Mailgun private API key","severity":"error","message":"Mailgun private API key","keywords":["mailgun","mg_"],"pattern":"(?:(?:mailgun|mg)[_.-]?(?:private[_.-]?|api[_.-]?|webhook[_.-]?signing[_.-]?)?(?:api[_.-]?)?key)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://help.mailgun.com/hc/en-us/articles/203380100-Where-can-I-find-my-API-keys-and-SMTP-credentials"},"anchors":null},{"file":"rules/providers/saas/mapbox-secret-token.yaml","spec":{"id":"mapbox-secret-token","provider":"Mapbox","credential":"Mapbox secret access token","description":"Mapbox secret access token","severity":"error","message":"Mapbox secret access token","keywords":["sk.eyj1ijoi"],"pattern":"(?<![A-Za-z0-9_-])sk\\\\.eyJ1Ijoi[A-Za-z0-9_-]{10,200}\\\\.[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])","rotate":"https://docs.mapbox.com/help/glossary/access-token/"},"anchors":["sk.eyj1i"]},{"file":"rules/providers/saas/notion-integration-token.yaml","spec":{"id":"notion-integration-token","provider":"Notion","credential":"Notion integration token","description":"Notion integration token","severity":"error","message":"Notion integration token","keywords":["ntn_","secret_"],"pattern":"(?<![A-Za-z0-9_])(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])","entropy":3.5,"rotate":"https://developers.notion.com/docs/authorization"},"anchors":["ntn_","secret_"]},{"file":"rules/providers/saas/postman-api-key.yaml","spec":{"id":"postman-api-key","provider":"Postman","credential":"Postman API key","description":"Postman API key","severity":"error","message":"Postman API key","keywords":["pmak-"],"pattern":"(?<![A-Za-z0-9_])PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![A-Za-z0-9_])","rotate":"https://learning.postman.com/docs/developer/postman-api/authentication/"},"anchors":["pmak-"]},{"file":"rules/providers/saas/postmark-server-token.yaml","spec":{"id":"postmark-server-token","provider":"Postmark","credential":"Postmark server API token","description":"Postmark server API token","severity":"error","message":"Postmark server API token","keywords":["postmark"],"pattern":"(?:postmark[_.-]?(?:server[_.-]?|account[_.-]?|api[_.-]?)?(?:api[_.-]?)?(?:token|key))[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://postmarkapp.com/support/article/1008-what-are-the-account-and-server-api-tokens"},"anchors":["postmark"]},{"file":"rules/providers/saas/prefect-api-key.yaml","spec":{"id":"prefect-api-key","provider":"Prefect","credential":"Prefect Cloud API key","description":"Prefect Cloud API key","severity":"error","message":"Prefect Cloud API key","keywords":["pnu_"],"pattern":"(?<![A-Za-z0-9_])pnu_[A-Za-z0-9]{36}(?![A-Za-z0-9_])","rotate":"https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys"},"anchors":["pnu_"]},{"file":"rules/providers/saas/readme-api-key.yaml","spec":{"id":"readme-api-key","provider":"ReadMe","credential":"ReadMe API key","description":"ReadMe API key","severity":"error","message":"ReadMe API key","keywords":["rdme_"],"pattern":"(?<![A-Za-z0-9_])rdme_[a-z0-9]{70}(?![A-Za-z0-9_])","rotate":"https://docs.readme.com/main/reference/intro/authentication"},"anchors":["rdme_"]},{"file":"rules/providers/saas/sendgrid-api-key.yaml","spec":{"id":"sendgrid-api-key","provider":"Twilio SendGrid","credential":"SendGrid API key","description":"SendGrid API key, issued by Twilio SendGrid","severity":"error","message":"SendGrid API key","keywords":["sg."],"pattern":"(?<![A-Za-z0-9_-])SG\\\\.[A-Za-z0-9_-]{22}\\\\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])","rotate":"https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys"},"anchors":["sg."]},{"file":"rules/providers/saas/typeform-pat.yaml","spec":{"id":"typeform-pat","provider":"Typeform","credential":"Typeform personal access token","description":"Typeform personal access token","severity":"error","message":"Typeform personal access token","keywords":["tfp_"],"pattern":"(?<![A-Za-z0-9_-])tfp_[A-Za-z0-9_-]{40,70}(?![A-Za-z0-9_-])","rotate":"https://www.typeform.com/developers/get-started/personal-access-token/"},"anchors":["tfp_"]},{"file":"rules/providers/saas/zendesk-api-token.yaml","spec":{"id":"zendesk-api-token","provider":"Zendesk","credential":"Zendesk API token","description":"Zendesk API token","severity":"error","message":"Zendesk API token","keywords":["zendesk"],"pattern":"(?:zendesk[_.-]?(?:api[_.-]?)?token)[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([A-Za-z0-9]{40})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"entropy":3.5,"rotate":"https://support.zendesk.com/hc/en-us/articles/4408889192858-Managing-access-to-the-Zendesk-API"},"anchors":["zendesk"]},{"file":"rules/providers/vcs/atlassian-api-token.yaml","spec":{"id":"atlassian-api-token","provider":"Atlassian","credential":"Atlassian API token","description":"Atlassian API token","severity":"error","message":"Atlassian API token","keywords":["atatt3"],"pattern":"(?<![A-Za-z0-9_-])ATATT3[A-Za-z0-9_-]{150,250}=[A-F0-9]{8}(?![A-Za-z0-9_=-])","rotate":"https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/"},"anchors":["atatt3"]},{"file":"rules/providers/vcs/azure-devops-pat-legacy.yaml","spec":{"id":"azure-devops-pat-legacy","provider":"Microsoft","credential":"Azure DevOps personal access token","description":"Azure DevOps personal access token, issued by Microsoft","severity":"error","message":"Azure DevOps personal access token","keywords":["azure_devops","azure-devops","azuredevops","ado_pat","ado_token","system_accesstoken","vsts"],"pattern":"(?:azure[_.-]?devops[_.-]?(?:personal[_.-]?access[_.-]?)?(?:pat|token)|ado[_.-]?(?:pat|token)|system[_.-]?accesstoken|vsts[_.-]?(?:pat|token))[\\"\\\\']?[ \\\\t]{0,4}(?:=>|:=|=|:)[ \\\\t]{0,4}[\\"\\\\']?([a-z2-7]{52})(?![A-Za-z0-9_-])","flags":"i","secretGroup":1,"rotate":"https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate"},"anchors":["azure","ado","system","vsts"]},{"file":"rules/providers/vcs/azure-devops-pat.yaml","spec":{"id":"azure-devops-pat","provider":"Microsoft","credential":"Azure DevOps personal access token","description":"Azure DevOps personal access token, issued by Microsoft","severity":"error","message":"Azure DevOps personal access token","keywords":["azdo"],"pattern":"(?<![A-Za-z0-9_])[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9]{18}AZDO[A-Za-z0-9]{4}(?![A-Za-z0-9_])","rotate":"https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate"},"anchors":["jqqj9"],"anchorSkip":52},{"file":"rules/providers/vcs/bitbucket-access-token.yaml","spec":{"id":"bitbucket-access-token","provider":"Atlassian","credential":"Bitbucket access token","description":"Bitbucket access token, issued by Atlassian","severity":"error","message":"Bitbucket access token","keywords":["atctt3"],"pattern":"(?<![A-Za-z0-9_-])ATCTT3[A-Za-z0-9_-]{150,250}=[A-F0-9]{8}(?![A-Za-z0-9_=-])","rotate":"https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/"},"anchors":["atctt3"]},{"file":"rules/providers/vcs/bitbucket-app-password.yaml","spec":{"id":"bitbucket-app-password","provider":"Atlassian","credential":"Bitbucket app password","description":"Bitbucket app password, issued by Atlassian","severity":"error","message":"Bitbucket app password","keywords":["atbb"],"pattern":"(?<![A-Za-z0-9_-])ATBB[A-Za-z0-9_=.-]{32}(?![A-Za-z0-9_])","rotate":"https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/"},"anchors":["atbb"]},{"file":"rules/providers/vcs/github-fine-grained-pat.yaml","spec":{"id":"github-fine-grained-pat","provider":"GitHub","credential":"GitHub fine-grained personal access token","description":"GitHub fine-grained personal access token","severity":"error","message":"GitHub fine-grained personal access token","keywords":["github_pat_"],"pattern":"(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])","rotate":"https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens"},"anchors":["github_p"]},{"file":"rules/providers/vcs/github-installation-token.yaml","spec":{"id":"github-installation-token","provider":"GitHub","credential":"GitHub App installation access token","description":"GitHub App installation access token","severity":"error","message":"GitHub App installation access token","keywords":["ghs_"],"pattern":"(?<![A-Za-z0-9_])ghs_[A-Za-z0-9]{36}(?![A-Za-z0-9_])","validate":"github-crc32","rotate":"https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token"},"anchors":["ghs_"]},{"file":"rules/providers/vcs/github-oauth-token.yaml","spec":{"id":"github-oauth-token","provider":"GitHub","credential":"GitHub OAuth access token","description":"GitHub OAuth access token","severity":"error","message":"GitHub OAuth access token","keywords":["gho_"],"pattern":"(?<![A-Za-z0-9_])gho_[A-Za-z0-9]{36}(?![A-Za-z0-9_])","validate":"github-crc32","rotate":"https://docs.github.com/en/rest/apps/oauth-applications#delete-an-app-token"},"anchors":["gho_"]},{"file":"rules/providers/vcs/github-refresh-token.yaml","spec":{"id":"github-refresh-token","provider":"GitHub","credential":"GitHub App refresh token","description":"GitHub App refresh token","severity":"error","message":"GitHub App refresh token","keywords":["ghr_"],"pattern":"(?<![A-Za-z0-9_])ghr_[A-Za-z0-9]{36}(?![A-Za-z0-9_])","validate":"github-crc32","rotate":"https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens"},"anchors":["ghr_"]},{"file":"rules/providers/vcs/github-token.yaml","spec":{"id":"github-token","provider":"GitHub","credential":"GitHub classic personal access token","description":"GitHub classic personal access token","severity":"error","message":"GitHub classic personal access token","keywords":["ghp_"],"pattern":"(?<![A-Za-z0-9_])ghp_[A-Za-z0-9]{36}(?![A-Za-z0-9_])","validate":"github-crc32","rotate":"https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens"},"anchors":["ghp_"]},{"file":"rules/providers/vcs/github-user-to-server-token.yaml","spec":{"id":"github-user-to-server-token","provider":"GitHub","credential":"GitHub App user access token","description":"GitHub App user access token","severity":"error","message":"GitHub App user access token","keywords":["ghu_"],"pattern":"(?<![A-Za-z0-9_])ghu_[A-Za-z0-9]{36}(?![A-Za-z0-9_])","validate":"github-crc32","rotate":"https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-user-access-token-for-a-github-app"},"anchors":["ghu_"]},{"file":"rules/providers/vcs/gitlab-agent-token.yaml","spec":{"id":"gitlab-agent-token","provider":"GitLab","credential":"GitLab agent for Kubernetes token","description":"GitLab agent for Kubernetes token","severity":"error","message":"GitLab agent for Kubernetes token","keywords":["glagent-"],"pattern":"(?<![A-Za-z0-9_-])glagent-[A-Za-z0-9_-]{50,300}(?![A-Za-z0-9_-])","rotate":"https://docs.gitlab.com/user/clusters/agent/work_with_agent/"},"anchors":["glagent-"]},{"file":"rules/providers/vcs/gitlab-deploy-token.yaml","spec":{"id":"gitlab-deploy-token","provider":"GitLab","credential":"GitLab deploy token","description":"GitLab deploy token","severity":"error","message":"GitLab deploy token","keywords":["gldt-"],"pattern":"(?<![A-Za-z0-9_-])gldt-[A-Za-z0-9_-]{20,300}(?:\\\\.[0-9a-z]{2}\\\\.[0-9a-z]{7,10})?(?![A-Za-z0-9_-])","rotate":"https://docs.gitlab.com/user/project/deploy_tokens/"},"anchors":["gldt-"]},{"file":"rules/providers/vcs/gitlab-feature-flag-token.yaml","spec":{"id":"gitlab-feature-flag-token","provider":"GitLab","credential":"GitLab feature flags client token","description":"GitLab feature flags client token","severity":"error","message":"GitLab feature flags client token","keywords":["glffct-"],"pattern":"(?<![A-Za-z0-9_-])glffct-[A-Za-z0-9_-]{20,300}(?:\\\\.[0-9a-z]{2}\\\\.[0-9a-z]{7,10})?(?![A-Za-z0-9_-])","rotate":"https://docs.gitlab.com/operations/feature_flags/"},"anchors":["glffct-"]},{"file":"rules/providers/vcs/gitlab-feed-token.yaml","spec":{"id":"gitlab-feed-token","provider":"GitLab","credential":"GitLab feed token","description":"GitLab feed token","severity":"error","message":"GitLab feed token","keywords":["glft-"],"pattern":"(?<![A-Za-z0-9_-])glft-[A-Za-z0-9_-]{20,300}(?:\\\\.[0-9a-z]{2}\\\\.[0-9a-z]{7,10})?(?![A-Za-z0-9_-])","rotate":"https://docs.gitlab.com/security/tokens/#feed-token"},"anchors":["glft-"]},{"file":"rules/providers/vcs/gitlab-incoming-mail-token.yaml","spec":{"id":"gitlab-incoming-mail-token","provider":"GitLab","credential":"GitLab incoming email token","description":"GitLab incoming email token","severity":"error","message":"GitLab incoming email token","keywords":["glimt-"],"pattern":"(?<![A-Za-z0-9_-])glimt-[A-Za-z0-9_-]{25,300}(?![A-Za-z0-9_-])","rotate":"https://docs.gitlab.com/security/tokens/#incoming-email-token"},"anchors":["glimt-"]},{"file":"rules/providers/vcs/gitlab-job-token.yaml","spec":{"id":"gitlab-job-token","provider":"GitLab","credential":"GitLab CI/CD job token","description":"GitLab CI/CD job token","severity":"error","message":"GitLab CI/CD job token","keywords":["glcbt-"],"pattern":"(?<![A-Za-z0-9_-])glcbt-(?:[0-9a-f]{1,5}_)?[A-Za-z0-9_-]{20,300}(?![A-Za-z0-9_-])","rotate":"https://docs.gitlab.com/ci/jobs/ci_job_token/"},"anchors":["glcbt-"]},{"file":"rules/providers/vcs/gitlab-oauth-app-secret.yaml","spec":{"id":"gitlab-oauth-app-secret","provider":"GitLab","credential":"GitLab OAuth application secret","description":"GitLab OAuth application secret","severity":"error","message":"GitLab OAuth application secret","keywords":["gloas-"],"pattern":"(?<![A-Za-z0-9_-])gloas-[a-f0-9]{64}(?![A-Za-z0-9_-])","rotate":"https://docs.gitlab.com/integration/oauth_provider/"},"anchors":["gloas-"]},{"file":"rules/providers/vcs/gitlab-runner-registration-token.yaml","spec":{"id":"gitlab-runner-registration-token","provider":"GitLab","credential":"GitLab runner registration token","description":"GitLab runner registration token","severity":"error","message":"GitLab runner registration token","keywords":["gr1348941"],"pattern":"(?<![A-Za-z0-9_-])GR1348941[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-])","rotate":"https://docs.gitlab.com/ci/runners/new_creation_workflow/"},"anchors":["gr134894"]},{"file":"rules/providers/vcs/gitlab-runner-token.yaml","spec":{"id":"gitlab-runner-token","provider":"GitLab","credential":"GitLab runner authentication token","description":"GitLab runner authentication token","severity":"error","message":"GitLab runner authentication token","keywords":["glrt-"],"pattern":"(?<![A-Za-z0-9_-])glrt-[A-Za-z0-9_-]{20,300}(?:\\\\.[0-9a-z]{2}\\\\.[0-9a-z]{7,10})?(?![A-Za-z0-9_-])","rotate":"https://docs.gitlab.com/ci/runners/runners_scope/"},"anchors":["glrt-"]},{"file":"rules/providers/vcs/gitlab-scim-token.yaml","spec":{"id":"gitlab-scim-token","provider":"GitLab","credential":"GitLab SCIM token","description":"GitLab SCIM token","severity":"error","message":"GitLab SCIM token","keywords":["glsoat-"],"pattern":"(?<![A-Za-z0-9_-])glsoat-[A-Za-z0-9_-]{20,300}(?:\\\\.[0-9a-z]{2}\\\\.[0-9a-z]{7,10})?(?![A-Za-z0-9_-])","rotate":"https://docs.gitlab.com/user/group/saml_sso/scim_setup/"},"anchors":["glsoat-"]},{"file":"rules/providers/vcs/gitlab-token.yaml","spec":{"id":"gitlab-token","provider":"GitLab","credential":"GitLab personal access token","description":"GitLab personal access token","severity":"error","message":"GitLab personal access token","keywords":["glpat-"],"pattern":"(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,300}(?:\\\\.[0-9a-z]{2}\\\\.[0-9a-z]{7,10})?(?![A-Za-z0-9_-])","rotate":"https://docs.gitlab.com/user/profile/personal_access_tokens/"},"anchors":["glpat-"]},{"file":"rules/providers/vcs/gitlab-trigger-token.yaml","spec":{"id":"gitlab-trigger-token","provider":"GitLab","credential":"GitLab pipeline trigger token","description":"GitLab pipeline trigger token","severity":"error","message":"GitLab pipeline trigger token","keywords":["glptt-"],"pattern":"(?<![A-Za-z0-9_-])glptt-[A-Za-z0-9_-]{20,300}(?![A-Za-z0-9_-])","rotate":"https://docs.gitlab.com/ci/triggers/"},"anchors":["glptt-"]},{"file":"rules/providers/vcs/sourcegraph-token.yaml","spec":{"id":"sourcegraph-token","provider":"Sourcegraph","credential":"Sourcegraph access token","description":"Sourcegraph access token","severity":"error","message":"Sourcegraph access token","keywords":["sgp_"],"pattern":"(?<![A-Za-z0-9_])sgp_(?:[a-f0-9]{16}_)?[a-f0-9]{40}(?![A-Za-z0-9_])","rotate":"https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token"},"anchors":["sgp_"]},{"file":"rules/sealed-secrets-master-key.yaml","spec":{"id":"sealed-secrets-master-key","description":"Backup of the sealed-secrets controller's private key (decrypts every SealedSecret of the cluster)","severity":"error","message":"Secret {{name}} is a sealed-secrets controller key backup: the master key of every SealedSecret","keywords":["sealed-secrets-key"],"select":{"when":{"metadata.labels[sealedsecrets.bitnami.com/sealed-secrets-key]":true},"fields":["data[tls.key]"],"value":"present"},"kinds":["Secret"]},"anchors":null},{"file":"rules/sealedsecret-template-literal.yaml","spec":{"id":"sealedsecret-template-literal","description":"SealedSecret whose spec.template.data holds a literal (rendered into the Secret as plain text)","severity":"error","message":"SealedSecret {{namespace}}/{{name}} has a literal in spec.template.data.{{key}}","keywords":["sealedsecret"],"select":{"fields":["spec.template.data.*"],"value":"template-literal"},"kinds":["SealedSecret"]},"anchors":null},{"file":"rules/secretstore-literal-credential.yaml","spec":{"id":"secretstore-literal-credential","description":"SecretStore or ClusterSecretStore whose provider auth embeds a literal credential instead of a secretRef","severity":"error","message":"{{kind}} {{name}}: provider field {{field}} holds a literal credential; use a secretRef or workload identity","keywords":["secretstore"],"select":{"fields":["spec.provider.**.token|password|secret|secretAccessKey|accessKeyID|accessKeyId|clientSecret|apiKey|privateKey|secretAccessKeyID|sessionToken"],"except":["**.*Ref.**","spec.provider.**.fake.**"],"value":"credential","key":"path"},"kinds":["SecretStore","ClusterSecretStore"]},"anchors":null},{"file":"rules/sops-unencrypted-value.yaml","spec":{"id":"sops-unencrypted-value","description":"SOPS file with a value left unencrypted (partial encryption or a decrypted copy)","severity":"error","message":"SOPS-managed file has an unencrypted value at {{field}}","keywords":["sops"],"check":"sops-unencrypted-value"},"anchors":null},{"file":"rules/url-credential.yaml","spec":{"id":"url-credential","description":"URL with a password in its userinfo (scheme://user:password@host)","severity":"error","message":"URL with an embedded password","keywords":["://"],"pattern":"(?<![a-zA-Z0-9+.-])[a-zA-Z][a-zA-Z0-9+.-]{1,20}://(?=([^\\\\s:/@'\\\\\\"\`]{1,64}))\\\\1:(?=([^\\\\s@/'\\\\\\"\`]{3,128}))\\\\2@[^\\\\s/'\\\\\\"\`]{1,255}","secretGroup":2,"allowlist":{"regexes":["^\\\\$\\\\{","^\\\\$\\\\(","^\\\\{\\\\{","^<.*>$","^\\\\*+$","^x+$","^\\\\$[A-Z_]+$","^%[sv]$"],"stopwords":["password","passwd","changeme","example","secret","placeholder","redacted"]}},"anchors":null},{"file":"rules/workload-env-credential.yaml","spec":{"id":"workload-env-credential","description":"Workload container env value that holds a literal credential (use valueFrom.secretKeyRef)","severity":"error","message":"{{kind}} {{name}}: env {{key}} holds a literal credential; reference a Secret with valueFrom.secretKeyRef","keywords":["containers"],"select":{"when":{"kind":{"not":["Secret","ConfigMap"]}},"fields":["**.containers|initContainers|ephemeralContainers.*.env.*.value"],"nameFrom":"name","value":"credential"}},"anchors":null},{"file":"rules/xml-credential-element.yaml","spec":{"id":"xml-credential-element","credential":"Hard-coded credential","description":"A literal credential in an XML element named like a password, secret or token (Maven settings.xml, Spring and Tomcat configuration)","severity":"error","message":"Hard-coded credential in XML","keywords":["password>","passwd>","secret>","token>","apikey>","api-key>","api_key>"],"pattern":"<(?<key>(?:[A-Za-z]{1,20}[_:.-]?)?(?:password|passwd|secret|token|api[_-]?key)(?:[_.-]?[A-Za-z]{1,20})?)>([^<>\\\\s]{4,200})</\\\\k<key>>","flags":"i","secretGroup":2,"validate":"literal-credential","allowlist":{"regexes":["(?:\\\\.\\\\.\\\\.|\u2026)"]}},"anchors":null}]`).map((e) => buildRule(e.spec, e.file, void 0, e)) : loadRulesDir(builtinRulesDir(), problems);
  if (problems.length) throw new ConfigError(problems);
  cached = rules;
  return rules;
}

export {
  SealgateError,
  UsageError,
  ConfigError,
  GitError,
  REPORT_BUG_HINT,
  describeError,
  parseManifest,
  parseRange,
  get,
  str,
  compileGlobs,
  checkGlob,
  isDigestLike,
  decodeBase64,
  shannon,
  isCredentialUrl,
  classifyValue,
  isSignedJwt,
  looksLikeJwt,
  builtinRulesDir,
  readRuleFile,
  ruleFiles,
  loadRulesDir,
  compileRule,
  buildRule,
  loadBuiltinRules
};
