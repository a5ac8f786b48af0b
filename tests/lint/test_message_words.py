#!/usr/bin/env python3
"""No finding speaks in model keys (issue: findings a person can act on).

Every message and note of `nianbao lint --format json`, in both languages, on
the real reports of the corpus and on the examples, must name rows, columns
and fields by the template's words (`“（二）部分公开”行“自然人”列`), never by the
keys of the JSON model (`PARTIAL`, `NEW/RES`, `PROCURE/amount`): an official
reading the finding does not know those keys. The keys stay in JSON fields.

usage: test_message_words.py NIANBAO EXAMPLES_DIR CORPUS_DIR
"""
import json
import pathlib
import re
import subprocess
import sys
import unittest

NIANBAO = None
INPUTS = []

# T2/T3/T4 row, column and cell keys and T2 field keys (docs/tables.md).
UPPER_KEY = re.compile(r"[A-Z]+_[A-Z0-9]+")
WORD_KEYS = ("NP BIZ RES NGO LAW SUM NEW GRANT PARTIAL TOTAL OTHER RULES NORMDOC LICENSE PENALTY "
             "COERCION ADMINFEE OTHERSVC PROCURE").split()
FIELD_KEYS = ("amount_wan amount_unit new_made new_published total_published prev_items").split()
KEY_WORD = re.compile(r"(?<![A-Za-z])(" + "|".join(WORD_KEYS) + r")(?![A-Za-z])")
SLASHED = re.compile(r"[A-Za-z]+/(made|repealed|valid|decisions|amount|projects|delta)\b")


def keys_in(text):
    found = UPPER_KEY.findall(text) + KEY_WORD.findall(text) + SLASHED.findall(text)
    found += [k for k in FIELD_KEYS if k in text]
    return found


def messages(path, lang):
    result = subprocess.run([NIANBAO, "lint", "--format", "json", "--lang", lang, path],
                            capture_output=True, timeout=120)
    document = json.loads(result.stdout)
    for file in document["files"]:
        for d in file["diagnostics"]:
            yield d["rule"], d["message"]
            for note in d["notes"]:
                yield d["rule"], note["message"]


class MessageWords(unittest.TestCase):
    def test_the_scan_finds_keys(self):
        # The scan itself: the messages of before this change are caught.
        for text in ("T3 缺少 9 行：PARTIAL, DENY_1", "T3 NEW/RES 为空", "T2 PROCURE/amount：已去除单位",
                     "T3 GRANT 有 4 个数值单元格", "T2 ADMINFEE is 100000 万元", "T2 RULES: valid (1)"):
            self.assertTrue(keys_in(text), text)
        for text in ("T3“（二）部分公开”行“自然人”列为空", "T2“政府集中采购”行“采购总金额”列", "T4“行政复议”“结果维持”"):
            self.assertFalse(keys_in(text), text)

    def test_no_message_names_a_model_key(self):
        self.assertGreater(len(INPUTS), 10)
        seen = 0
        for path in INPUTS:
            for lang in ("zh", "en"):
                for rule, message in messages(path, lang):
                    seen += 1
                    with self.subTest(path=path.name, lang=lang, rule=rule):
                        self.assertEqual(keys_in(message), [], message)
        self.assertGreater(seen, 100)


if __name__ == "__main__":
    NIANBAO = sys.argv.pop(1)
    examples = pathlib.Path(sys.argv.pop(1))
    corpus = pathlib.Path(sys.argv.pop(1))
    INPUTS = sorted(examples.glob("*.txt")) + sorted(p for p in corpus.iterdir()
                                                     if p.suffix in (".txt", ".html", ".pdf", ".docx"))
    unittest.main(verbosity=1)
