"""After real use — profile, login, check, browse, failures included — no file the application
wrote holds the password or the Authorization header built from it."""
from __future__ import annotations

import base64
import io
import logging
import uuid

from core.cli import EXIT_FAILED, EXIT_OK, main
from core.logs import LOG_FILE_NAME
from core.simulator.server import Simulator

PASSWORD = "Xy7-unique-Pässwörd!"


def test_a_whole_session_leaves_no_secret_in_any_file(capsys, monkeypatch, isolated_home):
    with Simulator(domain="TESTAPI", username="APIUser", password=PASSWORD, page_size=5) as simulator:
        simulator.storage.bulk_insert(
            "Company", [{"id": uuid.uuid4(), "code": f"C{n:02d}", "name": f"Company {n}"} for n in range(12)]
        )
        assert main(["profile", "add", "Tenant", "--url", simulator.base_url,
                     "--domain", "TESTAPI", "--username", "APIUser", "--use"]) == EXIT_OK
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        assert main(["login"]) == EXIT_OK
        assert main(["check"]) == EXIT_OK
        assert main(["browse", "Company", "--format", "json"]) == EXIT_OK
        # Failures are logged too: a query the server refuses, and faults that make the client retry.
        assert main(["browse", "Company", "--filter", "nosuchfield eq 1"]) == EXIT_FAILED
        simulator.faults.script("error", "throttle", "drop")
        assert main(["browse", "Company", "--format", "csv"]) == EXIT_OK
        # Then the password is changed on the server side: every request is now refused.
        simulator.password = "changed"
        assert main(["check"]) != EXIT_OK
        assert main(["browse", "Company"]) == EXIT_FAILED
    capsys.readouterr()
    logging.shutdown()

    log_file = isolated_home / "logs" / LOG_FILE_NAME
    assert log_file.exists() and "Company" in log_file.read_text(encoding="utf-8")

    header = base64.b64encode(f"APIUser:{PASSWORD}@TESTAPI".encode()).decode()
    needles = [PASSWORD, header, f"{PASSWORD}@TESTAPI"]
    files = [path for path in isolated_home.rglob("*") if path.is_file()]
    assert files
    for path in files:
        content = path.read_bytes()
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le"):
                assert needle.encode(encoding) not in content, f"{needle!r} found in {path}"
