import pytest
from captcha.models import CaptchaStore
from django.test import RequestFactory

from services.captcha import verify
from services.ratelimit import client_fingerprint, limit_reached

pytestmark = pytest.mark.django_db


def test_captcha_endpoint_gives_a_fresh_key_and_a_working_image(client, settings):
    first = client.get("/api/v3/captcha/")
    second = client.get("/api/v3/captcha/")
    assert first.status_code == 200
    assert first["Cache-Control"] == "no-store"
    data = first.json()
    assert data["key"] != second.json()["key"]
    assert data["image_url"].startswith(settings.BASE_URL + "/captcha/image/")
    image = client.get(data["image_url"].removeprefix(settings.BASE_URL))
    assert image.status_code == 200
    assert image["Content-Type"] == "image/png"
    assert image.content.startswith(b"\x89PNG")


def test_a_challenge_is_good_for_one_correct_answer_only(client):
    key = client.get("/api/v3/captcha/").json()["key"]
    answer = CaptchaStore.objects.get(hashkey=key).response
    assert verify(key, answer.upper()) is True
    assert verify(key, answer) is False


def test_a_wrong_answer_burns_the_challenge(client):
    key = client.get("/api/v3/captcha/").json()["key"]
    answer = CaptchaStore.objects.get(hashkey=key).response
    assert verify(key, "wrong") is False
    assert verify(key, answer) is False


def test_empty_or_unknown_challenges_fail():
    assert verify("", "") is False
    assert verify("no-such-key", "abcde") is False


def test_rate_limit_counts_per_client_by_a_salted_hash():
    factory = RequestFactory()
    first = factory.post("/", REMOTE_ADDR="203.0.113.7")
    other = factory.post("/", REMOTE_ADDR="203.0.113.8")
    fingerprint = client_fingerprint(first)
    assert "203.0.113.7" not in fingerprint and len(fingerprint) == 64
    results = [limit_reached(first, "test-scope", "3/h") for _ in range(4)]
    assert results == [False, False, False, True]
    assert limit_reached(other, "test-scope", "3/h") is False


def test_too_many_challenges_from_one_client_are_refused(client, settings):
    settings.CAPTCHA_RATE = "3/h"
    statuses = [
        client.get("/api/v3/captcha/", REMOTE_ADDR="198.51.100.4").status_code for _ in range(4)
    ]
    assert statuses == [200, 200, 200, 429]
    refused = client.get("/api/v3/captcha/", REMOTE_ADDR="198.51.100.4", HTTP_ACCEPT_LANGUAGE="en")
    assert refused.json()["detail"].startswith("Too many requests")
    assert client.get("/api/v3/captcha/", REMOTE_ADDR="198.51.100.5").status_code == 200


def test_expired_challenges_are_dropped_when_new_ones_are_made(client):
    from datetime import timedelta

    from django.utils import timezone

    stale = CaptchaStore.objects.create(challenge="X", response="x")
    CaptchaStore.objects.filter(pk=stale.pk).update(expiration=timezone.now() - timedelta(hours=1))
    client.get("/api/v3/captcha/")
    assert not CaptchaStore.objects.filter(pk=stale.pk).exists()


def test_behind_proxies_the_client_is_the_address_the_proxy_saw(settings):
    settings.NUM_PROXIES = 1
    factory = RequestFactory()
    spoofed = factory.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.9")
    real = factory.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    other = factory.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.10")
    assert client_fingerprint(spoofed) == client_fingerprint(real)
    assert client_fingerprint(real) != client_fingerprint(other)


def test_an_expired_challenge_fails_even_with_the_right_answer(client):
    from datetime import timedelta

    from django.utils import timezone

    key = client.get("/api/v3/captcha/").json()["key"]
    store = CaptchaStore.objects.get(hashkey=key)
    CaptchaStore.objects.filter(pk=store.pk).update(
        expiration=timezone.now() - timedelta(seconds=1)
    )
    assert verify(key, store.response) is False
