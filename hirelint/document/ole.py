"""Just enough of the OLE compound file format (CFB) to tell what an OLE file is.

Word 97–2003 documents, encrypted Office 2007+ documents and IRM-protected documents are all
OLE compound files. We never parse their content; we only list the stream names in the
directory and, for a Word 97–2003 document, read the encryption flag in its file information
block. Every read is bounds-checked, so a fuzzed file gives an answer, never an exception.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
_END_OF_CHAIN = 0xFFFFFFFE
_MAX_SECTORS = 1 << 20  # a loop guard far above any real directory or FAT


@dataclass(frozen=True)
class OleInfo:
    """What an OLE compound file holds, as far as hirelint cares."""

    streams: frozenset[str]  # lower-cased: CFB compares names case-insensitively
    word_encrypted: bool = False  # the Word 97–2003 FIB says fEncrypted

    @property
    def office_encrypted(self) -> bool:
        """An Office 2007+ file wrapped in an encrypted (or rights-managed) container."""
        return bool({"encryptioninfo", "encryptedpackage", "\x06dataspaces"} & self.streams)

    @property
    def is_word(self) -> bool:
        return "worddocument" in self.streams


def is_ole(head: bytes) -> bool:
    """True when the first bytes are the OLE compound file signature."""
    return head[:8] == OLE_MAGIC


def inspect_ole(data: bytes) -> OleInfo:
    """List the streams of an OLE file and read Word's encryption flag. Never raises."""
    try:
        return _inspect(data)
    except (struct.error, IndexError, ValueError, OverflowError):
        return _fallback(data)


def _fallback(data: bytes) -> OleInfo:
    """When the directory cannot be walked, look for the stream names' UTF-16 bytes."""
    names = ("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces", "WordDocument")
    found = frozenset(
        n.lower() for n in names
        if n.encode("utf-16-le") in data or n.upper().encode("utf-16-le") in data
    )
    return OleInfo(found)


def _inspect(data: bytes) -> OleInfo:
    if len(data) < 512 or not is_ole(data):
        raise ValueError("not an OLE file")
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        raise ValueError("bad sector size")
    size = 1 << shift
    n_fat, first_dir = struct.unpack_from("<II", data, 0x2C)
    first_difat, n_difat = struct.unpack_from("<II", data, 0x44)

    def sector(n: int) -> bytes:
        off = (n + 1) * size
        if off >= len(data):
            raise ValueError("sector out of range")
        return data[off: off + size]

    fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < _END_OF_CHAIN]
    nxt, seen = first_difat, 0
    while nxt < _END_OF_CHAIN and seen < n_difat + 1 and seen < _MAX_SECTORS:
        block = sector(nxt)
        entries = struct.unpack_from(f"<{size // 4}I", block.ljust(size, b"\0"))
        fat_sectors.extend(s for s in entries[:-1] if s < _END_OF_CHAIN)
        nxt = entries[-1]
        seen += 1
    fat: list[int] = []
    for s in fat_sectors[: max(n_fat, 1)]:
        block = sector(s).ljust(size, b"\0")
        fat.extend(struct.unpack_from(f"<{size // 4}I", block))

    streams: set[str] = set()
    word_start = None
    word_size = 0
    n, steps = first_dir, 0
    while n < _END_OF_CHAIN and steps < _MAX_SECTORS:
        block = sector(n)
        for i in range(0, len(block) - 127, 128):
            entry = block[i: i + 128]
            name_len = struct.unpack_from("<H", entry, 0x40)[0]
            kind = entry[0x42]
            if kind not in (1, 2, 5) or not 2 <= name_len <= 64:
                continue
            name = entry[: name_len - 2].decode("utf-16-le", errors="replace").lower()
            streams.add(name)
            if name == "worddocument" and kind == 2:
                word_start = struct.unpack_from("<I", entry, 0x74)[0]
                word_size = struct.unpack_from("<I", entry, 0x78)[0]
        n = fat[n] if n < len(fat) else _END_OF_CHAIN
        steps += 1

    encrypted = False
    if word_start is not None and word_size >= 4096 and word_start < _END_OF_CHAIN:
        fib = sector(word_start)
        if len(fib) >= 12:
            ident, flags = struct.unpack_from("<H", fib, 0)[0], struct.unpack_from("<H", fib, 0x0A)[0]
            if ident in (0xA5EC, 0xA5DC):
                encrypted = bool(flags & 0x0100)  # fEncrypted (RC4 or XOR)
    if not streams:
        return _fallback(data)
    return OleInfo(frozenset(streams), encrypted)
