"""Small Word files for the tests, built in the test run (no third-party files are copied).

``python_docx_ad`` uses python-docx (headings, bold runs, lists, tables, nested tables, header,
footer); ``raw_docx`` writes the package from WordprocessingML strings for what python-docx
cannot make: footnotes, tracked changes, text boxes in mc:AlternateContent, content controls,
Strict OOXML.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships"

AD_SENTENCE = "Vi söker en ung och hungrig säljkille med svenska som modersmål."


def python_docx_ad(path: Path) -> Path:
    """An ad with a heading, a sentence split over runs, a requirements list and tables."""
    import docx

    d = docx.Document()
    d.add_heading("Säljare till vårt kontor", level=1)
    p = d.add_paragraph("Vi söker en ")
    p.add_run("ung och hungrig").bold = True
    p.add_run(" säljkille med svenska som ")
    p.add_run("modersmål").italic = True
    p.add_run(".")
    d.add_heading("Krav", level=2)
    d.add_paragraph("Du är stresstålig och har körkort.", style="List Bullet")
    d.add_paragraph("Du har svenska som modersmål.", style="List Number")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Roll"
    table.cell(0, 1).text = "Säljare"
    table.cell(1, 0).text = "Profil"
    table.cell(1, 1).text = "En ung säljkille."
    outer = d.add_table(rows=1, cols=1)
    inner = outer.cell(0, 0).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "Inre cell: ung och hungrig."
    section = d.sections[0]
    section.header.paragraphs[0].text = "Säljkille sökes"
    section.footer.paragraphs[0].text = "Kontakt: rekrytering@example.se"
    d.save(path)
    return path


def _content_types(extra: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/>' + extra + "</Types>"
    )


def raw_docx(
    path: Path,
    body: str,
    *,
    footnotes: str | None = None,
    header: str | None = None,
    strict: bool = False,
) -> Path:
    """A minimal Word package around ``body`` (the inside of w:body, using prefixes w, mc, wps, v)."""
    w = W_STRICT if strict else W
    r = R_STRICT if strict else R
    ns = (
        f'xmlns:w="{w}" xmlns:r="{r}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"'
    )
    rels = []
    overrides = ""
    parts: dict[str, str] = {}
    sect = ""
    if footnotes is not None:
        rels.append(f'<Relationship Id="rIdFn" Type="{r}/footnotes" Target="footnotes.xml"/>')
        overrides += ('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.'
                      'openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        parts["word/footnotes.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {ns}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            f"{footnotes}</w:footnotes>"
        )
    if header is not None:
        rels.append(f'<Relationship Id="rIdH1" Type="{r}/header" Target="header1.xml"/>')
        overrides += ('<Override PartName="/word/header1.xml" ContentType="application/vnd.'
                      'openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        parts["word/header1.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {ns}>{header}</w:hdr>'
        )
        sect = '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/></w:sectPr>'
    parts["word/document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}>'
        f"<w:body>{body}{sect}</w:body></w:document>"
    )
    parts["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels) + "</Relationships>"
    )
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{r}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    parts["[Content_Types].xml"] = _content_types(overrides)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", parts.pop("[Content_Types].xml"))
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def para(text: str, bold: bool = False, style: str | None = None) -> str:
    """One w:p with one run."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def textbox(text: str) -> str:
    """A paragraph holding a text box, stored twice (DrawingML choice, VML fallback)."""
    inner = f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>'
    return (
        '<w:p><w:r><w:t xml:space="preserve">Före rutan. </w:t></w:r><w:r><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx>{inner}</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{inner}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )


def margin_comments_profile(folder: Path) -> Path:
    """A LibreOffice user profile in ``folder`` whose Writer prints comments in the margin (7.4
    has no PDF option for it), so a converted PDF shows hirelint's comments."""
    profile = folder / "lo"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<item oor:path="/org.openoffice.Office.Writer/Print/Content"><prop oor:name="Note" oor:op="fuse">'
        "<value>4</value></prop></item></oor:items>", encoding="utf-8")
    return profile
