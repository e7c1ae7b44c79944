"""Sending an issue to the bulletin's subscribers, through the subscriptions plugin.

The plugin is optional: without it the bulletin is still published on the web, and the admin
offers no e-mail sending.
"""

from django.conf import settings

from services.registry import registry

TOPIC = "bulletin"


def can_send() -> bool:
    return "subscriptions" in registry


def languages(issue) -> list[dict]:
    """Every language: the live translation to send, or None ("not translated yet: skipped")."""
    from services.subscriptions.models import Mailing, Subscriber

    translations = {
        page.locale.language_code: page
        for page in issue.get_translations(inclusive=True).live().select_related("locale")
    }
    rows = []
    for code, name in settings.LANGUAGES:
        page = translations.get(code)
        mailing = Mailing.objects.filter(page=page, topic=TOPIC).first() if page else None
        rows.append(
            {
                "code": code,
                "name": name,
                "page": page,
                "subscribers": Subscriber.objects.filter(
                    language=code, subscriptions__topic=TOPIC
                ).count(),
                "mailing": mailing,
            }
        )
    return rows


def send(issue, user=None, *, queue: bool = True) -> tuple[list, list[str]]:
    """Start the mailings of every translated language this user may publish in; returns them
    and the languages skipped (not translated, not published, or not theirs to send)."""
    from services.subscriptions.mailing import start_mailing

    mailings, skipped = [], []
    for row in languages(issue):
        page = row["page"]
        if page is None or (user is not None and not page.permissions_for_user(user).can_publish()):
            skipped.append(row["code"])
        else:
            mailings.append(start_mailing(page, TOPIC, queue=queue))
    return mailings, skipped
