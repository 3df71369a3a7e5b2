"""Secrets in the keyring (an in-memory backend here), the session fallback, and the header."""
from __future__ import annotations

import base64

import keyring.core
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null

from core import credentials
from core.credentials import (
    SERVICE_NAME,
    InvalidHeaderValue,
    KeyringUnavailable,
    SessionSecrets,
    authorization_for,
    authorization_header,
    basic_auth_header,
    delete_secret,
    load_secret,
    normalise_header_value,
    store_secret,
)
from core.settings import Profile
from tests.memory_keyring import MemoryKeyring

EXAMPLE_HEADER = "Basic QVBJVXNlcjoxMjM0NTZAVEVTVEFQSQ=="  # APIUser / 123456 / TESTAPI


def use_backend(monkeypatch, backend):
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    return backend


class FilePlaintextKeyring(MemoryKeyring):
    """Looks like keyrings.alt's file backend to the refusal check."""


FilePlaintextKeyring.__module__ = "keyrings.alt.file"


class LockedKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service, username, password):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


class BrokenInitKeyring(MemoryKeyring):
    def set_password(self, service, username, password):
        raise keyring.errors.InitError("Failed to create the collection: Prompt dismissed.")


# --- keyring round trip ------------------------------------------------------------------------


def test_secret_round_trip_per_profile(memory_keyring):
    store_secret("Production", "pa:ss@wörd ")
    store_secret(Profile(name="Test tenant"), "other")
    assert load_secret("Production") == "pa:ss@wörd "
    assert load_secret(Profile(name="Test tenant")) == "other"
    assert memory_keyring.entries == {
        (SERVICE_NAME, "Production"): "pa:ss@wörd ",
        (SERVICE_NAME, "Test tenant"): "other",
    }
    assert SERVICE_NAME == "odyssee-sync"

    store_secret("Production", "changed")
    assert load_secret("Production") == "changed"
    assert delete_secret("Production") is True
    assert load_secret("Production") is None
    assert delete_secret("Production") is False
    assert load_secret("Test tenant") == "other"


def test_an_empty_secret_is_not_saved(memory_keyring):
    with pytest.raises(credentials.CredentialsError, match="empty password"):
        store_secret("A", "")
    assert memory_keyring.entries == {}


# --- no usable keyring -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "backend, reason",
    [
        (fail.Keyring(), "no keyring service was found"),
        (null.Keyring(), "no keyring service was found"),
        (FilePlaintextKeyring(), "keeps passwords in a file"),
    ],
)
def test_missing_or_file_based_keyrings_are_refused(monkeypatch, backend, reason):
    use_backend(monkeypatch, backend)
    for operation in (
        lambda: store_secret("A", "secret-value"),
        lambda: load_secret("A"),
        lambda: delete_secret("A"),
    ):
        with pytest.raises(KeyringUnavailable) as caught:
            operation()
        message = str(caught.value)
        assert message.startswith("No system keyring is available (")
        assert reason in message
        assert message.endswith(
            "The password can be used for this session only; it will not be saved."
        )
        assert "secret-value" not in message
    if isinstance(backend, MemoryKeyring):
        assert backend.entries == {}  # the plaintext-file backend never received the secret
    assert credentials.keyring_available() is not None


@pytest.mark.parametrize(
    "backend, reason",
    [
        (LockedKeyring(), "the keyring is locked"),
        (BrokenInitKeyring(), "the keyring could not be opened: Failed to create the collection"),
    ],
)
def test_locked_or_unopenable_keyrings_are_unavailable(monkeypatch, backend, reason):
    use_backend(monkeypatch, backend)
    with pytest.raises(KeyringUnavailable, match=reason):
        store_secret("A", "secret-value")


def test_a_chain_uses_only_its_acceptable_member(monkeypatch):
    plaintext, system = FilePlaintextKeyring(), MemoryKeyring()
    plaintext.entries[(SERVICE_NAME, "A")] = "stale plaintext secret"
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plaintext, system])
    use_backend(monkeypatch, chainer.ChainerBackend())

    assert load_secret("A") is None  # the file backend is never asked
    store_secret("A", "fresh")
    assert system.entries == {(SERVICE_NAME, "A"): "fresh"}
    assert plaintext.entries == {(SERVICE_NAME, "A"): "stale plaintext secret"}


def test_a_chain_of_only_file_backends_is_refused(monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [FilePlaintextKeyring()])
    use_backend(monkeypatch, chainer.ChainerBackend())
    with pytest.raises(KeyringUnavailable, match="keeps passwords in a file"):
        store_secret("A", "x")


# --- session secrets ---------------------------------------------------------------------------


def test_session_secret_is_used_when_the_keyring_is_unavailable(monkeypatch):
    use_backend(monkeypatch, fail.Keyring())
    profile = Profile(name="A", domain="TESTAPI", username="APIUser")
    session = SessionSecrets()
    assert authorization_for(profile, session) is None
    session.set(profile, "123456")
    assert authorization_for(profile, session) == EXAMPLE_HEADER
    assert "123456" not in repr(session)
    session.discard("A")
    assert authorization_for(profile, session) is None


def test_session_secret_wins_over_the_keyring(memory_keyring):
    profile = Profile(name="A", domain="TESTAPI", username="APIUser")
    store_secret(profile, "from keyring")
    session = SessionSecrets()
    assert credentials.secret_for(profile, session) == "from keyring"
    session.set(profile, "123456")
    assert authorization_for(profile, session) == EXAMPLE_HEADER


def test_header_mode_profile_sends_the_pasted_value(memory_keyring):
    profile = Profile(name="Key", auth_mode="header")
    store_secret(profile, EXAMPLE_HEADER)
    assert authorization_for(profile, SessionSecrets()) == EXAMPLE_HEADER


# --- the Authorization header ------------------------------------------------------------------


def test_basic_auth_header_matches_the_vendor_example():
    assert basic_auth_header("APIUser", "123456", "TESTAPI") == EXAMPLE_HEADER


def test_basic_auth_header_encodes_utf8():
    header = basic_auth_header("Jürgen", "pässwörd:€", "DOMÄIN")
    assert base64.b64decode(header.removeprefix("Basic ")).decode("utf-8") == "Jürgen:pässwörd:€@DOMÄIN"


def test_authorization_header_depends_on_the_auth_mode():
    password_profile = Profile(name="A", domain="TESTAPI", username="APIUser")
    header_profile = Profile(name="B", auth_mode="header")
    assert authorization_header(password_profile, "123456") == EXAMPLE_HEADER
    assert authorization_header(header_profile, "QVBJVXNlcjoxMjM0NTZAVEVTVEFQSQ==") == EXAMPLE_HEADER


@pytest.mark.parametrize(
    "pasted",
    [
        "QVBJVXNlcjoxMjM0NTZAVEVTVEFQSQ==",
        "Basic QVBJVXNlcjoxMjM0NTZAVEVTVEFQSQ==",
        "basic   QVBJVXNlcjoxMjM0NTZAVEVTVEFQSQ==",
        "Authorization: Basic QVBJVXNlcjoxMjM0NTZAVEVTVEFQSQ==",
        "authorization:Basic QVBJVXNlcjoxMjM0NTZAVEVTVEFQSQ==",
        "  \"Basic QVBJVXNlcjoxMjM0NTZAVEVTVEFQSQ==\"\n",
        "Authorization: QVBJVXNlcjoxMjM0NTZAVEVTVEFQSQ==",
    ],
)
def test_pasted_header_values_are_normalised(pasted):
    assert normalise_header_value(pasted) == EXAMPLE_HEADER


@pytest.mark.parametrize(
    "pasted, reason",
    [
        ("", "empty"),
        ("Basic", "not a Basic Authorization value"),
        ("Bearer eyJhbGciOiJIUzI1NiJ9", 'uses the "Bearer" scheme'),
        ("Basic not base64 at all!", "not a Basic Authorization value"),
        ("Basic QVBJVX", "not a Basic Authorization value"),  # length not a multiple of 4
        ("Basic " + base64.b64encode(b"just-a-user").decode(), 'does not hold "user:password@domain"'),
        ("Basic " + base64.b64encode(b"\xff\xfe:@").decode(), "not valid Base64 text"),
        ("hunter2 hunter2", "not a Basic Authorization value"),
    ],
)
def test_garbage_header_values_are_rejected_without_echoing_them(pasted, reason):
    with pytest.raises(InvalidHeaderValue) as caught:
        normalise_header_value(pasted)
    assert reason in str(caught.value)
    if len(pasted) > 6:
        assert pasted.split()[-1] not in str(caught.value)


class PlatformErrorKeyring(MemoryKeyring):
    def set_password(self, service, username, password):
        raise OSError(5, "Input/output error")


def test_a_platform_error_becomes_one_clear_sentence(monkeypatch):
    use_backend(monkeypatch, PlatformErrorKeyring())
    with pytest.raises(credentials.CredentialsError) as caught:
        store_secret("A", "secret-value")
    assert str(caught.value) == "The keyring did not save the password (OSError: [Errno 5] Input/output error)."
    assert not isinstance(caught.value, KeyringUnavailable)
