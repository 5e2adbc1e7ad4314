"""Documents of a meeting: minutes (회의록), agenda packet, sign-in sheet, packets.

Everything here renders from the plain records of :mod:`gsmeet.domain.records`; it
imports neither Qt nor SQLAlchemy, so a service can call it from any thread. Each
document is built once as blocks (:mod:`gsmeet.report.document`) and written as PDF
(:mod:`gsmeet.report.pdf`, the record), DOCX or HWPX (the editable copies).
"""

from __future__ import annotations

from gsmeet.report.agenda import render_agenda
from gsmeet.report.minutes import render_minutes
from gsmeet.report.model import Output, RenderOptions, RenderReport
from gsmeet.report.packet import render_packet
from gsmeet.report.signin import render_signin_sheet

__all__ = [
    "Output",
    "RenderOptions",
    "RenderReport",
    "render_agenda",
    "render_minutes",
    "render_packet",
    "render_signin_sheet",
]
