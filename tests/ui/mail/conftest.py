"""The local SMTP server of the sending tests, for the Send dialog's."""

from __future__ import annotations

from ...services.mail.conftest import certificate, smtp_server

__all__ = ["certificate", "smtp_server"]
