from collections.abc import Iterator

import pytest
from django.utils.translation import gettext_lazy as _

from services.registry import MailTopic, registry


@pytest.fixture
def diaspora_topic() -> Iterator[MailTopic]:
    """A topic as a new section would register it from its ``AppConfig.ready()``."""
    topic = MailTopic(key="diaspora", label=_("News for the diaspora"))
    registry.register_topic(topic)
    yield topic
    registry.unregister_topic(topic.key)
