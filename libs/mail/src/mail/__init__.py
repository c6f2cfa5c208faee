"""Sending email: `Mailer` (SMTP or a development outbox folder), `MailDispatch` to send after the answer.

Nothing here logs a message's address, subject or body: only its purpose.
"""

from mail.dispatch import MailDispatch
from mail.mailer import Mailer, MailNotSent
from mail.message import MailAttachment, OutgoingMail
from mail.outbox_folder import OutboxFolderMailer
from mail.settings import MailSettings, mailer_from_settings
from mail.smtp import SmtpMailer, SmtpServer

__all__ = [
    "MailAttachment",
    "MailDispatch",
    "MailNotSent",
    "MailSettings",
    "Mailer",
    "OutboxFolderMailer",
    "OutgoingMail",
    "SmtpMailer",
    "SmtpServer",
    "mailer_from_settings",
]
