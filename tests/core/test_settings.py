"""Profiles in profiles.toml: round-trips, hand-edited and broken files, migrations."""
from __future__ import annotations

import os
import tomllib
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from core import paths, settings as settings_module
from core.settings import (
    DEFAULT_BASE_URL,
    DEFAULT_NAMING_TEMPLATE,
    Profile,
    Settings,
    SettingsError,
    toml_dumps,
)


def full_profile(name="Production", **changes) -> Profile:
    values = dict(
        name=name,
        base_url="https://odyssee.example.com:8443/api",
        domain="TESTAPI",
        username="APIUser",
        auth_mode="password",
        erp_url="postgresql://erp@db.example.com/erp",
        mapping_file="C:\\Mappings\\erp \"main\".toml",
        download_dir="/srv/pdfs/été",
        naming_template="{customer_code}/{job_reference}-{file_name}",
        export_to="sqlite:///export.db",
        poll_interval_pdf=60,
        poll_interval_completed=120,
        ca_bundle="/etc/ssl/private-ca.pem",
        connect_timeout=5,
        read_timeout=90.5,
        max_file_mb=50,
    )
    values.update(changes)
    return Profile(**values)


def write_settings(text: str):
    path = paths.config_dir() / "profiles.toml"
    path.write_text(text, encoding="utf-8")
    return path


def load_error(text: str) -> str:
    write_settings(text)
    with pytest.raises(SettingsError) as caught:
        Settings.load()
    return str(caught.value)


# --- round trips -------------------------------------------------------------------------------


def test_profiles_survive_save_and_load():
    settings = Settings.load()
    settings.add(full_profile())
    settings.add(full_profile("Test tenant", auth_mode="header", domain="", username=""))
    settings.use("Test tenant")
    settings.save()

    loaded = Settings.load()
    assert loaded.path == paths.config_dir() / "profiles.toml"
    assert loaded.current_name == "Test tenant"
    assert list(loaded.profiles) == ["Production", "Test tenant"]
    assert loaded.get("Production") == full_profile().validated()
    assert loaded.get() == loaded.profiles["Test tenant"]
    assert loaded.get().auth_mode == "header"


def test_new_profile_gets_documented_defaults():
    settings = Settings.load()
    profile = settings.add(Profile(name="  Minimal  ", domain="D", username="U"))
    assert profile.name == "Minimal"
    assert profile.base_url == DEFAULT_BASE_URL == "https://developers.wello.solutions/api"
    assert profile.naming_template == DEFAULT_NAMING_TEMPLATE == "{job_reference}/{file_name}"
    assert profile.erp_url is None and profile.download_dir is None and profile.ca_bundle is None
    settings.save()
    text = settings.path.read_text(encoding="utf-8")
    assert "version = 1" in text
    assert "erp_url" not in text  # unset values are left out, not written as ""


def test_first_profile_becomes_current_and_removing_it_clears_current():
    settings = Settings.load()
    settings.add(full_profile("A"))
    settings.add(full_profile("B"))
    assert settings.current_name == "A"
    settings.remove("A")
    assert settings.current_name is None
    assert settings.get().name == "B"  # the only profile left is used


def test_names_and_values_with_quotes_backslashes_and_unicode_round_trip():
    name = 'Klant "Noord" \\ Zuid — Ærø 東京'
    settings = Settings.load()
    settings.add(full_profile(name, download_dir='D:\\PDF\\"quoted"\\\tx', export_to="\\\\server\\share"))
    settings.save()
    loaded = Settings.load().get(name)
    assert loaded.download_dir == 'D:\\PDF\\"quoted"\\\tx'
    assert loaded.export_to == "\\\\server\\share"


def test_a_trailing_slash_on_the_base_url_is_dropped():
    profile = Settings.load().add(full_profile(base_url="https://example.com/api/"))
    assert profile.base_url == "https://example.com/api"


# --- the writer --------------------------------------------------------------------------------

toml_keys = st.text(max_size=12)
toml_scalars = (
    st.text(max_size=30)
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False)
    | st.booleans()
    | st.datetimes(min_value=datetime(1, 1, 1), timezones=st.just(timezone.utc))
    | st.datetimes(min_value=datetime(1, 1, 1))
    | st.dates()
    | st.times()
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(toml_keys, inner, max_size=4),
    max_leaves=12,
)


@hypothesis_settings(max_examples=300, deadline=None)
@given(st.dictionaries(toml_keys, toml_values, max_size=6))
def test_written_toml_reads_back_identically(document):
    assert tomllib.loads(toml_dumps(document)) == document


def test_writer_escapes_control_characters():
    text = toml_dumps({"k": "a\x00b\x1fc\x7fd\u2028e\r\n"})
    assert tomllib.loads(text) == {"k": "a\x00b\x1fc\x7fd\u2028e\r\n"}
    assert "\x00" not in text and "\x7f" not in text


def test_save_is_atomic_when_writing_fails(monkeypatch):
    settings = Settings.load()
    settings.add(full_profile("Original"))
    settings.save()
    before = settings.path.read_bytes()

    settings.add(full_profile("Second"))

    def broken_replace(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        settings.save()
    monkeypatch.undo()
    assert settings.path.read_bytes() == before
    assert sorted(p.name for p in settings.path.parent.iterdir()) == ["profiles.toml"]


# --- hand-edited files -------------------------------------------------------------------------


def test_unknown_keys_survive_a_rewrite():
    write_settings(
        'version = 1\n'
        'current = "A"\n'
        'theme = "dark"\n'
        'recent = [1, 2.5, "x", { deep = true }]\n'
        '\n'
        '[window]\n'
        'width = 1200\n'
        'opened = 2024-05-01T10:00:00Z\n'
        '\n'
        '[profiles.A]\n'
        'domain = "TESTAPI"\n'
        'username = "APIUser"\n'
        'future_option = ["a", "b"]\n'
        '\n'
        '[profiles.A.advanced]\n'
        'retries = 7\n'
        '\n'
        '[[profiles.A.hooks]]\n'
        'run = "notify"\n'
    )
    settings = Settings.load()
    assert settings.get("A").extra == {
        "future_option": ["a", "b"],
        "advanced": {"retries": 7},
        "hooks": [{"run": "notify"}],
    }
    settings.add(full_profile("B"))
    settings.save()

    document = tomllib.loads(settings.path.read_text(encoding="utf-8"))
    assert document["theme"] == "dark"
    assert document["recent"] == [1, 2.5, "x", {"deep": True}]
    assert document["window"] == {"width": 1200, "opened": datetime(2024, 5, 1, 10, tzinfo=timezone.utc)}
    assert document["profiles"]["A"]["advanced"] == {"retries": 7}
    assert document["profiles"]["A"]["hooks"] == [{"run": "notify"}]
    assert document["profiles"]["A"]["future_option"] == ["a", "b"]
    assert set(document["profiles"]) == {"A", "B"}


def test_the_outbox_format_and_automatic_export_are_profile_settings_not_unknown_keys():
    write_settings(
        'version = 1\n'
        '[profiles.A]\n'
        'domain = "TESTAPI"\n'
        'username = "APIUser"\n'
        'export_format = "CSV"\n'
        'auto_export = true\n'
    )
    profile = Settings.load().get("A")
    assert (profile.export_format, profile.auto_export, profile.extra) == ("csv", True, {})
    assert (Profile(name="B").export_format, Profile(name="B").auto_export) == ("json", False)

    write_settings('version = 1\n[profiles.A]\ndomain = "T"\nusername = "U"\nauto_export = "yes"\n')
    with pytest.raises(SettingsError) as refused:
        Settings.load()
    assert "auto_export: expected true or false" in str(refused.value) and refused.value.field == "auto_export"



def test_production_is_a_checked_profile_setting():
    write_settings('version = 1\n[profiles.A]\ndomain = "T"\nusername = "U"\nproduction = true\n')
    profile = Settings.load().get("A")
    assert (profile.production, profile.extra, Profile(name="B").production) == (True, {}, False)
    write_settings('version = 1\n[profiles.A]\ndomain = "T"\nusername = "U"\nproduction = "yes"\n')
    with pytest.raises(SettingsError) as refused:
        Settings.load()
    assert "production: expected true or false" in str(refused.value) and refused.value.field == "production"

def test_a_byte_order_mark_from_a_windows_editor_is_accepted():
    path = paths.config_dir() / "profiles.toml"
    path.write_bytes(b'\xef\xbb\xbf[profiles.A]\ndomain = "D"\nusername = "U"\n')
    assert Settings.load().get("A").domain == "D"


def test_a_missing_file_gives_empty_settings_and_a_clear_message():
    settings = Settings.load()
    assert settings.profiles == {}
    with pytest.raises(SettingsError, match="No profile is set up yet"):
        settings.get()


@pytest.mark.parametrize(
    "text, line",
    [
        ('version = 1\n[profiles.A]\ndomain "TESTAPI"\n', 3),  # missing "="
        ('version = 1\n\n[profiles.A]\ndomain = "TESTAPI\nusername = "U"\n', 4),  # unclosed string
        ('[profiles.A]\ndomain = "D"\ndomain = "E"\n', 3),  # key defined twice
        ('[profiles.A]\ndomain = "D"\n[profiles.A]\nusername = "U"\n', 3),  # table twice
        ('[profiles.A\ndomain = "D"\n', 1),  # unclosed table header
        ('version = 1\ncurrent = \n', 2),  # value missing
    ],
)
def test_broken_toml_names_the_file_and_line(text, line):
    message = load_error(text)
    assert "profiles.toml" in message
    assert f"line {line}" in message
    assert "\n" not in message


def test_bytes_that_are_not_utf8_name_the_line():
    path = paths.config_dir() / "profiles.toml"
    path.write_bytes(b'version = 1\n[profiles.A]\ndomain = "caf\xe9"\n')
    with pytest.raises(SettingsError, match=r"profiles\.toml: line 3 is not UTF-8 text"):
        Settings.load()


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            'poll_interval_pdf = "abc"',
            'profiles."Prod".poll_interval_pdf: expected a whole number of seconds, got "abc"',
        ),
        ("poll_interval_completed = 1.5", 'profiles."Prod".poll_interval_completed: expected a whole number of seconds, got 1.5'),
        ("poll_interval_pdf = 0", 'profiles."Prod".poll_interval_pdf: expected at least 1 second, got 0'),
        ('base_url = "ftp://files.example.com"', 'profiles."Prod".base_url: expected an http:// or https:// address with a host name, got "ftp://files.example.com"'),
        ('base_url = "https:///api"', 'profiles."Prod".base_url: expected an http:// or https:// address with a host name'),
        ('base_url = "https://example.com:port/api"', 'profiles."Prod".base_url: the port is not a number'),
        ('auth_mode = "oauth"', 'profiles."Prod".auth_mode: expected "password" or "header", got "oauth"'),
        ("read_timeout = -1", 'profiles."Prod".read_timeout: expected a positive number of seconds, got -1'),
        ("connect_timeout = true", 'profiles."Prod".connect_timeout: expected a number of seconds, got true'),
        ("domain = 42", 'profiles."Prod".domain: expected text, got 42'),
        ("max_file_mb = 0", 'profiles."Prod".max_file_mb: expected between 1 and 100000 MB, got 0'),
        ("max_file_mb = 2.5", 'profiles."Prod".max_file_mb: expected a whole number of MB, got 2.5'),
        ('max_file_mb = "200"', 'profiles."Prod".max_file_mb: expected a whole number of MB, got "200"'),
        ('username = "API:User"', 'profiles."Prod".username: must not contain ":"'),
        ('domain = "TEST@API"', 'profiles."Prod".domain: must not contain "@"'),
        ('naming_template = "{job_reference/{file_name}"', 'profiles."Prod".naming_template:'),
        ('naming_template = "{}/{file_name}"', 'profiles."Prod".naming_template: placeholders need a name'),
        ('erp_url = "erp.db"', 'profiles."Prod".erp_url: expected a database address'),
        ('download_dir = ""', 'profiles."Prod".download_dir: must not be empty'),
        ('ca_bundle = ["a"]', 'profiles."Prod".ca_bundle: expected text, got a list'),
    ],
)
def test_a_wrong_value_names_the_key_and_what_is_wrong(body, expected):
    key = body.split("=")[0].strip()
    defaults = "".join(f'{k} = "X"\n' for k in ("domain", "username") if k != key)
    message = load_error(f"[profiles.Prod]\n{defaults}{body}\n")
    assert expected in message
    assert "\n" not in message


def test_password_mode_needs_user_and_domain():
    message = load_error('[profiles."Prod"]\ndomain = "D"\n')
    assert 'profiles."Prod": auth_mode "password" needs both a username and a domain' in message


def test_header_mode_needs_neither_user_nor_domain():
    write_settings('[profiles."API key only"]\nauth_mode = "header"\n')
    assert Settings.load().get().auth_mode == "header"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("profiles = 3\n", "profiles: expected a table of profiles, got 3"),
        ("profiles = { A = 1 }\n", 'profiles."A": expected a table of settings, got 1'),
        ("current = 7\n", "current: expected a profile name, got 7"),
        ('version = "one"\n', 'version: expected a whole number, got "one"'),
        ('[profiles."A\\u0007"]\ndomain = "D"\nusername = "U"\n', "contains control characters"),
        ('[profiles."A"]\ndomain = "D"\nusername = "U"\n[profiles." A "]\ndomain = "D"\nusername = "U"\n',
         'profiles." A ": a profile with this name is already defined'),
    ],
)
def test_a_wrong_structure_is_named(text, expected):
    assert expected in load_error(text)


def test_a_current_profile_that_was_deleted_by_hand_is_explained():
    write_settings(
        'current = "Gone"\n[profiles.A]\ndomain = "D"\nusername = "U"\n'
        '[profiles.B]\ndomain = "D"\nusername = "U"\n'
    )
    settings = Settings.load()
    with pytest.raises(SettingsError) as caught:
        settings.get()
    assert str(caught.value) == 'No profile named "Gone". Available profiles: "A", "B".'
    settings.use("B")  # the file can still be repaired with "profile use"
    assert settings.get().name == "B"


# --- profile operations ------------------------------------------------------------------------


def test_unknown_profile_names_the_available_ones():
    settings = Settings.load()
    settings.add(full_profile("Production"))
    settings.add(full_profile("Test tenant"))
    for operation in (settings.get, settings.use, settings.remove):
        with pytest.raises(SettingsError) as caught:
            operation("Prod")
        assert str(caught.value) == (
            'No profile named "Prod". Available profiles: "Production", "Test tenant".'
        )


def test_several_profiles_without_a_current_one_ask_to_choose():
    settings = Settings.load()
    settings.add(full_profile("A"))
    settings.add(full_profile("B"))
    settings.current_name = None
    with pytest.raises(SettingsError, match='No current profile is chosen; choose one of "A", "B"'):
        settings.get()


def test_adding_a_duplicate_needs_replace():
    settings = Settings.load()
    settings.add(full_profile("A"))
    with pytest.raises(SettingsError, match='A profile named "A" already exists'):
        settings.add(full_profile("A", domain="OTHER"))
    settings.add(full_profile("A", domain="OTHER"), replace=True)
    assert settings.get("A").domain == "OTHER"


@pytest.mark.parametrize("name, expected", [("", "needs a name"), ("   ", "needs a name"), ("x" * 81, "too long")])
def test_bad_profile_names_are_refused(name, expected):
    with pytest.raises(SettingsError, match=expected):
        Settings.load().add(full_profile(name))


# --- versions and migrations -------------------------------------------------------------------


def test_a_file_from_a_newer_version_is_refused_clearly():
    message = load_error("version = 2\n[profiles.A]\nfancy = true\n")
    assert "written by a newer Odyssee Sync Assistant (settings version 2" in message
    assert "understands up to 1" in message


def test_a_file_without_version_is_upgraded_and_written_with_one():
    path = write_settings('[profiles.A]\ndomain = "D"\nusername = "U"\n')
    settings = Settings.load()
    settings.save()
    assert tomllib.loads(path.read_text(encoding="utf-8"))["version"] == 1


def test_migrations_run_in_order_on_older_files(monkeypatch):
    def rename_url(document):
        for table in document.get("profiles", {}).values():
            if "url" in table:
                table["base_url"] = table.pop("url")
        return document

    monkeypatch.setattr(settings_module, "SETTINGS_VERSION", 2)
    monkeypatch.setitem(settings_module.MIGRATIONS, 1, rename_url)
    path = write_settings(
        'version = 1\n[profiles.A]\nurl = "https://old.example.com/api"\ndomain = "D"\nusername = "U"\n'
    )
    settings = Settings.load()
    assert settings.get("A").base_url == "https://old.example.com/api"
    assert "url" not in settings.get("A").extra
    settings.save()
    document = tomllib.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 2
    assert "url" not in document["profiles"]["A"]


def test_no_profile_field_can_hold_a_secret():
    settings = Settings.load()
    settings.add(full_profile())
    settings.save()
    text = settings.path.read_text(encoding="utf-8").lower()
    for word in ("password =", "secret", "token", "authorization"):
        assert word not in text


@pytest.mark.parametrize("key", ["password", "Password", "api-key", "token"])
def test_a_secret_written_into_the_file_by_hand_is_refused(key):
    message = load_error(f'[profiles.A]\ndomain = "D"\nusername = "U"\n{key} = "hunter2"\n')
    assert f'profiles."A".{key}: secrets are not kept in this file' in message
    assert "hunter2" not in message
