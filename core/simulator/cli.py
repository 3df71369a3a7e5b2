"""``odyssee-sync simulator``: run the embedded Odyssee-compatible server until Ctrl-C."""
from __future__ import annotations

import argparse
import sys

from core.console import number_between, wait_for_ctrl_c
from core.services.outcome import EXIT_FAILED, EXIT_OK

_rate = number_between(0, 1, "a share")
_seconds = number_between(0, what="a number of seconds")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", metavar="DIR", help="folder of the simulator's database (default: the app's data folder)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--domain", help="sign-in domain (default: the demo domain)")
    parser.add_argument("--user", help="sign-in user name (default: the demo user)")
    parser.add_argument("--password", help="sign-in password (default: the demo password)")
    parser.add_argument("--seed", choices=("demo", "none"), default="demo", help="fill an empty database with demo data")
    parser.add_argument("--scale", type=int, default=200, help="size of the demo data (default: 200)")
    parser.add_argument("--legacy", action="store_true", help="page size 20, like the older Odyssee servers")
    parser.add_argument("--pdf-delay", type=_seconds, default=0.0, metavar="S",
                        help="seconds before a job approval's PDF appears (default: 0)")
    parser.add_argument("--activity-interval", type=_seconds, default=None, metavar="S",
                        help="complete a job every S seconds (default: off)")
    parser.add_argument("--max-node-count", type=int, default=None, metavar="N",
                        help="refuse a $filter of more than N nodes with 400, like ASP.NET OData (default 100; 0: no limit)")
    parser.add_argument("--no-in", dest="accept_in", action="store_false",
                        help="refuse OData 4.01's 'in' operator with 400, like a server that knows only OData 4.0")
    # The names of core.simulator.sql.COLLATIONS, written out: every command builds this parser,
    # and only the simulator itself should load the simulator's modules.
    parser.add_argument("--collation", choices=("ci", "binary"), default=None,
                        help="text comparison: ci like SQL Server's default (case and trailing spaces ignored), "
                             "binary exact (default: ci)")
    parser.add_argument("--max-in-flight", type=int, default=0, metavar="N",
                        help="above N requests at once, answer 429 with Retry-After, like a throttling proxy (0: off)")
    parser.add_argument("--latency-ms", type=_seconds, default=0.0, metavar="N", help="delay every answer")
    parser.add_argument("--error-rate", type=_rate, default=0.0, metavar="F", help="share of 503 answers")
    parser.add_argument("--throttle-rate", type=_rate, default=0.0, metavar="F", help="share of 429 answers")
    parser.add_argument("--drop-rate", type=_rate, default=0.0, metavar="F", help="share of dropped connections")
    parser.add_argument("--lost-response-rate", type=_rate, default=0.0, metavar="F",
                        help="share of writes committed but left unanswered")


# The options above that set Faults' settings of the same name.
_FAULT_SETTINGS = ("max_in_flight", "latency_ms", "error_rate", "throttle_rate", "drop_rate", "lost_response_rate")


def run(args: argparse.Namespace) -> int:
    from core import paths
    from core.simulator.faults import Faults
    from core.simulator.server import Simulator

    data = args.data if args.data else paths.data_dir() / "simulator"
    faults = Faults(**{name: getattr(args, name) for name in _FAULT_SETTINGS}, seed=None)
    try:
        simulator = Simulator(
            data,
            domain=args.domain,
            username=args.user,
            password=args.password,
            host=args.host,
            port=args.port,
            legacy=args.legacy,
            seed=args.seed,
            scale=args.scale,
            pdf_delay=args.pdf_delay,
            activity_interval=args.activity_interval or None,
            faults=faults,
            max_node_count=args.max_node_count,
            accept_in=args.accept_in,
            collation=args.collation,
        )
        simulator.start()
    except (OSError, ValueError) as error:
        print(f"odyssee-sync simulator: cannot start: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Odyssee simulator serving {simulator.base_url}", flush=True)
    print(f"Sign in with domain {simulator.domain!r}, user {simulator.username!r}, "
          f"password {simulator.password!r}", flush=True)
    wait_for_ctrl_c(simulator.stop, f"Data: {simulator.data_dir}. Press Ctrl-C to stop.")
    return EXIT_OK
