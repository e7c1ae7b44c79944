"""PO files for offline work: a round trip per object and per batch, and a file made for an
earlier version of the source refused whole."""

import io
import zipfile

import polib
import pytest
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from services.complaints.models import Category
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(client, db):
    # Departments and categories are the Information Office's to keep and translate.
    user = UserFactory(username="office", groups=["Information Office"])
    client.force_login(user)
    return user


@pytest.fixture
def translator(client, db):
    user = UserFactory(username="prevodilac", groups=["Translators: Srpski"])
    client.force_login(user)
    return user


def serbian(instance, locales) -> Translation:
    source = TranslationSource.objects.get_for_instance(instance)
    return Translation.objects.get(source=source, target_locale=locales["sr-latn"])


def post_file(client, url, name: str, content: bytes):
    handle = io.BytesIO(content)
    handle.name = name
    return client.post(url, {"file": handle}, follow=True)


def messages_of(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


def test_a_po_file_round_trip_for_one_page(client, translator, strategy, locales):
    translation = serbian(strategy, locales)
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert po.metadata["X-Source-Version"]
    title = next(entry for entry in po if entry.msgctxt == "title")
    title.msgstr = "Strategija informisanja (van mreže)"
    response = post_file(
        client,
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        "s.po",
        str(po).encode(),
    )
    assert response.status_code == 200
    assert StringTranslation.objects.filter(
        data="Strategija informisanja (van mreže)", locale=locales["sr-latn"]
    ).exists()


def test_a_po_file_for_an_earlier_source_version_is_refused_and_changes_nothing(
    client, translator, strategy, locales
):
    translation = serbian(strategy, locales)
    po = polib.pofile(
        client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/").content.decode()
    )
    for entry in po:
        entry.msgstr = "PROMENJENO " + entry.msgid
    # The source changes and is synced after the file was made.
    strategy.intro = "Hyrje e re e strategjisë."
    strategy.save_revision().publish()
    translation.source.update_from_db()
    before = list(StringTranslation.objects.order_by("pk").values_list("pk", "data"))
    response = post_file(
        client,
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        "s.po",
        str(po).encode(),
    )
    assert "earlier version" in messages_of(response) or "version" in messages_of(response)
    assert list(StringTranslation.objects.order_by("pk").values_list("pk", "data")) == before


def test_a_po_file_for_another_translation_is_refused(client, translator, strategy, locales):
    translation = serbian(strategy, locales)
    other = serbian(strategy.get_parent().specific, locales)
    po = polib.pofile(
        client.get(f"/admin/localize/translate/{other.pk}/pofile/download/").content.decode()
    )
    response = post_file(
        client,
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        "x.po",
        str(po).encode(),
    )
    assert "different translation" in messages_of(response) or "tjetër" in messages_of(response)


def test_a_batch_carries_the_object_with_its_linked_snippets(client, office, locales):
    category = Category.objects.filter(locale=locales["sq"]).first()
    translation = serbian(category, locales)
    response = client.get(f"/admin/translations/po/{translation.pk}/batch/download/")
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert len(names) == 2  # the category and its department
    files = {name: polib.pofile(archive.read(name).decode()) for name in names}
    for po in files.values():
        for entry in po:
            entry.msgstr = "SR " + entry.msgid
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as bundle:
        for name, po in files.items():
            bundle.writestr(name, str(po))
    response = post_file(
        client, f"/admin/translations/po/{translation.pk}/batch/upload/", "b.zip", out.getvalue()
    )
    assert "2" in messages_of(response)
    assert StringTranslation.objects.filter(data=f"SR {category.name}").exists()
    department = category.default_department
    assert StringTranslation.objects.filter(data=f"SR {department.name}").exists()


def test_one_stale_file_refuses_the_whole_batch(client, office, locales):
    category = Category.objects.filter(locale=locales["sq"]).first()
    translation = serbian(category, locales)
    content = client.get(f"/admin/translations/po/{translation.pk}/batch/download/").content
    department = category.default_department
    department.name += " (riemërtuar)"
    department.save()
    serbian(department, locales).source.update_from_db()
    archive = zipfile.ZipFile(io.BytesIO(content))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as bundle:
        for name in archive.namelist():
            po = polib.pofile(archive.read(name).decode())
            for entry in po:
                entry.msgstr = "SR " + entry.msgid
            bundle.writestr(name, str(po))
    before = StringTranslation.objects.count()
    response = post_file(
        client, f"/admin/translations/po/{translation.pk}/batch/upload/", "b.zip", out.getvalue()
    )
    assert "earlier version" in messages_of(response) or "version" in messages_of(response)
    assert StringTranslation.objects.count() == before
    assert not StringTranslation.objects.filter(data=f"SR {category.name}").exists()


@pytest.mark.parametrize("content", [b"", b"\xff\xfe not text", b"PK\x03\x04 broken zip"])
def test_garbage_is_refused_clearly(client, translator, strategy, locales, content):
    translation = serbian(strategy, locales)
    response = post_file(
        client, f"/admin/translations/po/{translation.pk}/batch/upload/", "g.po", content
    )
    assert response.status_code == 200
    assert messages_of(response)


def test_a_translator_of_english_cannot_fetch_serbian_files(client, strategy, locales):
    client.force_login(UserFactory(username="translator", groups=["Translators: English"]))
    translation = serbian(strategy, locales)
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 403 or response["Location"] == "/admin/"
