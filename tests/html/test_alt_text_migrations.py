"""The data migrations that gave images their alternative text and decorative flag, applied to
content stored before them (pages and revisions go through the same operation)."""

from importlib import import_module

from wagtail.blocks.migrations.utils import apply_changes_to_raw_data

from bulletin.models import BulletinIssuePage
from home.models import StandardPage

bulletin_0004 = import_module("bulletin.migrations.0004_photos_and_articles_with_alt_text")
home_0005 = import_module("home.migrations.0007_image_block_decorative_flag")


def test_a_projects_photo_ids_become_photos_awaiting_a_description():
    stored = [
        {
            "type": "project",
            "id": "p1",
            "value": {"name": "Rruga", "photos": [{"type": "item", "id": "i1", "value": 7}]},
        }
    ]
    migrated = apply_changes_to_raw_data(
        stored,
        "project.photos.item",
        bulletin_0004.PhotoIdToDescribedPhoto(),
        BulletinIssuePage.sections,
    )
    photo = migrated[0]["value"]["photos"][0]["value"]
    assert photo == {"image": 7, "alt_text": "", "decorative": False}
    # Run twice (a revision already migrated), nothing changes.
    again = bulletin_0004.PhotoIdToDescribedPhoto().apply(photo)
    assert again == photo


def test_an_image_left_without_text_was_marked_decorative_as_editors_were_told():
    stored = [
        {"type": "image", "id": "a", "value": {"image": 1, "alt_text": "", "caption": ""}},
        {"type": "image", "id": "b", "value": {"image": 2, "alt_text": "Sheshi", "caption": ""}},
    ]
    migrated = apply_changes_to_raw_data(
        stored,
        "image",
        home_0005.EmptyAltTextMeantDecorative(),
        StandardPage.body,
    )
    assert [block["value"]["decorative"] for block in migrated] == [True, False]
