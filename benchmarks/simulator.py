"""How fast the simulator answers filtered lists over a big tenant.

    python -m benchmarks.simulator [--companies 100000] [--requests 200]

Puts ``--companies`` companies into a simulator folder in this process, straight into storage
(bulk insert, not HTTP: the table's first row), then serves that folder from a child process,
so that the simulator does not share the measuring client's GIL, and sends each list request
``--requests`` times with plain httpx over one keep-alive connection, as the sync client does.
One table: per request, its seconds, requests per second and the rows on its page.
"""
from __future__ import annotations

import random
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

from benchmarks.common import SimulatorProcess, filled_folder, parse_options, print_table, timed
from core.odyssee.values import format_datetime
from core.simulator.server import Simulator

CITIES = [
    "Gent", "Antwerpen", "Brussel", "Leuven", "Brugge", "Mechelen", "Hasselt", "Kortrijk", "Aalst", "Liège",
    "Namur", "Charleroi", "Mons", "Oostende", "Genk", "Roeselare", "Sint-Niklaas", "Turnhout", "Lier", "Wavre",
]


def company_rows(count: int, start: datetime) -> list[dict]:
    rng = random.Random(7)
    step = timedelta(milliseconds=97)
    return [
        {
            "id": uuid.UUID(int=rng.getrandbits(128), version=4),
            "code": f"C{index:06d}",
            "name": f"Company {index} {rng.choice(['BV', 'NV', 'SRL', 'VOF'])}",
            "city": rng.choice(CITIES),
            "zip": f"{rng.randint(1000, 9999)}",
            "street": f"Street {rng.randint(1, 400)}",
            "email": f"info{index}@example.com",
            "vat_reg_code": f"BE0{rng.randint(100000000, 999999999)}",
            "modified_dateutc": start + step * index,
        }
        for index in range(count)
    ]


def measure(client: httpx.Client, label: str, path: str, params: dict[str, str], requests: int) -> tuple:
    rows = 0
    started = time.perf_counter()
    for _ in range(requests):
        answer = client.get(path, params=params)
        answer.raise_for_status()
        rows = len(answer.json()["value"])
    seconds = time.perf_counter() - started
    return label, requests, seconds, f"{requests / seconds:,.1f} req/s", rows


def main(argv: list[str] | None = None) -> None:
    options = parse_options(__doc__, argv, companies=100_000, requests=200)

    rows = company_rows(options.companies, datetime.now(timezone.utc) - timedelta(days=30))
    seed_seconds: list[float] = []  # filled_folder gives back the folder, not what fill measured

    def fill(simulator: Simulator) -> None:
        seconds, _ = timed(lambda: simulator.storage.bulk_insert("Company", rows))
        seed_seconds.append(seconds)

    with tempfile.TemporaryDirectory(prefix="odyssee-simulator-bench-") as folder:
        data = filled_folder(Path(folder) / "simulator", fill)
        results = [(
            f"seed {options.companies:,} companies (bulk insert, not HTTP)", "-", seed_seconds[0],
            f"{options.companies / seed_seconds[0]:,.0f} rows/s", "-",
        )]

        recent = format_datetime(rows[len(rows) * 9 // 10]["modified_dateutc"])
        early = format_datetime(rows[len(rows) // 10]["modified_dateutc"])
        lookup_code = rows[len(rows) // 2]["code"]
        narrow = "id,code,name,modified_dateutc"
        scenarios = [
            ("date gt (90% match) and city eq", {"$filter": f"modified_dateutc gt '{early}' and city eq 'Gent'"}),
            ("  same, $select 4 fields", {"$filter": f"modified_dateutc gt '{early}' and city eq 'Gent'",
                                          "$select": narrow}),
            ("date gt (10% match) and city eq", {"$filter": f"modified_dateutc gt '{recent}' and city eq 'Gent'"}),
            ("  same, $select 4 fields", {"$filter": f"modified_dateutc gt '{recent}' and city eq 'Gent'",
                                          "$select": narrow}),
            ("watermark poll, orderby date", {"$filter": f"modified_dateutc gt '{recent}'",
                                              "$orderby": "modified_dateutc asc"}),
            ("  same, $select 4 fields", {"$filter": f"modified_dateutc gt '{recent}'",
                                          "$orderby": "modified_dateutc asc", "$select": narrow}),
            ("code eq lookup", {"$filter": f"code eq '{lookup_code}'"}),
            ("  same, $select id", {"$filter": f"code eq '{lookup_code}'", "$select": "id"}),
            ("contains(name) (full scan)", {"$filter": "contains(name, '4242')"}),
            ("$count=true, date gt", {"$filter": f"modified_dateutc gt '{early}'", "$count": "true",
                                      "$select": "id", "$top": "1"}),
        ]
        with SimulatorProcess(data) as simulator, httpx.Client(
            base_url=simulator.base_url, headers={"Authorization": simulator.authorization}, timeout=60,
        ) as client:
            client.get("/Company", params={"$top": "1"}).raise_for_status()  # open the connection
            for label, params in scenarios:
                results.append(measure(client, label, "/Company", params, options.requests))

    print_table(("scenario", "requests", "seconds", "rate", "rows per page"), results)


if __name__ == "__main__":
    main()
