"""How fast the simulator answers filtered lists over a big tenant.

Seeds 100,000 companies straight into storage (bulk insert, not HTTP), then sends list requests
over one keep-alive connection, as the sync client does, and prints a table::

    .venv/bin/python benchmarks/simulator.py [--companies N] [--requests N]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.odyssee.values import format_datetime  # noqa: E402
from core.simulator.server import Simulator  # noqa: E402

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
    return label, requests, seconds, requests / seconds, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()

    with Simulator(domain="BENCH", username="bench", password="bench") as simulator:
        start = datetime.now(timezone.utc) - timedelta(days=30)
        rows = company_rows(args.companies, start)
        began = time.perf_counter()
        simulator.storage.bulk_insert("Company", rows)
        seeding = time.perf_counter() - began
        print(f"Seeded {args.companies:,} companies in {seeding:.2f} s "
              f"({args.companies / seeding:,.0f} rows/s, bulk insert)\n")

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
        auth = (simulator.username, f"{simulator.password}@{simulator.domain}")
        results = []
        with httpx.Client(base_url=simulator.base_url, auth=auth, timeout=60) as client:
            client.get("/Company", params={"$top": "1"}).raise_for_status()  # open the connection
            for label, params in scenarios:
                results.append(measure(client, label, "/Company", params, args.requests))

    header = ("list request", "requests", "seconds", "req/s", "rows/page")
    print(f"{header[0]:<34} {header[1]:>8} {header[2]:>8} {header[3]:>8} {header[4]:>9}")
    print("-" * 71)
    for label, requests, seconds, rate, rows_per_page in results:
        print(f"{label:<34} {requests:>8} {seconds:>8.2f} {rate:>8.1f} {rows_per_page:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
