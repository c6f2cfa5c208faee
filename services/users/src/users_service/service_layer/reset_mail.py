"""The password-reset email, in the language the person chose for themselves."""

from __future__ import annotations

from mail import OutgoingMail

from users_service.domain.accounts import UserAccount
from users_service.domain.language import Language

_SUBJECT = {
    Language.EN: "Your EventXperts password reset code",
    Language.TE: "మీ EventXperts పాస్‌వర్డ్ రీసెట్ కోడ్",
}

_TEXT = {
    Language.EN: (
        "Hello {name},\n\n"
        "Someone (we hope you) asked to reset the password of your EventXperts account.\n"
        "Your code is:\n\n"
        "    {code}\n\n"
        "Type it in the app within {minutes} minutes. It works once.\n"
        "If you did not ask for it, ignore this email: your password stays as it is.\n\n"
        "EventXperts\n"
    ),
    Language.TE: (
        "నమస్తే {name} గారు,\n\n"
        "మీ EventXperts ఖాతా పాస్‌వర్డ్ మార్చడానికి ఎవరో (మీరే అనుకుంటున్నాం) కోరారు.\n"
        "మీ కోడ్:\n\n"
        "    {code}\n\n"
        "దీన్ని {minutes} నిమిషాల్లోగా యాప్‌లో టైప్ చేయండి. ఇది ఒక్కసారే పనిచేస్తుంది.\n"
        "మీరు అడగకపోతే ఈ ఇమెయిల్‌ను పట్టించుకోకండి: మీ పాస్‌వర్డ్ మారదు.\n\n"
        "EventXperts\n"
    ),
}


def reset_code_mail(account: UserAccount, code: str, minutes: int) -> OutgoingMail:
    language = account.profile.preferred_language
    return OutgoingMail(
        to=account.email,
        subject=_SUBJECT[language],
        text=_TEXT[language].format(name=account.name, code=code, minutes=minutes),
        purpose="password_reset",
        language=language.value,
    )
