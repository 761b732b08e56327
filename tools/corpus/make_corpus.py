#!/usr/bin/env python3
"""Write the labeled accuracy corpus: fixtures/corpus/clauses.tsv and
fixtures/corpus/docs/ (with docs/labels.tsv).

The substance is hand-written: every clause row is in tools/corpus/clauses.src
and every document in tools/corpus/docs_src.py.  tools/corpus/clauses_retired.tsv
holds the rows of the retired held-out sets exactly as they were written
(already in their form, with their titles and labels; the origin column names
the held-out id: one lowercase letter per retired set, in the order the sets
were retired, h n k m q s t u v w x y z a b c d e f g i j l o p r, and, the
single letters being used up, two lowercase letters per set from the
twenty-seventh on, in alphabetical order: aa, then ab, ac … az, ba … (the
next set retired takes the next pair; one letter or two before three digits
is never ambiguous), then the set's own row number, so a001 is the
fourteenth set's p001, b001 the fifteenth's, c001 the sixteenth's, d001 the seventeenth's, e001 the
eighteenth's, f001 the nineteenth's, g001 the twentieth's, i001 the
twenty-first's, j001 the twenty-second's, l001 the twenty-third's, o001
the twenty-fourth's, p001 the twenty-fifth's (whose ids p001-p260 are
kept as they were), r001 the twenty-sixth's p001, aa001 the
twenty-seventh's p001, ab001 the twenty-eighth's p001, ac001 the
twenty-ninth's p001, ad001 the thirtieth's p001, ae001 the
thirty-first's p001, af001 the thirty-second's p001, ag001 the
thirty-third's p001, ah001 the thirty-fourth's p001, ai001 the
thirty-fifth's p001, aj001 the thirty-sixth's p001, ak001 the
thirty-seventh's p001, al001 the thirty-eighth's p001, am001 the
thirty-ninth's p001, an001 the fortieth's p001, ao001 the
forty-first's p001, ap001 the forty-second's p001, aq001 the
forty-third's p001, ar001 the forty-fourth's p001, as001 the
forty-fifth's p001, at001 the forty-sixth's p001, au001 the
forty-seventh's p001, av001 the forty-eighth's p001, aw001 the
forty-ninth's p001, ax001 the fiftieth's p001, ay001 the
fifty-first's p001, az001 the fifty-second's p001, ba001 the
fifty-third's p001 (the pairs wrap from az to ba), bb001 the
fifty-fourth's p001 and bc001 the fifty-fifth's p001;
fixtures/corpus/README.md lists them; the letters have nothing to do with
the form prefixes of clauses.tsv ids): they
are appended after the hand-written rows and each given
the next id of its form.  This script only applies the
per-form text transforms (full-width conversion, PDF spacing, line breaks,
zero-width characters), strips the label markers, encodes GB18030 files and
checks coverage.  It is deterministic.

    python3 tools/corpus/make_corpus.py        # from anywhere
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "fixtures", "corpus")
sys.path.insert(0, HERE)
import docs_src  # noqa: E402

# Category letters, in TAXONOMY.md order.
CATS = collections.OrderedDict([
    ("A", "app-usage-metric"),
    ("I", "install-registration-quota"),
    ("F", "forced-engagement"),
    ("C", "checkin"),
    ("O", "online-time"),
    ("P", "points-ranking"),
    ("T", "trace-evidence"),
    ("D", "data-entry-quota"),
    ("G", "chat-group-burden"),
    ("R", "duplicate-reporting"),
])
ORDER = list(CATS.values())

FORMS = ["simplified", "traditional", "fullwidth", "numerals",
         "pdfspace", "linebreak", "zerowidth", "gb18030"]
PREFIX = {"simplified": "s", "traditional": "t", "fullwidth": "f",
          "numerals": "n", "pdfspace": "p", "linebreak": "l",
          "zerowidth": "z", "gb18030": "g"}

# Document titles a clause may sit under.  K*: assessment plans (the title
# alone makes a usage measure count); KN*: not assessment plans.
TITLES = {
    "K1": "2024年度村（社区）工作考核细则",
    "K2": "2023年度乡镇（街道）综合目标考核办法",
    "K3": "县直部门2024年度绩效考评实施细则",
    "K7": "2024年网格化服务管理工作考评细则",
    "K8": "2023年度中小学德育工作考核评分细则",
    "KT": "2024年度村（社區）工作考核細則",
    "KN1": "关于进一步规范政务移动互联网应用程序管理的通知",
    "KN2": "2024年上半年整治形式主义为基层减负工作总结",
    "KQ1": "街道党工委关于规范网格员日常工作的要求",
    "KQ2": "县卫健局关于加强村卫生室日常管理的要求",
    # notices promoting an app or a card: a bare 激活, 下载 names it
    "KN3": "关于推广医保电子凭证的通知",
    "KN4": "关于推广“平安乡村”APP的通知",
    "KN5": "关于做好电子社保卡推广工作的通知",
    # a Q&A whose questions name the app its answers count
    "KQA": "某街道基层减负政策问答",
}

ZW = ["\u200b", "\u200c", "\ufeff"]
MARK = re.compile(r"\s*⟦([A-Z,]+)⟧\s*$")


def cjkish(ch):
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF
            or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF0F
            or 0xFF1A <= o <= 0xFF20 or ch in "“”‘’、，。；：？！（）《》")


def fullwidth(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def pdfspace(s):
    if "^" in s:
        return s.replace("^", " ")
    out = []
    for i, ch in enumerate(s):
        if i and (cjkish(s[i - 1]) or cjkish(ch)) and s[i - 1] != " ":
            out.append(" ")
        out.append(ch)
    return "".join(out)


class ZWCycle:
    def __init__(self):
        self.i = 0

    def __call__(self, s):
        out = []
        for ch in s:
            if ch == "^":
                out.append(ZW[self.i % len(ZW)])
                self.i += 1
            else:
                out.append(ch)
        return "".join(out)


def parse_expected(spec, where):
    if spec == "-":
        return []
    cats = []
    for letter in spec.split(","):
        letter = letter.strip()
        if letter not in CATS:
            sys.exit(f"{where}: unknown category letter {letter!r}")
        cats.append(CATS[letter])
    return sorted(set(cats), key=ORDER.index)


def read_rows():
    path = os.path.join(HERE, "clauses.src")
    rows, form = [], None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            m = re.fullmatch(r"\[(\w+)\]", line.strip())
            if m:
                form = m.group(1)
                if form not in FORMS:
                    sys.exit(f"clauses.src:{n}: unknown form {form}")
                continue
            parts = line.split(" | ", 2)
            if len(parts) != 3 or form is None:
                sys.exit(f"clauses.src:{n}: bad row")
            exp, tkey, text = (p.strip() for p in parts)
            if tkey != "-" and tkey not in TITLES:
                sys.exit(f"clauses.src:{n}: unknown title key {tkey}")
            rows.append((form, parse_expected(exp, f"clauses.src:{n}"),
                         TITLES.get(tkey, ""), text, n))
    return rows


def read_retired():
    """Rows of retired held-out sets, verbatim: origin, form, title, expected
    (category ids), text (already transformed; \\n marks a line break)."""
    path = os.path.join(HERE, "clauses_retired.tsv")
    if not os.path.exists(path):
        return []
    out = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "origin\tform\ttitle\texpected\ttext":
        sys.exit("clauses_retired.tsv: bad header")
    ids = {v: k for k, v in CATS.items()}
    for n, line in enumerate(lines[1:], 2):
        if not line:
            continue
        parts = line.split("\t")
        where = f"clauses_retired.tsv:{n}"
        if len(parts) != 5 or parts[1] not in FORMS:
            sys.exit(f"{where}: bad row")
        origin, form, title, exp, text = parts
        cats = [] if exp == "-" else exp.split(",")
        if any(c not in ids for c in cats):
            sys.exit(f"{where}: unknown category in {exp!r}")
        cats = sorted(set(cats), key=ORDER.index)
        out.append((form, cats, title, text, where))
    return out


def write_clauses():
    rows = read_rows()
    zw = ZWCycle()
    seen = set()
    hand = {}
    counters = collections.Counter()
    out = ["id\tform\ttitle\texpected\ttext"]
    for form, cats, title, text, n in rows:
        if text in seen:
            sys.exit(f"clauses.src:{n}: duplicate clause")
        seen.add(text)
        if form in ("linebreak", "zerowidth") and "^" not in text:
            sys.exit(f"clauses.src:{n}: {form} row needs a ^ marker")
        if form == "fullwidth":
            text, title = fullwidth(text.replace("^", "")), fullwidth(title)
        elif form == "pdfspace":
            text, title = pdfspace(text), pdfspace(title)
        elif form == "linebreak":
            text = text.replace("^", "\\n")
        elif form == "zerowidth":
            text = zw(text)
        else:
            text = text.replace("^", "")
        if "\t" in text or "\t" in title:
            sys.exit(f"clauses.src:{n}: tab in text")
        if form != "linebreak" and "\\n" in text:
            sys.exit(f"clauses.src:{n}: literal \\n outside a linebreak row")
        counters[form] += 1
        rid = f"{PREFIX[form]}{counters[form]:03d}"
        out.append("\t".join([rid, form, title, ",".join(cats) or "-", text]))
        hand[text] = (form, title, cats)
    retired = {}
    for form, cats, title, text, where in read_retired():
        # a blind set may repeat a retired row word for word (x047 is s059)
        # or a hand-written one (g107 is a numerals row of clauses.src): kept
        # verbatim in clauses_retired.tsv, written once, and only when the
        # blind labels agree
        if (retired.get(text) or hand.get(text)) == (form, title, cats):
            continue
        if text in seen:
            sys.exit(f"{where}: duplicate clause")
        seen.add(text)
        retired[text] = (form, title, cats)
        counters[form] += 1
        rid = f"{PREFIX[form]}{counters[form]:03d}"
        out.append("\t".join([rid, form, title, ",".join(cats) or "-", text]))
        rows.append((form, cats, title, text, where))
    with open(os.path.join(OUT, "clauses.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    return rows


def write_docs():
    ddir = os.path.join(OUT, "docs")
    os.makedirs(ddir, exist_ok=True)
    labels = ["file\tline\tcategories"]
    stats = []
    for name in sorted(docs_src.DOCS):
        zw = ZWCycle()
        lines, nlab = [], 0
        for n, line in enumerate(docs_src.DOCS[name].split("\n"), 1):
            m = MARK.search(line)
            if m:
                cats = parse_expected(m.group(1), f"{name}:{n}")
                labels.append(f"{name}\t{n}\t{','.join(cats)}")
                line = line[:m.start()]
                nlab += 1
            lines.append(zw(line) if "zero_width" in name else line)
        enc = docs_src.ENCODING.get(name, "utf-8")
        with open(os.path.join(ddir, name), "wb") as f:
            f.write("\n".join(lines).encode(enc))
        stats.append((name, enc, len(lines), nlab))
    with open(os.path.join(ddir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")
    return stats


def report(rows, stats):
    by_form = collections.Counter(r[0] for r in rows)
    compliant = sum(1 for r in rows if not r[1])
    cell = collections.Counter()
    by_cat = collections.Counter()
    for form, cats, *_ in rows:
        for c in cats:
            cell[(c, form)] += 1
            by_cat[c] += 1
    print(f"clauses.tsv: {len(rows)} rows, {compliant} compliant "
          f"({100.0 * compliant / len(rows):.1f}%), "
          f"{sum(1 for r in rows if len(r[1]) > 1)} with two categories, "
          f"{sum(1 for r in rows if r[2])} under a title")
    print("  by form: " + ", ".join(f"{f} {by_form[f]}" for f in FORMS))
    print("  category x form:")
    print("  " + " " * 27 + " ".join(f"{PREFIX[f]:>3}" for f in FORMS) + "  total")
    missing = []
    for c in ORDER:
        print(f"  {c:27}" + " ".join(f"{cell[(c, f)]:>3}" for f in FORMS) + f"  {by_cat[c]:>5}")
        missing += [(c, f) for f in FORMS if not cell[(c, f)]]
    print(f"docs: {len(stats)} files, "
          f"{sum(1 for s in stats if s[3] == 0)} without any finding, "
          f"{sum(s[3] for s in stats)} labeled lines")
    for s in stats:
        print(f"  {s[0]:45} {s[1]:8} {s[2]:>3} lines {s[3]:>2} labeled")
    if missing:
        sys.exit(f"empty category x form cells: {missing}")


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = write_clauses()
    stats = write_docs()
    report(rows, stats)


if __name__ == "__main__":
    main()
