#!/usr/bin/env python3
"""Independent reader of .xlsx files for myoivig's tests (io/xlsx): prints one JSON document
describing every worksheet, read with the Python standard library only (zipfile and
xml.etree), so the workbook is checked by code that shares nothing with libxlsxwriter.

Usage: xlsx_cells.py FILE.xlsx

Output: {"title": <docProps title>, "sheets": [{"name", "frozen" (the pane's top-left cell or
null), "autofilter" (range or null), "widths": {column letter: width}, "cells": {"A1":
{"type": "text" | "number" | "boolean", "value", "format" (number format code, "General"
when none), "bold"}}}]}. Exit status 1 with a message when the file is not a readable xlsx.
"""
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
      "dc": "http://purl.org/dc/elements/1.1/"}
BUILTIN_FORMATS = {0: "General", 1: "0", 2: "0.00", 14: "mm-dd-yy", 22: "m/d/yy h:mm"}
R_ID = "{%s}id" % NS["r"]


def styles(archive):
    root = ET.fromstring(archive.read("xl/styles.xml"))
    formats = dict(BUILTIN_FORMATS)
    for fmt in root.findall("m:numFmts/m:numFmt", NS):
        formats[int(fmt.get("numFmtId"))] = fmt.get("formatCode")
    bold_fonts = [font.find("m:b", NS) is not None for font in root.findall("m:fonts/m:font", NS)]
    result = []
    for xf in root.findall("m:cellXfs/m:xf", NS):
        result.append((formats.get(int(xf.get("numFmtId", "0")), "?"),
                       bold_fonts[int(xf.get("fontId", "0"))]))
    return result


def shared_strings(archive):
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    root = ET.fromstring(archive.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))
            for si in root.findall("m:si", NS)]


def cell_value(cell, strings):
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        return "text", "".join(t.text or "" for t in cell.iter("{%s}t" % NS["m"]))
    value = cell.findtext("m:v", default=None, namespaces=NS)
    if kind == "s":
        return "text", strings[int(value)]
    if kind == "str":
        return "text", value
    if kind == "b":
        return "boolean", value == "1"
    number = float(value)
    return "number", int(number) if number.is_integer() else number


def sheet(archive, name, path, style_table, strings):
    root = ET.fromstring(archive.read(path))
    pane = root.find("m:sheetViews/m:sheetView/m:pane", NS)
    frozen = pane.get("topLeftCell") if pane is not None and pane.get("state") == "frozen" else None
    autofilter = root.find("m:autoFilter", NS)
    widths = {}
    for col in root.findall("m:cols/m:col", NS):
        for index in range(int(col.get("min")), int(col.get("max")) + 1):
            widths[column_letters(index)] = float(col.get("width"))
    cells = {}
    for cell in root.iter("{%s}c" % NS["m"]):
        if cell.find("m:v", NS) is None and cell.find("m:is", NS) is None:
            continue
        kind, value = cell_value(cell, strings)
        number_format, bold = style_table[int(cell.get("s", "0"))]
        cells[cell.get("r")] = {"type": kind, "value": value, "format": number_format,
                                "bold": bold}
    return {"name": name, "frozen": frozen,
            "autofilter": autofilter.get("ref") if autofilter is not None else None,
            "widths": widths, "cells": cells}


def column_letters(index):
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def main(path):
    with zipfile.ZipFile(path) as archive:
        workbook = ET.fromstring(archive.read("xl/workbook.xml"))
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target") for rel in rels.findall("rel:Relationship", NS)}
        style_table = styles(archive)
        strings = shared_strings(archive)
        sheets = []
        for entry in workbook.findall("m:sheets/m:sheet", NS):
            target = re.sub(r"^/?(xl/)?", "xl/", targets[entry.get(R_ID)])
            sheets.append(sheet(archive, entry.get("name"), target, style_table, strings))
        title = None
        if "docProps/core.xml" in archive.namelist():
            core = ET.fromstring(archive.read("docProps/core.xml"))
            title = core.findtext("dc:title", default=None, namespaces=NS)
    json.dump({"title": title, "sheets": sheets}, sys.stdout)


if __name__ == "__main__":
    try:
        main(sys.argv[1])
    except (OSError, KeyError, zipfile.BadZipFile, ET.ParseError, IndexError) as error:
        print("xlsx_cells.py: %s" % error, file=sys.stderr)
        sys.exit(1)
