"""Hostile text in every field that reaches the PDF (reliability.md rows 10-12): no markup
is interpreted, no image is fetched, no code runs; huge input is laid out, not refused;
characters the fonts lack are drawn from a fallback or replaced, and reported."""

from __future__ import annotations

import socket
import string
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from readback import has, pdf_pages, pdf_text, require, small_record, squeeze

from gsmeet.report import RenderOptions, render_minutes
from gsmeet.report.fonts import fallback_face

# Every field a user types that the minutes print.
FIELDS = ("committee", "title", "place", "name", "agenda_title", "remark", "decision", "action")

CVE_2023_33733 = (
    "<para><font color=\"[[[getattr(pow, Word('__globals__'))['os'].system('touch CANARY') "
    "for Word in [ orgTypeFun('Word', (str,), { 'mutated': 1, 'startswith': lambda self, "
    "x: 1 == 0, '__eq__': lambda self, x: self.mutate() and self.mutated < 0 and str(self) "
    "== x, 'mutate': lambda self: { setattr(self, 'mutated', self.mutated - 1) }, "
    "'__hash__': lambda self: hash(str(self)), }, ) ] ] for orgTypeFun in [type(type(1))] ] "
    "and 'red'\">exploit</font></para>"
)

RenderSmall = Callable[..., tuple[Path, Any]]


def everywhere(text: str) -> dict[str, str]:
    return dict.fromkeys(FIELDS, text)


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A real listening socket on 127.0.0.1: a fetched image would connect to it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.setblocking(False)
    yield server
    server.close()


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("3 < 5 and 7 > 2", "3 < 5 and 7 > 2"),
        ("Tom & Jerry", "Tom & Jerry"),
        ("R&D 예산", "R&D 예산"),
        ("<b>굵게 시작만 하고 닫지 않음", "<b>굵게 시작만 하고 닫지 않음"),
        ("</para><para>문단", "</para><para>문단"),
        ("&amp; &#60; &lt; 그대로", "&amp; &#60; &lt; 그대로"),
        (
            '<br/>줄바꿈 태그 <font name="Courier">글꼴</font>',
            '<br/>줄바꿈 태그 <font name="Courier">글꼴</font>',
        ),
        ("A\x00B\x01C\x1bD\x7fE\u200bF\ufeffG", "ABCDEFG"),
    ],
)
def test_markup_comes_out_literally(render_small: RenderSmall, typed: str, printed: str) -> None:
    path, report = render_small(**everywhere(typed))
    flat = squeeze("".join(pdf_pages(path)))
    assert squeeze(printed) in flat
    assert report.replaced == ()
    if "R&D" in typed:
        assert "R&amp;D" not in flat


def test_an_image_tag_fetches_nothing(render_small: RenderSmall, listener: socket.socket) -> None:
    port = listener.getsockname()[1]
    tag = f'<img src="http://127.0.0.1:{port}/x.png" width="100" height="100"/>'
    path, _report = render_small(**everywhere(tag))
    with pytest.raises(BlockingIOError):
        listener.accept()  # nobody connected
    assert squeeze(tag) in squeeze("".join(pdf_pages(path)))


def test_the_cve_2023_33733_payload_runs_nothing(render_small: RenderSmall, tmp_path: Path) -> None:
    canary = tmp_path / "canary"
    payload = CVE_2023_33733.replace("CANARY", str(canary))
    path, _report = render_small(**everywhere(payload))
    assert not canary.exists()
    assert squeeze(payload) in squeeze("".join(pdf_pages(path)))


def test_missing_characters_are_drawn_from_a_fallback_or_replaced(
    render_small: RenderSmall,
) -> None:
    text = "회의 😀 끝 𠀀 희귀 한자 שלום עולם مرحبا بالعالم"
    path, report = render_small(remark=text, decision=text, action=text)
    replaced = dict(report.replaced)
    for char in "😀𠀀ש":
        assert char in replaced, char
    assert "no font has it" in replaced["𠀀"] and "〓" in replaced["𠀀"]
    flat = squeeze("".join(pdf_pages(path)))
    assert "〓" in flat  # the rare Hanja, visibly replaced
    if fallback_face() is None:
        assert "😀" not in flat
        return
    assert "fallback font" in replaced["😀"]
    assert "😀" in flat  # copied out of the PDF as the emoji (a mended ToUnicode map)
    if has("pdftotext"):
        # Right-to-left runs come back in the order they were typed: drawn right to left,
        # and poppler reads such runs right to left.
        assert "שלום עולם مرحبا بالعالم" in pdf_text(path)


def test_hanja_missing_from_myeongjo_comes_from_gothic(render_small: RenderSmall) -> None:
    path, report = render_small(remark="經山發展 戰略委員會")
    assert report.replaced == ()  # the Gothic has them: nothing to report
    assert "經山發展" in squeeze("".join(pdf_pages(path)))


def test_a_200000_character_word_and_a_cell_taller_than_a_page(
    render_small: RenderSmall,
) -> None:
    tall = "\n".join(f"칸 {n}" for n in range(300))  # several pages in one table cell
    path, report = render_small(remark="Q" * 200_000, decision=tall, action="W" * 20_000)
    assert report.pages > 50
    text = pdf_text(path)
    assert text.count("Q") == 200_000
    assert text.count("W") == 20_000
    assert "칸0" in squeeze(text) and "칸299" in squeeze(text)


def test_a_10000_line_remark(render_small: RenderSmall) -> None:
    lines = "\n".join(f"줄 {n}" for n in range(10_000))
    path, report = render_small(remark=lines)
    assert report.pages > 200
    found = [squeeze(line) for line in pdf_text(path).splitlines()]
    for probe in ("줄0", "줄5000", "줄9999"):  # a line each, the first after the speaker
        assert any(line.endswith(probe) for line in found), probe


def test_hostile_pdfs_are_sound(render_small: RenderSmall) -> None:
    require("qpdf", "qpdf")
    import subprocess

    path, _report = render_small(**everywhere("<b>&\x00😀𠀀</i>"))
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=st.text(max_size=300))
def test_any_text_renders(tmp_path: Path, text: str) -> None:
    out = tmp_path / "any.pdf"
    report = render_minutes(small_record(remark=text, agenda_title=text), out, RenderOptions())
    assert report.pages >= 1
    assert out.read_bytes().startswith(b"%PDF")


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=st.text(alphabet=string.ascii_letters + " <>&", min_size=1, max_size=120))
def test_plain_text_comes_back(tmp_path: Path, text: str) -> None:
    out = tmp_path / "plain.pdf"
    render_minutes(small_record(remark=text, agenda_title=text), out, RenderOptions())
    assert squeeze(text) in squeeze("".join(pdf_pages(out)))
