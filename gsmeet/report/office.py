"""What the two editable formats share: the zip written the same way every time, and
the draft watermark."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable
from datetime import datetime

_EARLIEST = datetime(1980, 1, 1)  # a zip file cannot date anything earlier

# Office's "extended properties" without the name of the program that wrote the file.
APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
    b'2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>0</TotalTime>'
    b"<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    b"<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def repack(
    data: bytes,
    when: datetime,
    *,
    drop: Iterable[str] = (),
    rewrite: dict[str, Callable[[bytes], bytes]] | None = None,
) -> bytes:
    """The zip ``data`` again, every entry dated ``when`` (writers stamp the clock),
    in the same order and compression; entries in ``drop`` left out, those in
    ``rewrite`` passed through their function."""
    stamp = max(when, _EARLIEST).timetuple()[:6]
    dropped = set(drop)
    changes = rewrite or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            if entry.filename in dropped:
                continue
            content = source.read(entry.filename)
            if entry.filename in changes:
                content = changes[entry.filename](content)
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = entry.compress_type
            info.external_attr = 0o600 << 16
            info.create_system = 3  # the same whichever system wrote it
            target.writestr(info, content)
    return out.getvalue()


_VML = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)


def watermark_xml(text: str, face: str, colour: str) -> str:
    """A Word paragraph drawing ``text`` diagonally behind every page (VML text path).
    The shape type's definition is included: LibreOffice draws nothing without it."""
    from xml.sax.saxutils import quoteattr

    return f"""<w:p {_VML}><w:r><w:pict>
<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"
 path="m@7,l@8,m@5,21600l@6,21600e">
<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>
<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>
<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>
<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>
<v:f eqn="sum @6 0 @5"/></v:formulas>
<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800"
 o:connectangles="270,180,90,0"/>
<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/>
</v:shapetype>
<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136"
 style="position:absolute;margin-left:0;margin-top:0;width:400pt;height:200pt;rotation:315;
 z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;
 mso-position-vertical:center;mso-position-vertical-relative:margin"
 o:allowincell="f" fillcolor="#{colour}" stroked="f">
<v:textpath on="t" fitshape="t" style="font-family:&quot;{face}&quot;;font-size:1pt"
 string={quoteattr(text)}/>
</v:shape></w:pict></w:r></w:p>"""
