"""A keyring backend for the programs that tests start: the Odyssee secret comes from the
environment (``ODYSSEE_TEST_SECRET``), so several processes can sign in without a desktop keyring.
Start a child with ``PYTHON_KEYRING_BACKEND=tests.env_keyring.EnvironmentKeyring``."""
from __future__ import annotations

import os

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError, PasswordSetError

from core.credentials import SERVICE_NAME

SECRET_VARIABLE = "ODYSSEE_TEST_SECRET"


class EnvironmentKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get(SECRET_VARIABLE) if service == SERVICE_NAME else None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("the test keyring is read-only")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("the test keyring is read-only")
