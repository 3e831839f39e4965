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
from hirelint.document.safeio import check_regular

MB = 1024 * 1024
MAX_FILE_BYTES = 50 * MB  # the .docx file itself
MAX_PART_BYTES = 100 * MB  # any one part inflated (an image, say)
MAX_TOTAL_BYTES = 300 * MB  # every part of the package inflated, media included
MAX_XML_PART_BYTES = 16 * MB  # one XML part that is parsed (the largest sample: 2.3 MB)
MAX_XML_TOTAL_BYTES = 32 * MB  # all XML parsed for one document (parsing costs ~35x in memory)
MAX_TEXT_CHARS = 5_000_000  # text extracted from one document (about 700,000 words)
MAX_ENTRIES = 20_000
# What Word writes; zipfile inflates bzip2 and LZMA entries whole, without a length bound.
ALLOWED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)

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
    xml_total: int = 0
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

    def read(self, name: str, limit: Optional[int] = None) -> bytes:
        """Read one part, stopping as soon as it grows past the limits (``limit`` for this part,
        else MAX_PART_BYTES)."""
        info = self.names.get(name)
        if info is None:
            raise KeyError(name)
        part_limit = MAX_PART_BYTES if limit is None else min(limit, MAX_PART_BYTES)
        if info.compress_type not in ALLOWED_COMPRESSION:
            raise InputError("unsupported", _odd_compression(self.shown))
        out = bytearray()
        try:
            with self.zf.open(info) as fh:
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    out += chunk
                    self.read_total += len(chunk)
                    if len(out) > part_limit or self.read_total > MAX_TOTAL_BYTES:
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
        data = self.read(name, MAX_XML_PART_BYTES)
        self.xml_total += len(data)
        if self.xml_total > MAX_XML_TOTAL_BYTES:
            raise InputError("too-large", _too_large_parts(self.shown))
        try:
            return etree.fromstring(data, xml_parser())
        except etree.XMLSyntaxError as exc:
            if "huge" in str(exc).lower():  # libxml2's limit on one text node (10 MB) or depth
                raise InputError("too-large", _too_large_node(self.shown)) from None
            raise InputError("corrupt", _corrupt(self.shown, "XML-innehållet är trasigt")) from None
        except ValueError:
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
    size = check_regular(path, shown).st_size
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
        if len(infos) > MAX_ENTRIES:
            raise InputError("too-large", _too_many_entries(shown, len(infos)))
        declared = 0
        xml_limit = min(MAX_XML_PART_BYTES, MAX_PART_BYTES)
        folded: set[str] = set()
        for info in infos:
            name = info.filename.replace("\\", "/").lstrip("/")
            if name.lower() in folded:
                # zipfile would read the first copy, Word the last: refuse to guess
                raise InputError("corrupt", _corrupt(shown, f"delen {name} finns två gånger"))
            folded.add(name.lower())
            pkg.names[name] = info
            if info.compress_type not in ALLOWED_COMPRESSION:
                raise InputError("unsupported", _odd_compression(shown))
            limit = xml_limit if name.lower().endswith((".xml", ".rels")) else MAX_PART_BYTES
            if info.file_size > limit:
                raise InputError("too-large", _too_large_parts(shown))
            declared += info.file_size  # media too: an annotated copy inflates every part
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
    """Refuse zips whose directory holds more entries than a document can have.

    Counted before zipfile builds one object per entry: the end-of-central-directory record's
    count (the zip64 record's when the plain one says 0xFFFF), and the file headers actually
    found in the central directory, since zipfile reads the directory by its size, not its count.
    """
    try:
        with open(path, "rb") as fh:
            fh.seek(0, 2)
            size = fh.tell()
            fh.seek(max(0, size - 65_557))
            tail_at = fh.tell()
            tail = fh.read()
            at = tail.rfind(b"PK\x05\x06")
            if at < 0 or at + 22 > len(tail):
                return  # zipfile will say whether it can be read at all
            entries, cd_size, cd_offset = struct.unpack_from("<HII", tail, at + 10)
            end = tail_at + at  # where the central directory ends (before any zip64 records)
            if entries == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
                loc = at - 20
                if loc < 0 or tail[loc: loc + 4] != b"PK\x06\x07":
                    raise InputError("corrupt", _corrupt(shown, "zip64-katalogen saknas"))
                rec_at = struct.unpack_from("<Q", tail, loc + 8)[0]
                if rec_at + 56 > size:
                    raise InputError("corrupt", _corrupt(shown, "zip64-katalogen är trasig"))
                fh.seek(rec_at)
                rec = fh.read(56)
                if len(rec) < 56 or rec[:4] != b"PK\x06\x06":
                    raise InputError("corrupt", _corrupt(shown, "zip64-katalogen är trasig"))
                entries, cd_size = struct.unpack_from("<QQ", rec, 32)
                end = rec_at
            if entries > MAX_ENTRIES:
                raise InputError("too-large", _too_many_entries(shown, entries))
            start = end - cd_size
            if start < 0 or cd_size > MAX_FILE_BYTES:
                return  # zipfile reports the broken directory
            fh.seek(start)
            directory = fh.read(cd_size)
    except OSError:
        return
    found = directory.count(b"PK\x01\x02")  # an upper bound on the headers zipfile will build
    if found > MAX_ENTRIES:
        raise InputError("too-large", _too_many_entries(shown, found))


def _too_many_entries(shown: str, entries: int) -> str:
    return (
        f"{shown} innehåller {entries} delar; ett Word-dokument har sällan fler än några hundra "
        f"och hirelint läser högst {MAX_ENTRIES}. Filen granskas inte."
    )


def _too_large_node(shown: str) -> str:
    return (
        f"{shown} har ett textstycke eller en nästling som är större än hirelint läser (över "
        "10 MB text i ett enda stycke). Filen kan vara konstruerad för att ta slut på minnet och "
        "granskas inte."
    )


def _odd_compression(shown: str) -> str:
    return (
        f"{shown} är packad med en komprimering som Word inte använder (bara lagrade och "
        "deflate-packade delar läses). Öppna filen i Word och spara en ny kopia."
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
        f"{shown} packas upp till mer än hirelint tillåter ({MAX_XML_PART_BYTES // MB} MB per "
        f"XML-del och {MAX_XML_TOTAL_BYTES // MB} MB XML totalt, {MAX_PART_BYTES // MB} MB per "
        f"bild eller annan del, {MAX_TOTAL_BYTES // MB} MB totalt). Filen kan vara skadad eller "
        "en så kallad zip-bomb och granskas inte."
    )


encrypted_message = _encrypted
corrupt_message = _corrupt
