/* load_text.c — plain text and Markdown into clauses.
 *
 * A document is read line by line. Each line is blank, a table row, a
 * heading, a list item or running text. Running text is cut into clauses
 * after 。！？； (and ASCII ! ? ;); a line that does not end a sentence runs
 * on into the next running-text line, because PDF and Word exports wrap
 * sentences (the clause then spans the line break, which the normalizer
 * removes). Every clause is a contiguous slice of the source, trimmed, with
 * any list or heading marker left outside it.
 *
 * Decisions:
 *  - Headings: Markdown "# …" (Markdown only); "第…章/节/部分"; and "一、…",
 *    "（一）…" when short (≤ 30 characters) and free of sentence punctuation
 *    — otherwise those markers start list items, as they do when the line
 *    runs about as wide as the file's widest line and running text follows
 *    (a PDF extract's item wrapped mid-sentence, see wrapped_item). The first non-empty line
 *    of a plain-text file is its title and a heading, unless it is a
 *    sentence wrapped onto the next line (see first_line_is_title); a
 *    title may run over two lines, the issuing body on the first
 *    (see title_on_two_lines).
 *  - List items: 1. 1、 1) (1) （1） ① ⑴ ⒈ 3.2␠ 一、 （一） 第…条 - * + • ·
 *    and the like. A list item lasts until the next item, heading, table
 *    row or blank line; all its clauses share `item`.
 *  - Table rows "| a | b |": one clause per cell (more if a cell holds
 *    several sentences), one `item` per row; the row before the |---| line
 *    is a header (TABLE_ROW | HEADING, item -1). A line of three or more
 *    cells between tabs is a row too (a Word or spreadsheet table pasted as
 *    text), a run of tabs one separator; so is one whose cells stand between
 *    runs of two or more spaces (a PDF table extracted with its layout) when
 *    the line before or after is a row as well. The first row of a run of
 *    such lines is their header when another row follows and it holds no
 *    digit. An indented line under a spaced row whose cells start at the
 *    row's columns is a wrapped cell: each of its cells goes on the cell
 *    above it, read down the lines as one clause (goes_on_row, spaced_cell).
 *  - Grid tables (+----+----+ borders, | cells | on the lines between; pandoc
 *    writes Word tables so): the lines between two borders are one row, and
 *    each column is one cell read down them (grid_row); the rows above a
 *    +====+ border are the header.
 *  - Column tables (pandoc's "simple" and "multiline" tables, in Markdown
 *    and plain text): a line of dashes, a run per column, sets where each
 *    column starts; a simple table has a row per line, a multiline one its
 *    rows between blank lines, each column one cell read down them
 *    (col_table).
 *  - A Markdown file's YAML front matter (--- … --- on its first lines) is
 *    not text; its title: is the document's title (front_matter).
 *  - HTML in Markdown: a <table> block (until </table> or a blank line) has
 *    a row per <tr> and a cell per <td>/<th>, the <thead> row its header;
 *    <p>, <li> and <div> end a clause. Everywhere in Markdown tags are left
 *    out of a clause's text (holes, as for grid tables); <br> and inline
 *    tags do not end it (html_scan).
 *  - A score — （5分）, (5分), a clause ending in "5分" after a blank or
 *    计/共/为/值/满分, or a cell that is just "5分" — marks every clause of its
 *    item or row JF_CLAUSE_SCORED, as does a table header naming a score
 *    column (分值, 评分标准: see score_header) for the rows under it; a scored heading ("一、平台应用（25分）")
 *    marks every clause up to the next heading, since a section with points
 *    is made of assessed items.
 *  - Locators are NULL: line and column already place a text clause. */
#include <stdlib.h>
#include <string.h>

#include "jianfu/load.h"
#include "doc_int.h"
#include "analyze_int.h"
#include "load_util.h"

#define MAX_HEADING_CHARS 30
/* Page marks, and the rest of a grid table's lines, cut out of one clause;
 * a clause with more is cut in two. */
#define MAX_HOLES 32
/* The lines of one grid table row gathered before its cells are emitted. */
#define MAX_GRID_LINES 64

#define MAX_CELLS 16
/* List items open one inside another, for a nested line's scoring. */
#define MAX_OPEN_ITEMS 8

typedef struct tload {
  jf_doc *doc;
  const jf_source *src;
  const char *s;
  size_t n;
  bool open;        /* a clause is being collected */
  size_t cstart;    /* its first byte */
  size_t cend;      /* end of the text scanned into it so far */
  unsigned cflags;  /* its flags */
  unsigned pending; /* flags for the next clause to start (LIST_ITEM) */
  unsigned base;    /* flags for every clause started (TABLE_ROW …) */
  int item;         /* current list item / table row, -1 outside */
  int cell;         /* in a table row, the column of the cell under way (-1: not known) */
  uint64_t target_cols; /* the columns (below 64) whose header names a target (target_header) */
  bool in_scored;   /* under a heading that carries a score */
  bool score_table; /* in a table whose header names its score (see score_header) */
  /* the last row of a table laid out with spaces, gathered with the lines
   * that go on it until another line comes (see spaced_emit): where its
   * cells start, in display columns and in characters; n_starts 0 after
   * any other line */
  bool spaced_open, spaced_head;
  bool row_numbered; /* its first cell is a row number (1, 二、) at the line's start */
  int n_starts;
  size_t start_w[MAX_CELLS], start_c[MAX_CELLS];
  bool in_problems; /* under a heading that lists problems found */
  bool in_plans;    /* under a heading of the next steps */
  int next_item;
  /* the open list items a deeper one may score (see nested_scores), the
   * outermost first: their index, the column of their marker and its level */
  int n_open;
  struct {
    int item;
    size_t col;
    int level;
  } open_items[MAX_OPEN_ITEMS];
  long last;        /* the clause emitted last in this paragraph, -1 for none */
  size_t wrap_cols; /* the widest line's columns (SIZE_MAX: not measured yet) */
  size_t holes[MAX_HOLES][2]; /* page marks inside the open clause: left out of it */
  int n_holes;
  /* in a grid table (see grid_row): its columns (0 outside one), and the
   * lines [cs, ce) of the row under way */
  int grid_cols;
  int grid_n;
  size_t grid_line[MAX_GRID_LINES][2];
  unsigned char grid_by[MAX_GRID_LINES]; /* a spaced row's line: how its cells are placed */
  /* in a table whose columns a line of dashes sets (pandoc's simple and
   * multiline tables, see col_row): where each column starts, in display
   * columns, and how its rows end (0 outside one); the lines of the row
   * under way are gathered in grid_line, whole */
  int col_n;
  size_t col_start[MAX_CELLS];
  enum { COL_NONE, COL_HEAD, COL_MULTI, COL_SIMPLE } col_mode;
  int html_depth;   /* inside this many HTML <table>s (Markdown) */
  bool html_head;   /* inside an HTML table's <thead> */
  jf_status st;
} tload;

typedef enum {
  L_BLANK,
  L_TEXT,
  L_HEADING,
  L_LIST,
  L_TABLE,
  L_TABLE_SEP,
  L_TABS, /* cells between tabs, or between wide spaces beside another row */
  L_CONT, /* an indented line going on the cells of the spaced row above it */
  L_FENCE,
} line_kind;

/* --- characters ----------------------------------------------------------- */

static bool is_terminator(uint32_t c) {
  return c == 0x3002 /* 。 */ || c == 0xFF01 /* ！ */ || c == 0xFF1F /* ？ */ ||
         c == 0xFF1B /* ； */ || c == '!' || c == '?' || c == ';';
}

/* Closing marks that belong to the sentence they follow: 。” 。） */
static bool is_closer(uint32_t c) {
  return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == 0xFF09 || c == ')' ||
         c == 0x3011 || c == 0x3015 || c == 0x300B;
}

/* ... of them the closing quotes: ” ’ 」 』 */
static bool is_quote_closer(uint32_t c) {
  return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F;
}

static bool is_digit(uint32_t c) {
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static bool is_cn_digit(uint32_t c) {
  static const uint32_t d[] = {0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03,
                               0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343, 0x96F6, 0x4E24};
  /* 〇一二三四五六七八九十百千零两 */
  for (size_t i = 0; i < sizeof d / sizeof d[0]; i++)
    if (c == d[i]) return true;
  return false;
}

static bool is_open_paren(uint32_t c) { return c == '(' || c == 0xFF08; }
static bool is_close_paren(uint32_t c) { return c == ')' || c == 0xFF09; }

static bool is_bullet(uint32_t c) {
  return c == 0x2022 /* • */ || c == 0x00B7 /* · */ || c == 0x25CF /* ● */ ||
         c == 0x25CB /* ○ */ || c == 0x25A0 /* ■ */ || c == 0x25A1 /* □ */ ||
         c == 0x25C6 /* ◆ */ || c == 0x25AA /* ▪ */ || c == 0x2023 /* ‣ */;
}

static uint32_t at(const tload *t, size_t i, size_t end, size_t *cl) {
  if (i >= end) {
    *cl = 0;
    return 0;
  }
  return jf_u8_decode(t->s, end, i, cl);
}

/* Bytes that can start, and bytes that can end, a jf_u8_is_space character
 * (ASCII blanks, U+00A0 = C2 A0, U+3000 = E3 80 80): any other byte settles
 * the question without decoding. */
static const bool space_first[256] = {[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1,
                                      ['\v'] = 1, [0xC2] = 1, [0xE3] = 1};
static const bool space_last[256] = {[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1,
                                     ['\v'] = 1, [0x80] = 1, [0xA0] = 1};

static size_t skip_space(const tload *t, size_t i, size_t end) {
  size_t cl;
  while (i < end && space_first[(unsigned char)t->s[i]] && jf_u8_is_space(at(t, i, end, &cl)))
    i += cl;
  return i;
}

/* Offset of the start of the character before `i` (i > lo). */
static size_t prev_char(const char *s, size_t lo, size_t i) {
  do i--;
  while (i > lo && ((unsigned char)s[i] & 0xC0) == 0x80);
  return i;
}

static size_t rtrim(const tload *t, size_t lo, size_t hi) {
  while (hi > lo && space_last[(unsigned char)t->s[hi - 1]]) {
    size_t p = prev_char(t->s, lo, hi), cl;
    if (!jf_u8_is_space(jf_u8_decode(t->s, hi, p, &cl))) break;
    hi = p;
  }
  return hi;
}

/* --- scores ---------------------------------------------------------------- */

/* The first 分 (E5 88 86) in s[a..b), or NULL. memchr for its last byte,
 * which is rarer than E5 in Chinese text, then a look back: cheaper than
 * memmem for this short needle. */
static const char *find_fen(const char *s, size_t a, size_t b) {
  if (b - a < 3) return NULL;
  const char *p = s + a + 2, *end = s + b;
  while ((p = memchr(p, 0x86, (size_t)(end - p))) != NULL) {
    if ((unsigned char)p[-2] == 0xE5 && (unsigned char)p[-1] == 0x88) return p - 2;
    p++;
  }
  return NULL;
}

/* Does s[a..b) carry an item's score (see the top of the file)? Works on raw
 * and on normalized text alike (full-width forms are accepted). */
static bool has_score(const char *s, size_t a, size_t b) {
  size_t cl;
  /* Most clauses have no 分 at all: look for its bytes (E5 88 86 is 分
   * wherever it stands, E5 being a lead byte), and go from one to the next
   * rather than decoding the characters between. */
  for (const char *fen = find_fen(s, a, b); fen; fen = find_fen(s, (size_t)(fen - s) + 3, b)) {
    size_t i = (size_t)(fen - s);
    cl = 3;
    /* the number before 分 */
    size_t k = i, num = i;
    while (k > a) {
      size_t p = prev_char(s, a, k), pl;
      uint32_t d = jf_u8_decode(s, b, p, &pl);
      if (is_digit(d) || is_cn_digit(d) || d == '.' || d == 0xFF0E) k = p;
      else if (d == ' ' && k == num) k = p, num = p; /* "5 分" */
      else if (d == ' ' && p > a && is_digit(jf_u8_decode(s, b, prev_char(s, a, p), &pl)))
        k = p; /* "1 0 分": a PDF extract spaces the digits */
      else break;
    }
    bool has_num = false;
    for (size_t q = k, ql; q < num; q += ql) {
      uint32_t d = jf_u8_decode(s, b, q, &ql);
      if (is_digit(d) || is_cn_digit(d)) has_num = true;
    }
    if (!has_num) continue;
    /* what precedes the number and what follows 分 */
    size_t before = k;
    while (before > a && s[before - 1] == ' ') before--;
    uint32_t pc = 0;
    if (before > a) {
      size_t p = prev_char(s, a, before), pl;
      pc = jf_u8_decode(s, b, p, &pl);
    }
    size_t after = i + cl;
    while (after < b && s[after] == ' ') after++;
    size_t al = 0;
    uint32_t nc = after < b ? jf_u8_decode(s, b, after, &al) : 0;
    if (is_open_paren(pc) && is_close_paren(nc)) return true;
    bool at_end = true;
    for (size_t q = after; q < b; q += al) {
      uint32_t d = jf_u8_decode(s, b, q, &al);
      if (!(jf_u8_is_space(d) || is_terminator(d) || is_closer(d) || d == 0xFF0C || d == ',' ||
            d == 0x3001)) {
        at_end = false;
        break;
      }
    }
    bool lead = before == a || pc == ' ' || pc == '\t' || pc == 0x3000 || pc == 0x8BA1 /* 计 */ ||
                pc == 0x5171 /* 共 */ || pc == 0x4E3A /* 为 */ || pc == 0x503C /* 值 */ ||
                pc == 0x5206 /* 满分 */ || pc == ':' || pc == 0xFF1A /* ： */ ||
                k > before; /* blank between the text and the number */
    if (at_end && lead) return true;
  }
  return false;
}

/* Does the heading s[a, b) list problems found (一、查摆出的问题) or state
 * results achieved (二、取得成效), or announce the next steps (三、下一步
 * 工作)? Sets in_problems and in_plans.
 * Read in normalized form (問題, 问 题); headings are few and short. */
static void section_heading(tload *t, size_t a, size_t b) {
  t->in_problems = t->in_plans = false;
  if (t->st != JF_OK || a >= b) return;
  jf_norm n;
  jf_status st = jf_normalize(t->s + a, b - a, NULL, (uint32_t)a, &n);
  if (st != JF_OK) {
    t->st = st;
    return;
  }
  t->in_problems = jf_heading_lists_problems(n.text, n.len) ||
                   jf_heading_states_results(n.text, n.len);
  t->in_plans = !t->in_problems && jf_heading_plans_ahead(n.text, n.len);
  jf_norm_free(&n);
}

/* --- clauses ---------------------------------------------------------------- */

/* A clause that only cancels or corrects (现已取消。目前已全部取消。该做法已于3月
 * 纠正。), with no object of its own, speaks of the clause before it: a
 * cancelling word last (了 and the terminator aside), and before it nothing
 * but words of time, manner and reference and digits (jf_bare_cancel_head).
 * Asked of every clause, so first of its last bytes alone: only a short
 * clause (at most twenty-two characters) whose last character, past its
 * terminator, spaces and 了, is the last of a cancelling word in any script
 * (消 正 止 停 销 銷 除 改, or the last of 停止执行, 不再考核 and their kin)
 * is normalized to be read. */
static bool bare_cancellation(const tload *t, size_t a, size_t b) {
  static const char *const ends[] = {"取消", "纠正", "废止", "停止", "叫停", "撤销", "废除", "整改",
                                     /* (a cleanup table's result: | 停止执行 |, | 不再考核 |) */
                                     "停止执行", "暂停执行", "不再执行", "不再考核", "不再考评"};
  if (b - a > 66 || b - a < 6) return false; /* (twenty-two characters) */
  const unsigned char *u = (const unsigned char *)t->s;
  size_t e = b;
  /* one terminator (。 ； ！ ; !), then 了; rtrim took the spaces after them */
  if (u[e - 1] == ';' || u[e - 1] == '!')
    e--;
  else if ((u[e - 3] == 0xE3 && u[e - 2] == 0x80 && u[e - 1] == 0x82) ||
           (u[e - 3] == 0xEF && u[e - 2] == 0xBC && (u[e - 1] == 0x9B || u[e - 1] == 0x81)))
    e -= 3;
  while (e - a >= 6 && (u[e - 1] == ' ' || u[e - 1] == '\t')) e--;
  if (e - a >= 6 && u[e - 3] == 0xE4 && u[e - 2] == 0xBA && u[e - 1] == 0x86) e -= 3; /* 了 */
  if (e - a < 6) return false;
  /* (行, 核, 评 end many clauses, 执行 and 考核 too: only after 停止执, 暂停执,
   * 不再执 and 不再考) */
  uint32_t before = 0, before2 = 0;
  if (e - a >= 9) {
    before = (uint32_t)u[e - 6] << 16 | (uint32_t)u[e - 5] << 8 | u[e - 4];
    before2 = (uint32_t)u[e - 9] << 16 | (uint32_t)u[e - 8] << 8 | u[e - 7];
  }
  bool again = before2 == 0xE5868D /* 再 */ || before2 == 0xE6ADA2 /* 止 */ ||
               before2 == 0xE5819C /* 停 */;
  switch ((uint32_t)u[e - 3] << 16 | (uint32_t)u[e - 2] << 8 | u[e - 1]) {
  case 0xE6B688: /* 消 */
  case 0xE6ADA3: /* 正 */
  case 0xE6ADA2: /* 止 */
  case 0xE5819C: /* 停 */
  case 0xE99480: /* 销 */
  case 0xE98AB7: /* 銷 */
  case 0xE999A4: /* 除 */
  case 0xE694B9: /* 改 */
    break;
  case 0xE8A18C: /* 行 */
    if (!again || (before != 0xE689A7 /* 执 */ && before != 0xE59FB7 /* 執 */)) return false;
    break;
  case 0xE6A0B8: /* 核 */
  case 0xE8AF84: /* 评 */
  case 0xE8A995: /* 評 */
    if (!again || before != 0xE88083 /* 考 */) return false;
    break;
  default:
    return false;
  }
  jf_norm n = {0};
  if (jf_normalize(t->s + a, b - a, NULL, 0, &n) != JF_OK) return false;
  const char *s = n.text;
  size_t ne = n.len;
  bool bare = false;
  for (;;) { /* terminators and 了 at the end */
    if (ne >= 3 && (memcmp(s + ne - 3, "\xe3\x80\x82", 3) == 0 || memcmp(s + ne - 3, "\xe4\xba\x86", 3) == 0))
      ne -= 3; /* 。 了 */
    else if (ne >= 1 && (s[ne - 1] == ';' || s[ne - 1] == '!' || s[ne - 1] == ' '))
      ne--;
    else
      break;
  }
  for (size_t k = 0; k < sizeof ends / sizeof *ends && !bare; k++) {
    size_t el = strlen(ends[k]);
    if (ne >= el && memcmp(s + ne - el, ends[k], el) == 0)
      bare = jf_bare_cancel_head(s, 0, ne - el);
  }
  jf_norm_free(&n);
  return bare;
}

/* The clause s[a..b), less the page marks inside it (t->holes): those are
 * cut out of its text, each remaining byte mapped to its source offset. */
static bool add_clause(tload *t, size_t a, size_t b, unsigned flags) {
  int n = t->n_holes;
  t->n_holes = 0;
  size_t cut = 0;
  for (int k = 0; k < n; k++)
    if (t->holes[k][0] >= a && t->holes[k][1] <= b) cut += t->holes[k][1] - t->holes[k][0];
  if (!cut) return jf_doc_add_clause(t->doc, t->s + a, b - a, NULL, a, b, NULL, flags, t->item);
  size_t len = b - a - cut, o = 0;
  char *text = malloc(len + 1);
  uint32_t *map = malloc((len + 1) * sizeof *map);
  bool ok = text && map;
  for (size_t i = a; ok && i < b;) {
    int k = 0;
    while (k < n && !(t->holes[k][0] == i && t->holes[k][1] <= b)) k++;
    if (k < n) {
      i = t->holes[k][1];
      continue;
    }
    text[o] = t->s[i];
    map[o++] = (uint32_t)i++;
  }
  ok = ok && jf_doc_add_clause(t->doc, text, o, map, a, b, NULL, flags, t->item);
  free(text);
  free(map);
  return ok;
}

/* Does the header text s[a, b), normalized, hold one of the n words? */
static bool header_names(const tload *t, size_t a, size_t b, const char *const *words, size_t n) {
  jf_norm nm = {0};
  if (jf_normalize(t->s + a, b - a, NULL, 0, &nm) != JF_OK) return false;
  bool found = false;
  for (size_t i = 0; !found && i < n; i++)
    found = memmem(nm.text, nm.len, words[i], strlen(words[i])) != NULL;
  jf_norm_free(&nm);
  return found;
}

/* Words of a header cell that make its column one of targets: each row's
 * figure is the bound set for it (活跃率目标, 下载任务数, 指标值, 最低要求). */
static const char *const target_columns[] = {"目标", "任务", "指标值", "要求", "下限", "最低",
                                             "不低于", "不少于"};

/* Does the header cell s[a, b) name a column of targets? */
static bool target_header(const tload *t, size_t a, size_t b) {
  return header_names(t, a, b, target_columns, sizeof target_columns / sizeof *target_columns);
}

static void emit(tload *t, size_t a, size_t b, unsigned flags) {
  if (t->st != JF_OK) return;
  a = skip_space(t, a, b);
  b = rtrim(t, a, b);
  if (a >= b) return;
  /* a column of targets: its header names one, and its cells are the bounds */
  if (!(flags & JF_CLAUSE_TABLE_ROW)) {
    t->target_cols = 0;
  } else if (t->cell >= 0 && t->cell < 64) {
    uint64_t bit = (uint64_t)1 << t->cell;
    if (flags & JF_CLAUSE_HEADING) {
      if (target_header(t, a, b)) t->target_cols |= bit;
    } else if (t->target_cols & bit) {
      flags |= JF_CLAUSE_TARGET;
    }
  }
  if (has_score(t->s, a, b) || t->in_scored) flags |= JF_CLAUSE_SCORED;
  if (t->in_problems) flags |= JF_CLAUSE_PROBLEMS;
  if (t->in_plans) flags |= JF_CLAUSE_PLANS;
  if (t->last >= 0 && !(flags & JF_CLAUSE_HEADING) && bare_cancellation(t, a, b)) {
    /* a cell that cancels (| 已取消 |, | 停止执行 | in a cleanup table's
     * result column) cancels its whole row, every cell before it */
    jf_doc *d = t->doc;
    size_t k = (size_t)t->last;
    d->clauses[k].flags |= JF_CLAUSE_CANCELLED;
    if ((flags & JF_CLAUSE_TABLE_ROW) && t->item >= 0)
      while (k > 0 && d->clauses[k - 1].item == t->item &&
             (d->clauses[k - 1].flags & JF_CLAUSE_TABLE_ROW))
        d->clauses[--k].flags |= JF_CLAUSE_CANCELLED;
  }
  if (!add_clause(t, a, b, flags)) {
    t->st = JF_ENOMEM;
    return;
  }
  if ((flags & JF_CLAUSE_TABLE_ROW) && t->cell < INT16_MAX)
    t->doc->clauses[t->doc->n_clauses - 1].column = (int16_t)t->cell;
  t->last = flags & JF_CLAUSE_HEADING ? -1 : (long)t->doc->n_clauses - 1;
}

static void flush(tload *t) {
  if (!t->open) return;
  t->open = false;
  emit(t, t->cstart, t->cend, t->cflags);
}

/* Bytes that can start a terminator (see is_terminator). */
static const bool term_lead[256] = {['!'] = true, ['?'] = true, [';'] = true, [0xE3] = true,
                                    [0xEF] = true};

/* Is a terminator at u[p] (p < b)? Its lead byte is !, ?, ; (itself) or
 * E3/EF, which also lead ，、：（）…: those are told apart on their bytes. */
static inline bool terminator_at(const unsigned char *u, size_t p, size_t b) {
  unsigned x = u[p];
  if (x < 0x80) return x == '!' || x == '?' || x == ';';
  if (p + 3 > b) return false;
  if (x == 0xE3) return u[p + 1] == 0x80 && u[p + 2] == 0x82; /* 。 */
  return x == 0xEF && u[p + 1] == 0xBC && (u[p + 2] == 0x81 || u[p + 2] == 0x9F || u[p + 2] == 0x9B);
}

#ifdef __SSE2__
#include <emmintrin.h>

/* Bit k set when u[k] (k < 16) can lead a terminator (term_lead). */
static inline unsigned lead_mask16(const unsigned char *u) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)u);
  __m128i m = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE3)),
                           _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEF)));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('!')));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('?')));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8(';')));
  return (unsigned)_mm_movemask_epi8(m);
}
#endif

/* The first terminator in s[p..b), or b: what decoding each character and
 * asking is_terminator would find. The text is valid UTF-8 (source.c), so
 * a byte that can lead a terminator always starts a character. With SSE2
 * the bytes are matched 64 at a time into a mask whose candidates (mostly
 * ，、 which share E3/EF) are then checked in turn: one loop exit per 64
 * bytes rather than a mispredicted branch at each punctuation mark. The
 * rest, or all without SSE2, steps over Han characters (lead E4–E9) whole. */
static size_t next_terminator(const char *s, size_t p, size_t b) {
  const unsigned char *u = (const unsigned char *)s;
#ifdef __SSE2__
  for (; p + 64 <= b; p += 64) {
    uint64_t m = (uint64_t)lead_mask16(u + p) | (uint64_t)lead_mask16(u + p + 16) << 16 |
                 (uint64_t)lead_mask16(u + p + 32) << 32 | (uint64_t)lead_mask16(u + p + 48) << 48;
    for (; m; m &= m - 1) {
      size_t q = p + (size_t)__builtin_ctzll(m);
      if (terminator_at(u, q, b)) return q;
    }
  }
#endif
  while (p < b) {
    unsigned x = u[p];
    if (x >= 0xE4 && x <= 0xE9) {
      p += 3;
      continue;
    }
    if (term_lead[x] && terminator_at(u, p, b)) return p;
    p++;
  }
  return b;
}

/* Cut s[a..b) into sentences; an unfinished one stays open. */
static void scan_text(tload *t, size_t a, size_t b) {
  size_t p = a, cl;
  while (p < b) {
    uint32_t c = at(t, p, b, &cl);
    if (!t->open) {
      if (jf_u8_is_space(c)) {
        p += cl;
        continue;
      }
      t->open = true;
      t->cstart = p;
      t->cflags = t->base | t->pending;
      t->pending = 0;
    }
    p += cl;
    /* Inside a clause only a terminator matters: skip to the next one. */
    if (!is_terminator(c)) {
      p = next_terminator(t->s, p, b);
      continue;
    }
    for (uint32_t d; p < b && (is_terminator(d = at(t, p, b, &cl)) || is_closer(d));) p += cl;
    t->cend = p;
    flush(t);
  }
  if (t->open) t->cend = b;
}

/* --- line kinds --------------------------------------------------------------- */

/* A list marker at s[p..e): sets *body past it and *heading when the marker
 * may also open a heading (一、 （一）), *always_heading for 第…章. */
static bool list_marker(const tload *t, size_t p, size_t e, size_t *body, bool *heading,
                        bool *always_heading) {
  size_t cl, q;
  uint32_t c = at(t, p, e, &cl), d;
  *heading = *always_heading = false;
  if (c == '-' || c == '*' || c == '+') {
    d = at(t, p + cl, e, &q);
    if (d != ' ' && d != '\t') return false;
    *body = p + cl;
    return true;
  }
  if (is_bullet(c) || (c >= 0x2460 && c <= 0x249B)) { /* ① ⑴ ⒈ */
    *body = p + cl;
    return true;
  }
  if (is_open_paren(c)) {
    size_t i = p + cl;
    bool cn = false, any = false;
    /* (a PDF extract spaces the marker: （ 一 ）) */
    while ((d = at(t, i, e, &q)) && (is_digit(d) || is_cn_digit(d) || d == ' ')) {
      cn |= is_cn_digit(d);
      any |= d != ' ';
      i += q;
    }
    if (!any || !is_close_paren(d)) return false;
    *body = i + q;
    *heading = cn;
    return true;
  }
  if (is_digit(c)) {
    size_t i = p;
    while ((d = at(t, i, e, &q)) && is_digit(d)) i += q;
    if (d == 0x3001 /* 、 */ || is_close_paren(d)) {
      *body = i + q;
      return true;
    }
    if (d != '.' && d != 0xFF0E) return false;
    size_t r;
    uint32_t n1 = at(t, i + q, e, &r);
    if (!is_digit(n1)) { /* "1." then text */
      *body = i + q;
      return true;
    }
    /* "3.2 " multi-level numbering: digits (. digits)+ then a blank or 、 */
    while ((d = at(t, i, e, &q)) && (d == '.' || d == 0xFF0E) && is_digit(at(t, i + q, e, &r))) {
      i += q;
      while ((d = at(t, i, e, &q)) && is_digit(d)) i += q;
    }
    d = at(t, i, e, &q);
    if (d == '.' || d == 0xFF0E || d == 0x3001) {
      i += q;
      d = at(t, i, e, &q);
      if (!q || jf_u8_is_space(d) || !is_digit(d)) {
        *body = i;
        return true;
      }
      return false;
    }
    if (q && jf_u8_is_space(d)) {
      *body = i;
      return true;
    }
    return false;
  }
  if (c == 0x7B2C /* 第 */) {
    size_t i = p + cl;
    bool any = false;
    while ((d = at(t, i, e, &q)) && (is_digit(d) || is_cn_digit(d))) i += q, any = true;
    if (!any) return false;
    if (d == 0x7AE0 /* 章 */ || d == 0x8282 /* 节 */ || d == 0x7F16 /* 编 */) {
      *body = i + q;
      *always_heading = true;
      return true;
    }
    size_t r;
    if (d == 0x90E8 /* 部 */ && at(t, i + q, e, &r) == 0x5206 /* 分 */) {
      *body = i + q + r;
      *always_heading = true;
      return true;
    }
    if (d == 0x6761 /* 条 */) {
      *body = i + q;
      return true;
    }
    return false;
  }
  if (is_cn_digit(c)) {
    size_t i = p;
    /* (a PDF extract spaces the marker: 一 、, 十 二 、) */
    while ((d = at(t, i, e, &q)) && (is_cn_digit(d) || d == ' ')) i += q;
    if (d != 0x3001 /* 、 */) return false;
    *body = i + q;
    *heading = true;
    return true;
  }
  return false;
}

typedef struct tline {
  size_t cs, ce;          /* the line without surrounding blanks */
  size_t body, body_end;  /* heading / list item text past its marker */
  line_kind kind;
  bool short_item;        /* a heading only by its 一、/（一） marker and its length */
  bool spaced;            /* three or more cells between runs of spaces */
} tline;

/* Short enough, and without sentence punctuation, to be a heading rather
 * than the first sentence of a list item. */
/* The length of the cell separator at s[i] (before b), or 0: a run of blanks
 * holding a tab, or two or more columns of spaces (an ideographic space is
 * two). *tab is set when it holds a tab. */
static size_t cell_sep(const char *s, size_t i, size_t b, bool *tab) {
  size_t j = i, width = 0;
  bool has_tab = false;
  for (;;) {
    if (j < b && (s[j] == ' ' || s[j] == '\t')) {
      has_tab |= s[j] == '\t';
      width++, j++;
    } else if (j + 3 <= b && memcmp(s + j, "\xE3\x80\x80", 3) == 0) {
      width += 2, j += 3;
    } else {
      break;
    }
  }
  if (!has_tab && width < 2) return 0;
  *tab |= has_tab;
  return j - i;
}

/* Could s[a, b) hold a cell separator: a tab, two spaces, an ideographic
 * space? (memchr finds the rare bytes first: most lines have none) */
static bool may_have_cells(const char *s, size_t a, size_t b) {
  const char *e = s + b;
  if (memchr(s + a, '\t', b - a)) return true;
  for (const char *p = s + a; p < e && (p = memchr(p, ' ', (size_t)(e - p))); p++)
    if (p + 1 < e && p[1] == ' ') return true;
  for (const char *p = s + a; p < e && (p = memchr(p, '\xE3', (size_t)(e - p))); p++)
    if (p + 2 < e && p[1] == '\x80' && p[2] == '\x80') return true;
  return false;
}

/* The next non-empty cell of s[*i, b), between separators (cell_sep): sets
 * [*a, *e) and moves *i to its end; false when none is left. *tab is set
 * when a separator passed holds a tab. */
static bool next_cell(const char *s, size_t *i, size_t b, bool *tab, size_t *a, size_t *e) {
  size_t j = *i, k;
  while (j < b && (k = cell_sep(s, j, b, tab)) != 0) j += k;
  if (j >= b) {
    *i = b;
    return false;
  }
  *a = j;
  while (j < b && !cell_sep(s, j, b, tab)) j++;
  *e = *i = j;
  return true;
}

/* How many non-empty cells the separators in s[a, b) divide it into; *tab
 * tells whether one of them holds a tab. */
static int row_cells(const char *s, size_t a, size_t b, bool *tab) {
  int n = 0;
  size_t ca, ce;
  *tab = false;
  while (next_cell(s, &a, b, tab, &ca, &ce)) n++;
  return n;
}

/* How deep a list marker sits in the numbering of Chinese official
 * documents: 一、 1, （一） 2, 1. and 1、 3 (3.2 4, 3.2.1 5), （1） and 1） 4,
 * ① ⑴ 5; 0 for a bullet (- * •), whose depth only its indent tells. */
static int marker_level(const tload *t, size_t p, size_t e) {
  size_t cl, q;
  uint32_t c = at(t, p, e, &cl), d;
  if (c >= 0x2460 && c <= 0x249B) return 5;
  if (is_open_paren(c)) {
    d = at(t, p + cl, e, &q);
    while (d == ' ') d = at(t, p + (cl += q), e, &q);
    return is_cn_digit(d) ? 2 : 4;
  }
  if (is_digit(c)) {
    int level = 3;
    size_t i = p;
    while ((d = at(t, i, e, &q)) && (is_digit(d) || d == '.' || d == 0xFF0E)) {
      if (d != '.' && d != 0xFF0E) {
        i += q;
        continue;
      }
      i += q;
      if (is_digit(at(t, i, e, &q))) level++;
    }
    return is_close_paren(d) ? 4 : level;
  }
  if (is_cn_digit(c) || c == 0x7B2C /* 第 */) return 1;
  return 0;
}

/* Words a scoring line opens with when it speaks of the measure above it:
 * a bound (低于80%的, 每低1个百分点), a shortfall (未完成的, 缺一次), or how it
 * is scored (扣分标准：) — normalized text. */
static const char *const scores_above[] = {
    "低于", "高于", "少于", "多于", "大于", "小于", "不足", "不满", "不到", "未", "超过", "超出",
    "每低", "每少", "每高", "每多", "每超", "每下降", "每降低", "每减少", "每增加", "每提高",
    "达到", "达不到", "完成", "缺", "漏", "逾期", "否则", "排名", "排在", "位于", "位列", "评分",
    "扣分", "计分", "得分", "考核标准", "评分标准", "扣分标准", "计分标准", ">", "<", "≥", "≤"};

/* Is the list item at column col with a marker of `level` inside an open
 * one (deeper by its indent, or by its marker at the same indent: 1. then
 * （1）)? */
static bool inside(const tload *t, int k, size_t col, int level) {
  return col > t->open_items[k].col ||
         (col == t->open_items[k].col && t->open_items[k].level > 0 &&
          level > t->open_items[k].level);
}

/* A list item at column col with a marker of `level`, whose text is s[a, b):
 * the open items it is not inside are closed; when it opens with the
 * scoring of the measure of the item it is straight inside, with no other
 * item between them (低于80%的，每低1个百分点扣0.5分; 80%以上得满分), that
 * item's index, else -1. It is then part of that item, as a line indented
 * under it is: the threshold and the penalty it states are the measure's. */
static int nested_scores(tload *t, size_t col, int level, size_t a, size_t b) {
  while (t->n_open && !inside(t, t->n_open - 1, col, level)) t->n_open--;
  /* (an item's clauses are one run: not when another item came between) */
  if (!t->n_open || t->open_items[t->n_open - 1].item != t->next_item - 1) return -1;
  a = skip_space(t, a, b);
  size_t e = a, cl;
  for (int k = 0; k < 8 && at(t, e, b, &cl); k++) e += cl;
  jf_norm nm = {0};
  if (jf_normalize(t->s + a, e - a, NULL, 0, &nm) != JF_OK) {
    t->st = JF_ENOMEM;
    return -1;
  }
  bool yes = nm.len > 0 && nm.text[0] >= '0' && nm.text[0] <= '9';
  for (size_t i = 0; !yes && i < sizeof scores_above / sizeof *scores_above; i++) {
    size_t wl = strlen(scores_above[i]);
    yes = nm.len >= wl && memcmp(nm.text, scores_above[i], wl) == 0;
  }
  jf_norm_free(&nm);
  return yes ? t->open_items[t->n_open - 1].item : -1;
}

static bool heading_like(const tload *t, size_t a, size_t b) {
  size_t chars = 0, cl;
  for (size_t i = a; i < b; i += cl) {
    if (is_terminator(at(t, i, b, &cl))) return false;
    chars++;
  }
  return chars <= MAX_HEADING_CHARS;
}

static void classify(const tload *t, jf_doc_kind kind, size_t ls, size_t le, tline *ln) {
  const char *s = t->s;
  ln->cs = skip_space(t, ls, le);
  ln->ce = rtrim(t, ln->cs, le);
  ln->body = ln->cs;
  ln->body_end = ln->ce;
  ln->short_item = false;
  ln->spaced = false;
  size_t cs = ln->cs, ce = ln->ce;
  if (cs == ce) {
    ln->kind = L_BLANK;
    return;
  }
  if (kind == JF_DOC_MARKDOWN && ce - cs >= 3 &&
      (memcmp(s + cs, "```", 3) == 0 || memcmp(s + cs, "~~~", 3) == 0)) {
    ln->kind = L_FENCE;
    return;
  }
  if (s[cs] == '|') {
    bool dash = false, other = false;
    for (size_t i = cs; i < ce; i++) {
      if (s[i] == '-') dash = true;
      else if (s[i] != '|' && s[i] != ':' && s[i] != ' ' && s[i] != '\t') other = true;
    }
    ln->kind = dash && !other ? L_TABLE_SEP : L_TABLE;
    return;
  }
  bool tab;
  if (may_have_cells(s, cs, ce) && row_cells(s, cs, ce, &tab) >= 3) {
    if (tab) {
      ln->kind = L_TABS;
      return;
    }
    ln->spaced = true; /* a row only beside another (see the loader's loop) */
  }
  if (kind == JF_DOC_MARKDOWN && s[cs] == '#') {
    size_t i = cs;
    while (i < ce && s[i] == '#') i++;
    if (i - cs <= 6 && (i == ce || s[i] == ' ' || s[i] == '\t')) {
      size_t e = ce;
      /* a closing run of #'s after a blank is not part of the heading */
      size_t k = e;
      while (k > i && s[k - 1] == '#') k--;
      if (k < e && k > i && (s[k - 1] == ' ' || s[k - 1] == '\t')) e = k;
      ln->body = skip_space(t, i, e);
      ln->body_end = rtrim(t, ln->body, e);
      ln->kind = L_HEADING;
      return;
    }
  }
  size_t body;
  bool heading, always;
  if (list_marker(t, cs, ce, &body, &heading, &always)) {
    ln->body = skip_space(t, body, ce);
    ln->kind = always || (heading && heading_like(t, ln->body, ce)) ? L_HEADING : L_LIST;
    ln->short_item = ln->kind == L_HEADING && !always;
    return;
  }
  ln->kind = L_TEXT;
}

/* Is s[a, b) (a line without surrounding blanks) a rule drawn in ASCII: three
 * or more of one of - * _ = with nothing but blanks between them (a
 * Markdown thematic break, or a line a plain-text file draws under or between
 * sections)? Such a line is not text: it ends the block above it. */
static bool rule_line(const char *s, size_t a, size_t b) {
  char c = s[a];
  if (c != '-' && c != '*' && c != '_' && c != '=') return false;
  int n = 0;
  for (size_t i = a; i < b; i++) {
    if (s[i] == c) n++;
    else if (s[i] != ' ' && s[i] != '\t') return false;
  }
  return n >= 3;
}

/* Is s[a, b) a setext underline: two or more of = or of -, and nothing else?
 * Under a line of text it makes that line a heading (标题\n=====). */
static bool setext_line(const char *s, size_t a, size_t b) {
  if (b - a < 2 || (s[a] != '=' && s[a] != '-')) return false;
  for (size_t i = a + 1; i < b; i++)
    if (s[i] != s[a]) return false;
  return true;
}

static bool is_dash(uint32_t c) {
  return c == '-' || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2500 ||
         c == 0xFF0D;
}

/* Is s[a..b) a page number a PDF extract printed in the page's footer or
 * header: "— 3 —", "- 12 -", "第 3 页", "第3页 共10页", "共10页 第3页"? */
static bool page_mark(const tload *t, size_t a, size_t b) {
  size_t p = a, cl;
  int dashes = 0, digits = 0, words = 0;
  bool after_digits = false;
  while (p < b) {
    uint32_t c = at(t, p, b, &cl);
    p += cl;
    if (jf_u8_is_space(c)) continue;
    if (is_digit(c)) {
      if (after_digits && digits) return false; /* digits, something, digits again */
      digits++;
    } else if (is_dash(c)) {
      dashes++;
      after_digits = digits > 0;
    } else if (c == 0x7B2C /* 第 */ || c == 0x5171 /* 共 */ || c == 0x9875 /* 页 */) {
      words++;
    } else {
      return false;
    }
  }
  if (digits == 0 || digits > 8) return false;
  if (words) /* 第N页 (共M页): the words frame the digits */
    return dashes == 0 && words >= 2;
  return dashes >= 2 && digits <= 4 && after_digits;
}

/* The end of 1-based line `line` (its '\n', or n) and the start of the
 * next, from the source's line index rather than another scan for '\n':
 * line k + 1 starts right after line k's '\n', and the index gives n past
 * the last line. */
static size_t line_end(const tload *t, int line, size_t *next) {
  size_t nx = jf_source_line_start(t->src, line + 1);
  *next = nx;
  return nx > 0 && t->s[nx - 1] == '\n' ? nx - 1 : nx;
}

/* Display columns of s[a..b): a character of three or four UTF-8 bytes
 * (Han, full-width forms, CJK punctuation) takes two, any other one. */
static size_t columns(const char *s, size_t a, size_t b) {
  size_t w = 0;
  for (size_t i = a; i < b; i++) {
    unsigned char x = (unsigned char)s[i];
    w += x < 0x80 || (x >= 0xC0 && x < 0xE0) ? 1 : x >= 0xE0 ? 2 : 0;
  }
  return w;
}

/* Is a short 一、/（一） line the first line of a numbered item that a PDF
 * extract wrapped mid-sentence, rather than a heading? It is when the next
 * line is running text and the line is about as wide as the widest line of
 * the file (the page width the extract wrapped at): a heading stops short
 * of the margin, a wrapped line runs up to it. The widest line is measured
 * once, and only for files that have such a line. */
static bool wrapped_item(tload *t, const tline *ln, int line, size_t next) {
  if (next >= t->n) return false;
  size_t n2, le2 = line_end(t, line + 1, &n2);
  tline nx;
  classify(t, t->doc->kind, next, le2, &nx);
  if (nx.kind != L_TEXT) return false;
  if (t->wrap_cols == SIZE_MAX) {
    size_t w = 0, ls = 0, nl;
    for (int k = 1; ls < t->n; ls = nl, k++) {
      size_t le = line_end(t, k, &nl);
      size_t c = columns(t->s, ls, le);
      if (c > w) w = c;
    }
    t->wrap_cols = w;
  }
  size_t w = columns(t->s, ln->cs, ln->ce);
  return t->wrap_cols >= 40 && w * 5 >= t->wrap_cols * 4;
}

static void end_block(tload *t) {
  flush(t);
  t->last = -1;
  t->item = -1;
  t->pending = 0;
  t->base = 0;
}

/* Words of a header that make its table a scoring table: a column of the
 * score each row carries (分值, 得分) or of how it is scored (评分标准,
 * 扣分办法), or of what is assessed (考核内容, 考评项目). */
static const char *const score_columns[] = {"分值", "评分", "计分", "扣分", "得分", "赋分",
                                             "满分", "标准分", "考核", "考评", "权重"};

/* Does the header row s[a, b) name a score column? Its rows then carry a
 * score each (JF_CLAUSE_SCORED), as a row with a cell "5分" does. */
static bool score_header(tload *t, size_t a, size_t b) {
  return header_names(t, a, b, score_columns, sizeof score_columns / sizeof *score_columns);
}

/* The item and flags of a new table row: a header, or a row of the table
 * the last header began. */
static void start_row(tload *t, bool header) {
  t->item = header ? -1 : t->next_item++;
  t->cell = 0;
  if (header) t->target_cols = 0;
  t->base = JF_CLAUSE_TABLE_ROW | (header ? JF_CLAUSE_HEADING : 0) |
            (!header && t->score_table ? JF_CLAUSE_SCORED : 0);
}

/* Start a table row on the line ln; a header's words may make the table a
 * scoring table. */
static void begin_row(tload *t, const tline *ln, bool header) {
  end_block(t);
  if (header) t->score_table = score_header(t, ln->cs, ln->ce);
  start_row(t, header);
}

static void scan_md(tload *t, size_t a, size_t b);

static void table_row(tload *t, const tline *ln, bool header) {
  begin_row(t, ln, header);
  size_t a = ln->cs + 1;
  for (size_t i = a; i <= ln->ce; i++) {
    if (i < ln->ce && (t->s[i] != '|' || t->s[i - 1] == '\\')) continue;
    scan_md(t, a, i);
    flush(t);
    t->cell++;
    a = i + 1;
  }
  end_block(t);
}

/* The characters of s[a, b) (columns counts display width). */
static size_t chars_in(const char *s, size_t a, size_t b) {
  size_t n = 0;
  for (size_t i = a; i < b; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
  return n;
}

/* Emit the cells of s[a, b) (between tabs or runs of spaces), each its own
 * clause; the line starts at ls. With `starts`, record where each cell
 * starts (t->start_w, t->start_c); *n is the number of cells. */
static void emit_cells(tload *t, size_t ls, size_t a0, size_t b, bool starts, int *n) {
  bool tab = false;
  size_t a, e;
  *n = 0;
  while (next_cell(t->s, &a0, b, &tab, &a, &e)) {
    if (starts && *n < MAX_CELLS) {
      t->start_w[*n] = columns(t->s, ls, a);
      t->start_c[*n] = chars_in(t->s, ls, a);
    }
    ++*n;
    scan_text(t, a, e);
    flush(t);
    t->cell++;
  }
}

static void spaced_emit(tload *t);
static void gather_line(tload *t, size_t a, size_t b);

/* The next cell of a spaced row's line s[*i, b), as next_cell gives it,
 * except that a short number after a single space at its end is a cell of
 * its own: pdftotext -layout leaves one space between a long cell and the
 * score column beside it (…注册截图报街道 10), which no other text of a row
 * does. */
static bool row_cell(const tload *t, size_t *i, size_t b, bool *tab, size_t *a, size_t *e) {
  if (!next_cell(t->s, i, b, tab, a, e)) return false;
  size_t k = *e;
  while (k > *a && (t->s[k - 1] == '.' || (t->s[k - 1] >= '0' && t->s[k - 1] <= '9'))) k--;
  size_t digits = *e - k;
  if (digits == 0 || digits > 4 || k < *a + 7 || t->s[k - 1] != ' ' || t->s[k - 2] == ' ' ||
      t->s[k] == '.' || ((unsigned char)t->s[k - 2] & 0x80) == 0)
    return true; /* not after a Chinese character and one space (…扣 2 分 stays) */
  *e = k - 1;
  *i = k;
  return true;
}

/* Is s[a, e) a row number: 1-3 digits or Chinese numerals, a 、 or . after
 * them allowed (1, 12, 三, 十二、)? */
static bool row_number(const tload *t, size_t a, size_t e) {
  size_t cl, n = 0;
  while (a < e) {
    uint32_t c = at(t, a, e, &cl);
    if (!is_digit(c) && !is_cn_digit(c)) break;
    n++, a += cl;
  }
  if (a < e) {
    uint32_t c = at(t, a, e, &cl);
    if (c == 0x3001 || c == '.' || c == 0xFF0E) a += cl;
  }
  return n >= 1 && n <= 3 && a == e;
}

/* Where the cells of s[a0, b) start (t->start_w, t->start_c, from the line's
 * start ls); returns how many cells it has. */
static int cell_starts(tload *t, size_t ls, size_t a0, size_t b) {
  bool tab = false;
  size_t a, e;
  int n = 0;
  t->row_numbered = false;
  while (row_cell(t, &a0, b, &tab, &a, &e)) {
    if (n == 0) t->row_numbered = a == ls && row_number(t, a, e);
    if (n < MAX_CELLS) {
      t->start_w[n] = columns(t->s, ls, a);
      t->start_c[n] = chars_in(t->s, ls, a);
    }
    n++;
  }
  return n;
}

/* A row of cells between tabs; a header as table_row's. A row laid out
 * with spaces is gathered instead, with the lines that go on it (cont_row),
 * and emitted when another line comes (spaced_emit). */
static void tab_row(tload *t, size_t ls, const tline *ln, bool header) {
  spaced_emit(t);
  if (!ln->spaced) {
    begin_row(t, ln, header);
    int n;
    emit_cells(t, ls, ln->cs, ln->ce, false, &n);
    t->n_starts = 0;
    end_block(t);
    return;
  }
  end_block(t);
  int n = cell_starts(t, ls, ln->cs, ln->ce);
  t->n_starts = n < MAX_CELLS ? n : MAX_CELLS;
  t->grid_n = 0;
  t->grid_by[0] = 0;
  gather_line(t, ls, ln->ce);
  t->spaced_open = true;
  t->spaced_head = header;
}

static size_t dist(size_t x, size_t y) { return x > y ? x - y : y - x; }

/* The column of the row above that each of a line's n cells (from x[] to
 * xe[], display columns or characters as st[] counts them) goes on: the
 * nearest column start, left to right, no two cells in one column (cols[]).
 * Returns how far the cells sit from their columns in all, or SIZE_MAX when
 * they do not fit: the first column (the row number) takes none, and a cell
 * running on past the next column's start (by more than the two characters
 * a wrapped line may overhang) is a paragraph, not a wrapped cell. */
static size_t nearest_columns(const tload *t, const size_t *st, const size_t *x, const size_t *xe,
                              int n, int *cols, int first) {
  int j = first;
  size_t off = 0;
  for (int k = 0; k < n; k++) {
    if (j >= t->n_starts || x[k] + 2 < st[first]) return SIZE_MAX;
    while (j + 1 < t->n_starts && dist(x[k], st[j + 1]) <= dist(x[k], st[j])) j++;
    if (n - k > t->n_starts - j) return SIZE_MAX; /* the cells left need columns left */
    if (xe && j + 1 < t->n_starts && xe[k] > st[j + 1] + 4) return SIZE_MAX;
    off += dist(x[k], st[j]);
    cols[k] = j++;
  }
  return off;
}

/* In a table whose rows are numbered (序号 1, 2, 3 at the line's start), an
 * indented line is more of the row above, wherever its cells are: a row
 * starts only at its number. Real extracts place a wrapped cell's lines a
 * few columns off the first line's, so each cell goes on the nearest
 * column (nearest_columns), counted in display columns (3) or in characters
 * (4, as pdftotext -layout lays out a page), whichever fits closer. */
static int numbered_goes_on(const tload *t, const size_t *w, const size_t *we, const size_t *c,
                            const size_t *ce, int n) {
  if (!t->row_numbered) return 0;
  int cols[MAX_CELLS];
  size_t ow = nearest_columns(t, t->start_w, w, we, n, cols, 1);
  size_t oc = nearest_columns(t, t->start_c, c, ce, n, cols, 1);
  if (ow == SIZE_MAX && oc == SIZE_MAX) return 0;
  return oc < ow ? 4 : 3;
}

/* Does the line ls.. (classified as ln) go on the cells of the spaced row
 * above it? A PDF extract laid out with spaces wraps a long cell onto the
 * next line at the cell's own column (队员每日在“城管通”APP定位打卡 /
 * 不少于3次): the line is indented, each of its cells starts where one of
 * the row's cells does (within two columns, counted as display width or as
 * characters, whichever the extract used) and ends before the next
 * column's start, and it leaves at least two of the row's columns empty — a
 * line that fills all but the first is a row of its own under a merged
 * first cell, and an indented paragraph runs past its column. Returns 0
 * when it does not, 1 when its cells start at the row's display columns, 2
 * when at its characters. */
static int goes_on_row(const tload *t, size_t ls, const tline *ln) {
  if (t->n_starts < 3 || ln->cs == ls || (ln->kind != L_TEXT && !ln->spaced)) return 0;
  size_t w[MAX_CELLS], c[MAX_CELLS], we[MAX_CELLS], ce[MAX_CELLS];
  int n = 0;
  bool tab = false;
  size_t i = ln->cs, a, e;
  while (row_cell(t, &i, ln->ce, &tab, &a, &e)) {
    if (n == MAX_CELLS) return 0;
    w[n] = columns(t->s, ls, a);
    c[n] = chars_in(t->s, ls, a);
    we[n] = columns(t->s, ls, e);
    ce[n] = chars_in(t->s, ls, e);
    n++;
  }
  if (tab || n == 0) return 0;
  if (n > t->n_starts - 2) return numbered_goes_on(t, w, we, c, ce, n);
  bool by_w = true, by_c = true;
  for (int k = 0; k < n; k++) {
    bool mw = false, mc = false;
    for (int j = 1; j < t->n_starts; j++) {
      bool last = j + 1 == t->n_starts;
      mw |= w[k] + 2 >= t->start_w[j] && w[k] <= t->start_w[j] + 2 &&
            (last || we[k] <= t->start_w[j + 1]);
      mc |= c[k] + 2 >= t->start_c[j] && c[k] <= t->start_c[j] + 2 &&
            (last || ce[k] <= t->start_c[j + 1]);
    }
    by_w &= mw;
    by_c &= mc;
  }
  return by_w ? 1 : by_c ? 2 : numbered_goes_on(t, w, we, c, ce, n);
}

/* A line that goes on the spaced row above (goes_on_row gave `by`): one
 * more line of that row, each of its cells more of its column's. */
static void cont_row(tload *t, size_t ls, const tline *ln, int by) {
  if (t->grid_n == MAX_GRID_LINES) { /* a row this long: its lines so far go first */
    bool head = t->spaced_head;
    spaced_emit(t);
    t->grid_n = 0;
    t->spaced_open = true;
    t->spaced_head = head;
  }
  t->grid_by[t->grid_n] = (unsigned char)by;
  gather_line(t, ls, ln->ce);
}

/* Scan s[a, e) as more of the clause under way. What lies between the text
 * scanned so far and a — another column's cells, HTML tags — is left out of
 * the clause (a hole, see add_clause) when it holds more than blanks; with
 * no hole left, the clause ends there. */
static void scan_on(tload *t, size_t a, size_t e) {
  if (t->open && t->cend < a && skip_space(t, t->cend, a) < a) {
    if (t->n_holes == MAX_HOLES) {
      flush(t);
    } else {
      t->holes[t->n_holes][0] = t->cend;
      t->holes[t->n_holes][1] = a;
      t->n_holes++;
    }
  }
  scan_text(t, a, e);
}

/* --- grid tables ------------------------------------------------------------ */

/* Is s[a, b) a grid table's border, "+" then runs of "-" (or "=", ":")
 * each closed by "+"? *cols is its number of columns (two or more), *eq
 * whether it is drawn with "=" (under the header). */
static bool grid_border(const char *s, size_t a, size_t b, int *cols, bool *eq) {
  if (b - a < 5 || s[a] != '+' || s[b - 1] != '+') return false;
  int n = 0;
  bool run = false;
  *eq = false;
  for (size_t i = a + 1; i < b; i++) {
    char c = s[i];
    if (c == '+') {
      if (!run) return false;
      n++;
      run = false;
    } else if (c == '-' || c == '=' || c == ':') {
      *eq |= c == '=';
      run = true;
    } else {
      return false;
    }
  }
  *cols = n;
  return n >= 2;
}

/* The next unescaped "|" of s[i, b), or b. */
static size_t next_pipe(const char *s, size_t i, size_t b) {
  for (; i < b; i++)
    if (s[i] == '|' && (i == 0 || s[i - 1] != '\\')) return i;
  return b;
}

/* Is s[a, b) a line of a grid table's row: cols cells between "|"s, from
 * the first character to the last? */
static bool grid_line(const char *s, size_t a, size_t b, int cols) {
  if (b - a < 2 || s[a] != '|' || s[b - 1] != '|') return false;
  int pipes = 0;
  for (size_t i = a; i < b; i = next_pipe(s, i + 1, b)) pipes++;
  return pipes == cols + 1;
}

/* Where column k's cell lies on gathered line i of a table row. */
typedef void (*cell_at_fn)(const tload *t, int i, int k, size_t *a, size_t *e);

/* Emit the row the gathered lines make (t->grid_line), ncols columns: each
 * column one cell, read down the lines, so a criterion the table wrapped
 * (“网格通”上报民情日志不 / 少于30条) is one clause. The text of the other
 * columns, the "|"s and the line breaks between one line's part of the cell
 * and the next are holes cut out of the clause (add_clause). A header row's
 * words may make the table a scoring table. */
static void gathered_row(tload *t, bool header, int ncols, cell_at_fn cell_at) {
  if (!t->grid_n) return;
  end_block(t);
  if (header) {
    t->score_table = false;
    for (int i = 0; i < t->grid_n; i++)
      t->score_table |= score_header(t, t->grid_line[i][0], t->grid_line[i][1]);
  }
  start_row(t, header);
  for (int k = 0; k < ncols; k++) {
    t->cell = k;
    for (int i = 0; i < t->grid_n; i++) {
      size_t a, e;
      cell_at(t, i, k, &a, &e);
      a = skip_space(t, a, e);
      e = rtrim(t, a, e);
      if (a < e) scan_on(t, a, e);
    }
    flush(t);
    t->n_holes = 0;
  }
  end_block(t);
  t->grid_n = 0;
}

/* Gather the line s[a, b) into the row under way (room checked by the caller). */
static void gather_line(tload *t, size_t a, size_t b) {
  t->grid_line[t->grid_n][0] = a;
  t->grid_line[t->grid_n][1] = b;
  t->grid_n++;
}

/* A grid table's cell k on gathered line i: between its k-th and k+1-th "|". */
static void grid_cell(const tload *t, int i, int k, size_t *a, size_t *e) {
  size_t p = t->grid_line[i][0], b = t->grid_line[i][1];
  for (int j = 0; j <= k; j++) p = next_pipe(t->s, p, b) + 1;
  *a = p < b ? p : b;
  *e = next_pipe(t->s, *a, b);
}

/* Emit the grid table row gathered (each line between its outer "|"s). */
static void grid_row(tload *t, bool header) { gathered_row(t, header, t->grid_cols, grid_cell); }

/* The cell of column k on gathered line i when each of the line's cells
 * goes on the nearest column (nearest_columns, from column `first`, its
 * starts counted in characters or display columns; guard: a cell may not run
 * past the next column's start). */
static void nearest_cell(const tload *t, int i, int k, bool chars, bool guard, int first,
                         size_t *a, size_t *e) {
  size_t ls = t->grid_line[i][0], b = t->grid_line[i][1], p = skip_space(t, ls, b);
  size_t x[MAX_CELLS], xe[MAX_CELLS], sa[MAX_CELLS], se[MAX_CELLS];
  int cols[MAX_CELLS], n = 0;
  bool tab = false;
  *a = *e = b;
  while (n < MAX_CELLS && row_cell(t, &p, b, &tab, &sa[n], &se[n])) {
    x[n] = chars ? chars_in(t->s, ls, sa[n]) : columns(t->s, ls, sa[n]);
    xe[n] = chars ? chars_in(t->s, ls, se[n]) : columns(t->s, ls, se[n]);
    n++;
  }
  if (nearest_columns(t, chars ? t->start_c : t->start_w, x, guard ? xe : NULL, n, cols, first) ==
      SIZE_MAX)
    return;
  for (int m = 0; m < n; m++)
    if (cols[m] == k) {
      *a = sa[m];
      *e = se[m];
    }
}

/* A spaced row's cell k on gathered line i (from the line's start): the
 * k-th cell of its first line (the last column takes the rest of the line),
 * and on a line that goes on it the cell that starts at column k's start
 * (by display width or by characters, as goes_on_row found). */
static void spaced_cell(const tload *t, int i, int k, size_t *a, size_t *e) {
  size_t ls = t->grid_line[i][0], b = t->grid_line[i][1], p = skip_space(t, ls, b), ca, ce;
  bool tab = false;
  int by = t->grid_by[i];
  *a = *e = b;
  if (by >= 3) { /* a numbered row's line (numbered_goes_on) */
    nearest_cell(t, i, k, by == 4, true, 1, a, e);
    return;
  }
  for (int n = 0; row_cell(t, &p, b, &tab, &ca, &ce); n++) {
    if (by == 0) {
      if (n == k) {
        *a = ca;
        *e = k + 1 == t->n_starts ? b : ce;
        return;
      }
      continue;
    }
    size_t x = by == 1 ? columns(t->s, ls, ca) : chars_in(t->s, ls, ca);
    const size_t *st = by == 1 ? t->start_w : t->start_c;
    for (int j = 1; j < t->n_starts; j++) {
      if (x + 2 >= st[j] && x <= st[j] + 2) {
        if (j == k) {
          *a = ca;
          *e = ce;
          return;
        }
        break;
      }
    }
  }
}

/* Emit the spaced row gathered (tab_row, cont_row), if one is. */
static void spaced_emit(tload *t) {
  if (!t->spaced_open) return;
  t->spaced_open = false;
  gathered_row(t, t->spaced_head, t->n_starts, spaced_cell);
}

/* A line that is no part of a spaced row: the row gathered goes first. */
static void no_row(tload *t) {
  spaced_emit(t);
  t->n_starts = 0;
}

/* Does the cell s[a, e) name a table's row-number column (序号, 编号)? */
static bool number_word(const tload *t, size_t a, size_t e) {
  static const char *const w[] = {"\xE5\xBA\x8F\xE5\x8F\xB7", "\xE7\xBC\x96\xE5\x8F\xB7",
                                  "\xE5\xBA\x8F\xE8\x99\x9F", "\xE7\xB7\xA8\xE8\x99\x9F"};
  for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
    if (e - a >= 6 && memcmp(t->s + a, w[i], 6) == 0) return true;
  return false;
}

/* The cell of column k on gathered line i of a centred table's row: each
 * of the line's cells on the nearest column (see centred_table). */
static void centred_cell(const tload *t, int i, int k, size_t *a, size_t *e) {
  nearest_cell(t, i, k, true, false, 0, a, e);
}

static int cmp_size(const void *x, const void *y) {
  size_t a = *(const size_t *)x, b = *(const size_t *)y;
  return a < b ? -1 : a > b;
}

/* A numbered table whose cells are centred top to bottom, as pdftotext
 * -layout prints one (a Word or HTML table set to middle alignment): under
 * the header (序号 项目 内容 …) each row's number stands on its middle line,
 * the row's other lines above and below it, indented:
 *
 *                 社区工作者每日登录“街道e家”APP并在
 *        数字平台应                        在线时长每少半小时扣1分，
 *   1             线时长不少于2小时，由平台自动统计在 15
 *
 * A row reaches as far below its number as above it, so the lines between
 * two numbers split where the first row's half ends (the first row's lines
 * above its number tell its half; the last row must end on the block's last
 * line, or the table is not read this way). Columns start where the cells
 * of the block's lines cluster, in characters; each row is emitted as a
 * gathered row (gathered_row), each column one clause read down its lines.
 * The header is on ln (starting at ls); on success the lines are consumed
 * (*line, *next past the block). */
static bool centred_table(tload *t, const tline *ln, size_t ls, int *line, size_t *next) {
  size_t p = ln->cs, a, e;
  bool tab = false;
  if (ln->cs != ls || !row_cell(t, &p, ln->ce, &tab, &a, &e) || !number_word(t, a, e))
    return false;
  size_t lsv[MAX_GRID_LINES], lev[MAX_GRID_LINES], nx = *next;
  int anc[MAX_GRID_LINES], n = 0, n_anc = 0;
  while (nx < t->n) {
    size_t n2, le2 = line_end(t, *line + 1 + n, &n2);
    size_t c2 = skip_space(t, nx, le2), e2 = rtrim(t, c2, le2);
    if (c2 == e2) break;
    if (n == MAX_GRID_LINES) return false;
    if (c2 == nx) { /* at the line's start: a row number, or not this table */
      size_t q = c2;
      if (!row_cell(t, &q, e2, &tab, &a, &e) || !row_number(t, a, e) || n_anc == MAX_GRID_LINES)
        return false;
      anc[n_anc++] = n;
    }
    lsv[n] = nx;
    lev[n] = e2;
    n++;
    nx = n2;
  }
  if (tab || n_anc == 0 || anc[0] == 0) return false; /* top-aligned rows: tab_row's */
  int top[MAX_GRID_LINES], half = anc[0];
  for (int r = 0; r < n_anc; r++) {
    top[r] = anc[r] - half;
    int bottom = anc[r] + half;
    int next_top = r + 1 < n_anc ? anc[r + 1] : n; /* the next row's number, or the end */
    if (r + 1 == n_anc) {
      if (bottom != n - 1) return false;
    } else {
      if (bottom >= next_top) return false;
      half = anc[r + 1] - bottom - 1;
    }
  }
  /* the columns: where the block's cells start, clustered */
  size_t xs[MAX_GRID_LINES * 4];
  int nx_ = 0;
  for (int i = 0; i < n; i++) {
    size_t q = skip_space(t, lsv[i], lev[i]);
    while (nx_ < MAX_GRID_LINES * 4 && row_cell(t, &q, lev[i], &tab, &a, &e))
      xs[nx_++] = chars_in(t->s, lsv[i], a);
  }
  qsort(xs, (size_t)nx_, sizeof xs[0], cmp_size);
  int nc = 0;
  for (int i = 0; i < nx_; i++) {
    if (nc && xs[i] <= xs[i - 1] + 3) continue; /* one column: starts within 3 of the last */
    if (nc == MAX_CELLS) return false;
    t->start_c[nc++] = xs[i];
  }
  if (nc < 3) return false;
  end_block(t);
  t->n_starts = nc;
  t->grid_n = 0;
  gather_line(t, ls, ln->ce);
  gathered_row(t, true, nc, centred_cell);
  for (int r = 0; r < n_anc; r++) {
    int end = r + 1 < n_anc ? top[r + 1] : n;
    t->grid_n = 0;
    for (int i = top[r]; i < end; i++) gather_line(t, lsv[i], lev[i]);
    gathered_row(t, false, nc, centred_cell);
  }
  t->n_starts = 0;
  *line += n;
  *next = nx;
  return true;
}

/* --- column tables ------------------------------------------------------------ */

/* Pandoc writes a Word table it cannot draw with pipes as a "simple" or a
 * "multiline" table, in Markdown and in plain text alike: a line of dashes
 * under the header, a run of dashes per column, sets where each column
 * starts; a simple table has a row per line and ends at a blank line, a
 * multiline one opens and closes with a line of dashes across the table and
 * has its rows (their cells wrapped over several lines) between blank lines.
 *
 *   ---------------------------------------
 *    考核项目   考核内容              分值
 *   ---------- ------------------- --------
 *    平台使用   “赣政通”月活跃率不      10
 *               低于80%
 *
 *    走访工作   每月入户走访            10
 *   ---------------------------------------
 */

/* Is s[a, b) a line of dashes only, runs of two or more "-" between
 * spaces? Returns the number of runs (0 when it is not one); when starts is
 * not NULL, the first MAX_CELLS runs' display columns from the line's start
 * ls go there. One run is a multiline table's top or bottom border, two or
 * more set a table's columns. */
static int dash_runs(const char *s, size_t ls, size_t a, size_t b, size_t *starts) {
  if (b - a < 3 || s[a] != '-') return 0;
  int n = 0;
  for (size_t i = a; i < b;) {
    if (s[i] == ' ') {
      i++;
      continue;
    }
    if (s[i] != '-') return 0;
    size_t r = i;
    while (i < b && s[i] == '-') i++;
    if (i - r < 2) return 0;
    if (starts && n < MAX_CELLS) starts[n] = columns(s, ls, r);
    n++;
  }
  return n;
}

/* The dash runs of 1-based line `line` (see dash_runs), 0 past the end. */
static int dash_line(const tload *t, int line, size_t ls, size_t *starts) {
  if (ls >= t->n) return 0;
  size_t nx, le = line_end(t, line, &nx);
  size_t a = skip_space(t, ls, le);
  return a < le ? dash_runs(t->s, ls, a, rtrim(t, a, le), starts) : 0;
}

static bool blank_byte(char c) { return c == ' ' || c == '\t'; }

/* The display width pandoc gives the character at s[i] (it lays tables out
 * by it): two for Han, kana, Hangul and full-width forms, one for the rest —
 * curly quotes and dashes (U+2000–U+2E7F) included. *cl is its length. */
static size_t wide_at(const char *s, size_t i, size_t b, size_t *cl) {
  uint32_t c = jf_u8_decode(s, b, i, cl);
  if (c < 0x1100) return 1;
  if (c <= 0x115F) return 2;
  if (c < 0x2E80 || c == 0x303F) return 1;
  return c <= 0xA4CF || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                 (c >= 0xFE10 && c <= 0xFE19) || (c >= 0xFE30 && c <= 0xFE6F) ||
                 (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
                 (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) ||
                 (c >= 0x20000 && c <= 0x3FFFD)
             ? 2
             : 1;
}

/* Where column k starts on the line [ls, le): at the display column its
 * dashes start at (in pandoc's widths, wide_at), moved onto the nearest
 * blank within two characters when a character stands across that place —
 * a writer that counts widths otherwise is off by a column or two. */
static size_t col_at(const tload *t, size_t ls, size_t le, int k) {
  if (k == 0) return ls;
  const char *s = t->s;
  size_t want = t->col_start[k], w = 0, i = ls, cl;
  while (i < le && w < want) {
    w += wide_at(s, i, le, &cl);
    i += cl;
  }
  if (i >= le) return le;
  if (blank_byte(s[i]) || blank_byte(s[i - 1])) return i;
  size_t f = i, bk = i;
  for (int step = 0; step < 2; step++) {
    if (f < le) {
      wide_at(s, f, le, &cl);
      f += cl;
      if (f < le && blank_byte(s[f])) return f;
    }
    if (bk > ls) {
      bk = prev_char(s, ls, bk);
      if (bk > ls && blank_byte(s[bk - 1])) return bk;
    }
  }
  return i;
}

/* A column table's cell k on gathered line i (a whole line). */
static void col_cell(const tload *t, int i, int k, size_t *a, size_t *e) {
  size_t ls = t->grid_line[i][0], le = t->grid_line[i][1];
  *a = col_at(t, ls, le, k);
  *e = k + 1 < t->col_n ? col_at(t, ls, le, k + 1) : le;
  if (*e < *a) *e = *a;
}

static void col_row(tload *t, bool header) { gathered_row(t, header, t->col_n, col_cell); }

static void col_end(tload *t) {
  t->col_mode = COL_NONE;
  t->col_n = 0;
  t->score_table = false;
}

/* Take columns from a dash line's runs. */
static void col_set(tload *t, const size_t *starts, int runs) {
  t->col_n = runs < MAX_CELLS ? runs : MAX_CELLS;
  memcpy(t->col_start, starts, (size_t)t->col_n * sizeof *starts);
}

/* How many lines after `line` to look for the rest of a table's frame. */
#define COL_LOOK_HEAD 8
#define COL_LOOK_ROWS 400

/* Does a line of dashes across the table at `line` (after a blank line)
 * open a multiline table: header lines, then the dashes that set its
 * columns, before any blank line? */
static bool multiline_opens(const tload *t, int line, size_t next) {
  size_t ls = next, nx;
  for (int k = 1; k <= COL_LOOK_HEAD && ls < t->n; k++, ls = nx) {
    size_t le = line_end(t, line + k, &nx);
    size_t a = skip_space(t, ls, le);
    if (a == le) return false;
    int r = dash_runs(t->s, ls, a, rtrim(t, a, le), NULL);
    if (r) return r >= 2 && k > 1;
  }
  return false;
}

/* Are the rows of a headerless table, whose column dashes are at `line`,
 * multiline? They are when a blank line parts two of them before the
 * dashes that close it. */
static bool rows_multiline(const tload *t, int line, size_t next) {
  size_t ls = next, nx;
  bool blank = false, prev = false;
  for (int k = 1; k <= COL_LOOK_ROWS && ls < t->n; k++, ls = nx) {
    size_t le = line_end(t, line + k, &nx);
    size_t a = skip_space(t, ls, le);
    if (a == le) {
      if (prev) return false; /* two blank lines: the table ended open */
      blank = prev = true;
      continue;
    }
    if (dash_runs(t->s, ls, a, rtrim(t, a, le), NULL)) return blank;
    prev = false;
  }
  return false;
}

/* Read line `*line` [ls, le) (classified as ln) as part of a column table,
 * or as the line that opens one; false when it is neither (the loader reads
 * it as usual). A simple table's header takes its dash line with it: *line
 * and *next move past it. */
static bool col_table(tload *t, const tline *ln, size_t ls, size_t le, bool blank_before,
                      int *line, size_t *next) {
  size_t starts[MAX_CELLS];
  bool blank = ln->kind == L_BLANK;
  int runs = blank ? 0 : dash_runs(t->s, ls, ln->cs, ln->ce, starts);
  switch (t->col_mode) {
  case COL_HEAD:
    if (blank) { /* cannot happen: multiline_opens saw the dashes first */
      t->grid_n = 0;
      col_end(t);
      return false;
    }
    if (runs >= 2) {
      col_set(t, starts, runs);
      col_row(t, true);
      t->col_mode = COL_MULTI;
    } else if (t->grid_n < MAX_GRID_LINES) {
      gather_line(t, ls, le);
    }
    return true;
  case COL_MULTI:
    if (blank || runs) col_row(t, false);
    if (runs) col_end(t);
    if (!blank && !runs) {
      if (t->grid_n == MAX_GRID_LINES) col_row(t, false);
      gather_line(t, ls, le);
    }
    return true;
  case COL_SIMPLE:
    if (blank || runs) {
      col_end(t);
      return !blank; /* the blank line ends the block as usual */
    }
    gather_line(t, ls, le);
    col_row(t, false);
    return true;
  case COL_NONE:
    break;
  }
  if (blank) return false;
  if (runs == 1 && blank_before && multiline_opens(t, *line, *next)) {
    end_block(t);
    t->grid_n = 0;
    t->col_mode = COL_HEAD;
    return true;
  }
  if (runs >= 2 && blank_before) { /* a table without a header */
    end_block(t);
    col_set(t, starts, runs);
    t->grid_n = 0;
    t->col_mode = rows_multiline(t, *line, *next) ? COL_MULTI : COL_SIMPLE;
    return true;
  }
  /* a simple table's header: the next line sets the columns, and a row
   * follows it */
  if (runs || (ln->kind != L_TEXT && ln->kind != L_TABS) || *next >= t->n) return false;
  size_t n2, le2 = line_end(t, *line + 1, &n2);
  size_t a2 = skip_space(t, *next, le2);
  if (a2 >= le2 || t->s[a2] != '-') return false;
  int runs2 = dash_line(t, *line + 1, *next, starts);
  if (runs2 < 2 || n2 >= t->n) return false;
  size_t n3, le3 = line_end(t, *line + 2, &n3);
  if (skip_space(t, n2, le3) == le3) return false;
  end_block(t);
  col_set(t, starts, runs2);
  t->grid_n = 0;
  gather_line(t, ls, le);
  col_row(t, true);
  t->col_mode = COL_SIMPLE;
  *next = n2;
  ++*line;
  return true;
}

/* --- HTML in Markdown --------------------------------------------------------- */

/* The HTML tag at s[i] (a '<') ending before b: its length through its '>',
 * or 0 when s[i] opens none — a tag is < or </, an ASCII letter, and no
 * other < before its >, so 活跃率<90% is text. name gets its lower-case
 * name ("/td" for an end tag), cut to 7 bytes. */
static size_t html_tag(const char *s, size_t i, size_t b, char name[8]) {
  size_t j = i + 1, n = 0;
  if (j < b && s[j] == '/') name[n++] = '/', j++;
  if (j >= b || !(((unsigned char)s[j] | 0x20) >= 'a' && ((unsigned char)s[j] | 0x20) <= 'z'))
    return 0;
  for (; j < b; j++) {
    unsigned char c = (unsigned char)s[j];
    bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (!letter && !(c >= '0' && c <= '9')) break;
    if (n < 7) name[n++] = (char)(letter ? c | 0x20 : c);
  }
  name[n] = 0;
  while (j < b && s[j] != '>' && s[j] != '<') j++;
  return j < b && s[j] == '>' ? j + 1 - i : 0;
}

static bool name_in(const char *name, const char *const *list) {
  for (; *list; list++)
    if (strcmp(name, *list) == 0) return true;
  return false;
}

/* Tags that end a clause: a cell, a paragraph, a list item, a block. <br>,
 * <span>, <strong> and the like do not: a line break inside a cell runs on,
 * as a wrapped line of running text does. */
static const char *const html_breaks[] = {
    "td", "/td", "th", "/th", "p", "/p", "li", "/li", "div", "/div", "ul", "/ul", "ol", "/ol",
    "h1", "/h1", "h2", "/h2", "h3", "/h3", "h4", "/h4", "h5", "/h5", "h6", "/h6", NULL};

/* The row a <tr> starting at `from` opens: whether its first cell is a <th>
 * (a header row), and where it ends (its </tr>, the next <tr>, or the end
 * of the table or the document). */
static size_t html_row(const tload *t, size_t from, bool *header) {
  const char *s = t->s;
  bool first = true;
  *header = false;
  for (size_t p = from; p < t->n;) {
    const char *lt = memchr(s + p, '<', t->n - p);
    if (!lt) break;
    p = (size_t)(lt - s);
    char name[8];
    size_t len = html_tag(s, p, t->n, name);
    if (!len) {
      p++;
      continue;
    }
    if (first && (strcmp(name, "th") == 0 || strcmp(name, "td") == 0)) {
      *header = name[1] == 'h';
      first = false;
    }
    if (strcmp(name, "/tr") == 0 || strcmp(name, "tr") == 0 || strcmp(name, "/table") == 0)
      return p;
    p += len;
  }
  return t->n;
}

/* Act on the tag `name` that ends at `after`: a table's structure (only in
 * an HTML table, `structure`), or the end of a clause. */
static void html_act(tload *t, const char *name, size_t after, bool structure) {
  if (structure && strcmp(name, "table") == 0) {
    end_block(t);
    t->html_depth++;
    t->html_head = false;
  } else if (structure && strcmp(name, "/table") == 0) {
    end_block(t);
    if (t->html_depth > 0 && --t->html_depth == 0) t->score_table = false;
    t->html_head = false;
  } else if (structure && (strcmp(name, "thead") == 0 || strcmp(name, "/thead") == 0 ||
                           strcmp(name, "tbody") == 0)) {
    t->html_head = name[1] == 'h';
  } else if (structure && strcmp(name, "tr") == 0) {
    end_block(t);
    bool th;
    size_t end = html_row(t, after, &th);
    bool header = t->html_head || th;
    if (header) t->score_table = score_header(t, after, end);
    start_row(t, header);
    t->cell = -1; /* (an HTML row's cells may span columns) */
  } else if (structure && strcmp(name, "/tr") == 0) {
    end_block(t);
  } else if (name_in(name, html_breaks)) {
    flush(t);
  }
}

/* Scan s[a, b) as text holding HTML: the tags are left out of the clauses
 * (scan_on's holes) and end them where they break a block (html_breaks);
 * in an HTML table (`structure`) <table>, <tr> and <thead> make its rows
 * (one item each, the header's score column scoring them, as in a pipe
 * table) and each <td> is a cell. */
static void html_scan(tload *t, size_t a, size_t b, bool structure) {
  const char *s = t->s;
  size_t piece = a;
  for (size_t p = a; p < b;) {
    const char *lt = memchr(s + p, '<', b - p);
    if (!lt) break;
    p = (size_t)(lt - s);
    char name[8];
    size_t len = html_tag(s, p, b, name);
    if (!len) {
      p++;
      continue;
    }
    if (p > piece) scan_on(t, piece, p);
    html_act(t, name, p + len, structure);
    p += len;
    piece = p;
  }
  if (piece < b) scan_on(t, piece, b);
}

/* Does s[a, b) open with an HTML <table> tag? */
static bool html_table_opens(const tload *t, size_t a, size_t b) {
  char name[8];
  return a < b && t->s[a] == '<' && html_tag(t->s, a, b, name) && strcmp(name, "table") == 0;
}

/* scan_text, or in Markdown html_scan when the text holds a '<'. */
static void scan_md(tload *t, size_t a, size_t b) {
  if (t->doc->kind == JF_DOC_MARKDOWN && memchr(t->s + a, '<', b - a)) html_scan(t, a, b, false);
  else scan_text(t, a, b);
}

/* Does s[a, b) hold a digit (is_digit)? */
static bool has_digit(const tload *t, size_t a, size_t b) {
  size_t cl;
  for (size_t i = a; i < b; i += cl)
    if (is_digit(at(t, i, b, &cl))) return true;
  return false;
}

/* Is the line after `line` (starting at next) a row of cells, between tabs
 * or between runs of spaces? When `line` (ls.., classified as ln) is a
 * spaced row, the lines that wrap its cells (goes_on_row) are passed over:
 * a PDF layout table whose every row wraps (…每低1个 / 百分点扣1分) has no
 * two row lines side by side. */
static bool row_follows(tload *t, int line, size_t ls, const tline *ln, size_t next) {
  enum { MAX_WRAPS = 8 };
  int saved_n = t->n_starts;
  size_t saved_w[MAX_CELLS], saved_c[MAX_CELLS];
  bool saved_numbered = t->row_numbered, swapped = false, found = false;
  for (int k = 0; k <= MAX_WRAPS && next < t->n; k++) {
    size_t n2, le2 = line_end(t, line + 1 + k, &n2);
    tline nx = {.kind = L_BLANK};
    classify(t, t->doc->kind, next, le2, &nx);
    if (k > 0 && goes_on_row(t, next, &nx)) {
      next = n2;
      continue;
    }
    if (nx.kind == L_TABS || nx.spaced) {
      found = true;
      break;
    }
    if (k > 0 || !ln->spaced) break;
    /* the row's cell starts, for goes_on_row; put back below */
    memcpy(saved_w, t->start_w, sizeof saved_w);
    memcpy(saved_c, t->start_c, sizeof saved_c);
    swapped = true;
    int n = cell_starts(t, ls, ln->cs, ln->ce);
    t->n_starts = n < MAX_CELLS ? n : MAX_CELLS;
    if (!goes_on_row(t, next, &nx)) break;
    next = n2;
  }
  if (swapped) {
    memcpy(t->start_w, saved_w, sizeof saved_w);
    memcpy(t->start_c, saved_c, sizeof saved_c);
    t->n_starts = saved_n;
    t->row_numbered = saved_numbered;
  }
  return found;
}

/* Every clause of an item or row is scored when one of them is. */
static jf_status spread_scores(tload *t) {
  if (t->next_item <= 0) return JF_OK;
  bool *scored = calloc((size_t)t->next_item, 1);
  if (!scored) return JF_ENOMEM;
  jf_doc *d = t->doc;
  for (size_t i = 0; i < d->n_clauses; i++)
    if (d->clauses[i].item >= 0 && (d->clauses[i].flags & JF_CLAUSE_SCORED))
      scored[d->clauses[i].item] = true;
  for (size_t i = 0; i < d->n_clauses; i++)
    if (d->clauses[i].item >= 0 && scored[d->clauses[i].item])
      d->clauses[i].flags |= JF_CLAUSE_SCORED;
  free(scored);
  return JF_OK;
}

/* Does the line s[a, b) open a question: 问： or 问: (after spaces)? */
static bool is_question(const tload *t, size_t a, size_t b) {
  while (a < b && (t->s[a] == ' ' || t->s[a] == '\t')) a++;
  static const char q[] = "\xE9\x97\xAE"; /* 问 */
  if (b - a < 4 || memcmp(t->s + a, q, 3) != 0) return false;
  a += 3;
  while (a < b && t->s[a] == ' ') a++;
  return a < b && (t->s[a] == ':' || (b - a >= 3 && memcmp(t->s + a, "\xEF\xBC\x9A", 3) == 0));
}

/* Words an official document's title ends with. */
static const char *const title_ends[] = {
  "细则", "办法", "方案", "通知", "意见", "规定", "标准", "计划", "报告", "纪要", "评分表",
  "考核表", "清单", "要点", "制度", "决定", "通报", "安排", "总结", "说明", "规则", "条例",
  "指引", "指南", "公告", "函", "讲话", "答复", "解答",
  /* the forms a table is titled as (…考试员月度考评表, …任务分解表) */
  "考评表", "评价表", "测评表", "打分表", "计分表", "积分表", "评比表", "指标表", "一览表",
  "汇总表", "明细表", "分解表", "责任表", "任务表"};
/* ... and those a title ends with after 关于 (关于规范村干部日常工作的要求,
 * 关于…问题的答复和工作提示) */
static const char *const about_ends[] = {"的要求", "的若干要求", "提示", "的倡议", "的公开信"};

/* Does the normalized text end like a document's title (…考核细则, …的通知,
 * 关于…的要求)? */
static bool ends_like_title(const jf_norm *nm) {
  for (size_t i = 0; i < sizeof title_ends / sizeof title_ends[0]; i++) {
    size_t k = strlen(title_ends[i]);
    if (nm->len >= k && memcmp(nm->text + nm->len - k, title_ends[i], k) == 0) return true;
  }
  /* 关于…的要求 (…的若干要求, …的提示): a title by its 关于…的 frame, though
   * a wrapped sentence may end in 要求 too */
  for (size_t i = 0; i < sizeof about_ends / sizeof about_ends[0]; i++) {
    size_t k = strlen(about_ends[i]);
    if (nm->len >= k && memcmp(nm->text + nm->len - k, about_ends[i], k) == 0 &&
        memmem(nm->text, nm->len - k, "关于", strlen("关于")) != NULL)
      return true;
  }
  return false;
}

/* Does the line starting at s[a..b) go on a sentence begun above it? It does
 * when it opens with what no sentence starts with: a comma or stop (，、。；：)
 * or a word that joins to what came before (的, 并, 以及, 或者, 而且). A line
 * above it that ends like a title (…县里的考核办法 / 的各项规定。) is then
 * the middle of a wrapped sentence, not a title. */
static bool goes_on(const tload *t, size_t a, size_t b) {
  static const char *const joins[] = {"以及", "或者", "而且", "并"};
  size_t cl, cl2;
  a = skip_space(t, a, b);
  uint32_t c = at(t, a, b, &cl);
  if (c == 0xFF0C || c == 0x3001 || c == 0x3002 || c == 0xFF1B || c == 0xFF1A || c == ',' ||
      c == ';' || c == ':')
    return true;
  if (c == 0x7684) /* 的, but not 的确 */
    return at(t, skip_space(t, a + cl, b), b, &cl2) != 0x786E;
  for (size_t i = 0; i < sizeof joins / sizeof joins[0]; i++) {
    /* pdfspace text puts a space between characters: compare them one by one */
    const char *w = joins[i];
    size_t j = a;
    while (*w && b - j >= 3 && memcmp(t->s + j, w, 3) == 0) {
      w += 3;
      j = skip_space(t, j + 3, b);
    }
    if (!*w) return true;
  }
  return false;
}

/* Is the line s[a, b) a note in brackets, whole: （本表由Word文档复制）,
 * (试行), （2025年3月12日）? Its first closing bracket ends it; a sentence
 * wrapped onto a line that opens with a bracket goes on after it
 * ((节假日除外)，未打卡的扣1分). */
static bool bracketed_note(const tload *t, size_t a, size_t b) {
  size_t cl;
  a = skip_space(t, a, b);
  b = rtrim(t, a, b);
  uint32_t c = at(t, a, b, &cl);
  if (c != 0xFF08 && c != '(') return false;
  for (size_t i = a + cl; i < b; i += cl) {
    c = at(t, i, b, &cl);
    if (c == 0xFF09 || c == ')') return i + cl == b;
  }
  return false;
}

/* Is the first line of a plain-text file its title? It is, unless it is the
 * first half of a sentence wrapped onto the next line — it ends no sentence,
 * the next line is running text, and it does not end like a document title
 * (…考核细则, …的通知) or stand over a note in brackets. A one-sentence
 * plan without a title line must not lose its first half to the title. */
static bool first_line_is_title(tload *t, const tline *ln, int line, size_t next) {
  size_t end = rtrim(t, ln->cs, ln->ce), cl;
  if (end == ln->cs || next >= t->n) return true;
  size_t lp = prev_char(t->s, ln->cs, end);
  uint32_t last = at(t, lp, end, &cl);
  if (is_terminator(last)) return true;
  /* a closing quote ends a sentence only after a terminator (…。”); after a
   * name (下载注册“健康某市”) the sentence goes on, wrapped onto line 2 */
  if (is_closer(last) && !(is_quote_closer(last) && lp > ln->cs &&
                           !is_terminator(at(t, prev_char(t->s, ln->cs, lp), lp, &cl))))
    return true;
  size_t n2, le2 = line_end(t, line + 1, &n2);
  tline nx;
  classify(t, t->doc->kind, next, le2, &nx);
  if (nx.kind != L_TEXT) return true;
  if (goes_on(t, nx.cs, nx.ce)) return false;
  /* a note in brackets under it (（本表由Word文档复制，填报单位：各考场）)
   * stands under a title, as a date or 试行 does */
  if (bracketed_note(t, nx.cs, nx.ce)) return true;
  jf_norm nm = {0};
  if (jf_normalize(t->s + ln->cs, end - ln->cs, NULL, 0, &nm) != JF_OK) return true;
  bool title = ends_like_title(&nm);
  jf_norm_free(&nm);
  return title;
}

/* Text a title may hold: no sentence punctuation, no comma or colon. */
static bool title_text(const tload *t, size_t a, size_t b) {
  size_t cl;
  for (size_t i = a; i < b; i += cl) {
    uint32_t c = at(t, i, b, &cl);
    if (is_terminator(c) || c == 0xFF0C /* ， */ || c == 0xFF1A /* ： */ || c == ',' || c == ':')
      return false;
  }
  return true;
}

#define MAX_TITLE_CHARS 80

/* Is a first line that is not a title by itself the first half of a title
 * on two lines? PDF extracts put the issuing body on a line of its own
 * (某县交通运输局 / 2025年度…考评办法) or wrap a long title
 * (…应急管理工作考核 / 细则). It is when neither line holds sentence
 * punctuation, the two together end like a title and are no longer than a
 * title runs, and the line after them does not go on the sentence. Then *end is the second line's end and *after the line after
 * it. */
static bool title_on_two_lines(tload *t, const tline *ln, int line, size_t next, size_t *end,
                               size_t *after) {
  if (next >= t->n || !title_text(t, ln->cs, ln->ce)) return false;
  size_t n2, le2 = line_end(t, line + 1, &n2);
  tline nx;
  classify(t, t->doc->kind, next, le2, &nx);
  if (nx.kind != L_TEXT || !title_text(t, nx.cs, nx.ce)) return false;
  if (n2 < t->n) { /* a third line that goes on the sentence: the two were its start */
    size_t n3, le3 = line_end(t, line + 2, &n3);
    tline th;
    classify(t, t->doc->kind, n2, le3, &th);
    if (th.kind == L_TEXT && goes_on(t, th.cs, th.ce)) return false;
  }
  jf_norm nm = {0};
  if (jf_normalize(t->s + ln->cs, nx.ce - ln->cs, NULL, 0, &nm) != JF_OK) return false;
  size_t chars = 0;
  for (size_t i = 0; i < nm.len; i++) chars += ((unsigned char)nm.text[i] & 0xC0) != 0x80;
  bool title = chars <= MAX_TITLE_CHARS && ends_like_title(&nm);
  jf_norm_free(&nm);
  if (title) {
    *end = nx.ce;
    *after = n2;
  }
  return title;
}

/* Is line + 1 (starting at next) a page's running header, the document's
 * title s[ta..tb) printed again at the top of the page after a page mark?
 * Sets *after to the line after it. */
static bool running_header(tload *t, int line, size_t next, size_t ta, size_t tb, size_t *after) {
  if (tb <= ta) return false;
  size_t le2 = line_end(t, line + 1, after);
  tline nx;
  classify(t, t->doc->kind, next, le2, &nx);
  if (nx.kind != L_TEXT && nx.kind != L_HEADING) return false;
  jf_norm a = {0}, b = {0};
  bool same = jf_normalize(t->s + nx.cs, nx.ce - nx.cs, NULL, 0, &a) == JF_OK &&
              jf_normalize(t->s + ta, tb - ta, NULL, 0, &b) == JF_OK && a.len == b.len &&
              memcmp(a.text, b.text, a.len) == 0;
  jf_norm_free(&a);
  jf_norm_free(&b);
  return same;
}

static jf_status set_title(tload *t, size_t a, size_t b) {
  jf_norm nm = {0};
  if (a >= b) return JF_OK;
  jf_status st = jf_normalize(t->s + a, b - a, NULL, (uint32_t)a, &nm);
  if (st != JF_OK) return st;
  /* nm.text shares its block with the byte map: copy it */
  t->doc->title = strdup(nm.text);
  jf_norm_free(&nm);
  return t->doc->title ? JF_OK : JF_ENOMEM;
}

/* A Markdown file's YAML front matter: "---" on the first line, closed by
 * "---" or "..." on a line of its own. Returns the first line after it (1
 * when there is none) and sets *next to where that line starts; its
 * "title:" value, when it has one, goes to [*ta, *tb). The block is data
 * about the document, not its text. */
static int front_matter(const tload *t, size_t *next, size_t *ta, size_t *tb) {
  size_t nx, le = line_end(t, 1, &nx);
  if (le - rtrim(t, 0, le) != 0 || rtrim(t, 0, le) != 3 || memcmp(t->s, "---", 3) != 0) return 1;
  size_t ls = nx, a0 = 0, b0 = 0;
  for (int line = 2; ls < t->n && line <= 200; line++, ls = nx) {
    le = line_end(t, line, &nx);
    size_t e = rtrim(t, ls, le);
    if (e - ls == 3 && (memcmp(t->s + ls, "---", 3) == 0 || memcmp(t->s + ls, "...", 3) == 0)) {
      *next = nx;
      *ta = a0;
      *tb = b0;
      return line + 1;
    }
    if (e - ls > 6 && memcmp(t->s + ls, "title:", 6) == 0) {
      size_t a = skip_space(t, ls + 6, e), b = e;
      if (b - a >= 2 && (t->s[a] == '"' || t->s[a] == '\'') && t->s[b - 1] == t->s[a]) a++, b--;
      a0 = a;
      b0 = b;
    }
  }
  return 1;
}

jf_status jf_load_text(const jf_source *src, jf_doc_kind kind, jf_doc **out, jf_error *err) {
  return jf_load_text_ex(src, kind, false, out, err);
}

jf_status jf_load_text_ex(const jf_source *src, jf_doc_kind kind, bool defer, jf_doc **out,
                          jf_error *err) {
  tload t = {.src = src, .s = jf_source_text(src), .n = jf_source_len(src), .item = -1, .last = -1,
             .wrap_cols = SIZE_MAX};
  bool md = kind == JF_DOC_MARKDOWN, in_fence = false, seen_text = false, md_title = false;
  bool tabs_before = false; /* the line before was a row of cells (L_TABS) */
  bool blank_prev = true;   /* the line before was blank, or there was none */
  size_t title_a = 0, title_b = 0;
  *out = NULL;
  jf_doc_kind dk = md ? JF_DOC_MARKDOWN : JF_DOC_TEXT;
  if (!(t.doc = defer ? jf_doc_new_deferred(dk, src) : jf_doc_new(dk, src))) {
    t.st = JF_ENOMEM;
    goto out;
  }

  int line = 1;
  size_t first = 0;
  if (md) {
    size_t ta = 0, tb = 0;
    line = front_matter(&t, &first, &ta, &tb);
    if (tb > ta) { /* the title the front matter gives is the document's */
      md_title = seen_text = true;
      title_a = ta;
      title_b = tb;
    }
  }
  for (size_t ls = first, next, next2; ls < t.n && t.st == JF_OK; ls = next, line++) {
    size_t le = line_end(&t, line, &next);
    tline ln;
    classify(&t, t.doc->kind, ls, le, &ln);
    if (ln.short_item && !in_fence && wrapped_item(&t, &ln, line, next)) ln.kind = L_LIST;
    bool blank_before = blank_prev;
    blank_prev = ln.kind == L_BLANK;
    if (in_fence) { /* code is not prose */
      in_fence = ln.kind != L_FENCE;
      continue;
    }
    /* list items stay open to deeper ones over blank lines and their own
     * lines (indented, or straight after one); anything else closes them */
    if (t.n_open && ln.kind != L_BLANK && ln.kind != L_LIST &&
        !(ln.kind == L_TEXT && (ln.cs - ls > t.open_items[0].col || t.item >= 0)))
      t.n_open = 0;
    /* a line that does not go on the spaced row above (nor is a page
     * mark inside it) ends that row */
    int by = t.n_starts ? goes_on_row(&t, ls, &ln) : 0;
    if (t.n_starts && !by &&
        !((ln.kind == L_TEXT || ln.kind == L_LIST) && page_mark(&t, ln.cs, ln.ce)))
      no_row(&t);
    /* a short line that opens a block, underlined by = or - (setext): a
     * heading; the underline is passed over with it */
    bool setext = false;
    if (ln.kind == L_TEXT && !by && blank_before && !t.col_mode && !t.grid_cols &&
        !t.html_depth && next < t.n && (t.s[next] == '=' || t.s[next] == '-' || t.s[next] == ' ')) {
      size_t n2, le2 = line_end(&t, line + 1, &n2);
      size_t c2 = skip_space(&t, next, le2);
      if (setext_line(t.s, c2, rtrim(&t, c2, le2)) && heading_like(&t, ln.cs, ln.ce)) {
        ln.kind = L_HEADING;
        setext = true;
        next = n2;
        line++;
      }
    }
    /* a table whose columns a line of dashes sets (col_table) */
    if (!t.html_depth && !t.grid_cols && (t.col_mode || ln.kind != L_BLANK) &&
        col_table(&t, &ln, ls, le, blank_before, &line, &next)) {
      no_row(&t);
      tabs_before = false;
      seen_text = true;
      continue;
    }
    /* an HTML table in Markdown (as pandoc writes a table it cannot draw
     * with pipes): its lines are read for their tags (html_scan) */
    if (t.html_depth && ln.kind == L_BLANK) { /* a blank line ends an HTML block */
      t.html_depth = 0;
      t.html_head = t.score_table = false;
    }
    if (md && (t.html_depth || html_table_opens(&t, ln.cs, ln.ce))) {
      html_scan(&t, ln.cs, ln.ce, true);
      if (!t.html_depth) end_block(&t);
      no_row(&t);
      tabs_before = false;
      seen_text = true;
      continue;
    }
    /* a page number between two pages of a PDF extract: not text, and the
     * sentence it interrupts goes on after it without it */
    if ((ln.kind == L_TEXT || ln.kind == L_LIST) && page_mark(&t, ln.cs, ln.ce)) {
      size_t hole = ls;
      if (next < t.n && running_header(&t, line, next, title_a, title_b, &next2)) {
        next = next2; /* the next page's header repeats the title: left out too */
        line++;
      }
      if (t.open && t.n_holes < MAX_HOLES) {
        t.holes[t.n_holes][0] = hole;
        t.holes[t.n_holes][1] = next;
        t.n_holes++;
      }
      continue;
    }
    /* a rule drawn across the page ends the block above it, like a blank
     * line (a table's dashes were read by col_table above) */
    if ((ln.kind == L_TEXT || ln.kind == L_LIST) && !t.grid_cols &&
        rule_line(t.s, ln.cs, ln.ce)) {
      end_block(&t);
      no_row(&t);
      tabs_before = false;
      blank_prev = true;
      continue;
    }
    /* a grid table: its lines are gathered and each row emitted at the
     * border under it (grid_row) */
    int gcols;
    bool geq;
    if (t.grid_cols) {
      if (grid_line(t.s, ln.cs, ln.ce, t.grid_cols)) {
        if (t.grid_n == MAX_GRID_LINES) grid_row(&t, false);
        gather_line(&t, ln.cs, ln.ce);
        continue;
      }
      bool border = grid_border(t.s, ln.cs, ln.ce, &gcols, &geq) && gcols == t.grid_cols;
      grid_row(&t, border && geq);
      if (border) continue;
      t.grid_cols = 0; /* the table ended without its last border */
      t.score_table = false;
    }
    if (ln.kind == L_TEXT && grid_border(t.s, ln.cs, ln.ce, &gcols, &geq)) {
      /* a border opens a grid table when a row's line follows it; any
       * other is a rule drawn in characters, not text */
      end_block(&t);
      size_t n2, le2 = next < t.n ? line_end(&t, line + 1, &n2) : next;
      size_t c2 = skip_space(&t, next, le2);
      if (next < t.n && grid_line(t.s, c2, rtrim(&t, c2, le2), gcols)) {
        t.grid_cols = gcols;
        t.grid_n = 0;
        seen_text = true;
      }
      no_row(&t);
      tabs_before = false;
      continue;
    }
    /* a numbered table whose cells are centred top to bottom */
    if (ln.spaced && !by && !tabs_before && ln.kind != L_TABLE &&
        centred_table(&t, &ln, ls, &line, &next)) {
      tabs_before = false;
      seen_text = true;
      continue;
    }
    /* cells between runs of spaces make a row beside another row */
    if (by) ln.kind = L_CONT;
    else if (ln.spaced && ln.kind != L_TABLE && (tabs_before || row_follows(&t, line, ls, &ln, next)))
      ln.kind = L_TABS;
    if (ln.kind != L_TABS && ln.kind != L_CONT) no_row(&t);
    if (ln.kind != L_BLANK && ln.kind != L_FENCE && ln.kind != L_TABLE_SEP && !seen_text) {
      seen_text = true;
      bool title = md || ln.kind != L_TEXT || first_line_is_title(&t, &ln, line, next);
      size_t end2, after2;
      if (!title && title_on_two_lines(&t, &ln, line, next, &end2, &after2)) {
        title = true; /* one heading over both lines; the loop goes on after them */
        ln.ce = ln.body_end = end2;
        next = after2;
        line++;
      }
      if (title && !md && ln.kind == L_TEXT) ln.kind = L_HEADING;
      if (title) {
        title_a = ln.body;
        title_b = ln.body_end;
      }
    }
    if (md && !md_title && ln.kind == L_HEADING && (t.s[ln.cs] == '#' || setext) &&
        ln.body < ln.body_end) {
      md_title = true;
      title_a = ln.body;
      title_b = ln.body_end;
    }
    bool tabs_here = ln.kind == L_TABS || ln.kind == L_CONT;
    if (ln.kind != L_TABLE && !tabs_here && ln.kind != L_TABLE_SEP) t.score_table = false;
    switch (ln.kind) {
    case L_BLANK:
    case L_TABLE_SEP: end_block(&t); break;
    case L_FENCE:
      end_block(&t);
      in_fence = true;
      break;
    case L_TABLE: {
      size_t n2, le2 = next < t.n ? line_end(&t, line + 1, &n2) : next;
      tline nx = {.kind = L_BLANK};
      if (next < t.n) classify(&t, t.doc->kind, next, le2, &nx);
      table_row(&t, &ln, nx.kind == L_TABLE_SEP);
      break;
    }
    case L_TABS:
      tab_row(&t, ls, &ln, !tabs_before && !has_digit(&t, ln.cs, ln.ce) &&
                                   row_follows(&t, line, ls, &ln, next));
      break;
    case L_CONT:
      cont_row(&t, ls, &ln, by);
      break;
    case L_HEADING:
      end_block(&t);
      t.in_scored = t.in_problems = t.in_plans = false;
      emit(&t, ln.body, ln.body_end, JF_CLAUSE_HEADING);
      t.in_scored = has_score(t.s, ln.body, ln.body_end);
      /* not the document's title: a 问题清单 may also demand */
      if (!(ln.body == title_a && ln.body_end == title_b && title_b > title_a))
        section_heading(&t, ln.body, ln.body_end);
      break;
    case L_LIST: {
      end_block(&t);
      size_t col = ln.cs - ls;
      int level = marker_level(&t, ln.cs, ln.ce);
      int parent = nested_scores(&t, col, level, ln.body, ln.ce);
      if (parent >= 0) {
        t.item = parent; /* one item with the measure it scores */
      } else {
        t.item = t.next_item++;
        t.pending = JF_CLAUSE_LIST_ITEM;
        if (t.n_open == MAX_OPEN_ITEMS) t.n_open--;
        t.open_items[t.n_open].item = t.item;
        t.open_items[t.n_open].col = col;
        t.open_items[t.n_open].level = level;
        t.n_open++;
      }
      scan_md(&t, ln.body, ln.ce);
      break;
    }
    case L_TEXT:
      /* a question (问：…) and the answer on the lines after it are one
       * item: the answer's 要完成 speaks of what the question names */
      if (is_question(&t, ln.cs, ln.ce)) {
        end_block(&t);
        t.item = t.next_item++;
      }
      scan_md(&t, ln.cs, ln.ce);
      break;
    }
    tabs_before = tabs_here;
  }
  no_row(&t);
  grid_row(&t, false);
  if (t.col_mode != COL_HEAD) col_row(&t, false);
  flush(&t);
  if (t.st == JF_OK) t.st = spread_scores(&t);
  if (t.st == JF_OK) t.st = set_title(&t, title_a, title_b);
  if (t.st == JF_OK) {
    *out = t.doc;
    t.doc = NULL;
  }
out:
  if (t.st != JF_OK)
    jf_error_set(err, t.st, jf_source_path(src), 0, 0, "out of memory loading %s",
                 md ? "Markdown" : "text");
  jf_doc_free(t.doc);
  return t.st;
}
