"""A message to send, and how it becomes an RFC 5322 message."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid


@dataclass(frozen=True, slots=True)
class MailAttachment:
    """A file sent with a message (an invoice's PDF): its name as the recipient sees it, its bytes."""

    filename: str
    content: bytes
    media_type: str = "application/pdf"

    def __repr__(self) -> str:
        return f"MailAttachment(media_type={self.media_type!r}, bytes={len(self.content)})"


@dataclass(frozen=True, slots=True)
class OutgoingMail:
    """One message to one person.

    `purpose` names what the message is for ("password_reset"): it is the only thing about a
    message that is ever logged. Bodies carry codes and links, and the address is personal data.
    """

    to: str
    subject: str
    text: str
    purpose: str
    language: str = "en"
    attachments: tuple[MailAttachment, ...] = ()

    def __repr__(self) -> str:
        return f"OutgoingMail(purpose={self.purpose!r}, language={self.language!r})"

    def as_message(self, from_address: str) -> EmailMessage:
        """The message as sent: plain text in UTF-8 (Telugu needs it), with a Date and Message-ID, and its
        attachments (the message becomes multipart/mixed)."""
        message = EmailMessage()
        message["From"] = from_address
        message["To"] = self.to
        message["Subject"] = self.subject
        message["Date"] = formatdate(usegmt=True)
        message["Message-ID"] = make_msgid(domain=_domain_of(from_address))
        message.set_content(self.text, charset="utf-8")
        message["Content-Language"] = self.language  # after set_content, which drops Content-* headers
        for attachment in self.attachments:
            main, _, sub = attachment.media_type.partition("/")
            message.add_attachment(
                attachment.content, maintype=main, subtype=sub, filename=attachment.filename
            )
        return message


def _domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip(" >") or "localhost"
