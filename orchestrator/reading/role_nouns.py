"""Persons named by their role or occupation inside a list of adults counted by role ("24 teachers
plus 6 aides plus the principal and vice principal, all adults", "18 firefighters + 6 spouses +
the chief", "14 trabajadores mas el jefe y su esposa, todos adultos"), and the plus-ones some of
the listed bring ("14 clients, 6 of them bringing a guest, plus me and my assistant. All adults").

A role noun alone is one person only inside such a list, which the words "all adults" or a count
of adults close: the list says they are grown-ups. A word not on the list below (a thing, a
team's "boys") is no person here and stays to the coverage net (asked). Kids' team roles
(players, scouts) are not singular roles here: they keep their own rules."""

from __future__ import annotations

from orchestrator.reading.alternation import alternation

# one person each: "the principal", "our manager", "the chief", "el jefe"
_SINGULAR = (
    "principal", "vice principal", "assistant principal", "chief", "fire chief", "battalion chief",
    "captain", "manager", "director", "owner", "pastor", "priest", "minister", "rabbi", "foreman",
    "boss", "supervisor", "superintendent", "president", "vice president", "ceo", "founder", "dean",
    "clerk", "secretary", "treasurer", "administrator", "coordinator", "organizer", "organiser",
    "host", "hostess", "chair", "chairman", "chairwoman", "lieutenant", "sergeant", "officer",
    "nurse", "doctor", "teacher", "librarian", "counselor", "counsellor", "custodian", "janitor",
    "receptionist", "assistant", "colleague", "coworker", "co-worker", "guest speaker", "speaker",
    # Spanish (accents taken off by the prepass)
    "jefe", "jefa", "gerente", "patron", "patrona", "dueno", "duena", "director", "directora",
    "supervisor", "supervisora", "coordinador", "coordinadora", "pastor", "padre", "maestro",
    "maestra", "encargado", "encargada", "presidente", "presidenta",
)
# words before a role that say its office, not another person: "the office manager", "the unit
# clerk", "our charge nurse", "the team mom" stays out (a parent of kids)
_OFFICE = (
    "office", "unit", "charge", "head", "general", "store", "branch", "executive", "assistant",
    "deputy", "senior", "program", "volunteer", "shop", "plant", "site", "fire", "station",
    "school", "practice", "floor", "nurse",
)
# Spanish partners and the writer: "y su esposa", "y yo", "mi esposo"
_SPOUSE_ES = r"(?:su|sus|mi|mis)\s+(?:esposa|esposo|marido|mujer|pareja|novia|novio)"
ROLE_ONE = (
    rf"(?:(?:the|our|my|their|el|la|nuestro|nuestra|mi)\s+)?(?:(?:{alternation(_OFFICE)})\s+)?"
    rf"(?:{alternation(_SINGULAR)})\b|{_SPOUSE_ES}\b|yo\b"
)
# "6 of them bringing a guest", "4 of them are bringing a plus-one", "12 of them bringing their
# spouse": adults brought, counted with the list
PLUS_ONE_ITEM = (
    r"\d{1,3}\s+of\s+them\s+(?:are\s+|will\s+be\s+)?(?:bringing|bring)\s+(?:a|their|his|her)\s+"
    r"(?:guest|plus[- ]?one|plus[- ]?1|\+1|spouse|husband|wife|partner|date|significant other)s?\b"
)
# Groups only grown-ups are, by their work or their tie ("11 couples and 4 singles", "3
# empleadas"): a list of these needs no "all adults" after it. Members are adults to the count
# readers already ("22 members yes"); volunteers and players may be kids: not here.
_GROWN_PLURAL = (
    "couples", "singles", "spouses", "husbands", "wives", "coworkers", "co-workers", "colleagues",
    "employees", "teachers", "nurses", "doctors", "firefighters", "officers", "clients", "aides",
    "empleados", "empleadas", "trabajadores", "trabajadoras", "maestros", "maestras", "esposos",
    "esposas", "companeros de trabajo", "companeras de trabajo", "members", "guest speakers",
    "speakers",
)
GROWN_GROUP = (
    rf"\d{{1,3}}\s+(?:(?:{alternation(_GROWN_PLURAL)})|adults?\s+[a-z]+s|[a-z]+s\s+adults)\b"
    r"(?:\s+(?:confirmed|yes|attending|so far)\b)?"
)
# the persons an open list names: the writer, a partner, one in a role
GROWN_ONE = (
    rf"(?:me|myself|yo|(?:my|our|his|her)\s+(?:husband|wife|hubby|spouse|partner|fiance|fiancee)"
    rf"|{ROLE_ONE})\b"
)
