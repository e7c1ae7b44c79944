"""Serve the partners section with the subscriptions plugin removed and report what answers
(JSON on the last line). Run by ``test_without_subscriptions.py`` with the settings
``tests.services.settings_without_plugin``, ``REMOVE_APPS`` and ``DATABASE_URL`` set."""

import json
import os
import sys


def main() -> None:
    sys.path.insert(0, os.getcwd())
    import django

    django.setup()
    from django.apps import apps
    from django.contrib.auth import get_user_model
    from django.test import Client

    from partners.twinning import (
        InternationalPartnersPage,
        PartnerIndexPage,
        PartnerMunicipalityPage,
        PartnerNewsPage,
    )
    from services.capabilities import MAIL
    from services.registry import registry

    client = Client()
    statuses: dict[str, int] = {}
    index_sq = PartnerIndexPage.objects.get(locale__language_code="sq")
    follow = "?topic=partners" in client.get(index_sq.url).content.decode()
    for code in ("sq", "sr-latn", "en"):
        index = PartnerIndexPage.objects.get(locale__language_code=code)
        pages = [
            index,
            PartnerMunicipalityPage.objects.get(locale__language_code=code),
            PartnerNewsPage.objects.filter(locale__language_code=code).first(),
            InternationalPartnersPage.objects.get(locale__language_code=code),
        ]
        for page in pages:
            statuses[page.url] = client.get(page.url).status_code
        statuses[index.url + "feed/"] = client.get(index.url + "feed/").status_code
    statuses["/api/v3/partners/organisations/"] = client.get(
        "/api/v3/partners/organisations/"
    ).status_code
    news = PartnerNewsPage.objects.filter(locale__language_code="sq").first()
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())
    edit = client.get(f"/admin/pages/{news.pk}/edit/").content.decode()
    report = {
        "subscriptions_installed": apps.is_installed("services.subscriptions"),
        "mail_capability": registry.capability(MAIL) is not None,
        "statuses": statuses,
        "follow_link": follow,
        "edit": client.get(f"/admin/pages/{news.pk}/edit/").status_code,
        "send_in_edit_menu": f"/admin/mail/send/{news.pk}/" in edit,
        "send_screen": client.get(f"/admin/mail/send/{news.pk}/").status_code,
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
