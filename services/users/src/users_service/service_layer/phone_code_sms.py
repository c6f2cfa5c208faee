"""The sign-in code's SMS, in English or Telugu. Under TRAI's DLT rules each text is a registered
template (SMS_DLT_TEMPLATE_ID, SMS_DLT_TEMPLATE_ID_TE) whose variables are the code and the minutes;
the gateway fills them in, and these texts must stay word for word what was registered."""

from __future__ import annotations

from users_service.adapters.sms import OutgoingSms
from users_service.domain.language import Language

_TEXT = {
    Language.EN: "{code} is your EventXperts sign-in code. It expires in {minutes} minutes. Do not share it.",
    Language.TE: "{code} మీ EventXperts లాగిన్ కోడ్. ఇది {minutes} నిమిషాల్లో ముగుస్తుంది. ఎవరికీ చెప్పకండి.",
}


def phone_code_sms(phone: str, code: str, minutes: int, language: Language, template_id: str) -> OutgoingSms:
    variables = {"otp": code, "minutes": str(minutes)}
    return OutgoingSms(
        to=phone,
        text=_TEXT[language].format(code=code, minutes=minutes),
        template_id=template_id,
        variables=variables,
        purpose="phone_sign_in",
        language=language.value,
    )
