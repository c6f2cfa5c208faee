"""Sending SMS (sign-in codes): an Indian SMS gateway's HTTP API (DLT ids), or in development an
outbox folder; `SmsDispatch` sends after the answer. Nothing here logs a number or a message's text."""

from users_service.adapters.sms.dispatch import SmsDispatch
from users_service.adapters.sms.gateway import HttpSmsGateway, SmsGatewayAccount
from users_service.adapters.sms.message import OutgoingSms, SmsNotSent, SmsSender
from users_service.adapters.sms.outbox_folder import OutboxFolderSms
from users_service.adapters.sms.settings import SmsSettings, sms_sender_from_settings

__all__ = [
    "HttpSmsGateway",
    "OutboxFolderSms",
    "OutgoingSms",
    "SmsDispatch",
    "SmsGatewayAccount",
    "SmsNotSent",
    "SmsSender",
    "SmsSettings",
    "sms_sender_from_settings",
]
