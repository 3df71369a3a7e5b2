"""A demo tenant: a Belgian heating, cooling and ventilation service company and its customers.

``generate(scale)`` yields ``(entity set, rows)`` batches of complete typed rows (every field of
``core.odyssee.model.ENTITY_SETS``, never None), ready for ``Storage.bulk_insert``. The same
``(scale, seed, now)`` always gives the same rows.

Shape of the data:
- admin lookups (project types, statuses, job types, article categories), the article
  catalogue, the users (technicians and office staff), then ``scale`` companies, each with a
  Location root and one to three installations under it — the initial ERP import, months ago;
- a work history, day by day: completed jobs with their approvals (daily ones for jobs that took
  two visits), parts used, time lines and the approval PDFs that the file queue produced seconds
  to two hours later; a few canceled jobs;
- open, planned, dispatched and in-progress jobs, created in the last day and a half, for the
  activity ticker to complete.

``modified_dateutc`` comes from one clock that only moves forward (in whole milliseconds), in the
order the rows are yielded, and never runs before the business moment a row records (a job's
completion, an approval's generation). Rows of one set can therefore come in several batches,
interleaved with the sets that refer to them; every row comes after the rows it refers to.

System rows are the storage's business: the job statuses (referred to here by their system GUID,
code = the status name) are not yielded. The default project status ``ACTIVE`` and the default job
type ``STD`` are yielded, with the codes ``Storage.ensure_system_data`` looks for, so a tenant that
is seeded first and ensured afterwards has each of them once.

Big tenants stay cheap: master data grows with ``scale`` and is yielded in batches of at most
``BATCH_SIZE`` rows, while the job history is capped (``MAX_JOBS``, ``MAX_PDFS``).
"""
from __future__ import annotations

import random
import unicodedata
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Iterator, Sequence

from core.odyssee.model import (
    EMPTY_DATE,
    EMPTY_GUID,
    ENTITY_SETS,
    JOB_APPROVAL_FILE_TYPE,
    JOB_APPROVAL_TABLE,
    LOCATION_EQUIPMENT_FAMILY_ID,
    SYSTEM_JOB_STATUSES,
)
from core.simulator.pdf import job_approval_file_name, render_job_approval_pdf
from core.simulator.storage import default_row

DEMO_DOMAIN = "DEMO"
DEMO_USERNAME = "api"
DEMO_PASSWORD = "demo"

BATCH_SIZE = 5000
MAX_JOBS = 2000
MAX_PDFS = 300
MAX_ARTICLES = 5000

# The mail domain of the service company the demo tenant belongs to: its users' usernames.
TENANT_MAIL_DOMAIN = "thermotec-services.be"

_HISTORY_DAYS = 120
_IMPORT_DAYS_AGO = 150
_COMPANY_CHUNK = 1000  # companies per batch; their projects (at most 4 each) follow in one batch
_WORKING_RATE = Decimal("68.00")
_TRAVEL_RATE = Decimal("48.00")
_CENT = Decimal("0.01")

Row = dict[str, object]


def generate(
    scale: int, *, seed: int = 1, now: datetime | None = None, with_pdfs: bool = True
) -> Iterator[tuple[str, list[Row]]]:
    """Yield ``(entity set name, batch of rows)`` for a demo tenant with ``scale`` companies.

    ``now`` (default: the current time) is the moment the tenant is seen from: every
    ``modified_dateutc`` lies before it. A naive ``now`` is taken as UTC.
    """
    if isinstance(scale, bool) or not isinstance(scale, int):
        raise TypeError(f"scale must be an int, not {type(scale).__name__}")
    if scale < 0:
        raise ValueError(f"scale must be 0 or more, not {scale}")
    if now is None:
        now = datetime.now(timezone.utc)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    now = now.astimezone(timezone.utc)
    now = now.replace(microsecond=now.microsecond // 1000 * 1000)
    return _DemoTenant(scale, seed, now, with_pdfs).batches()


def local_date_generated(moment: datetime) -> datetime:
    """Belgian wall-clock time of a UTC moment, labelled UTC.

    That is how the vendor fills ``job_approval.date_generated`` ("local date and time"): the
    ERP-link guide's approval says ``15:19:37Z`` where its ``modified_dateutc`` says ``13:20:07Z``,
    and the PDF's file name carries the local time.
    """
    moment = moment.astimezone(timezone.utc)
    summer_starts = _last_sunday(moment.year, 3)
    summer_ends = _last_sunday(moment.year, 10)
    offset = 2 if summer_starts <= moment < summer_ends else 1
    return moment + timedelta(hours=offset)


def _last_sunday(year: int, month: int) -> datetime:
    """01:00 UTC on the last Sunday of the month: when Europe switches to or from summer time."""
    last_day = date(year, month + 1, 1) - timedelta(days=1)
    sunday = last_day - timedelta(days=(last_day.weekday() - 6) % 7)
    return datetime.combine(sunday, time(1), tzinfo=timezone.utc)


# ----------------------------------------------------------------------------------------------
# Reference data


# (code, name)
PROJECT_TYPES = (
    ("SITE", "Site"),
    ("HEAT", "Heating"),
    ("HP", "Heat pump"),
    ("AC", "Air conditioning"),
    ("VENT", "Ventilation"),
    ("DHW", "Domestic hot water"),
    ("SOLAR", "Solar thermal"),
)
# (code, name, is_default, is_closed) — ACTIVE is the storage's default status code.
PROJECT_STATUSES = (
    ("ACTIVE", "Active", True, False),
    ("SUSPENDED", "Out of service", False, False),
    ("DECOM", "Decommissioned", False, True),
)
# (code, name, description, is_default) — STD is the storage's default job type code.
JOB_TYPES = (
    ("STD", "Standard", "General intervention.", True),
    ("REPAIR", "Repair", "Breakdown call: diagnose and repair.", False),
    ("MAINT", "Preventive maintenance", "Yearly or contract maintenance visit.", False),
    ("INSTALL", "Installation", "Installation or replacement of equipment.", False),
    ("INSPECT", "Inspection", "Periodic inspection, combustion analysis, leak test.", False),
    ("WARRANTY", "Warranty", "Intervention covered by the manufacturer's warranty.", False),
)
_JOB_TYPE_WEIGHTS = (("STD", 5), ("REPAIR", 35), ("MAINT", 40), ("INSTALL", 7), ("INSPECT", 8), ("WARRANTY", 5))

# (code, name, parent code)
ARTICLE_CATEGORIES = (
    ("FILTERS", "Filters", ""),
    ("VALVES", "Valves", ""),
    ("PUMPS", "Pumps", ""),
    ("ELEC", "Electrical", ""),
    ("BURNER", "Burner parts", ""),
    ("FITTINGS", "Fittings and seals", ""),
    ("REFRIG", "Refrigerants", ""),
    ("VESSELS", "Expansion vessels", ""),
    ("SUNDRY", "Sundries", ""),
    ("FLT-AIR", "Air filters", "FILTERS"),
    ("FLT-WATER", "Water filters", "FILTERS"),
    ("VLV-BALL", "Ball and check valves", "VALVES"),
    ("VLV-CTRL", "Control valves", "VALVES"),
    ("VLV-SAFE", "Safety valves", "VALVES"),
    ("PMP-CIRC", "Circulators", "PUMPS"),
    ("PMP-COND", "Condensate pumps", "PUMPS"),
    ("ELC-CABLE", "Cables", "ELEC"),
    ("ELC-CTRL", "Controls and sensors", "ELEC"),
)


@dataclass(frozen=True)
class _ArticleSpec:
    category: str
    name: str
    short: str
    price: Decimal
    use_serial: bool = False
    unit: str = "piece"  # "m" and "kg" are bought by length or weight
    is_dummy: bool = False


def _article_catalogue() -> list[_ArticleSpec]:
    """Every article the demo company stocks, in catalogue order."""
    items: list[_ArticleSpec] = []

    def add(category: str, name: str, short: str, price: float, **flags: object) -> None:
        money = Decimal(str(price)).quantize(_CENT)
        items.append(_ArticleSpec(category, name, short, money, **flags))  # type: ignore[arg-type]

    for grade, base in (("G4", 9.8), ("M5", 14.5), ("F7", 24.9)):
        for size, factor in (("287x592x48", 0.7), ("592x592x48", 1.0), ("490x592x48", 0.9),
                             ("287x592x96", 1.1), ("592x592x96", 1.5), ("400x500x25", 0.6)):
            add("FLT-AIR", f"Air filter {grade} {size}", f"Panel filter {grade}, {size} mm", base * factor)
    for grade, base in (("M5", 32.0), ("F7", 41.0), ("F9", 58.0)):
        for pockets in (3, 6, 8):
            add("FLT-AIR", f"Pocket filter {grade} 592x592 {pockets} pockets",
                f"Bag filter {grade}, {pockets} pockets, 592x592 mm", base + 4 * pockets)
    for size, price in (("3/4\"", 89.0), ("1\"", 112.0), ("22 mm", 94.0), ("28 mm", 118.0)):
        add("FLT-WATER", f"Magnetic sludge filter {size}", f"Magnetic dirt separator {size} for heating", price)
    for microns in (5, 20, 50):
        add("FLT-WATER", f"Water filter cartridge 10\" {microns} µm", f"Sediment cartridge 10 inch, {microns} µm",
            7.5 + microns / 20)
    for material, factor in (("brass", 1.0), ("stainless", 2.3)):
        for dn, price in ((15, 8.9), (20, 11.5), (25, 16.8), (32, 24.5), (40, 36.0), (50, 52.0)):
            for ends in ("F/F", "M/F"):
                add("VLV-BALL", f"Ball valve {material} DN{dn} {ends}",
                    f"Full-bore ball valve DN{dn}, {material}, {ends}", price * factor)
    for dn, price in ((15, 9.5), (20, 12.0), (25, 17.0), (32, 26.0), (40, 38.0), (50, 55.0)):
        add("VLV-BALL", f"Check valve DN{dn}", f"Spring check valve DN{dn}, brass", price)
    for size in (22, 28):
        for ways, price in (("2-way", 96.0), ("3-way", 128.0)):
            add("VLV-CTRL", f"Motorised zone valve {ways} {size} mm", f"Zone valve {ways} {size} mm with actuator",
                price + size)
    for shape in ("straight", "angle"):
        for size in ("1/2\"", "3/8\""):
            add("VLV-CTRL", f"Thermostatic radiator valve {shape} {size}", f"TRV body {shape} {size} with head", 34.0)
    for dn, price in ((20, 142.0), (25, 168.0), (32, 215.0), (40, 289.0)):
        add("VLV-CTRL", f"3-way mixing valve DN{dn}", f"Rotary mixing valve DN{dn}, Kvs matching", price)
    for bar in ("1.5", "2.5", "3", "6", "10"):
        for size, price in (("1/2\"", 14.5), ("3/4\"", 21.0)):
            add("VLV-SAFE", f"Safety valve {bar} bar {size}", f"Pressure relief valve {bar} bar, {size}", price)
    for model, price in (("25-40", 189.0), ("25-60", 229.0), ("25-80", 312.0), ("32-60", 268.0), ("32-80", 356.0)):
        for length in (130, 180):
            add("PMP-CIRC", f"Circulator pump {model} {length} mm", f"High-efficiency circulator {model}, {length} mm",
                price + (12 if length == 180 else 0), use_serial=True)
    for model, price in (("mini", 79.0), ("standard 6 m", 119.0), ("with tank 2 l", 164.0)):
        add("PMP-COND", f"Condensate pump {model}", f"Condensate removal pump, {model}", price)
    for section, price in (("3G1.5", 1.05), ("3G2.5", 1.55), ("5G1.5", 1.6), ("5G2.5", 2.35), ("5G6", 5.4),
                           ("4G10", 8.9)):
        add("ELC-CABLE", f"Cable XVB {section} (per m)", f"Power cable XVB-F2 {section}", price, unit="m")
    for cores, price in (("2x0.75", 0.62), ("4x0.75", 0.95), ("7x0.75", 1.45), ("12x0.75", 2.2)):
        add("ELC-CABLE", f"Control cable LiYY {cores} (per m)", f"Control cable LiYY {cores} mm²", price, unit="m")
    add("ELC-CABLE", "Sensor cable shielded 2x0.5 (per m)", "Shielded sensor cable 2x0.5 mm²", 0.85, unit="m")
    for name, price, serial in (("Room thermostat digital", 64.0, False),
                                ("Room thermostat modulating OpenTherm", 139.0, False),
                                ("Outdoor temperature sensor NTC 10k", 24.5, False),
                                ("Immersion sensor NTC 10k", 19.9, False),
                                ("Contact sensor NTC 10k", 17.5, False), ("Flow switch 1\"", 58.0, False),
                                ("Pressure switch 0.5-6 bar", 46.0, False),
                                ("Water pressure sensor 0-4 bar", 38.0, False),
                                ("Boiler control board", 345.0, True), ("Frost thermostat", 29.0, False),
                                ("Heat pump controller", 412.0, True), ("Fuse 5x20 mm 3.15 A (10 pcs)", 4.2, False)):
        add("ELC-CTRL", name, name, price, use_serial=serial)
    for nozzle in ("0.40", "0.50", "0.60", "0.75", "0.85", "1.00"):
        for angle in ("60°S", "80°S", "60°H"):
            add("BURNER", f"Oil nozzle {nozzle} USgal {angle}", f"Burner nozzle {nozzle} USgal/h, {angle}", 11.9)
    for name, price, serial in (("Ignition electrode", 18.5, False), ("Ionisation electrode", 22.0, False),
                                ("Ignition transformer", 96.0, False), ("Photocell", 39.0, False),
                                ("Gas valve", 268.0, True), ("Burner fan", 187.0, True), ("Oil pump", 149.0, True),
                                ("Burner gasket set", 16.5, False), ("Flue gas sensor", 74.0, False)):
        add("BURNER", name, name, price, use_serial=serial)
    for shape, base in (("Copper elbow 90°", 1.1), ("Copper tee", 1.6), ("Copper coupling", 0.8),
                        ("Compression elbow", 3.9)):
        for size in (15, 22, 28, 35):
            add("FITTINGS", f"{shape} {size} mm", f"{shape}, {size} mm", base * size / 15)
    for size, price in (("1/2\"", 2.9), ("3/4\"", 3.4), ("1\"", 4.1), ("5/4\"", 4.9)):
        add("FITTINGS", f"Flat gasket {size} (10 pcs)", f"Fibre flat gaskets {size}, bag of 10", price)
    add("FITTINGS", "O-ring assortment", "O-ring assortment box, 225 pieces", 18.9)
    add("FITTINGS", "PTFE thread seal tape", "PTFE tape 12 m x 12 mm", 1.9)
    for gas, price in (("R32", 48.0), ("R410A", 79.0), ("R134a", 66.0), ("R290", 52.0), ("R1234yf", 185.0)):
        add("REFRIG", f"Refrigerant {gas} (per kg)", f"Refrigerant {gas}, charged per kg", price, unit="kg")
    for litres, price in ((8, 29.0), (12, 34.0), (18, 41.0), (25, 52.0), (35, 68.0), (50, 89.0), (80, 134.0)):
        add("VESSELS", f"Expansion vessel {litres} l", f"Heating expansion vessel {litres} litres, 1.5 bar", price)
    for litres, price in ((8, 39.0), (12, 46.0), (18, 58.0), (24, 69.0)):
        add("VESSELS", f"Expansion vessel sanitary {litres} l", f"Drinking-water expansion vessel {litres} l", price)
    add("SUNDRY", "Small material (flat rate)", "Screws, plugs, clamps and other small material", 7.5, is_dummy=True)
    add("SUNDRY", "Inhibitor for heating water 1 l", "Corrosion inhibitor, 1 litre", 24.0)
    add("SUNDRY", "Leak detection spray", "Leak detection spray 400 ml", 9.9)
    add("SUNDRY", "Descaling agent 5 l", "Descaler for heat exchangers, 5 litres", 36.0)
    return items


@dataclass(frozen=True)
class _City:
    name: str
    country: str
    language: str  # "nl", "fr" or "de": street names, business names, remarks
    zip_low: int
    zip_high: int
    area_code: str


_CITIES = (
    _City("Brussel", "BE", "nl", 1000, 1000, "2"), _City("Bruxelles", "BE", "fr", 1000, 1000, "2"),
    _City("Ixelles", "BE", "fr", 1050, 1050, "2"), _City("Schaerbeek", "BE", "fr", 1030, 1030, "2"),
    _City("Antwerpen", "BE", "nl", 2000, 2060, "3"), _City("Gent", "BE", "nl", 9000, 9000, "9"),
    _City("Brugge", "BE", "nl", 8000, 8000, "50"), _City("Leuven", "BE", "nl", 3000, 3001, "16"),
    _City("Mechelen", "BE", "nl", 2800, 2800, "15"), _City("Hasselt", "BE", "nl", 3500, 3500, "11"),
    _City("Kortrijk", "BE", "nl", 8500, 8500, "56"), _City("Aalst", "BE", "nl", 9300, 9300, "53"),
    _City("Sint-Niklaas", "BE", "nl", 9100, 9100, "3"), _City("Genk", "BE", "nl", 3600, 3600, "89"),
    _City("Roeselare", "BE", "nl", 8800, 8800, "51"), _City("Turnhout", "BE", "nl", 2300, 2300, "14"),
    _City("Oostende", "BE", "nl", 8400, 8400, "59"), _City("Liège", "BE", "fr", 4000, 4000, "4"),
    _City("Namur", "BE", "fr", 5000, 5000, "81"), _City("Charleroi", "BE", "fr", 6000, 6000, "71"),
    _City("Mons", "BE", "fr", 7000, 7000, "65"), _City("Tournai", "BE", "fr", 7500, 7500, "69"),
    _City("Wavre", "BE", "fr", 1300, 1300, "10"), _City("Louvain-la-Neuve", "BE", "fr", 1348, 1348, "10"),
    _City("Arlon", "BE", "fr", 6700, 6700, "63"), _City("Verviers", "BE", "fr", 4800, 4800, "87"),
    _City("Eupen", "BE", "de", 4700, 4700, "87"), _City("Sankt Vith", "BE", "de", 4780, 4780, "80"),
    _City("Amsterdam", "NL", "nl", 1011, 1109, "20"), _City("Rotterdam", "NL", "nl", 3011, 3089, "10"),
    _City("Utrecht", "NL", "nl", 3511, 3585, "30"), _City("Den Haag", "NL", "nl", 2511, 2597, "70"),
    _City("Eindhoven", "NL", "nl", 5611, 5658, "40"), _City("Maastricht", "NL", "nl", 6211, 6229, "43"),
    _City("Breda", "NL", "nl", 4811, 4839, "76"), _City("Tilburg", "NL", "nl", 5011, 5049, "13"),
    _City("Groningen", "NL", "nl", 9711, 9747, "50"), _City("Middelburg", "NL", "nl", 4331, 4339, "118"),
    _City("Lille", "FR", "fr", 59000, 59000, "3"), _City("Roubaix", "FR", "fr", 59100, 59100, "3"),
    _City("Tourcoing", "FR", "fr", 59200, 59200, "3"), _City("Valenciennes", "FR", "fr", 59300, 59300, "3"),
    _City("Reims", "FR", "fr", 51100, 51100, "3"), _City("Metz", "FR", "fr", 57000, 57000, "3"),
    _City("Nancy", "FR", "fr", 54000, 54000, "3"), _City("Strasbourg", "FR", "fr", 67000, 67000, "3"),
    _City("Amiens", "FR", "fr", 80000, 80000, "3"), _City("Paris", "FR", "fr", 75001, 75020, "1"),
    _City("Lyon", "FR", "fr", 69001, 69009, "4"), _City("Charleville-Mézières", "FR", "fr", 8000, 8000, "3"),
    _City("Köln", "DE", "de", 50667, 50999, "221"), _City("Aachen", "DE", "de", 52062, 52080, "241"),
    _City("Düsseldorf", "DE", "de", 40210, 40629, "211"), _City("Bonn", "DE", "de", 53111, 53229, "228"),
    _City("Trier", "DE", "de", 54290, 54296, "651"), _City("Mönchengladbach", "DE", "de", 41061, 41239, "2161"),
    _City("Krefeld", "DE", "de", 47798, 47839, "2151"), _City("Saarbrücken", "DE", "de", 66111, 66133, "681"),
)
_CITIES_BY_COUNTRY = {country: [city for city in _CITIES if city.country == country]
                      for country in ("BE", "NL", "FR", "DE")}
_COUNTRY_WEIGHTS = (("BE", 55), ("NL", 20), ("FR", 13), ("DE", 12))
_TOP_LEVEL_DOMAINS = {"BE": "be", "NL": "nl", "FR": "fr", "DE": "de"}

_STREETS = {
    "nl": ("Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpsstraat", "Nieuwstraat", "Schoolstraat",
           "Kapelstraat", "Beekstraat", "Industrieweg", "Kouter", "Lindenlaan", "Hoogstraat", "Veldstraat",
           "Marktplein", "Brugsesteenweg", "Kortrijksesteenweg", "Leopoldlaan", "Groenplaats", "Meir",
           "Keizersgracht", "Prinsengracht", "Julianastraat", "Wilhelminalaan", "Havenstraat"),
    "fr": ("Rue de la Station", "Rue de l'Église", "Avenue Louise", "Rue du Moulin", "Chaussée de Bruxelles",
           "Rue des Écoles", "Boulevard de la Sauvenière", "Rue Haute", "Place du Marché", "Rue de Namur",
           "Avenue des Tilleuls", "Rue Saint-Gilles", "Rue de la Gare", "Rue Nationale", "Rue Léon Gambetta",
           "Boulevard Victor Hugo", "Rue du Général de Gaulle", "Quai de la Fosse"),
    "de": ("Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Kirchstraße", "Lindenstraße",
           "Mühlenweg", "Am Markt", "Aachener Straße", "Friedrichstraße", "Königsallee", "Rathausplatz",
           "Bergstraße", "Am Ring"),
}
_FIRST_NAMES = {
    "nl": ("Jan", "Pieter", "Tom", "Koen", "Bart", "Wim", "Dirk", "Stijn", "Jeroen", "Lotte", "Sofie", "An",
           "Els", "Sarah", "Lien", "Joris", "Thomas", "Ruben", "Niels", "Maarten", "Sander", "Lars", "Emma", "Femke"),
    "fr": ("Jean", "Pierre", "Luc", "Michel", "Nicolas", "Julien", "Antoine", "Mathieu", "Sébastien", "Olivier",
           "Marie", "Sophie", "Julie", "Camille", "Élodie", "Céline", "Aurélie", "François", "Benoît", "Hélène"),
    "de": ("Lukas", "Jonas", "Felix", "Maximilian", "Tobias", "Stefan", "Andreas", "Jürgen", "Anna", "Laura",
           "Katharina", "Julia", "Sabine", "Jörg", "Uwe", "Björn"),
}
_LAST_NAMES = {
    "nl": ("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
           "De Smet", "Vermeulen", "Van Damme", "De Vos", "Hermans", "Van den Broeck", "Verhoeven", "De Jong",
           "Bakker", "Visser", "Smit", "Mulder", "Van Dijk", "Bos", "Dewaele", "Vandenberghe"),
    "fr": ("Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leroy", "Lefèvre", "Renard", "Fontaine",
           "Moreau", "Girard", "Mercier", "Collignon", "Delvaux", "Lejeune", "François", "Gérard", "Lemaître"),
    "de": ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
           "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Köhler"),
}
_BUSINESSES = {
    "nl": ("Bakkerij {last}", "Slagerij {last}", "Garage {last}", "Apotheek {last}", "Tandartspraktijk {last}",
           "Brouwerij {last}", "Hotel De {noun}", "Café De {noun}", "Restaurant 't {noun}",
           "Woonzorgcentrum De {noun}",
           "Basisschool De {noun}", "{last} Bouw", "{last} & Zonen", "Drukkerij {last}", "Sportcentrum {noun}",
           "Residentie {noun}", "Supermarkt {last}", "Transport {last}", "Schrijnwerkerij {last}",
           "Boekhouding {last}"),
    "fr": ("Boulangerie {last}", "Boucherie {last}", "Garage {last}", "Pharmacie {last}", "Cabinet dentaire {last}",
           "Brasserie du {noun}", "Hôtel du {noun}", "Restaurant Le {noun}", "Maison de repos Les {plural}",
           "École Saint-{saint}", "Imprimerie {last}", "Menuiserie {last}", "Résidence Les {plural}", "{last} & Fils",
           "Clinique vétérinaire {last}", "Fiduciaire {last}", "Transports {last}"),
    "de": ("Bäckerei {last}", "Metzgerei {last}", "Autohaus {last}", "Apotheke am {noun}", "Zahnarztpraxis Dr. {last}",
           "Hotel {noun}", "Gasthaus Zum {noun}", "Seniorenresidenz {noun}", "Grundschule am {noun}",
           "Schreinerei {last}", "Druckerei {last}", "{last} Haustechnik", "Brauerei {last}", "Steuerbüro {last}"),
}
_NOUNS = {
    "nl": ("Linde", "Eik", "Zwaan", "Molen", "Klaproos", "Zonnebloem", "Akker", "Beuk", "Roos", "Kroon",
           "Gouden Leeuw", "Hoeve", "Sterre", "Regenboog"),
    "fr": ("Parc", "Moulin", "Lac", "Château", "Marché", "Cerf", "Lion d'Or", "Pont", "Cygne", "Val"),
    "de": ("Markt", "Park", "Rathaus", "Dom", "Lindenhof", "Schwan", "Adler", "Hirsch", "Mühlbach", "Rosengarten"),
}
_PLURALS = ("Tilleuls", "Glycines", "Peupliers", "Charmilles", "Acacias", "Jardins", "Hirondelles")
_SAINTS = ("Joseph", "Michel", "Louis", "Martin", "Vincent", "Nicolas")
_LEGAL_FORMS = {
    ("BE", "nl"): (" BV", " BV", " NV", " CommV", ""), ("BE", "fr"): (" SRL", " SRL", " SA", " SC", ""),
    ("BE", "de"): (" GmbH", " AG", ""), ("NL", "nl"): (" B.V.", " B.V.", " V.O.F.", ""),
    ("FR", "fr"): (" SARL", " SAS", " SA", ""), ("DE", "de"): (" GmbH", " GmbH", " KG", " e.K.", " GmbH & Co. KG"),
}
_COMPANY_NOTES = ("", "", "", "", "Call 30 minutes before arrival.", "Key at the reception desk.",
                  "Parking at the back of the building.", "Technical room in the basement, code 4512.",
                  "Maintenance contract: yearly visit in autumn.", "Invoices by e-mail only.")
_REMARKS = {
    "nl": ("Alles werkt weer, bedankt!", "Vriendelijke en snelle technieker.", "Graag factuur naar de boekhouding.",
           "Volgende keer graag vooraf bellen.", "Installatie maakt nog wat lawaai, graag opvolgen."),
    "fr": ("Tout fonctionne à nouveau, merci !", "Technicien ponctuel et aimable.",
           "Merci d'envoyer la facture à la comptabilité.",
           "Prévenir par téléphone la prochaine fois.", "Bruit résiduel à surveiller."),
    "de": ("Alles funktioniert wieder, danke!", "Freundlicher und schneller Techniker.",
           "Rechnung bitte an die Buchhaltung.",
           "Bitte beim nächsten Mal vorher anrufen.", "Anlage ist noch etwas laut, bitte nachsehen."),
}

# (project type, name template, capacity choices)
_INSTALLATIONS = (
    ("HEAT", "Condensing gas boiler {} kW", (18, 24, 28, 35, 45, 60, 80, 120)),
    ("HEAT", "Oil boiler {} kW", (21, 25, 32, 40, 50)),
    ("HEAT", "Wall-hung gas boiler {} kW", (12, 18, 24, 28)),
    ("HP", "Air-to-water heat pump {} kW", (6, 8, 10, 12, 16)),
    ("HP", "Ground-source heat pump {} kW", (8, 10, 14, 17)),
    ("AC", "Split air conditioner {} kW", (2.5, 3.5, 5, 7)),
    ("AC", "Multi-split system {} indoor units", (2, 3, 4, 5)),
    ("AC", "VRF system {} kW", (22, 28, 40, 56)),
    ("VENT", "Ventilation unit with heat recovery {} m³/h", (300, 450, 800, 1500, 3000)),
    ("DHW", "Hot water cylinder {} l", (150, 200, 300, 500)),
    ("DHW", "Gas water heater {} l/min", (11, 14, 17)),
    ("SOLAR", "Solar water heater {} m²", (4, 6, 8)),
)
_PLACES = ("", "", "", " – basement", " – roof", " – boiler room", " – kitchen", " – ground floor", " – attic")
_NUMBER_SUFFIXES = ("A", "B", " bus 2", " bus 3")
_HAND_TYPED_PARTS = ("Special adapter fitting", "Local purchase: hose clamps", "Spare fuse", "Sealant")
# What customers report, per project type.
_SYMPTOMS = {
    "HEAT": ("No heating", "No hot water", "Boiler in fault", "Burner does not start", "Pressure keeps dropping",
             "Smell of flue gas", "Radiators stay cold", "Error code on the display"),
    "HP": ("No heating", "Error code on the display", "Pump noise", "Pressure keeps dropping",
           "Radiators stay cold", "Outdoor unit iced up"),
    "AC": ("Not cooling", "Water dripping from the indoor unit", "Error code on the display",
           "Noisy outdoor unit", "Remote control not responding"),
    "VENT": ("Filter alarm", "Fan noise", "Too little air flow", "Error code on the display"),
    "DHW": ("No hot water", "Water leak", "Lukewarm water only", "Safety valve dripping"),
    "SOLAR": ("Low yield", "Pressure keeps dropping", "Pump noise", "Collector overheating"),
}
# The article categories a job on each project type draws its parts from.
_PART_CATEGORIES = {
    "HEAT": ("FLT-WATER", "VLV-BALL", "VLV-CTRL", "VLV-SAFE", "PMP-CIRC", "PMP-COND", "ELC-CTRL", "BURNER",
             "FITTINGS", "VESSELS", "SUNDRY"),
    "HP": ("FLT-WATER", "VLV-BALL", "VLV-CTRL", "VLV-SAFE", "PMP-CIRC", "ELC-CABLE", "ELC-CTRL", "FITTINGS",
           "REFRIG", "VESSELS", "SUNDRY"),
    "AC": ("FLT-AIR", "PMP-COND", "ELC-CABLE", "ELC-CTRL", "FITTINGS", "REFRIG", "SUNDRY"),
    "VENT": ("FLT-AIR", "ELC-CABLE", "ELC-CTRL", "SUNDRY"),
    "DHW": ("FLT-WATER", "VLV-BALL", "VLV-SAFE", "ELC-CTRL", "FITTINGS", "VESSELS", "SUNDRY"),
    "SOLAR": ("VLV-BALL", "VLV-SAFE", "PMP-CIRC", "ELC-CTRL", "FITTINGS", "VESSELS", "SUNDRY"),
}
_WORK_DONE = ("Replaced the faulty part and tested the installation.", "Cleaned the heat exchanger and burner.",
              "Bled the system and restored the pressure to 1.5 bar.", "Checked combustion: values within limits.",
              "Adjusted the settings of the controller.", "Tightened the connections; no more leak.",
              "Replaced the filters and cleaned the housing.", "Tested all safety devices.")
_FUNCTIONS_OFFICE = ("Planner", "Office manager", "Accountant", "Service manager", "Customer service")

_OPEN_STATUS_WEIGHTS = (("Open", 15), ("To be Planned", 10), ("Planned", 45), ("Dispatched", 15), ("In Progress", 15))


# ----------------------------------------------------------------------------------------------
# The generator


@dataclass
class _Visit:
    start: datetime
    travel: Decimal
    work: Decimal
    travel_back: Decimal

    @property
    def end(self) -> datetime:
        hours = self.travel + self.work + self.travel_back
        return self.start + timedelta(minutes=int(hours * 60))


@dataclass
class _JobPlan:
    created: datetime
    company: Row
    language: str
    project: Row
    technician: Row | None
    job_type: str
    status: str
    visits: list[_Visit] = field(default_factory=list)
    planned_start: datetime = EMPTY_DATE
    closed: datetime = EMPTY_DATE
    natural: datetime = EMPTY_DATE  # when the row last changed
    with_pdf: bool = False
    row: Row = field(default_factory=dict)


class _Clock:
    """Hands out strictly increasing millisecond stamps, never earlier than asked."""

    def __init__(self, start: datetime, rng: random.Random) -> None:
        self.last = start
        self.rng = rng

    def stamp(self, not_before: datetime | None = None, max_step_ms: int = 30) -> datetime:
        value = self.last + timedelta(milliseconds=self.rng.randint(1, max_step_ms))
        if not_before is not None and not_before > value:
            value = not_before.replace(microsecond=not_before.microsecond // 1000 * 1000)
            if value <= self.last:
                value = self.last + timedelta(milliseconds=1)
        self.last = value
        return value


def _ascii_slug(text: str, separator: str = "") -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for char in decomposed.lower():
        if char.isascii() and char.isalnum():
            kept.append(char)
        elif separator and char in " -&'." and kept and kept[-1] != separator:
            kept.append(separator)
    return "".join(kept).strip(separator)


def _ean13(rng: random.Random, prefix: str) -> str:
    free = 12 - len(prefix)
    digits = prefix + f"{rng.randrange(10 ** free):0{free}d}"
    total = sum(int(digit) * (3 if index % 2 else 1) for index, digit in enumerate(digits))
    return digits + str((10 - total % 10) % 10)


class _DemoTenant:
    def __init__(self, scale: int, seed: int, now: datetime, with_pdfs: bool) -> None:
        self.scale = scale
        self.rng = random.Random(seed)
        self.now = now
        self.with_pdfs = with_pdfs
        import_start = (now - timedelta(days=_IMPORT_DAYS_AGO)).replace(hour=5, minute=0, second=0, microsecond=0)
        self.clock = _Clock(import_start, self.rng)
        self.templates = {name: default_row(entity) for name, entity in ENTITY_SETS.items()}
        self.ids: dict[tuple[str, str], uuid.UUID] = {}  # (entity set, code) → id, for the small lookups
        self.articles: list[Row] = []  # not archived: what technicians can still use
        self.articles_by_type: dict[str, list[Row]] = {}
        self.article_units: dict[str, str] = {}  # article code → "piece", "m" or "kg"
        self.technicians: list[Row] = []
        # company index → (company, its installations, its language), for the companies that get jobs
        self.job_companies: dict[int, tuple[Row, list[Row], str]] = {}

        self.technician_count = max(5, round(scale / 10))
        self.office_count = max(2, min(10, self.technician_count // 8))
        self.job_count = min(2 * scale, MAX_JOBS)
        self.article_count = min(len(_ARTICLE_CATALOGUE), MAX_ARTICLES, 40 + scale // 20)

    # -------------------------------------------------------------- helpers

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def row(self, entity_set: str, **values: object) -> Row:
        row = dict(self.templates[entity_set])
        row["id"] = self.new_id()
        row.update(values)
        return row

    def stamped(self, entity_set: str, rows: list[Row], natural: Sequence[datetime] | None = None,
                max_step_ms: int = 30) -> Iterator[tuple[str, list[Row]]]:
        """Give ``rows`` their ``modified_dateutc`` in order and yield them in batches."""
        for index, row in enumerate(rows):
            row["modified_dateutc"] = self.clock.stamp(natural[index] if natural else None, max_step_ms)
        for start in range(0, len(rows), BATCH_SIZE):
            yield entity_set, rows[start:start + BATCH_SIZE]

    def weighted(self, pairs: Sequence[tuple[object, int]]) -> object:
        return self.rng.choices([value for value, _ in pairs], weights=[weight for _, weight in pairs])[0]

    def quarter_hours(self, low: float, high: float) -> Decimal:
        return Decimal(self.rng.randint(int(low * 4), int(high * 4))) / 4

    # -------------------------------------------------------------- the whole tenant

    def batches(self) -> Iterator[tuple[str, list[Row]]]:
        yield from self.admin_rows()
        yield from self.article_rows()
        yield from self.user_rows()
        yield from self.company_rows(self.choose_job_companies())
        plans = self.plan_jobs()
        yield from self.history_rows(plans)
        yield from self.open_job_rows(plans)

    # -------------------------------------------------------------- admin data

    def admin_rows(self) -> Iterator[tuple[str, list[Row]]]:
        rows = []
        for code, name in PROJECT_TYPES:
            rows.append(self.row("ProjectType", code=code, name=name))
            self.ids["ProjectType", code] = rows[-1]["id"]  # type: ignore[assignment]
        yield from self.stamped("ProjectType", rows, max_step_ms=400)
        rows = []
        for code, name, is_default, is_closed in PROJECT_STATUSES:
            rows.append(self.row("ProjectStatus", code=code, name=name, is_default=is_default, is_closed=is_closed))
            self.ids["ProjectStatus", code] = rows[-1]["id"]  # type: ignore[assignment]
        yield from self.stamped("ProjectStatus", rows, max_step_ms=400)
        rows = []
        for code, name, description, is_default in JOB_TYPES:
            rows.append(self.row("JobType", code=code, name=name, description=description, is_default=is_default))
            self.ids["JobType", code] = rows[-1]["id"]  # type: ignore[assignment]
        yield from self.stamped("JobType", rows, max_step_ms=400)
        for top_level in (True, False):  # parents in an earlier batch than their children
            rows = []
            for code, name, parent in ARTICLE_CATEGORIES:
                if (parent == "") != top_level:
                    continue
                parent_id = self.ids["ArticleCategory", parent] if parent else EMPTY_GUID
                rows.append(self.row("ArticleCategory", code=code, name=name, parent_id=parent_id, parent_code=parent))
                self.ids["ArticleCategory", code] = rows[-1]["id"]  # type: ignore[assignment]
            yield from self.stamped("ArticleCategory", rows, max_step_ms=400)

    def article_rows(self) -> Iterator[tuple[str, list[Row]]]:
        catalogue = _ARTICLE_CATALOGUE
        step = len(catalogue) / self.article_count if self.article_count else 1
        chosen = [catalogue[int(index * step)] for index in range(self.article_count)]
        rows = []
        for number, spec in enumerate(chosen, start=1):
            archived = self.rng.random() < 0.02 and not spec.is_dummy
            description = f"{spec.short}. Sold per {spec.unit}." if spec.unit != "piece" else f"{spec.short}."
            rows.append(self.row(
                "Article",
                code=f"ART-{number:04d}",
                barcode="" if spec.is_dummy else _ean13(self.rng, "54"),
                name=spec.name,
                description_short=spec.short,
                description=description,
                entered_price=spec.price,
                use_serial=spec.use_serial,
                no_stock=spec.is_dummy,
                is_dummy=spec.is_dummy,
                archived=archived,
                article_category_id=self.ids["ArticleCategory", spec.category],
                article_category_code=spec.category,
            ))
            if not archived:
                self.articles.append(rows[-1])
        self.article_units = {str(row["code"]): spec.unit for row, spec in zip(rows, chosen)}
        yield from self.stamped("Article", rows)

    def person(self, language: str) -> tuple[str, str]:
        return self.rng.choice(_FIRST_NAMES[language]), self.rng.choice(_LAST_NAMES[language])

    def user_rows(self) -> Iterator[tuple[str, list[Row]]]:
        usernames: set[str] = set()
        rows: list[Row] = []
        total = self.technician_count + self.office_count
        for number in range(1, total + 1):
            technician = number <= self.technician_count
            language = self.weighted((("nl", 55), ("fr", 38), ("de", 7)))
            first, last = self.person(language)  # type: ignore[arg-type]
            base = f"{_ascii_slug(first)}.{_ascii_slug(last)}"
            username, suffix = f"{base}@{TENANT_MAIL_DOMAIN}", 1
            while username in usernames:
                suffix += 1
                username = f"{base}{suffix}@{TENANT_MAIL_DOMAIN}"
            usernames.add(username)
            leader = technician and self.rng.random() < 0.1
            if technician:
                function = "Team leader" if leader else "Service technician"
            else:
                function = self.rng.choice(_FUNCTIONS_OFFICE)
            archived = technician and self.rng.random() < 0.02
            rows.append(self.row(
                "User",
                code=f"U{number:03d}",
                username=username,
                firstname=first,
                lastname=last,
                email=username,
                phone=self.mobile("BE"),
                functions=function,
                is_team_leader=leader,
                archived=archived,
            ))
            if technician and not archived:
                self.technicians.append(rows[-1])
        yield from self.stamped("User", rows, max_step_ms=200)

    # -------------------------------------------------------------- companies and installations

    def choose_job_companies(self) -> set[int]:
        chosen = self.rng.sample(range(self.scale), min(self.scale, self.job_count))
        return set(chosen)

    def company_rows(self, job_company_indexes: set[int]) -> Iterator[tuple[str, list[Row]]]:
        project_number = 0
        for chunk_start in range(0, self.scale, _COMPANY_CHUNK):
            companies: list[Row] = []
            projects: list[Row] = []
            for index in range(chunk_start, min(chunk_start + _COMPANY_CHUNK, self.scale)):
                company, city = self.company(index + 1)
                companies.append(company)
                site, installations = self.installations(company, city, project_number)
                project_number += 1 + len(installations)
                projects.append(site)
                projects.extend(installations)
                if index in job_company_indexes:
                    active = [row for row in installations if row["project_status_code"] != "DECOM"] or installations
                    self.job_companies[index] = (company, active, city.language)
            yield from self.stamped("Company", companies)
            yield from self.stamped("Project", projects)

    def company(self, number: int) -> tuple[Row, _City]:
        rng = self.rng
        country = self.weighted(_COUNTRY_WEIGHTS)
        city: _City = rng.choice(_CITIES_BY_COUNTRY[country])  # type: ignore[index]
        language = city.language
        last = rng.choice(_LAST_NAMES[language])
        pattern = rng.choice(_BUSINESSES[language])
        name = pattern.format(last=last, noun=rng.choice(_NOUNS[language]), plural=rng.choice(_PLURALS),
                              saint=rng.choice(_SAINTS))
        name = (name + rng.choice(_LEGAL_FORMS[country, language]))[:64]
        tld = _TOP_LEVEL_DOMAINS[country]  # type: ignore[index]
        domain = f"{_ascii_slug(name, '-')[:40].strip('-') or 'company'}.{tld}"
        sales_status = self.weighted((("Normal", 95), ("CreditRisk", 3), ("BlockedbyCM", 1), ("OrderBlocked", 1)))
        customer_since = (self.now - timedelta(days=rng.randint(_IMPORT_DAYS_AGO + 1, 15 * 365))).replace(
            hour=0, minute=0, second=0, microsecond=0)
        row = self.row(
            "Company",
            code=f"C{number:05d}",
            name=name,
            vat_reg_code=self.vat_number(country),  # type: ignore[arg-type]
            phone=self.landline(city),
            mobile=self.mobile(country) if rng.random() < 0.4 else "",  # type: ignore[arg-type]
            fax=self.landline(city) if rng.random() < 0.08 else "",
            email=f"info@{domain}",
            url=f"https://www.{domain}" if rng.random() < 0.7 else "",
            street=rng.choice(_STREETS[language]),
            street2="",
            street_number=str(rng.randint(1, 250)) + (rng.choice(_NUMBER_SUFFIXES) if rng.random() < 0.1 else ""),
            zip=self.zip_code(city),
            city=city.name,
            db_country_code=country,
            notes=rng.choice(_COMPANY_NOTES),
            is_client=True,
            is_supplier=rng.random() < 0.03,
            is_working_address=True,
            archived=rng.random() < 0.01,
            company_sales_status_code=sales_status,
            create_date=customer_since,
        )
        return row, city

    def vat_number(self, country: str) -> str:
        rng = self.rng
        if country == "BE":
            base = rng.randint(2_000_000, 9_999_999)  # enterprise numbers starting 0: 0xxxxxxx + 2 check digits
            return f"BE0{base:07d}{97 - base % 97:02d}"
        if country == "NL":
            return f"NL{rng.randint(100_000_000, 999_999_999)}B01"
        if country == "FR":
            siren = rng.randint(300_000_000, 999_999_999)
            return f"FR{(12 + 3 * (siren % 97)) % 97:02d}{siren}"
        return f"DE{rng.randint(100_000_000, 999_999_999)}"

    def landline(self, city: _City) -> str:
        rng = self.rng
        prefix = {"BE": "+32", "NL": "+31", "FR": "+33", "DE": "+49"}[city.country]
        if city.country == "BE":
            if len(city.area_code) == 1:
                return f"{prefix} {city.area_code} {rng.randint(200, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            return f"{prefix} {city.area_code} {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        if city.country == "NL":
            digits = 9 - len(city.area_code)
            number = str(rng.randint(2 * 10 ** (digits - 1), 10 ** digits - 1))
            return f"{prefix} {city.area_code} {number[:3]} {number[3:]}"
        if city.country == "FR":
            return f"{prefix} {city.area_code} " + " ".join(f"{rng.randint(10, 99)}" for _ in range(4))
        return f"{prefix} {city.area_code} {rng.randint(100000, 9999999)}"

    def mobile(self, country: str) -> str:
        rng = self.rng
        if country == "BE":
            return f"+32 4{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        if country == "NL":
            return f"+31 6 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        if country == "FR":
            return f"+33 {rng.choice('67')} " + " ".join(f"{rng.randint(10, 99)}" for _ in range(4))
        return f"+49 1{rng.choice(('51', '52', '60', '70', '76'))} {rng.randint(1000000, 99999999)}"

    def zip_code(self, city: _City) -> str:
        number = self.rng.randint(city.zip_low, city.zip_high)
        if city.country == "NL":
            letters = "".join(self.rng.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
            return f"{number} {letters}"
        return f"{number:05d}" if city.country in ("FR", "DE") else str(number)

    def installations(self, company: Row, city: _City, numbered_so_far: int) -> tuple[Row, list[Row]]:
        rng = self.rng
        address = {"street": f"{company['street']} {company['street_number']}", "zip": company["zip"],
                   "city": company["city"]}
        common = {"company_id": company["id"], "company_code": company["code"]}
        status_active = {"project_status_id": self.ids["ProjectStatus", "ACTIVE"], "project_status_code": "ACTIVE"}
        site = self.row(
            "Project",
            reference_back_office=f"P{numbered_so_far + 1:06d}",
            name=f"{address['street']}, {city.name}",
            equipment_family_id=LOCATION_EQUIPMENT_FAMILY_ID,
            project_type_id=self.ids["ProjectType", "SITE"],
            project_type_code="SITE",
            **address, **common, **status_active,
        )
        installations = []
        for offset in range(rng.randint(1, 3)):
            project_type, template, capacities = rng.choice(_INSTALLATIONS)
            status = self.weighted((("ACTIVE", 92), ("SUSPENDED", 5), ("DECOM", 3)))
            installations.append(self.row(
                "Project",
                reference_back_office=f"P{numbered_so_far + 2 + offset:06d}",
                name=template.format(rng.choice(capacities)) + rng.choice(_PLACES),
                serial_number=f"{rng.choice(('SN', 'S', '76', 'K'))}{rng.randint(10 ** 7, 10 ** 9):d}",
                barcode=_ean13(rng, "40") if rng.random() < 0.5 else "",
                notes="",
                parent_id=site["id"],
                project_status_id=self.ids["ProjectStatus", status],  # type: ignore[index]
                project_status_code=status,
                project_type_id=self.ids["ProjectType", project_type],
                project_type_code=project_type,
                **address, **common,
            ))
        return site, installations

    # -------------------------------------------------------------- jobs

    def working_days(self) -> list[date]:
        first = (self.now - timedelta(days=_HISTORY_DAYS)).date()
        last = (self.now - timedelta(days=2)).date()
        days = [first + timedelta(days=offset) for offset in range((last - first).days + 1)]
        return [day for day in days if day.weekday() < 5]

    def visit(self, day: date) -> _Visit:
        start = datetime.combine(day, time(6), tzinfo=timezone.utc) + timedelta(minutes=15 * self.rng.randint(0, 30))
        travel_back = self.quarter_hours(0.25, 1.25) if self.rng.random() < 0.6 else Decimal(0)
        return _Visit(start, self.quarter_hours(0.25, 1.5), self.quarter_hours(0.75, 6), travel_back)

    def plan_jobs(self) -> list[_JobPlan]:
        """Every job of the tenant, small enough to hold (at most ``MAX_JOBS``)."""
        if not self.job_count or not self.job_companies or not self.technicians:
            return []
        rng = self.rng
        company_indexes = sorted(self.job_companies)
        days = self.working_days()
        open_count = max(1, round(self.job_count * 0.12))
        canceled_count = round(self.job_count * 0.03)
        completed_count = max(self.job_count - open_count - canceled_count, 0)
        plans: list[_JobPlan] = []
        for number in range(self.job_count):
            company, installations, language = self.job_companies[rng.choice(company_indexes)]
            plan = _JobPlan(
                created=EMPTY_DATE,
                company=company,
                language=language,
                project=rng.choice(installations),
                technician=rng.choice(self.technicians),
                job_type=self.weighted(_JOB_TYPE_WEIGHTS),  # type: ignore[arg-type]
                status="Completed" if number < completed_count else "Canceled",
            )
            if number < completed_count + canceled_count:
                self.plan_past_job(plan, rng.choice(days))
            else:
                self.plan_open_job(plan)
            plans.append(plan)
        for id2, plan in enumerate(sorted(plans, key=lambda item: item.created), start=1):
            plan.row = self.job_row(plan, id2)
        if self.with_pdfs:
            completed = sorted((plan for plan in plans if plan.status == "Completed"), key=lambda item: item.closed)
            for plan in completed[-MAX_PDFS:]:
                plan.with_pdf = True
        return plans

    def office_moment(self, day: date) -> datetime:
        """A moment during office hours (07:00-15:00 UTC) of ``day``."""
        return datetime.combine(day, time(7), tzinfo=timezone.utc) + timedelta(seconds=self.rng.randint(0, 8 * 3600))

    def plan_past_job(self, plan: _JobPlan, final_day: date) -> None:
        rng = self.rng
        plan.visits = [self.visit(final_day)]
        if plan.status == "Completed" and rng.random() < 0.12:  # took two visits: a daily approval first
            previous_day = final_day - timedelta(days=3 if final_day.weekday() == 0 else 1)
            plan.visits.insert(0, self.visit(previous_day))
        plan.planned_start = plan.visits[0].start
        plan.created = self.office_moment(plan.planned_start.date() - timedelta(days=rng.randint(1, 21)))
        if plan.status == "Canceled":  # called off on the eve of the visit
            plan.closed = plan.planned_start - timedelta(hours=rng.randint(2, 20))
            plan.visits = []
        else:
            plan.closed = plan.visits[-1].end
        plan.natural = plan.closed

    def plan_open_job(self, plan: _JobPlan) -> None:
        rng = self.rng
        plan.status = self.weighted(_OPEN_STATUS_WEIGHTS)  # type: ignore[assignment]
        plan.created = self.now - timedelta(seconds=rng.randint(2 * 3600, 36 * 3600))
        plan.natural = plan.created
        if plan.status in ("Open", "To be Planned"):
            plan.technician = None
        elif plan.status in ("Planned", "Dispatched"):
            plan.planned_start = self.visit(self.now.date() + timedelta(days=rng.randint(1, 14))).start
        else:  # In Progress: the technician started a little while ago
            plan.planned_start = (self.now - timedelta(minutes=rng.randint(30, 150))).replace(second=0, microsecond=0)
            plan.natural = max(plan.created, plan.planned_start + timedelta(minutes=5))

    def job_row(self, plan: _JobPlan, id2: int) -> Row:
        rng = self.rng
        kind = str(plan.project["name"]).split(" – ")[0]
        symptom = rng.choice(_SYMPTOMS[str(plan.project["project_type_code"])])
        name = {
            "STD": f"Intervention – {kind}",
            "REPAIR": f"{symptom} – {kind}",
            "MAINT": f"Annual maintenance – {kind}",
            "INSTALL": f"Install new {kind[0].lower() + kind[1:]}",
            "INSPECT": f"Periodic inspection – {kind}",
            "WARRANTY": f"Warranty: {symptom.lower()} – {kind}",
        }[plan.job_type]
        description = {
            "REPAIR": f"Customer reports: {symptom.lower()}. Please check and repair.",
            "WARRANTY": f"Customer reports: {symptom.lower()}. Installation under warranty, note serial number.",
            "MAINT": "Yearly maintenance according to the contract: clean, check safety devices, measure combustion.",
            "INSTALL": "Remove the old unit, install and commission the new one, explain use to the customer.",
            "INSPECT": "Periodic inspection and report.",
            "STD": "See the notes of the customer.",
        }[plan.job_type]
        status_id = SYSTEM_JOB_STATUSES[plan.status]
        technician = plan.technician
        return self.row(
            "Jobs",
            id2=id2,
            reference_back_office=f"WO-{plan.created.year}-{id2:05d}",
            name=name,
            description=description,
            company_id=plan.company["id"],
            user_id=technician["id"] if technician else EMPTY_GUID,
            first_planning_date=plan.planned_start,
            date_closed=plan.closed,
            project_id=plan.project["id"],
            project_reference_back_office=plan.project["reference_back_office"],
            job_type_id=self.ids["JobType", plan.job_type],
            job_type_code=plan.job_type,
            job_status_id=status_id,
            job_status_code=plan.status,
        )

    def history_rows(self, plans: list[_JobPlan]) -> Iterator[tuple[str, list[Row]]]:
        by_day: dict[date, list[_JobPlan]] = defaultdict(list)
        for plan in plans:
            if plan.status in ("Completed", "Canceled"):
                by_day[plan.natural.date()].append(plan)
        for day in sorted(by_day):
            day_plans = sorted(by_day[day], key=lambda item: item.natural)
            output: dict[str, list[tuple[datetime, Row]]] = defaultdict(list)
            for plan in day_plans:
                output["Jobs"].append((plan.natural, plan.row))
                if plan.status == "Completed":
                    self.completed_work(plan, output)
            for entity_set in ("Jobs", "JobApproval", "JobPartUsage", "JobNonPartUsage", "DbFile"):
                pairs = sorted(output.get(entity_set, ()), key=lambda pair: pair[0])
                if pairs:
                    yield from self.stamped(entity_set, [row for _, row in pairs], [moment for moment, _ in pairs])

    def completed_work(self, plan: _JobPlan, output: dict[str, list[tuple[datetime, Row]]]) -> None:
        rng = self.rng
        job, technician = plan.row, plan.technician
        assert technician is not None
        language = plan.language
        approvals: list[Row] = []
        parts: list[Row] = []
        time_lines: list[Row] = []
        for number, visit in enumerate(plan.visits, start=1):
            final = number == len(plan.visits)
            signed = rng.random() < (0.9 if final else 0.7)
            generated = visit.end + timedelta(seconds=rng.randint(5, 240))
            domain = str(plan.company["email"]).partition("@")[2]
            approval = self.row(
                "JobApproval",
                jobs_id=job["id"],
                user_id=technician["id"],
                ready_for_multi_approval=False,
                is_daily_approval=not final,
                is_signed=signed,
                contact_id=EMPTY_GUID,
                contact_name=" ".join(self.person(language)) if signed else "",
                customer_remarks=rng.choice(_REMARKS[language]) if signed and rng.random() < 0.4 else "",
                additional_email=f"accounting@{domain}" if final and domain and rng.random() < 0.15 else "",
                date_generated=local_date_generated(generated),
                job_status_id=SYSTEM_JOB_STATUSES["Completed" if final else "Waiting Further Actions"],
                rating=self.weighted(((0, 30), (3, 10), (4, 30), (5, 30))) if final and signed else 0,
            )
            approvals.append(approval)
            final_approval_natural = max(generated, plan.natural) + timedelta(seconds=rng.randint(10, 40))
            output["JobApproval"].append((final_approval_natural, approval))
            line_time = final_approval_natural + timedelta(seconds=5)
            for part in self.parts_for(plan, visit, approval):
                parts.append(part)
                output["JobPartUsage"].append((line_time, part))
            for line in self.time_lines_for(plan, visit, approval):
                time_lines.append(line)
                output["JobNonPartUsage"].append((line_time, line))
        if plan.with_pdf:
            final_approval = approvals[-1]
            queue_delay = self.weighted(((5, 70), (120, 20), (900, 10)))  # the file queue: seconds to hours
            queued = final_approval_natural + timedelta(
                seconds=rng.randint(queue_delay, queue_delay * 8))  # type: ignore[call-overload]
            content = render_job_approval_pdf(
                final_approval, job, plan.company, plan.project, technician, parts, time_lines)
            file_name = job_approval_file_name(job, final_approval)
            pdf_row = self.row(
                "DbFile",
                db_table_id=EMPTY_GUID,
                db_table_name=JOB_APPROVAL_TABLE,
                id_in_table=final_approval["id"],
                name=file_name,
                file_name=file_name,
                description=f"Job approval of job #{job['id2']}",
                mime_type="application/pdf",
                file_content=content,
                file_size=len(content),
                file_type_name=JOB_APPROVAL_FILE_TYPE,
                is_archived=False,
            )
            output["DbFile"].append((queued, pdf_row))

    def parts_for(self, plan: _JobPlan, visit: _Visit, approval: Row) -> list[Row]:
        rng = self.rng
        count = self.weighted(((0, 25), (1, 30), (2, 25), (3, 12), (4, 8)))
        rows = []
        for _ in range(count):  # type: ignore[call-overload]
            warranty = plan.job_type == "WARRANTY" or rng.random() < 0.03
            common = dict(jobs_id=plan.row["id"], user_id=approval["user_id"], job_approval_id=approval["id"],
                          working_date=visit.start, remark="", signed_by_company=approval["is_signed"],
                          is_under_warranty=warranty)
            if rng.random() < 0.04 or not self.articles:  # typed in by hand on the tablet
                rows.append(self.row(
                    "JobPartUsage", article_id=EMPTY_GUID, code="",
                    name=rng.choice(_HAND_TYPED_PARTS),
                    description="Part not in the catalogue", quantity=Decimal(rng.randint(1, 3)),
                    price=Decimal(rng.randint(200, 4500)).scaleb(-2), **common,
                ))
                continue
            article = rng.choice(self.articles_for(str(plan.project["project_type_code"])))
            unit = self.article_units[article["code"]]  # type: ignore[index]
            if unit == "m":
                quantity = Decimal(rng.randint(4, 50)) / 2
            elif unit == "kg":
                quantity = Decimal(rng.randint(5, 35)) / 10
            else:
                quantity = Decimal(self.weighted(((1, 70), (2, 20), (3, 6), (4, 4))))  # type: ignore[arg-type]
            rows.append(self.row(
                "JobPartUsage", article_id=article["id"], code=article["code"], name=article["name"],
                description=article["description_short"], quantity=quantity, price=article["entered_price"], **common,
            ))
        return rows

    def articles_for(self, project_type: str) -> list[Row]:
        articles = self.articles_by_type.get(project_type)
        if articles is None:
            categories = set(_PART_CATEGORIES.get(project_type, ()))
            articles = [row for row in self.articles if row["article_category_code"] in categories] or self.articles
            self.articles_by_type[project_type] = articles
        return articles

    def time_lines_for(self, plan: _JobPlan, visit: _Visit, approval: Row) -> list[Row]:
        rng = self.rng
        common = dict(jobs_id=plan.row["id"], user_id=approval["user_id"], job_approval_id=approval["id"],
                      working_date=visit.start, signed_by_company=approval["is_signed"],
                      is_under_warranty=plan.job_type == "WARRANTY")
        rows = []
        moment = visit.start
        for type_code, hours, line_code, description, rate, memo in (
            ("TravelTime", visit.travel, "TRAVEL", "Travel", _TRAVEL_RATE, "Outbound"),
            ("WorkingTime", visit.work, "NORMAL", "Normal hours", _WORKING_RATE, rng.choice(_WORK_DONE)),
            ("TravelTime", visit.travel_back, "TRAVEL", "Travel", _TRAVEL_RATE, "Return"),
        ):
            if not hours:
                continue
            until = moment + timedelta(minutes=int(hours * 60))
            rows.append(self.row(
                "JobNonPartUsage", timesheet_date_from=moment, timesheet_date_to=until, type_code=type_code,
                line_code=line_code, description=description, line_memo=memo, quantity=hours, price=rate, **common,
            ))
            moment = until
        return rows

    def open_job_rows(self, plans: list[_JobPlan]) -> Iterator[tuple[str, list[Row]]]:
        open_plans = sorted((plan for plan in plans if plan.status not in ("Completed", "Canceled")),
                            key=lambda item: item.natural)
        if open_plans:
            yield from self.stamped("Jobs", [plan.row for plan in open_plans], [plan.natural for plan in open_plans])


_ARTICLE_CATALOGUE = _article_catalogue()
