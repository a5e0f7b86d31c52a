#!/usr/bin/env python3
"""Reads `readout export --format csv` back with Python's csv module.

Usage: check_csv_export.py READOUT EXPORT_FIXTURE

Writes the fictional archive with its notes (export-fixture), exports it as CSV with and
without a byte order mark, and checks that a real CSV reader gets every field back as written:
quotes, commas, line breaks, Japanese and Russian text.
"""

import csv
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

COLUMNS = ["document", "title", "date", "speaker", "side", "topic", "quote", "note", "tags",
           "colour", "author", "created", "modified", "file", "line", "outline", "sha256"]


def export(readout, folder, *options):
    result = subprocess.run([readout, "export", "--format", "csv", *options, str(folder)],
                            capture_output=True, check=False)
    if result.returncode != 0:
        sys.exit(f"readout export failed ({result.returncode}): {result.stderr.decode()}")
    return result.stdout


def rows(data, bom):
    if bom:
        assert data.startswith(b"\xef\xbb\xbf"), "--bom: the file starts with a BOM"
        data = data[3:]
    else:
        assert not data.startswith(b"\xef\xbb\xbf"), "no BOM unless asked for"
    text = data.decode("utf-8")
    # RFC 4180: every record ends with CRLF (the line breaks inside notes are quoted LFs).
    assert text.endswith("\r\n"), "records end with CRLF"
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    table = list(reader)
    assert table[0] == COLUMNS, f"header {table[0]}"
    return [dict(zip(COLUMNS, row)) for row in table[1:]]


def main():
    readout, fixture = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "archive"
        made = subprocess.run([fixture, str(folder)], capture_output=True, check=True)
        notes = json.loads(made.stdout)
        plain = rows(export(readout, folder), bom=False)
        with_bom = rows(export(readout, folder, "--bom"), bom=True)
        assert plain == with_bom, "the BOM changes nothing else"
        assert len(plain) == len(notes), f"{len(plain)} rows for {len(notes)} notes"
        by_quote = {row["quote"]: row for row in plain}
        for note in notes:
            row = by_quote.get(note["quote"])
            assert row is not None, f"no row for {note['quote']!r}"
            assert row["note"] == note["note"], f"{row['note']!r} != {note['note']!r}"
            assert row["tags"] == "; ".join(note["tags"]), row["tags"]
            assert row["colour"] == note["colour"]
            assert row["author"] == note["author"]
            assert row["file"] == note["file"]
            assert len(row["sha256"]) == 64 and row["line"].isdigit()
        # The ones with every hard case in them, checked field by field.
        castellan = by_quote["negotiations on the peace treaty should resume without delay"]
        assert castellan["speaker"] == "Arlen Castellan" and castellan["side"] == "Veloria"
        assert castellan["note"] == 'He said "soon", then, later: "without delay".\nSecond line, with a comma.'
        assert castellan["topic"] == "Bilateral Relations \u203a Peace Treaty"
        assert castellan["outline"] == "1.(1)" and castellan["line"] == "5"
        assert castellan["date"] == "2002-09-18"
        assert any("\u300c\u53cb\u597d\u306e\u5e74\u300d" in q for q in by_quote), "Japanese quote"
        assert any(row["note"].startswith("\u041f\u0440\u043e\u0432\u0435\u0440\u0438\u0442\u044c")
                   for row in plain), "Russian note"
    print(f"CSV read back by Python's csv module: {len(plain)} rows, all fields as written")


if __name__ == "__main__":
    main()
