"""The demo ERP: a SQLite database shaped like the vendor's ERP-link guide example.

A heating and air-conditioning service company with a few hundred customers in Belgium, France,
the Netherlands and Germany, their sites, the articles its technicians use, and its employees.
``resources/mappings/default.toml`` maps it to Odyssee. The ERP is the master: its codes
(``CUST-1001``, ``SITE-2001``, ``A-3001``, ``CAT-10``, ``ST-1``, ``E-101``) differ from the
simulator's demo tenant (``C00001``, ``P000001``, ``ART-0001``, ``U001``) so that nothing links
by accident; the first push creates everything.

The same seed gives the same database, byte for byte: modification times are part of the data
(a fixed clock) rather than the time of creation. Later edits get the current time from the
triggers, as a real ERP would.

A few rows are wrong on purpose (:data:`INVALID_ROWS`), so that a push plan has invalid rows to
show.
"""
from __future__ import annotations

import os
import random
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import resources
from core.odyssee.values import format_datetime

# Tables whose rows carry last_modification, kept by triggers.
TRACKED_TABLES = ("article_category", "article", "site_type", "employee", "customer", "site")

LAST_MODIFICATION_TRIGGERS = """
CREATE TRIGGER {table}_stamp_insert AFTER INSERT ON {table}
WHEN NEW.last_modification IS NULL
BEGIN
    UPDATE {table} SET last_modification = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER {table}_stamp_update AFTER UPDATE ON {table}
WHEN NEW.last_modification IS OLD.last_modification
BEGIN
    UPDATE {table} SET last_modification = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = NEW.rowid;
END;
CREATE INDEX {table}_by_last_modification ON {table} (last_modification);
"""

FIRST_CUSTOMER_NUMBER = 1001
FIRST_SITE_NUMBER = 2001
FIRST_ARTICLE_NUMBER = 3001
FIRST_EMPLOYEE_NUMBER = 101
DEFAULT_CUSTOMERS = 300
MAX_CUSTOMERS = 1_000_000


@dataclass(frozen=True)
class InvalidRow:
    table: str
    code: str
    reason: str


# The rows that are wrong on purpose; they come on top of the requested number of customers.
INVALID_ROWS = (
    InvalidRow("customer", "CUST-0901", "empty name (Odyssee requires one)"),
    InvalidRow("customer", "CUST-0902", "name longer than the 64 characters Odyssee allows"),
    InvalidRow("article", "A-0901", "price is the text 'on request', not a number"),
    InvalidRow("site", "SITE-0901", "customer CUST-0900 does not exist"),
)

_CLOCK_START = datetime(2024, 1, 8, 7, 30, tzinfo=timezone.utc)
_CLOCK_SPAN = timedelta(days=300)
_SITES_PER_CUSTOMER = 1.5  # on average (1 to 3 each)


def sqlite_url(path: Path | str) -> str:
    """The SQLAlchemy URL of a SQLite file: ``sqlite:///C:/ERP/erp.db``, ``sqlite:////srv/erp.db``."""
    return "sqlite:///" + Path(path).resolve().as_posix()


# ----------------------------------------------------------------------------------------------
# Reference data

SITE_TYPES = (
    ("ST-1", "Gas boiler"),
    ("ST-2", "Oil boiler"),
    ("ST-3", "Heat pump"),
    ("ST-4", "Air conditioning"),
    ("ST-5", "Ventilation"),
    ("ST-6", "Solar water heater"),
)

ARTICLE_CATEGORIES = {
    "CAT-10": ("Filters", (
        ("Air filter G4 592x287x48", "8.90"), ("Air filter F7 592x592x360", "46.50"),
        ("Filter cassette for ventilation unit", "24.75"), ("Grease filter stainless 400x300", "31.20"),
        ("Magnetic sludge filter 22 mm", "89.00"),
    )),
    "CAT-20": ("Pumps & circulators", (
        ("Circulator pump 25/6 130 mm", "189.00"), ("Circulator pump 25/4 180 mm", "164.50"),
        ("Condensate pump 10 l/h", "72.40"), ("Hot water circulator 15/1", "121.00"),
    )),
    "CAT-30": ("Burners & ignition", (
        ("Ignition electrode set", "18.60"), ("Ionisation electrode", "14.20"),
        ("Burner nozzle 0.60 60°S", "9.75"), ("Ignition transformer", "68.90"),
        ("Flame sensor UV", "84.00"), ("Gas valve 230 V", "212.00"),
    )),
    "CAT-40": ("Valves & fittings", (
        ("Safety valve 3 bar 1/2\"", "12.40"), ("Expansion vessel 18 l", "49.90"),
        ("Three-way valve 3/4\"", "96.00"), ("Ball valve 3/4\" with filter", "16.30"),
        ("Automatic air vent 3/8\"", "7.85"), ("Pressure gauge 0-4 bar", "11.10"),
    )),
    "CAT-50": ("Controls & thermostats", (
        ("Room thermostat, programmable", "79.00"), ("Outdoor temperature sensor", "27.50"),
        ("Boiler control board", "265.00"), ("Modulating room unit", "139.00"),
        ("Thermostatic radiator head", "19.90"),
    )),
    "CAT-60": ("Refrigeration & air conditioning", (
        ("Refrigerant R32 (per kg)", "38.00"), ("Refrigerant R410A (per kg)", "54.00"),
        ("Condensate drain hose 16 mm (per m)", "2.35"), ("Wall bracket for outdoor unit", "44.80"),
        ("Fan motor indoor unit", "118.00"),
    )),
    "CAT-70": ("Consumables", (
        ("PTFE tape 12 mm", "1.20"), ("Leak detection spray 400 ml", "9.40"),
        ("Heating system inhibitor 1 l", "22.90"), ("Flue gas seal 80 mm", "5.60"),
        ("Cleaning brush set for heat exchanger", "17.30"),
    )),
}

EMPLOYEES = (
    ("Jan", "Peeters"), ("Sophie", "Dubois"), ("Pieter", "De Smet"), ("Camille", "Lambert"),
    ("Lars", "Vermeulen"), ("Nathalie", "Renard"), ("Tom", "Jacobs"), ("Julien", "Leclercq"),
    ("Elke", "Wouters"), ("Thomas", "Becker"), ("Inge", "Van den Broeck"), ("Mehdi", "El Amrani"),
)
EMPLOYEE_MAIL_DOMAIN = "demo-hvac.example"

# Per region: language, ISO country, phone prefix, cities (zip, name, area code), street names.
_REGIONS = {
    "be-fr": ("fr", "BE", "+32", (
        ("1000", "Bruxelles", "2"), ("1050", "Ixelles", "2"), ("4000", "Liège", "4"), ("5000", "Namur", "81"),
        ("6000", "Charleroi", "71"), ("7000", "Mons", "65"), ("1300", "Wavre", "10"), ("1400", "Nivelles", "67"),
    ), ("Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue Neuve", "Rue du Commerce",
        "Boulevard d'Avroy", "Rue de Fer", "Zoning Industriel", "Rue de la Station", "Avenue des Combattants")),
    "be-nl": ("nl", "BE", "+32", (
        ("2000", "Antwerpen", "3"), ("9000", "Gent", "9"), ("8000", "Brugge", "50"), ("3000", "Leuven", "16"),
        ("2800", "Mechelen", "15"), ("3500", "Hasselt", "11"), ("8500", "Kortrijk", "56"), ("9300", "Aalst", "53"),
    ), ("Kerkstraat", "Stationsstraat", "Dorpsstraat", "Meir", "Veldstraat", "Industrieweg", "Nijverheidslaan",
        "Molenstraat", "Brusselsesteenweg", "Kouter")),
    "fr": ("fr", "FR", "+33", (
        ("75011", "Paris", "1"), ("69003", "Lyon", "4"), ("59000", "Lille", "3"), ("13006", "Marseille", "4"),
        ("67000", "Strasbourg", "3"), ("33000", "Bordeaux", "5"), ("44000", "Nantes", "2"), ("31000", "Toulouse", "5"),
        ("51100", "Reims", "3"),
    ), ("rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta", "rue Pasteur",
        "place de la Gare", "rue du Général de Gaulle", "chemin des Vignes", "rue des Écoles", "allée des Tilleuls")),
    "nl": ("nl", "NL", "+31", (
        ("1011", "Amsterdam", "20"), ("3011", "Rotterdam", "10"), ("2511", "Den Haag", "70"), ("3511", "Utrecht", "30"),
        ("5611", "Eindhoven", "40"), ("9711", "Groningen", "50"), ("6211", "Maastricht", "43"), ("4811", "Breda", "76"),
    ), ("Kerkstraat", "Dorpsstraat", "Hoofdstraat", "Molenweg", "Stationsweg", "Industrieweg", "Schoolstraat",
        "Havenstraat", "Julianalaan", "Marktplein")),
    "de": ("de", "DE", "+49", (
        ("10115", "Berlin", "30"), ("20095", "Hamburg", "40"), ("80331", "München", "89"), ("50667", "Köln", "221"),
        ("60311", "Frankfurt am Main", "69"), ("52062", "Aachen", "241"), ("40213", "Düsseldorf", "211"),
        ("70173", "Stuttgart", "711"),
    ), ("Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schulstraße", "Industriestraße", "Lindenstraße",
        "Kirchweg", "Am Markt", "Goethestraße", "Mühlenweg")),
}
_REGION_WEIGHTS = {"be-fr": 30, "be-nl": 35, "fr": 12, "nl": 13, "de": 10}

_SURNAMES = {
    "fr": ("Dupont", "Lambert", "Dubois", "Martin", "Simon", "Leclercq", "Lemaire", "Renard", "Fontaine",
           "Moreau", "Laurent", "Girard", "Mercier", "Denis", "Gérard", "Collin", "Masson", "Henrard"),
    "nl": ("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
           "De Smet", "Verhoeven", "de Vries", "Bakker", "Visser", "Smits", "Van Dijk", "Hendriks", "Vermeulen"),
    "de": ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
           "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann"),
}
# "{name}" is a surname; each business is a typical customer of a heating company.
_BUSINESSES = {
    "fr": ("Boulangerie {name}", "Garage {name}", "Menuiserie {name}", "Pharmacie {name}", "Hôtel {name}",
           "Brasserie {name}", "Imprimerie {name}", "Clinique vétérinaire {name}", "Résidence {name}",
           "{name} Chauffage", "{name} & Fils", "Cabinet médical {name}", "Boucherie {name}", "Fromagerie {name}"),
    "nl": ("Bakkerij {name}", "Garage {name}", "Schrijnwerkerij {name}", "Apotheek {name}", "Hotel {name}",
           "Brouwerij {name}", "Drukkerij {name}", "Dierenartsenpraktijk {name}", "Residentie {name}",
           "{name} Installatietechniek", "{name} & Zonen", "Huisartsenpraktijk {name}", "Slagerij {name}",
           "Tuincentrum {name}"),
    "de": ("Bäckerei {name}", "Autohaus {name}", "Schreinerei {name}", "Apotheke {name}", "Hotel {name}",
           "Brauerei {name}", "Druckerei {name}", "Tierarztpraxis {name}", "Seniorenresidenz {name}",
           "{name} Haustechnik", "{name} & Söhne", "Arztpraxis {name}", "Metzgerei {name}", "Gärtnerei {name}"),
}
_LEGAL_FORMS = {
    "be-fr": ("SA", "SRL", "SRL", ""),
    "be-nl": ("NV", "BV", "BV", ""),
    "fr": ("SARL", "SAS", "SA", ""),
    "nl": ("B.V.", "B.V.", "V.O.F.", ""),
    "de": ("GmbH", "GmbH", "GmbH & Co. KG", "e.K."),
}
_SITE_NAMES = {
    "fr": ("Siège", "Entrepôt {city}", "Magasin {city}", "Atelier {city}", "Succursale {city}"),
    "nl": ("Hoofdzetel", "Magazijn {city}", "Winkel {city}", "Werkplaats {city}", "Filiaal {city}"),
    "de": ("Hauptsitz", "Lager {city}", "Filiale {city}", "Werkstatt {city}", "Niederlassung {city}"),
}
_MAILBOXES = {"fr": ("info", "contact", "compta"), "nl": ("info", "administratie", "contact"), "de": ("info", "kontakt", "buero")}
_NOTES = (
    "Pays à 30 jours.", "Klant sinds 2009.", "Code porte : 4711.", "Sleutel bij de buren (nr. 12).",
    "Rabais de 5 % convenu.", "Nur vormittags erreichbar.", "Facturation par e-mail uniquement.",
    "Onderhoudscontract jaarlijks in oktober.",
)


# ----------------------------------------------------------------------------------------------
# VAT numbers with valid check digits, as each country computes them


def _belgian_vat(rng: random.Random) -> str:
    base = rng.randint(2_000_000, 9_999_999)  # 0 + 7 digits
    return f"BE0{base:07d}{97 - base % 97:02d}"


def _luhn_digit(digits: str) -> int:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 0:
            value *= 2
            value -= 9 if value > 9 else 0
        total += value
    return (10 - total % 10) % 10


def _french_vat(rng: random.Random) -> str:
    body = f"{rng.randint(30_000_000, 99_999_999):08d}"
    siren = int(body + str(_luhn_digit(body)))
    return f"FR{(12 + 3 * (siren % 97)) % 97:02d}{siren:09d}"


def _dutch_vat(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        check = sum(weight * digit for weight, digit in zip(range(9, 1, -1), digits)) % 11
        if check < 10:
            return "NL" + "".join(map(str, digits)) + str(check) + "B01"


def _german_vat(rng: random.Random) -> str:
    digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
    product = 10
    for digit in digits:
        total = (digit + product) % 10 or 10
        product = (2 * total) % 11
    check = (11 - product) % 10
    return "DE" + "".join(map(str, digits)) + str(check)


_VAT = {"BE": _belgian_vat, "FR": _french_vat, "NL": _dutch_vat, "DE": _german_vat}


# ----------------------------------------------------------------------------------------------
# Generation


class _Clock:
    """Fixed, increasing modification times: the data's history, not the time it was made.

    However many rows there are, they all fall within _CLOCK_SPAN of _CLOCK_START, safely in the
    past: an edit made today must always be later than every seeded row.
    """

    def __init__(self, rng: random.Random, expected_rows: int) -> None:
        self.rng = rng
        self.now = _CLOCK_START
        average_ms = min(460_000, _CLOCK_SPAN // timedelta(milliseconds=1) // max(expected_rows, 1))
        self.largest_step_ms = max(2 * average_ms, 1)

    def tick(self) -> str:
        self.now += timedelta(milliseconds=self.rng.randint(1, self.largest_step_ms))
        return format_datetime(self.now)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = "".join(char if char.isalnum() else " " for char in ascii_text).split()
    return "-".join(words)


# Digits of a national number (area code included); Germany: digits after the area code.
_NATIONAL_DIGITS = {"+32": 8, "+33": 9, "+31": 9}


def _phone(rng: random.Random, prefix: str, area: str) -> str:
    local_length = _NATIONAL_DIGITS[prefix] - len(area) if prefix in _NATIONAL_DIGITS else 8
    digits = f"{rng.randint(2, 9)}" + "".join(str(rng.randint(0, 9)) for _ in range(local_length - 1))
    if prefix == "+49":
        return f"{prefix} {area} {digits}"
    head = 3 if len(digits) % 2 else 2
    groups = [digits[:head]] + [digits[index : index + 2] for index in range(head, len(digits), 2)]
    return f"{prefix} {area} {' '.join(groups)}"


def _street(rng: random.Random, region: str, streets: tuple[str, ...]) -> str:
    number = rng.randint(1, 240)
    if region == "fr":
        return f"{number} {rng.choice(streets)}"
    return f"{rng.choice(streets)} {number}"


def _zip(rng: random.Random, region: str, base: str) -> str:
    if region == "nl":
        return f"{base} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
    return base


def _customers(rng: random.Random, clock: _Clock, count: int) -> list[tuple]:
    regions = list(_REGION_WEIGHTS)
    weights = list(_REGION_WEIGHTS.values())
    used_names: set[str] = set()
    rows = []
    for number in range(FIRST_CUSTOMER_NUMBER, FIRST_CUSTOMER_NUMBER + count):
        region = rng.choices(regions, weights)[0]
        language, country, prefix, cities, streets = _REGIONS[region]
        zip_base, city, area = rng.choice(cities)
        for _ in range(5):
            trade = rng.choice(_BUSINESSES[language]).format(name=rng.choice(_SURNAMES[language]))
            form = rng.choice(_LEGAL_FORMS[region])
            name = f"{trade} {form}".strip()
            if name not in used_names:
                break
            name = f"{trade} {city} {form}".strip()
            if name not in used_names:
                break
        used_names.add(name)
        vat = _VAT[country](rng) if rng.random() < 0.92 else None
        if vat and rng.random() < 0.08:
            vat = f" {vat.lower()} "  # typed by hand: the mapping's trim and upper tidy it
        mailbox = rng.choice(_MAILBOXES[language])
        slug = _slug(trade)
        email = f"{mailbox}@{slug}.example" if rng.random() < 0.85 else None
        phone = _phone(rng, prefix, area) if rng.random() < 0.9 else None
        active = 0 if rng.random() < 0.04 else 1
        notes = rng.choice(_NOTES) if rng.random() < 0.25 else None
        rows.append((
            f"CUST-{number}", name, vat, phone, email, _street(rng, region, streets),
            _zip(rng, region, zip_base), city, country, active, notes, clock.tick(), region,
        ))
    return rows


def _sites(rng: random.Random, clock: _Clock, customers: list[tuple]) -> list[tuple]:
    rows = []
    number = FIRST_SITE_NUMBER
    type_codes = [code for code, _ in SITE_TYPES]
    for customer in customers:
        code, _, _, _, _, street, zip_code, city, _, active, _, _, region = customer
        if not active:
            continue  # an inactive customer keeps no sites
        language, _, _, cities, streets = _REGIONS[region]
        names = _SITE_NAMES[language]
        for index in range(rng.choices((1, 2, 3), (60, 30, 10))[0]):
            if index == 0:
                name, site_street, site_zip, site_city = names[0], street, zip_code, city
            else:
                zip_base, site_city, _ = rng.choice(cities)
                name = rng.choice(names[1:]).format(city=site_city)
                site_street, site_zip = _street(rng, region, streets), _zip(rng, region, zip_base)
            rows.append((
                f"SITE-{number}", name, code, rng.choice(type_codes), site_street, site_zip, site_city, clock.tick(),
            ))
            number += 1
    return rows


def _articles(rng: random.Random, clock: _Clock) -> tuple[list[tuple], list[tuple]]:
    categories = []
    articles = []
    number = FIRST_ARTICLE_NUMBER
    for category_code, (category_name, items) in ARTICLE_CATEGORIES.items():
        categories.append((category_code, category_name, clock.tick()))
        for description, price in items:
            articles.append((f"A-{number}", description, Decimal(price), category_code, clock.tick()))
            number += 1
    rng.shuffle(articles)  # ERPs rarely enter articles category by category
    return categories, articles


def _employees(clock: _Clock) -> list[tuple]:
    rows = []
    for number, (first, last) in enumerate(EMPLOYEES, start=FIRST_EMPLOYEE_NUMBER):
        username = f"{_slug(first)}.{_slug(last).replace('-', '')}@{EMPLOYEE_MAIL_DOMAIN}"
        if number % 5 == 0:
            username = f"{first}.{last.replace(' ', '')}@{EMPLOYEE_MAIL_DOMAIN}"  # mixed case, lowered by the mapping
        rows.append((f"E-{number}", username, first, last, clock.tick()))
    return rows


def _fill(connection: sqlite3.Connection, customers: int, seed: int) -> None:
    rng = random.Random(seed)
    fixed_rows = len(SITE_TYPES) + len(EMPLOYEES) + sum(1 + len(items) for _, items in ARTICLE_CATEGORIES.values())
    clock = _Clock(rng, fixed_rows + int(customers * (1 + _SITES_PER_CUSTOMER)) + len(INVALID_ROWS))
    connection.executemany(
        "INSERT INTO site_type (code, name, last_modification) VALUES (?, ?, ?)",
        [(code, name, clock.tick()) for code, name in SITE_TYPES],
    )
    categories, articles = _articles(rng, clock)
    connection.executemany("INSERT INTO article_category (code, name, last_modification) VALUES (?, ?, ?)", categories)
    connection.executemany(
        "INSERT INTO article (code, description, price, category_code, last_modification) VALUES (?, ?, ?, ?, ?)",
        [(code, description, str(price), category, stamp) for code, description, price, category, stamp in articles],
    )
    connection.executemany(
        "INSERT INTO employee (code, username, firstname, lastname, last_modification) VALUES (?, ?, ?, ?, ?)",
        _employees(clock),
    )
    customer_rows = _customers(rng, clock, customers)
    connection.executemany(
        "INSERT INTO customer (code, name, vat, phone, email, street, zip, city, country, active, notes,"
        " last_modification) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [row[:-1] for row in customer_rows],
    )
    connection.executemany(
        "INSERT INTO site (code, name, customer_code, site_type_code, street, zip, city, last_modification)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        _sites(rng, clock, customer_rows),
    )
    _add_invalid_rows(connection, clock)


def _add_invalid_rows(connection: sqlite3.Connection, clock: _Clock) -> None:
    empty_name, long_name = INVALID_ROWS[0].code, INVALID_ROWS[1].code
    connection.executemany(
        "INSERT INTO customer (code, name, vat, phone, email, street, zip, city, country, active, last_modification)"
        " VALUES (?, ?, NULL, NULL, NULL, ?, ?, ?, 'BE', 1, ?)",
        [
            (empty_name, "", "Rue Neuve 1", "1000", "Bruxelles", clock.tick()),
            (
                long_name,
                "Association des Copropriétaires de la Résidence Les Jardins du Parc Royal de Laeken",
                "Avenue du Parc Royal 2",
                "1020",
                "Bruxelles",
                clock.tick(),
            ),
        ],
    )
    connection.execute(
        "INSERT INTO article (code, description, price, category_code, last_modification) VALUES (?, ?, ?, ?, ?)",
        (INVALID_ROWS[2].code, "Heat exchanger, made to measure", "on request", "CAT-20", clock.tick()),
    )
    connection.execute(
        "INSERT INTO site (code, name, customer_code, site_type_code, street, zip, city, last_modification)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (INVALID_ROWS[3].code, "Chaufferie", "CUST-0900", "ST-1", "Rue Haute 8", "1000", "Bruxelles", clock.tick()),
    )


def create_demo_erp(
    path: Path | str, *, customers: int = DEFAULT_CUSTOMERS, seed: int = 1, overwrite: bool = False
) -> Path:
    """Create the demo ERP at ``path`` and return the path.

    ``customers`` realistic customers (0 to 1,000,000) come with their sites, plus the
    :data:`INVALID_ROWS`. The file is built next to ``path`` and moved into place when complete.
    Raises FileExistsError if ``path`` exists and ``overwrite`` is false.
    """
    path = Path(path)
    if not 0 <= customers <= MAX_CUSTOMERS:
        raise ValueError(f"the number of customers must be between 0 and {MAX_CUSTOMERS:,}, not {customers}")
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} already exists")
    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    connection = sqlite3.connect(partial)
    try:
        with connection:
            connection.executescript(resources.read_text("demo_erp", "schema.sql"))
            for table_name in TRACKED_TABLES:
                connection.executescript(LAST_MODIFICATION_TRIGGERS.format(table=table_name))
            _fill(connection, customers, seed)
    except BaseException:
        connection.close()
        partial.unlink(missing_ok=True)
        raise
    connection.close()
    os.replace(partial, path)
    return path


def table_counts(path: Path | str) -> dict[str, int]:
    """Rows per table of a demo ERP (or any SQLite file), for summaries."""
    connection = sqlite3.connect(f"file:{Path(path).resolve().as_posix()}?mode=ro", uri=True)
    try:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )]
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        connection.close()
