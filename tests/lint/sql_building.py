#!/usr/bin/env python3
"""SQL is written with bound parameters; where a statement is put together
(.arg() or +), every piece that is not a literal must be a known-safe helper
(sqlIdList, QString::number) or an identifier reviewed and listed, with the
reason, in sql_allowlist.txt. A new piece, or a listed one no longer used,
fails the suite. Usage: sql_building.py SOURCE_DIR"""
import os
import re
import sys

SQL = re.compile(r"\b(SELECT|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|WHERE|ORDER\s+BY|JOIN|"
                 r"CREATE\s+(TEMP\s+)?(TABLE|INDEX|TRIGGER|VIEW)|DROP\s+(TABLE|INDEX|TRIGGER|VIEW)|ALTER\s+TABLE|"
                 r"PRAGMA|SAVEPOINT|RELEASE|VALUES|LIMIT|GROUP\s+BY|HAVING|LIKE|IS\s+(NOT\s+)?NULL)\b|\w\s*=\s*\?")
STRINGS = r'(?:u?"(?:[^"\\]|\\.)*")+'
LITERAL = r"(?:QStringLiteral\(" + STRINGS + r"\)|QLatin1String\(" + STRINGS + r"\)|" + STRINGS + \
          r"|u?'(?:[^'\\]|\\.)'|QString\(\))"
SAFE = [
    re.compile(r"^sqlIdList\(.*\)$"),
    re.compile(r"^sqlPlaceholders\(.*\)$"),
    re.compile(r"^QString::number\(.*\)$"),
    re.compile("^" + LITERAL + "$"),
    # A choice between two literals.
    re.compile(r"^\(?[^?]*\?" + LITERAL + ":" + LITERAL + r"\)?$"),
]


def tokens(src):
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src.startswith("/*", i):
            j = src.find("*/", i)
            i = n if j < 0 else j + 2
        elif src.startswith('R"', i):
            m = re.match(r'R"([^(]*)\(', src[i:])
            end = src.find(")" + m.group(1) + '"', i)
            out.append(("str", src[i:end + len(m.group(1)) + 2], i))
            i = end + len(m.group(1)) + 2
        elif c.isdigit():
            # A number, with its digit separators (100'000).
            m = re.match(r"[0-9][0-9A-Za-z_.']*", src[i:])
            out.append(("num", m.group(0), i))
            i += len(m.group(0))
        elif c in "\"'":
            j = i + 1
            while src[j] != c:
                j += 2 if src[j] == "\\" else 1
            out.append(("str" if c == '"' else "chr", src[i:j + 1], i))
            i = j + 1
        elif c.isspace():
            i += 1
        else:
            m = re.match(r"[A-Za-z_][A-Za-z_0-9]*(?:::[A-Za-z_][A-Za-z_0-9]*)*|->|\+\+|\+=|==|!=|<=|>=|&&|\|\|", src[i:])
            tok = m.group(0) if m else c
            out.append(("id" if tok[0].isalpha() or tok[0] == "_" else "p", tok, i))
            i += len(tok)
    return out


def statements(toks):
    cur, depth = [], 0
    for t in toks:
        cur.append(t)
        if t[0] == "p":
            if t[1] in "([":
                depth += 1
            elif t[1] in ")]":
                depth -= 1
            # A lambda's body is statements of its own.
            if t[1] in "{}" or (t[1] == ";" and depth <= 0):
                yield cur
                cur, depth = [], 0
    if cur:
        yield cur


def joined(ts):
    return "".join(t[1] for t in ts)


def closing(st, i):
    """Index of the parenthesis closing st[i] == '('."""
    depth = 0
    for j in range(i, len(st)):
        if st[j][0] == "p" and st[j][1] in "([":
            depth += 1
        elif st[j][0] == "p" and st[j][1] in ")]":
            depth -= 1
            if depth == 0:
                return j
    return len(st) - 1


def split_args(ts):
    args, cur, depth = [], [], 0
    for t in ts:
        if t[0] == "p" and t[1] in "([":
            depth += 1
        elif t[0] == "p" and t[1] in ")]":
            depth -= 1
        if t[0] == "p" and t[1] == "," and depth == 0:
            args.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        args.append(cur)
    return args


def strip_calls(ts):
    """The piece without its .arg(…) and .join(literal) calls (their arguments are checked apart)."""
    out, i = [], 0
    while i < len(ts):
        if ts[i][1] == "." and i + 2 < len(ts) and ts[i + 1][1] in ("arg", "join", "trimmed") and ts[i + 2][1] == "(":
            j = closing(ts, i + 2)
            if ts[i + 1][1] == "join" and not all(re.match("^" + LITERAL + "$", joined(a)) for a in split_args(ts[i + 3:j])):
                out.extend(ts[i:j + 1])
            i = j + 1
            continue
        out.append(ts[i])
        i += 1
    text = joined(out)
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return text


def operands(st, k):
    """The two operands of the + at st[k]."""
    stops_left = {"+", "(", ",", "=", "+=", "return", ";", "{", "}", "<<", "?", ":"}
    stops_right = {"+", ",", ";", ")", "]", "?", ":"}
    left, depth, i = [], 0, k - 1
    while i >= 0:
        t = st[i]
        if t[0] == "p" and t[1] in ")]":
            depth += 1
        elif t[0] == "p" and t[1] in "([":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and t[1] in stops_left:
            break
        left.insert(0, t)
        i -= 1
    right, depth, i = [], 0, k + 1
    while i < len(st):
        t = st[i]
        if t[0] == "p" and t[1] in "([":
            depth += 1
        elif t[0] == "p" and t[1] in ")]":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and t[1] in stops_right:
            break
        right.append(t)
        i += 1
    return [left, right]


def pieces(st):
    """Every piece put into an SQL statement: .arg() arguments and + operands."""
    found = []
    for i, t in enumerate(st):
        if t[1] == "arg" and i > 0 and st[i - 1][1] == "." and i + 1 < len(st) and st[i + 1][1] == "(":
            for a in split_args(st[i + 2:closing(st, i + 1)]):
                # Its + operands are checked as such.
                if not any(x[0] == "p" and x[1] == "+" for x in a):
                    found.append(a)
        elif t[0] == "p" and t[1] == "+=":
            # `sql += piece`: the statement being built is not a piece of it;
            # the piece is all that follows (its own + operands apart).
            right, depth = [], 0
            for x in st[i + 1:]:
                if x[0] == "p" and x[1] in "([":
                    depth += 1
                elif x[0] == "p" and x[1] in ")]":
                    depth -= 1
                if depth < 0 or (depth == 0 and x[1] in (";", ",")):
                    break
                right.append(x)
            if not any(x[0] == "p" and x[1] == "+" for x in right):
                found.append(right)
        elif t[0] == "p" and t[1] == "+":
            found.extend(operands(st, i))
    return found


def check(rel, src, allowed, used):
    problems = []
    for st in statements(tokens(src)):
        sql = "".join(t[1] for t in st if t[0] == "str")
        if not SQL.search(sql):
            continue
        seen = set()
        for piece in pieces(st):
            # An operand between two + is met twice.
            if not piece or piece[0][2] in seen:
                continue
            seen.add(piece[0][2])
            text = strip_calls(piece)
            if not text or any(p.match(text) for p in SAFE):
                continue
            if (rel, text) in allowed:
                used.add((rel, text))
                continue
            line = src[:piece[0][2]].count("\n") + 1
            problems.append(f"{rel}:{line}: SQL put together with `{text}`: bind it as a "
                            "parameter, or review it and list it in tests/lint/sql_allowlist.txt")
    return problems


# What the check must find, and what it must let through: it fails if it does not.
SELF_TEST = [
    ('q.exec(QStringLiteral("SELECT id FROM record WHERE title = \'%1\'").arg(title));', 1),
    ('q.prepare(QStringLiteral("DELETE FROM basket WHERE name = \'") + name + QStringLiteral("\'"));', 1),
    ('const QString sql = "SELECT id FROM record ORDER BY " + m_sortKey;', 1),
    ('where += QStringLiteral(" AND title LIKE \'%") + filter.text + u\'%\';', 1),
    ('q.exec(QStringLiteral("UPDATE record SET title = %1 WHERE id = %2").arg(title, QString::number(id)));', 1),
    ('q.prepare(QStringLiteral("SELECT id FROM record WHERE title = ? AND year = ?"));', 0),
    ('q.prepare(QStringLiteral("SELECT id FROM record WHERE id IN (%1)").arg(sqlIdList(ids)));', 0),
    ('q.prepare(QStringLiteral("SELECT id FROM record LIMIT %1").arg(QString::number(limit)));', 0),
    ('q.prepare(QStringLiteral("SELECT id FROM record WHERE 1 %1").arg(all ? QString() : '
     'QStringLiteral("AND kept = 1")));', 0),
    ('QString title = QStringLiteral("Le logement ") + name;', 0),
]


def self_test():
    failed = 0
    for snippet, expected in SELF_TEST:
        found = check("core/Sample.cpp", "void f() {\n" + snippet + "\n}\n", {}, set())
        if len(found) != expected:
            print(f"self-test: {len(found)} problem(s) instead of {expected} in: {snippet}")
            failed += 1
    return failed


def main():
    if self_test():
        return 1
    root = sys.argv[1]
    allow_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sql_allowlist.txt")
    allowed = {}
    for number, line in enumerate(open(allow_path, encoding="utf-8"), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        entry, _, why = line.partition("#")
        path, piece = entry.split(None, 1)
        if not why.strip():
            print(f"{allow_path}:{number}: an allowed piece needs its reason after '#'")
            return 1
        allowed[(path, piece.strip())] = number
    used, problems = set(), []
    for folder in ("core", "app"):
        for directory, _, files in os.walk(os.path.join(root, folder)):
            for name in sorted(files):
                if not name.endswith(".cpp"):
                    continue
                path = os.path.join(directory, name)
                rel = os.path.relpath(path, root)
                problems += check(rel, open(path, encoding="utf-8").read(), allowed, used)
    for key, number in sorted(allowed.items(), key=lambda kv: kv[1]):
        if key not in used:
            problems.append(f"{allow_path}:{number}: `{key[1]}` in {key[0]} is no longer used: remove the line")
    for p in problems:
        print(p)
    print(f"{len(used)} reviewed pieces, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
