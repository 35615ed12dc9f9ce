#!/usr/bin/env python3
"""Merge freshly extracted strings into a translation file, under the contexts the app uses.

lupdate names a tr() call's context after the class or namespace it sits in. Many of our
non-QObject sources call a file-local helper instead,

    QString tr(const char *text) { return QCoreApplication::translate("Metrics", text); }

so at run time the context is the helper's ("Metrics"), not lupdate's ("NorthStar" or
"NorthStar::MetricEngine"), and a translation filed under lupdate's name would never be found.
This script reads lupdate's output (with absolute locations), moves every message that comes
from such a helper call to the helper's context, marks helper calls with %n as plural forms,
keeps every existing translation (also across a context move) and writes the .ts without
locations, sorted like lupdate. Strings no longer in the sources are dropped.

A message stays in lupdate's context when that context is a class with Q_OBJECT, Q_GADGET or
Q_DECLARE_TR_FUNCTIONS (its member tr() wins over a file-local helper), or an explicit
QCoreApplication::translate("Context", ...) / QT_TRANSLATE_NOOP("Context", ...) in that file.

Usage: tsmerge.py --extracted build/extracted.ts --ts translations/northstar_de.ts
                  --sources DIR [DIR ...]
Only the Python standard library is needed.
"""

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

# `QString tr(const char *text[, int n])` or `const auto tr = [](const char *text) {...}`
HELPER_RE = re.compile(
    r'(?:QString\s+tr\s*|auto\s+tr\s*=\s*\[[^\]]*\]\s*)'
    r'\(\s*const\s+char\s*\*\s*\w+\s*(,\s*int\s+\w+[^)]*)?\)\s*(?:->\s*QString\s*)?\{\s*'
    r'return\s+QCoreApplication::translate\(\s*"([^"]+)"')
HELPER_DECL_RE = re.compile(r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w*\s*(,\s*int[^)]*)?\)\s*;')
EXPLICIT_RE = re.compile(r'(?:translate|QT_TRANSLATE_N?_NOOP3?)\(\s*"([^"]+)"')
INCLUDE_RE = re.compile(r'#\s*include\s+"([^"]+)"')
TR_CLASS_RE = re.compile(r'\b(?:class|struct)\s+(?:[A-Z_]+_EXPORT\s+)?(\w+)[^;{()]*\{')
TR_MARK_RE = re.compile(r'\bQ_(?:OBJECT|GADGET)\b')
DECLARE_TR_RE = re.compile(r'Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)')


def read(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return f.read()


def source_files(roots):
    for root in roots:
        for dirpath, _, names in os.walk(root):
            for name in names:
                if name.endswith(('.cpp', '.h')):
                    yield os.path.normpath(os.path.join(dirpath, name))


def translation_classes(files):
    """Unqualified names of classes whose own tr() lupdate attributes correctly."""
    names = set()
    for path in files:
        text = read(path)
        for mark in TR_MARK_RE.finditer(text):
            owners = list(TR_CLASS_RE.finditer(text, 0, mark.start()))
            if owners:
                names.add(owners[-1].group(1))
        for declared in DECLARE_TR_RE.finditer(text):
            names.add(declared.group(1).split('::')[-1])
    return names


class Helpers:
    """The context (and whether it takes n) of the file-local tr() helper a file calls."""

    def __init__(self, roots):
        self.roots = roots
        self.cache = {}

    def _own(self, path):
        m = HELPER_RE.search(read(path))
        return (m.group(2), bool(m.group(1))) if m else None

    def of(self, path):
        if path in self.cache:
            return self.cache[path]
        found = self._own(path)
        if not found:
            # A helper declared in an included header and defined next to it.
            for inc in INCLUDE_RE.findall(read(path)):
                for root in self.roots:
                    header = os.path.join(root, inc)
                    if not os.path.isfile(header) or not HELPER_DECL_RE.search(read(header)):
                        continue
                    impl = os.path.splitext(header)[0] + '.cpp'
                    if os.path.isfile(impl):
                        found = self._own(impl)
                    if found:
                        break
                if found:
                    break
        self.cache[path] = found
        return found


class Message:
    def __init__(self, source, comment, extracomment, numerus):
        self.source = source
        self.comment = comment
        self.extracomment = extracomment
        self.numerus = numerus
        self.translation = None      # str, or list of str for numerus
        self.finished = False
        self.translatorcomment = None


def text_of(elem, tag):
    child = elem.find(tag)
    return None if child is None else (child.text or '')


def load(path):
    """[(context, Message, [locations])] from a .ts file."""
    out = []
    root = ET.parse(path).getroot()
    for ctx in root.iter('context'):
        name = text_of(ctx, 'name') or ''
        for msg in ctx.iter('message'):
            m = Message(text_of(msg, 'source') or '', text_of(msg, 'comment'),
                        text_of(msg, 'extracomment'), msg.get('numerus') == 'yes')
            m.translatorcomment = text_of(msg, 'translatorcomment')
            tr = msg.find('translation')
            if tr is not None:
                kind = tr.get('type')
                if kind in ('obsolete', 'vanished'):
                    continue
                m.finished = kind is None
                forms = tr.findall('numerusform')
                m.translation = [f.text or '' for f in forms] if m.numerus else (tr.text or '')
            locs = [(loc.get('filename'), loc.get('line')) for loc in msg.iter('location')]
            out.append((name, m, locs))
    return out, root.get('language') or ''


def protect(text):
    out = []
    for ch in text:
        if ch == '&':
            out.append('&amp;')
        elif ch == '<':
            out.append('&lt;')
        elif ch == '>':
            out.append('&gt;')
        elif ch == '"':
            out.append('&quot;')
        elif ch == "'":
            out.append('&apos;')
        elif ord(ch) < 0x20 and ch not in '\n\t':
            out.append('&#x%x;' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)


def write(path, language, contexts, forms):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE TS>',
             '<TS version="2.1" language="%s">' % language]
    for name in sorted(contexts):
        lines.append('<context>')
        lines.append('    <name>%s</name>' % protect(name))
        for m in contexts[name]:
            lines.append('    <message numerus="yes">' if m.numerus else '    <message>')
            lines.append('        <source>%s</source>' % protect(m.source))
            if m.comment:
                lines.append('        <comment>%s</comment>' % protect(m.comment))
            if m.extracomment:
                lines.append('        <extracomment>%s</extracomment>' % protect(m.extracomment))
            if m.translatorcomment:
                lines.append('        <translatorcomment>%s</translatorcomment>' % protect(m.translatorcomment))
            state = '' if m.finished else ' type="unfinished"'
            if m.numerus:
                values = list(m.translation) if isinstance(m.translation, list) else \
                    ([m.translation] if m.translation else [])
                values += [''] * (forms - len(values))
                lines.append('        <translation%s>' % state)
                for v in values[:max(forms, 1)]:
                    lines.append('            <numerusform>%s</numerusform>' % protect(v))
                lines.append('        </translation>')
            else:
                value = m.translation if isinstance(m.translation, str) else ''
                lines.append('        <translation%s>%s</translation>' % (state, protect(value)))
            lines.append('    </message>')
        lines.append('</context>')
    lines.append('</TS>')
    data = '\n'.join(lines) + '\n'
    if os.path.isfile(path) and read(path) == data:
        return False
    with open(path, 'w', encoding='utf-8') as f:
        f.write(data)
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--extracted', required=True)
    ap.add_argument('--ts', required=True)
    ap.add_argument('--sources', nargs='+', required=True)
    ap.add_argument('--forms', type=int, default=2, help='plural forms of the language')
    args = ap.parse_args()

    roots = [os.path.abspath(r) for r in args.sources]
    classes = translation_classes(source_files(roots))
    helpers = Helpers(roots)
    base = os.path.dirname(os.path.abspath(args.extracted))

    extracted, _ = load(args.extracted)
    contexts = {}
    index = {}
    moved = 0
    unresolved = set()
    # Messages are ordered by where they first occur (file, line), so the result does not
    # depend on the order in which lupdate visited the files.
    position = {}
    for lcontext, m, locs in extracted:
        targets = {}
        for filename, line in locs or [(None, None)]:
            runtime, plural = lcontext, False
            where = ('~', 0)
            if filename:
                path = os.path.normpath(os.path.join(base, filename))
                where = (path, int(line or 0))
                helper = helpers.of(path) if os.path.isfile(path) else None
                explicit = set(EXPLICIT_RE.findall(read(path))) if os.path.isfile(path) else set()
                if lcontext.split('::')[-1] not in classes and lcontext not in explicit:
                    if helper:
                        runtime, plural = helper
                    else:
                        unresolved.add('%s: tr() in "%s", which has no Q_OBJECT and no tr() helper '
                                       'this script recognises; kept that context' % (path, lcontext))
            first = targets.get((runtime, plural))
            targets[(runtime, plural)] = where if first is None else min(first, where)
        for (runtime, plural), where in targets.items():
            key = (runtime, m.source, m.comment or '')
            if key in index:
                position[key] = min(position[key], where)
                continue
            copy = Message(m.source, m.comment, m.extracomment,
                           m.numerus or (plural and '%n' in m.source))
            index[key] = copy
            position[key] = where
            contexts.setdefault(runtime, []).append(copy)
            moved += runtime != lcontext
    for name, messages in contexts.items():
        messages.sort(key=lambda msg: (position[(name, msg.source, msg.comment or '')],
                                       msg.source, msg.comment or ''))

    old, language = load(args.ts) if os.path.isfile(args.ts) else ([], '')
    exact = {(c, m.source, m.comment or ''): m for c, m, _ in old}
    by_text = {}
    for c, m, _ in old:
        by_text.setdefault((m.source, m.comment or ''), []).append(m)
    for (ctx, source, comment), m in index.items():
        prev = exact.get((ctx, source, comment))
        if prev is None:
            # Same text elsewhere (a context that moved): reuse it when all agree.
            done = [p for p in by_text.get((source, comment), []) if p.translation]
            if done and all(p.translation == done[0].translation for p in done):
                prev = done[0]
        if prev is None:
            continue
        m.translatorcomment = prev.translatorcomment
        m.translation = prev.translation
        m.finished = prev.finished and prev.numerus == m.numerus

    if not language:
        stem = os.path.splitext(os.path.basename(args.ts))[0]
        language = stem.split('_', 1)[1] if '_' in stem else ''
    for line in sorted(unresolved):
        print('warning: ' + line, file=sys.stderr)
    changed = write(args.ts, language, contexts, args.forms)
    total = len(index)
    open_count = sum(1 for m in index.values() if not m.finished)
    print('%s: %d messages in %d contexts (%d under a tr() helper\'s context), %d unfinished%s'
          % (os.path.basename(args.ts), total, len(contexts), moved, open_count,
             '' if changed else ', unchanged'))
    return 0


if __name__ == '__main__':
    sys.exit(main())
