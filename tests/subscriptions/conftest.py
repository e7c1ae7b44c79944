from collections.abc import Iterator

import pytest

from services.registry import MailTopic, registry


@pytest.fixture
def diaspora_topic() -> Iterator[MailTopic]:
    """The topic the diaspora section registers from its ``AppConfig.ready()``."""
    topic = registry.topic("diaspora")
    assert topic is not None, "the diaspora section registers its topic at start-up"
    yield topic
