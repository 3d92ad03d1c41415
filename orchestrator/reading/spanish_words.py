"""A small set of Spanish guest words, read as their English ones ("15 adultos y 3 niños (8, 10 y
12 años)", "pollo para los niños"): a Sacramento caterer reads them; no translation. Split from
`shorthand` by size; the text is lower case, accents taken off, number words as digits."""

from __future__ import annotations

import re
from collections.abc import Callable

from orchestrator.reading.spanish_party import spanish_party

# the partner words in English: "esposo" and "marido" a husband, "esposa" and "mujer" a wife
_PARTNER = {
    "esposo": "husband", "marido": "husband", "esposa": "wife", "mujer": "wife", "pareja": "partner",
    "novio": "boyfriend", "novia": "girlfriend",
}  # fmt: skip


def _writer_and_partner(m: re.Match[str]) -> str:
    """ "mas yo y mi esposo" as "plus me and my husband", "y mi esposa y yo" as "and me and my
    wife" (the writer first, the order the writer's list reads)."""
    join = "plus" if m.group(1) == "mas" else "and" if m.group(1) else ", and"  # "..., mi esposa y yo"
    return f"{join} me and my {_PARTNER[m.group(2) or m.group(3)]}"


def _they_are(m: re.Match[str]) -> str:
    """ "tienen" before the ages as "they're"; "los niños tienen 5, 9 y 12 años" beside the
    adults' count as "the kids are 5, 9 and 12" (the kids named, their ages read as in English)."""
    return "the kids are " if "kids" in m.group(0) else "they're "


# Spanish relations and occasions the patterns below write in English
_PAIRS = {"papas": "parents", "padres": "parents", "suegros": "in-laws", "abuelos": "grandparents"}
_OCCASIONS = {"aniversario": "anniversary", "cumpleanos": "birthday"}
_ONE = {"esposo": "husband", "esposa": "wife", "mama": "mom", "papa": "dad", "hijo": "son",
        "hija": "daughter", "abuela": "grandma", "abuelo": "grandpa", "hermano": "brother",
        "hermana": "sister"}  # fmt: skip

# relations in the plural and their partners ("mis 2 hermanas y sus esposos")
_KIN_ES = {"hermanas": "sisters", "hermanos": "brothers", "primas": "cousins", "primos": "cousins",
           "tias": "aunts", "tios": "uncles", "hijas": "daughters", "hijos": "sons",
           "esposos": "husbands", "maridos": "husbands", "esposas": "wives",
           "parejas": "partners"}  # fmt: skip

_SPANISH: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"\badult[oa]s\b"), "adults"),
    (re.compile(r"\badult[oa]\b"), "adult"),
    # "somos 10 señoras", "12 señores", "somos 12 mujeres": grown-ups counted by a polite word or
    # as women or men (after a count only)
    (re.compile(r"\b(\d{1,3}) (?:senoras|senores|damas|caballeros|mujeres|hombres)\b"), r"\1 adults"),
    # "2 entrenadores": coaches counted (after a count only), adults by role as in English
    (re.compile(r"\b(\d{1,3}) entrenador(?:es|as)\b"), r"\1 coaches"),
    # a form's field "Niños de 5 años o menos: 3": the little ones' band, as "kids 5 and under"
    (re.compile(r"\bnin[oa]s\s+de\s+([1-5])\s+anos\s+o\s+menos\b"), r"kids \1 and under"),
    # a form's field "Niños menores de 6: 2", "Niños menores de 6 años: 1": the little ones' band
    # by its bound, as "kids under 6"
    (re.compile(r"\bnin[oa]s\s+menores\s+de\s+([1-6])(?:\s+anos)?\b"), r"kids under \1"),
    (re.compile(r"\bnin[oa]s\s+de\s+(?=\d)"), "kids ages "),  # "3 niños de 4, 8 y 11 años"
    (re.compile(r"\bnin[oa]s\b"), "kids"),
    # "Thanks,\nNina": a name signed on its own line (or after the thanks, or after the last
    # sentence: "... 95762. Nina") is no kid
    (
        re.compile(
            r"(?<![\n-])(?<!- )(?<!thanks, )(?<!thanks )(?<!thx )\bnin[oa]\b"
            r"(?!(?<=[.!?,] nin[oa])\s*[.!]?\s*\Z)"
        ),
        "kid",
    ),
    # "un bebé de 1 año", "una bebé de 8 meses": one little one with the age told
    (
        re.compile(r"\buna? bebe de (\d{1,2}) (?:anos?|(mes(?:es)?))\b"),
        lambda m: f"1 baby ({m.group(1)} {'months' if m.group(2) else 'yrs'})",
    ),
    # "1 baby of 2 years", "1 toddler aged 3", "1 infant of 8 months": the same in English (a
    # learner's "of N years"), the age in the bracket the toddler reader reads
    (
        re.compile(
            r"\b(\d{1,2}) (toddlers?|bab(?:y|ies)|infants?) (?:of|aged?) (\d{1,2})"
            r"(?: (?:years?|yrs?)(?: old)?| (months?)|(?<=\d)(?= *[,.;)]))"
        ),
        lambda m: f"{m.group(1)} {m.group(2)} ({m.group(3)} {'months' if m.group(4) else 'yrs'})",
    ),
    (re.compile(r"\bbebes\b"), "babies"),
    (re.compile(r"\bbebe\b"), "baby"),
    (re.compile(r"\bpersonas\b"), "people"),
    # "somos 6 parejas", "10 parejas de amigos": two to a couple
    (re.compile(r"\b(\d{1,3}) parejas(?: de amig[oa]s)?\b"), r"\1 couples"),
    # "10 parejas más mis papás, ...": the writer's list goes on ("plus my parents")
    (re.compile(r"(?<=couples) mas (?=mis )"), " plus "),
    # "más yo y mi esposo", "y mi esposa y yo": the writer and their partner added to the list, as
    # the English "plus me and my husband" the list readers count (one each); only after "más" or
    # "y" (or a comma in the list: "..., mi esposa y yo"), with "mi" (a "su esposa" is a role list's)
    (
        re.compile(
            r"(?:\b(mas|y) |(?<=[a-z]), )(?:yo y mi (esposo|marido|esposa|mujer|pareja|novi[oa])"
            r"|mi (esposo|marido|esposa|mujer|pareja|novi[oa]) y yo)\b"
        ),
        _writer_and_partner,
    ),
    # "mis 2 hermanas y sus esposos": relations counted with their partners, as the English "my
    # 2 sisters and their husbands" the list readers count (the number said, each with one)
    (
        re.compile(
            r"\bmis (\d{1,2}) (hermanas|hermanos|primas|primos|tias|tios|hijas|hijos) y sus "
            r"(esposos|maridos|esposas|parejas)\b"
        ),
        lambda m: f"my {m.group(1)} {_KIN_ES[m.group(2)]} and their {_KIN_ES[m.group(3)]}",
    ),
    (re.compile(r"\binvitados\b"), "guests"),
    (re.compile(r"\b(\d{1,2})\s+anos\b"), r"\1 yrs"),
    (re.compile(r"\bcodigo postal\b"), "zip"),
    # "el cumple 40 de mi hermana", "mi hijo cumple 8": the birthday, kept from the spelling
    # fixer (which made it "couples 40", a count of pairs)
    (re.compile(r"\bcumple\b"), "cumpleanos"),
    # "vienen 3 niños más, de 7, 9 y 4 años": guests added, with their ages
    (
        re.compile(
            r"\b(?:vienen|van a venir|llegan)\s+(\d{1,3}) (kids|adults|people|guests) mas\b(?! o menos)"
        ),
        r"\1 more \2 coming",
    ),
    (re.compile(r"\b(\d{1,3}) (kids|adults|people|guests) mas\b(?! o menos)"), r"\1 more \2"),
    # "se suman 2 niños más de 7 y 10 años": the ages of the kids added, with or without a verb
    (re.compile(r"(?:(?<=more kids coming)|(?<=more kids)),?\s+de (?=\d)"), ", ages "),
    # "se suman 3 niños del patrón, de 7, 9 y 12 años": whose kids they are, then their ages
    (
        re.compile(
            r"\b(\d{1,3}) (?:more )?kids (?:del|de la|de los|de mi|de mis|de su|de sus) [a-z]+,?"
            r"\s+de (?=\d)"
        ),
        r"\1 more kids, ages ",
    ),
    (re.compile(r"\b(?:la )?misma comida\b"), "same food"),
    # "somos 12, no 10. lo demás igual": the party's count, the one it corrects, the rest kept
    (re.compile(r"\bsomos (\d{1,3}),? no (?=\d{1,3}\s*(?:[.,;!?\n]|$))"), r"we're \1, not "),
    (re.compile(r"\blo dem[aá]s (?:queda |sigue )?igual\b"), "everything else the same"),
    # "mejor camarones en vez de salmón": a swap of one protein for another
    (re.compile(r"\ben (?:vez|lugar) del?\b"), "instead of"),
    # "cambien los camarones por salmón": a swap, as "change the shrimp for salmon" ("cambien el
    # pollo por favor" names no new protein: "change the pollo", asked what to)
    (re.compile(r"\bcambi(?:a|ar|en|e|amos|ale|enle|enles)\s+(?:(?:el|la|los|las)\s+)?(?=[a-z])"),
     "change the "),
    (re.compile(r"(?<=\bchange the )([a-z]+(?: [a-z]+)?) por (?!favor\b)"), r"\1 for "),
    # "somos 22 adultos, no 20": the count said, then the one it corrects ("22 adults, not 20")
    (
        re.compile(r"\b(\d{1,4} (?:adults|kids|people|guests)),? no (?=\d{1,4}\s*(?:[.,;!?\n]|$))"),
        r"\1, not ",
    ),
    # A choice given to one group ("langosta para todos los adultos", "pollo para los niños", "los
    # grandes quieren filete", "los chicos pollo", "para los kids"): the group words the protein
    # reader and the group net read in English. "los grandes" and "los chicos" are the adults and
    # the kids only with their article (a "camarones grandes" is a size).
    (re.compile(r"\b(?:los|las) (?:grandes|mayores)\b"), "the adults"),
    (re.compile(r"\blos (?:chicos|chiquitos|peques|pequenos)\b"), "the kids"),
    (re.compile(r"\bpara tod[oa]s (?:l[oa]s )?(adults|kids)\b"), r"for all the \1"),
    (re.compile(r"\bpara (?:l[oa]s )?(adults|kids)\b"), r"for the \1"),
    (
        re.compile(r"\b(?:l[oa]s |the )(adults|kids) (?:quieren|prefieren|comen|van a comer|piden)\b"),
        r"the \1 want",
    ),
    # "3 de nosotros prefieren langosta en vez de camarones": some of the party by number, the
    # verb of their choice ("3 of us want lobster instead of shrimp")
    (
        re.compile(
            r"\b(\d{1,3}) de (?:(nosotr[oa]s)|ell[oa]s) "
            r"(?:quieren|prefieren|van a comer|piden|comen)\b"
        ),
        lambda m: f"{m.group(1)} of {'us' if m.group(2) else 'them'} want",
    ),
    # "la mitad quiere filete en vez de camaron", "algunos quieren langosta": a share of the party
    # choosing, as "half of them want" and "some of them want" (a swap for some, asked how many);
    # read as a bare swap it moved everyone's shrimp to filet with no flag (round q77d)
    (
        re.compile(
            r"\b(?:(la mitad)|algun[oa]s|un[oa]s(?: cuant[oa]s)?|vari[oa]s|poc[oa]s)"
            r"(?: de (?:(nosotr[oa]s)|ell[oa]s|l[oa]s invitad[oa]s))? "
            r"(?:quieren|quiere|prefieren|prefiere|van a comer|va a comer|piden|pide)\b"
        ),
        lambda m: f"{'half' if m.group(1) else 'some'} of {'us' if m.group(2) else 'them'} want",
    ),
    # "la mitad quiere camarones y la otra mitad salmón": the rest of the party, as "the other half"
    (re.compile(r"\bla otra mitad\b"), "the other half"),
    (
        re.compile(
            r"(?<=\bthe adults) y (?=(?:l[oa]s |the )?kids\b)|(?<=\bthe kids) y "
            r"(?=(?:l[oa]s |the )?adults\b)"
        ),
        " and ",
    ),  # "para los adultos y los niños"
    (re.compile(r"(?<=[\da-z]) y (?=\d)"), " and "),  # "8, 10 y 12", "15 adultos y 3 niños"
    (re.compile(r"(?<=\d) a (?=\d)"), " to "),  # "de 6 a 10 años"
    # "todos los niños entre 6 y 12 años": every kid's age in one band
    # ("los niños todos entre 6 y 12 años": the kids named first)
    (
        re.compile(
            r"\b(?:tod[oa]s (?:l[oa]s )?kids|(?:l[oa]s|the) kids,? tod[oa]s) (?:tienen |son )?"
            r"entre (?=\d)"
        ),
        "all the kids are between ",
    ),
    # "10 niños (todos entre 6 y 12 años)", "9 niños, todos entre 8 y 10 años": the same band in
    # the count's bracket or right after its comma
    (re.compile(r"(?:(?<=kids \()|(?<=kids, ))tod[oa]s (?:tienen )?entre (?=\d)"), "all between "),
    # "8 niños (todos de 6 a 12 años)": the same band said "from 6 to 12" (q85a, 181 fs024)
    (
        re.compile(r"(?:(?<=kids \()|(?<=kids, ))tod[oa]s (?:tienen |son )?(?:de )?(?=\d{1,2} to \d)"),
        "all ",
    ),
    # ... or after a remark in the count's bracket ("6 niños (Santiago incluido), todos entre 7 y 11")
    (re.compile(r"(?<=kids )(\([a-z ]{1,24}\),? )tod[oa]s (?:tienen )?entre (?=\d)"), r"\1all between "),
    # "4 bebés (todos menores de 2)", "2 bebés (los dos menores de 1)": the band's bound in the
    # count's bracket, as "(all under 2)"
    (
        re.compile(
            r"(?:(?<=kids \()|(?<=babies \())(?:tod[oa]s|ambos|l[oa]s (?:dos|2)) (?:son )?"
            r"menores de (?=\d)"
        ),
        "all under ",
    ),
    # ages joined by "n" ("kids 8 9 12 n 3", "2 kids 7 n 9"); Tagalog "po" after a guest word
    # ("3 kids po (7, 9, 12)") or after a number ("8 and 11 po, and the baby ...") is politeness,
    # not a word of the count ("45 po box" stays)
    (re.compile(r"(?<=\b\d) n (?=\d{1,2}\b)|(?<=\b\d\d) n (?=\d{1,2}\b)"), " and "),
    (re.compile(r"\b(adults|kids|children|guests|people|\d{1,3}) po\b(?!\s*(?:#|box|number))"), r"\1"),
    # "tienen 6 y 12 años" (the answer to "¿qué edades tienen los niños?"): "they're 6 and 12
    # yrs", only with "años" after the ages ("tienen 3 hijos" is a count, not ages) or with the
    # ages ending the message ("tienen 6, 8, 10 y 3", the whole answer)
    (
        re.compile(
            r"\b(?:(?:l[oa]s |the )?kids )?tienen (?=\d{1,2}(?:,? (?:and )?\d{1,2})*"
            r"(?: yrs\b|,? (?:and|y) (?:el|la|the) baby (?:who is |de )?\d{1,2} "
            r"(?:months|meses)\b|[^\w\n]*$))"
        ),  # "... 4 y el bebé de 3 meses": the baby's age too
        _they_are,
    ),
    # "los kids son 3 (8, 10 y 11)", "los niños son 2 (6 y 9)": the kids' count said after them,
    # only with their ages in a bracket right after it (the ages read the count; "son 3" alone
    # may be an age)
    (re.compile(r"\b(?:l[oa]s |the )?kids son (\d{1,2})(?= *\()"), r"\1 kids"),
    # "somos 6 parejas y 3 amigos solteros": friends counted, single ones (no partner each)
    (re.compile(r"\b(\d{1,3}) amig[oa]s( solter[oa]s)?\b"),
     lambda m: f"{m.group(1)} {'single ' if m.group(2) else ''}friends"),
    # "plus mis papás", "mis suegros": the writer's pair of parents, in-laws or grandparents
    (re.compile(r"\bmis (papas|padres|suegros|abuelos)\b"), lambda m: f"my {_PAIRS[m.group(1)]}"),
    # "para el aniversario de mis papás", "el cumpleaños de mi esposo", "Aniversario de mis papás,
    # 16 adultos": whose occasion it is, as
    # "for my parents anniversary", "for my husband's birthday"
    (re.compile(r"\b(?:(?:para )?(?:el|la|su) )?(aniversario|cumpleanos) de (?:my ([a-z-]+)|mi ("
                r"esposo|esposa|mama|papa|hijo|hija|abuela|abuelo|hermano|hermana))\b"),
     lambda m: f"for my {m.group(2) or _ONE[m.group(3)] + chr(39) + 's'} {_OCCASIONS[m.group(1)]}"),
]
# The literals each pattern of `_SPANISH` cannot match without, in its order (read from the
# pattern): a pattern none of whose literals is in the text is skipped (speed)
_SPANISH_NEEDS: tuple[tuple[str, ...], ...] = (
    *[("adulto", "adulta")] * 2, ("senoras", "senores", "damas", "caballeros", "mujeres", "hombres"),
    ("entrenador",), ("o menos",), ("menores de",), *[("nino", "nina")] * 3, ("bebe de",),
    ("toddler", "bab", "infant"),
    ("bebe",), ("bebe",), ("personas",), ("parejas",), ("couples mas",), (" yo",), ("mis ",),
    ("invitados",),
    ("anos",),
    ("codigo postal",),
    ("cumple",), (" mas",), (" mas",), ("more kids",), ("kids de",), ("misma comida",),
    ("somos",), ("lo dem",), ("en vez", "en lugar"), ("cambi",), ("change the",), (" no ",),
    ("grandes", "mayores"),
    ("los ",), ("para tod",), ("para ",), ("quieren", "prefieren", "comen", "van a comer", "piden"),
    ("nosotr", " ellos", " ellas"),
    ("mitad", "algun", "unos", "unas", "varios", "varias", "pocos", "pocas"), ("otra mitad",),
    (" y ",), (" y ",), (" a ",), ("entre ",), ("entre ",), ("tod",), ("entre ",), ("menores de",),
    (" n ",), (" po",),
    ("tienen ",), ("kids son",), ("amig",), ("mis ",), (" de m",),
)  # fmt: skip


def spanish_words(text: str) -> str:
    """`text` with the Spanish guest words written as the English the readers know, each pattern
    run only when a literal it cannot match without is in the text."""
    for (pattern, english), needs in zip(_SPANISH, _SPANISH_NEEDS, strict=True):
        if any(literal in text for literal in needs):
            text = pattern.sub(english, text)
    return spanish_party(text)  # "cambien el pollo por camarones y somos 14": "we're 14"
