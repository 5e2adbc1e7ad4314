"""What every controller of the live screen is handed: the session it works on, the
language, the status line it speaks on, the dialogs it opens and the actions whose keys
its hints name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gsmeet.domain.labels import Lang
    from gsmeet.ui.live.actions import LiveActions
    from gsmeet.ui.live.dialogs import Dialogs
    from gsmeet.ui.live.session import LiveSession
    from gsmeet.ui.live.status import StatusLine


@dataclass(frozen=True, slots=True)
class Room:
    session: LiveSession
    lang: Lang
    status: StatusLine
    dialogs: Dialogs
    actions: LiveActions
