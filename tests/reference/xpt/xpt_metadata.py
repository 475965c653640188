#!/usr/bin/env python3
"""An independent reader of SAS transport (XPORT version 5) files, written from the SAS
technical note TS-140 without libreadstat, that prints what src/io/xpt/xpt_reader_test.cpp
expects of the CDISC pilot files: the dataset name and label, the row count, and for every
variable its name, type, length, label and format.

Usage: tests/reference/xpt/xpt_metadata.py FILE.xpt...
"""
import struct
import sys

RECORD = 80


def ibm_to_double(raw):
    """IBM 370 hexadecimal floating point (8 bytes, big-endian) to a Python float, or None
    for a missing value (first byte '.', '_' or A-Z and the rest zero)."""
    raw = raw.ljust(8, b"\0")
    if raw[1:] == b"\0" * 7 and (raw[0] in b"._" or 0x41 <= raw[0] <= 0x5A):
        return None
    sign = -1.0 if raw[0] & 0x80 else 1.0
    exponent = (raw[0] & 0x7F) - 64
    mantissa = int.from_bytes(raw[1:], "big") / float(1 << 56)
    return sign * mantissa * 16.0 ** exponent


def read(path):
    data = open(path, "rb").read()
    if not data.startswith(b"HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!"):
        raise SystemExit(f"{path}: not a SAS transport version 5 file")
    member = data.index(b"HEADER RECORD*******MEMBER  HEADER RECORD!!!!!!!")
    namestr_size = int(data[member + 74:member + 78])
    descriptor = member + 2 * RECORD
    dataset_name = data[descriptor + 8:descriptor + 16].decode().rstrip()
    dataset_label = data[descriptor + RECORD + 32:descriptor + RECORD + 72].decode().rstrip()
    namestr_header = descriptor + 2 * RECORD
    count = int(data[namestr_header + 54:namestr_header + 58])
    offset = namestr_header + RECORD
    variables = []
    for index in range(count):
        n = data[offset + index * namestr_size:offset + (index + 1) * namestr_size]
        ntype, _, length, _ = struct.unpack(">hhhh", n[0:8])
        name = n[8:16].decode().rstrip()
        label = n[16:56].decode("latin-1").rstrip()
        form = n[56:64].decode().rstrip()
        width, decimals = struct.unpack(">hh", n[64:68])
        position = struct.unpack(">i", n[84:88])[0]
        fmt = ""
        if form or width:
            fmt = form + (str(width) if width else "") + "." + (str(decimals) if decimals else "")
        variables.append((name, "num" if ntype == 1 else "char", length, label, fmt, position))
    obs = offset + count * namestr_size
    obs += (-(obs - offset) % RECORD)  # namestr records are padded to 80 bytes
    assert data[obs:obs + 20] == b"HEADER RECORD*******", path
    rows_start = obs + RECORD
    row_length = sum(v[2] for v in variables)
    body = data[rows_start:]
    rows = len(body) // row_length
    while rows > 0 and body[(rows - 1) * row_length:rows * row_length].strip(b" ") == b"" \
            and len(body) - (rows - 1) * row_length < RECORD:
        rows -= 1  # trailing blank padding of the last 80-byte record
    return dataset_name, dataset_label, rows, variables, body, row_length


def value(variables, body, row_length, row, name):
    for v in variables:
        if v[0] == name:
            raw = body[row * row_length + v[5]:row * row_length + v[5] + v[2]]
            return ibm_to_double(raw) if v[1] == "num" else raw.decode("latin-1").rstrip()
    raise KeyError(name)


if __name__ == "__main__":
    for path in sys.argv[1:]:
        name, label, rows, variables, body, row_length = read(path)
        print(f"{path}: dataset {name!r} label {label!r} rows {rows}")
        for v in variables:
            print(f'  {{"{v[0]}", "{v[3]}", {v[1]}, {v[2]}, "{v[4]}"}},')
