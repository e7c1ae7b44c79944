"""The factories new tests build their data with make valid, saved objects."""

import pytest

from bulletin.models import BulletinIndexPage
from tests.factories import (
    BulletinIssuePageFactory,
    CategoryFactory,
    ComplaintFactory,
    SubscriberFactory,
)

pytestmark = pytest.mark.django_db


def test_a_complaint_gets_its_code_deadline_and_its_categorys_department():
    complaint = ComplaintFactory()
    assert complaint.pk and len(complaint.tracking_code) == 14 and complaint.due_at
    assert complaint.department == complaint.category.default_department
    # A department made this way gets its own officers' group, as one made in the admin.
    assert complaint.department.group is not None


def test_categories_and_departments_are_in_the_source_language():
    category = CategoryFactory()
    assert category.locale.language_code == "sq" == category.default_department.locale.language_code


def test_an_issue_is_created_under_its_archive_and_publishes(locales):
    archive = BulletinIndexPage.objects.get(locale=locales["sq"])
    issue = BulletinIssuePageFactory(parent=archive)
    issue.save_revision().publish()
    issue.refresh_from_db()
    assert issue.live and issue.get_parent().pk == archive.pk


def test_a_subscriber_follows_the_topics_given():
    subscriber = SubscriberFactory(topics=["bulletin"])
    assert list(subscriber.subscriptions.values_list("topic", flat=True)) == ["bulletin"]
