"""A Word package (OOXML zip) opened safely: size limits, relationships, Strict namespaces.

Limits are checked twice: from the zip's central directory before anything is decompressed,
and again while each part is read (a forged directory cannot make us inflate more than the
limit). XML is parsed without entities, DTDs or network access. Strict OOXML is read through
the same code as transitional: the caller asks for the namespace the package actually uses.
"""

from __future__ import annotations

import posixpath
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from urllib.parse import unquote

from lxml import etree

from hirelint.document.errors import InputError

MB = 1024 * 1024
MAX_FILE_BYTES = 50 * MB
MAX_PART_BYTES = 100 * MB
MAX_TOTAL_BYTES = 300 * MB
MAX_ENTRIES = 20_000

W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
R_TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

WORD_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}

_CHUNK = 256 * 1024


def xml_parser() -> etree.XMLParser:
    """The one XML parser configuration hirelint uses for files it did not write."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )


@dataclass(frozen=True)
class Relationship:
    """One relationship of a part: its type's last segment and the target part name."""

    rel_id: str
    kind: str  # the type URI's last segment, so Strict and transitional types compare equal
    target: str  # part name without a leading slash, or the raw URI when external
    external: bool = False


@dataclass
class Package:
    """An opened Word package. Use as a context manager; parts are read on demand."""

    path: Path
    shown: str
    zf: zipfile.ZipFile
    names: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    read_total: int = 0
    main: str = "word/document.xml"
    w_ns: str = W_TRANSITIONAL
    main_root: Optional[etree._Element] = None  # parsed once while opening

    def __enter__(self) -> "Package":
        return self

    def __exit__(self, *exc) -> None:
        self.zf.close()

    @property
    def strict(self) -> bool:
        """Strict OOXML (ISO 29500 strict namespaces) rather than transitional."""
        return self.w_ns == W_STRICT

    def has(self, name: str) -> bool:
        """Whether the package holds a part of this name."""
        return name in self.names

    def read(self, name: str) -> bytes:
        """Read one part, stopping as soon as it grows past the limits."""
        info = self.names.get(name)
        if info is None:
            raise KeyError(name)
        out = bytearray()
        try:
            with self.zf.open(info) as fh:
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    out += chunk
                    self.read_total += len(chunk)
                    if len(out) > MAX_PART_BYTES or self.read_total > MAX_TOTAL_BYTES:
                        raise InputError("too-large", _too_large_parts(self.shown))
        except InputError:
            raise
        except RuntimeError as exc:  # zipfile: "File is encrypted, password required"
            if "encrypted" in str(exc):
                raise InputError("encrypted", _encrypted(self.shown)) from None
            raise InputError("corrupt", _corrupt(self.shown)) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError, struct.error):
            raise InputError("corrupt", _corrupt(self.shown)) from None
        return bytes(out)

    def xml(self, name: str) -> etree._Element:
        """Read and parse one XML part; bad XML is a typed ``corrupt`` error."""
        data = self.read(name)
        try:
            return etree.fromstring(data, xml_parser())
        except (etree.XMLSyntaxError, ValueError):
            raise InputError("corrupt", _corrupt(self.shown, "XML-innehållet är trasigt")) from None

    def rels(self, part: str) -> list[Relationship]:
        """Relationships of ``part`` (``""`` for the package). Missing or bad rels give []."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if rels_name not in self.names:
            return []
        try:
            root = self.xml(rels_name)
        except InputError as exc:
            if exc.code == "too-large":
                raise
            return []
        out = []
        for el in root:
            if not isinstance(el.tag, str) or etree.QName(el).localname != "Relationship":
                continue
            rel_type = el.get("Type", "")
            target = el.get("Target", "")
            external = el.get("TargetMode") == "External"
            if not external:
                target = resolve_target(folder, target)
            out.append(Relationship(el.get("Id", ""), rel_type.rsplit("/", 1)[-1], target, external))
        return out

    def content_types(self) -> dict[str, str]:
        """Part name (no leading slash) or "ext:xml" -> content type."""
        if "[Content_Types].xml" not in self.names:
            return {}
        try:
            root = self.xml("[Content_Types].xml")
        except InputError as exc:
            if exc.code == "too-large":
                raise
            return {}
        out = {}
        for el in root:
            if not isinstance(el.tag, str):
                continue
            local = etree.QName(el).localname
            if local == "Override" and el.get("PartName"):
                out[el.get("PartName").lstrip("/")] = el.get("ContentType", "")
            elif local == "Default" and el.get("Extension"):
                out["ext:" + el.get("Extension").lower()] = el.get("ContentType", "")
        return out


def resolve_target(folder: str, target: str) -> str:
    """A relationship target as a part name: relative to ``folder``, or absolute from the root."""
    target = unquote(target)
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(folder, target)).lstrip("/")


def open_package(path: Path, shown: str) -> Package:
    """Open a Word zip package, checking the limits. Raises InputError (typed)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError("unreadable", f"Filen kan inte läsas: {shown} ({exc.strerror}).") from None
    if size > MAX_FILE_BYTES:
        raise InputError(
            "too-large",
            f"{shown} är {size // MB} MB; hirelint läser Word-filer upp till "
            f"{MAX_FILE_BYTES // MB} MB. Ta bort stora bilder eller dela upp dokumentet.",
        )
    _check_entry_count(path, shown)
    try:
        zf = zipfile.ZipFile(path)
    except PermissionError:
        raise InputError("unreadable", f"Filen kan inte läsas (saknar behörighet): {shown}") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, struct.error,
            NotImplementedError, IndexError, KeyError):
        raise InputError("corrupt", _corrupt(shown)) from None
    pkg = Package(path=path, shown=shown, zf=zf)
    try:
        infos = zf.infolist()
        declared = 0
        for info in infos:
            name = info.filename.replace("\\", "/").lstrip("/")
            pkg.names.setdefault(name, info)
            if name.endswith((".xml", ".rels")):
                if info.file_size > MAX_PART_BYTES:
                    raise InputError("too-large", _too_large_parts(shown))
                declared += info.file_size
        if declared > MAX_TOTAL_BYTES:
            raise InputError("too-large", _too_large_parts(shown))
        _find_main(pkg)
    except BaseException:
        zf.close()
        raise
    return pkg


def _find_main(pkg: Package) -> None:
    """Locate the main document part and its namespace, or say why this is not a Word file."""
    main: Optional[str] = None
    for rel in pkg.rels(""):
        if rel.kind == "officeDocument" and not rel.external:
            main = rel.target
            break
    types = pkg.content_types()
    if main is None:
        for name, ctype in types.items():
            if ctype in WORD_MAIN_TYPES:
                main = name
                break
    if main is None and pkg.has("word/document.xml"):
        main = "word/document.xml"
    if main is None or not pkg.has(main):
        raise _not_word(pkg, main)
    ctype = types.get(main, "")
    if ctype and ctype not in WORD_MAIN_TYPES and "wordprocessingml" not in ctype:
        raise _not_word(pkg, main)
    pkg.main = main
    pkg.main_root = pkg.xml(main)
    root_tag = pkg.main_root.tag
    ns = etree.QName(root_tag).namespace if isinstance(root_tag, str) else None
    if ns not in (W_TRANSITIONAL, W_STRICT):
        raise InputError(
            "corrupt", _corrupt(pkg.shown, "huvuddelen word/document.xml är inte ett Word-dokument")
        )
    pkg.w_ns = ns


def _not_word(pkg: Package, main: Optional[str]) -> InputError:
    names = pkg.names
    if "mimetype" in names:
        try:
            mime = pkg.read("mimetype")[:100].decode("ascii", errors="replace")
        except InputError:
            mime = ""
        if "opendocument.text" in mime:
            return InputError(
                "unsupported",
                f"{pkg.shown} är ett OpenDocument-dokument (.odt), inte Word. Öppna det i "
                "LibreOffice eller Word och spara som .docx.",
            )
    if any(n.startswith("xl/") for n in names):
        return InputError("unsupported", f"{pkg.shown} är en Excel-fil, inte ett Word-dokument.")
    if any(n.startswith("ppt/") for n in names):
        return InputError("unsupported", f"{pkg.shown} är en PowerPoint-fil, inte ett Word-dokument.")
    if main is not None or "[Content_Types].xml" in names or any(n.startswith("word/") for n in names):
        return InputError(
            "corrupt", _corrupt(pkg.shown, "dokumentets huvuddel (word/document.xml) saknas")
        )
    return InputError("unsupported", f"{pkg.shown} är en zip-fil men inte ett Word-dokument.")


def _check_entry_count(path: Path, shown: str) -> None:
    """Refuse zips whose directory claims more entries than a document can have.

    Read from the end-of-central-directory record before zipfile builds one object per entry.
    """
    try:
        with open(path, "rb") as fh:
            fh.seek(0, 2)
            size = fh.tell()
            fh.seek(max(0, size - 65_557))
            tail = fh.read()
    except OSError:
        return
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return  # zipfile will say whether it can be read at all
    entries = struct.unpack_from("<H", tail, at + 10)[0]
    if entries == 0xFFFF:  # zip64: the count is in the zip64 record; zipfile checks it
        return
    if entries > MAX_ENTRIES:
        raise InputError(
            "too-large",
            f"{shown} innehåller {entries} delar; ett Word-dokument har sällan fler än "
            f"några hundra. Filen granskas inte.",
        )


def _corrupt(shown: str, detail: str = "") -> str:
    why = f" ({detail})" if detail else ""
    return (
        f"{shown} är skadad och kan inte läsas{why}. Öppna den i Word, som ofta kan reparera "
        "filen, och spara en ny kopia."
    )


def _encrypted(shown: str) -> str:
    return (
        f"{shown} är lösenordsskyddad. Öppna den i Word, ta bort lösenordet "
        "(Arkiv > Information > Skydda dokument) och spara en kopia som hirelint kan läsa."
    )


def _too_large_parts(shown: str) -> str:
    return (
        f"{shown} packas upp till mer än hirelint tillåter ({MAX_PART_BYTES // MB} MB per del, "
        f"{MAX_TOTAL_BYTES // MB} MB totalt). Filen kan vara skadad eller en så kallad zip-bomb "
        "och granskas inte."
    )


encrypted_message = _encrypted
corrupt_message = _corrupt
