"""Numbers that are no count of guests: dates, times and time spans, phone numbers, addresses,
durations, budgets and prices remembered, years, names with a number in them. The safety net
(`checks.unexplained_numbers`) asks about no number inside one of these spans."""

from __future__ import annotations

import re

# twins or triplets told before their ages' bound ("(triplets, all under 2)", "(twins, both under 3)")
_MULTIPLES = r"(?:(?:twins|triplets|quads|quadruplets)\s*,?\s*)?"
# A month or a day by its name or its abbreviation, a whole word: a prefix alone read "5 married
# couples" as the 5th of March and "wedding 12" as a Wednesday, the number taken for a date and
# never asked about (the twenty-fourth blind set's s028, a confident wrong total)
_MONTH_NAMES = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# "may" after a number is the month only as "5th may", "5th of may" ("2 may come" is a count)
_MONTH = rf"(?:{_MONTH_NAMES}|may)\b\.?"
_MONTH_AFTER = rf"(?:{_MONTH_NAMES}|(?<=st |nd |rd |th |of )may)\b\.?"
_MESES = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
    r"diciembre"
)
# people a birthday is for, by their relation to the writer
_HONOREES = (
    r"grandma|grandpa|grandmother|grandfather|nana|papa|abuela|abuelo|mom|mother|mama|dad|father|pops|"
    r"husband|hubby|wife|son|daughter|sister|brother|aunt|uncle|boss"
)
_DAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)\b\.?"
)
STREET = (
    r"(?:st|street|ave|avenue|blvd|boulevard|rd|road|dr|drive|way|ln|lane|ct|court|cir|circle|pl|place|"
    r"mall|hwy|highway|pkwy|parkway|trl|trail|loop|ter|terrace|plaza|sq|square|row|alley|walk|path)"
)
_GUESTS_AFTER = (
    r"(?!\s*(?:adults|kids|people|guests|ppl|pax|persons|children|teens|toddlers|proteins?)\b)"
)
# ... nor any word that counts or joins ("dec 12 or 13 of us", "round 2 more")
_NO_COUNT_AFTER = _GUESTS_AFTER + (
    r"(?!\s*(?:\+|&|(?:of|more|total|plus|and|[a-z]+\s+(?:adults|kids|people|guests))\b))"
)
# words that bring people more into a sentence about some of the party
_MORE_PEOPLE = r"\b(?:bring|bringing|plus|with|friends?|kids?|dates?|guests?|more)\b"
# a date and its other choice ("dec 12 or 13 (whichever works)", "jan 9 or 10"): a day, and its
# "or" no choice of the order's
DATE_CHOICE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s+or\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b"
    + _NO_COUNT_AFTER
)
_TIME_SPAN = r"\d{1,2}(?::\d{2})?\s*(?:-|to|til|till|until)\s*\d{1,2}(?::\d{2})?"
BENIGN = [
    re.compile(p)
    for p in [
        r"\$\s?\d[\d,]*(?:\.\d+)?",
        r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b",
        r"\b\d{1,2}(?::\d{2})?\s*(?:(?:am|pm)\b|a\.m\.|p\.m\.)",
        r"\b\d{1,2}:\d{2}\b",
        r"\ba las \d{1,2}(?::\d{2})?\b",  # "el sabado a las 6 de la tarde": a time in Spanish
        # a record of none ("365 days with zero lost-time injuries"): what did not happen, no count
        r"\b0\s+(?:[a-z]+[- ])?(?:[a-z]+[- ])?(?:injuries|accidents|incidents|defects|complaints|errors|"
        r"absences|violations|recordables)\b",
        rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_AFTER}",
        rf"\b{_DAY}\s+\d{{1,2}}\b",
        # a Spanish weekday and its day of the month ("¿tienen disponible el sábado 20?", "el domingo
        # 14"): a date, no count ("el sábado 20 personas" keeps its guest word and is counted)
        r"\b(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\s+\d{1,2}\b" + _NO_COUNT_AFTER
        + r"(?!\s*(?:adultos|niños|ninos|personas|invitados)\b)",
        # a stay of several days ("a ski weekend, Feb 13-15", "march 20 to 22"): the dates, no
        # range of guests ("june 12, 15-18 adults" keeps its comma and stays a rough count)
        rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|to|thru|through)\s*\d{{1,2}}(?:st|nd|rd|th)?\b"
        + _GUESTS_AFTER,
        # a year after "in" or "since" ("married in 1981!", "booking you since 2019"): no count
        r"\b(?:in|since)\s+(?:19|20)\d\d\b" + _GUESTS_AFTER,
        # a span from noon ("Friday, Sept 18, noon to 3", "sunday noon-4"): a time, no count
        r"\b(?:noon|midday)\s*(?:-|to|til|till|until)\s*\d{1,2}(?::\d{2})?\b" + _GUESTS_AFTER,
        # some of the counted party arriving late or leaving early ("3 of them are driving up from
        # LA and will get there late", "2 of us will get there late"): when, not how many
        # ("3 of them are bringing their kids", "2 of them are coming late and bringing a friend"
        # stay asked: people more in the same sentence)
        r"\b\d{1,2}\s+of\s+(?:them|us|those|the (?:guests|adults))\s+(?:are|will|'ll|r|might|may|"
        r"won't|wont|can't|cant|have to|need to)\b(?:(?!" + _MORE_PEOPLE + r")[^.!?\n]){0,60}?"
        r"\b(?:late|early|later)\b(?![^.!?\n]*" + _MORE_PEOPLE + ")",
        r"\b\d{1,3}(?:st|nd|rd|th)\b",
        DATE_CHOICE.pattern,
        # a sequel's number after the event ("friendsgiving pt 2", "Friendsgiving #2", "part 2",
        # "round 2"): which party, no count
        r"(?<=[a-z] )(?:pt\.?|part|round|vol\.?)\s?#?\s?[1-9]\b" + _NO_COUNT_AFTER
        + r"|(?<=[a-z] )#\s?[1-9]\b" + _NO_COUNT_AFTER,
        # a Spanish date ("sábado 27 de septiembre", "el 5 de mayo"): a day of the month
        rf"\b\d{{1,2}}\s+de\s+(?:{_MESES})\b",
        # the year after a month and day ("Saturday, August 9th, 2025 at"): no count
        rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b",
        # the little ones' ages after their count ("3 babies (all under 2)", "2 toddlers (both
        # under 4)"): of the toddlers' band, no count ("kids (all under 8)" spans two: asked); so
        # is the bound right after a count of them ("plus 5 toddlers under 5", "4 infants (under 2)")
        # ("3 babies incl. the birthday boy (all under 2)": the one counted among them)
        r"\b(?:babies|toddlers|infants|little ones)\s*(?:(?:incl\.?|including)\s+the\s+"
        r"(?:birthday|bday)\s+(?:boy|girl)\s*)?\(\s*" + _MULTIPLES + r"(?:all|both)\s+under\s+[1-5]\s*\)"
        # ... or after a count of kids under 6 ("Kids under 6: 3 (triplets, all under 2)", "3 kids
        # under 6 (twins, both under 3)"): the same band, so the bound names no count ("kids
        # 6-12: 3 (all under 10)" is not this)
        r"|\b(?:kids|children)\s+(?:under\s+6|5\s*(?:and|&)\s*under)\s*(?::?\s*\d{1,2}\s*)?\(\s*"
        + _MULTIPLES + r"(?:all|both)\s+under\s+[1-5]\s*\)"
        r"|(?<=\d )(?:babies|toddlers|infants)\s+\(?(?:aged?\s+)?under\s+[1-5]\b\)?",
        # a relation's age before the birthday, without "th" ("party for grandma 80 birthday",
        # "mom 60 bday"): whose event it is, as "turning 80"
        rf"\b(?:{_HONOREES})\s+\d{{1,3}}\s+(?:birthday|bday|b-day)\b" + _GUESTS_AFTER,
        # ... or after them, ending the clause, a grown age ("bday for my pops 55"): as "turning 55"
        # (or before when it is: "bday for my pops 60 on friday", "party for my dad 70 this sat")
        rf"\b(?:birthday|bday|b-day|party)\s+for\s+(?:my|our)\s+(?:{_HONOREES})\s+(?:[2-9]\d|1[01]\d)\b"
        r"(?=\s*(?:$|[.,;!?\n])|[ \t]{2}|\s+(?:on|this|next|at|in)\b)",  # an emoji gone after the
        # age ("my pops 60 🎂") ends it too
        # the drinking age beside the sake or a drink ("no sake, half of us are under 21"): some
        # of those counted, no count ("20 people, half of us are under 21" alone stays asked)
        r"\b(?:sake|drinks?|drinking|alcohol|booze)\b[^.!?\n]{0,40}?\b(?:under|not|below)\s+21\b"
        + _GUESTS_AFTER
        + r"|\b(?:under|not|below)\s+21\b(?=[^.!?\n]{0,40}?\b(?:sake|drinks?|drinking|alcohol|booze)\b)",
        r"\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b",
        # a street address with its unit after a "#" ("2600 Capitol Ave #204", "918 J St #5C")
        rf"\b\d{{1,6}}\s+(?:[a-z]+\s+){{1,3}}{STREET}\b(?:\.?,?\s*#\s*\d{{1,6}}[a-z]?\b)?",
        # a house number before a street of no suffix, then the city and the ZIP ("my sister's
        # backyard, 1420 Vista Grande, Roseville 95747"): an address
        r"\b\d{3,5}" + _GUESTS_AFTER + r"\s+(?:[a-z]+\s+){0,2}[a-z]+\s*,\s*(?:[a-z]+\s+){0,2}[a-z]+"
        r"\s*,?\s*(?:ca\s+)?9\d{4}\b",
        # the rest of an address, a door code, a time span, a budget: never a count
        r"\b(?:apt|apartment|unit|suite|ste|bldg|building|space|lot|house\s*#|house number|p\.?o\.? box)"
        r"\.?\s*#?\s*\d{1,6}[a-z]?\b",
        r"\baddress(?:\s+is)?\s*[:-]?\s*\d{1,6}\b",
        r"\b(?:gate|door|access|entry|lockbox|lock box|alarm)\s+code\s*(?:is\s*)?[:#-]?\s*\d{1,8}\b",
        rf"\b{_TIME_SPAN}\s*(?:(?:am|pm)\b|a\.m\.|p\.m\.)",
        rf"(?<!ages )(?<!age )(?<!aged )(?<!kids )(?<!children )\bfrom\s+{_TIME_SPAN}\b{_GUESTS_AFTER}",
        # hours after a weekday or a meal ("office lunch next thurs 12-1", "dinner sat 6-9"): a time,
        # both ends on a clock's face; a count beside it stays one ("sat 12-15 ppl" is a range)
        rf"\b(?:{_DAY}|lunch|dinner|brunch)\s+(?:[1-9]|1[0-2])\s*(?:-|to|til|till)\s*(?:[1-9]|1[0-2])\b"
        + _NO_COUNT_AFTER,
        r"\b(?:budget(?:ed)?|spend|spending)\b[^.;!?\n\d]{0,25}\d[\d,]*(?:\.\d+)?\s*k?\b"
        + _GUESTS_AFTER,
        # a price remembered or compared, of a money's size ("last time it was like 700?", "i paid
        # 550 i think", "another company quoted 850"): never a count
        # (Spanish: "nos cobraron como 600", "pagamos unos 700")
        r"\b(?:paid|payed|pay|paying|cost|costs|quoted|charged|spent|came (?:out )?to|"
        r"(?:it|that|the (?:total|bill|price|quote))\s+was|cobraron|pagamos|costo)\s+"
        r"(?:(?:like|about|around|only|maybe|roughly|almost|nearly|over|under|just|us|me|como|unos|casi)\s+){0,2}~?\s*"
        r"(?:\d{3,5}|\d{1,2},\d{3})(?:\.\d\d)?\b" + _GUESTS_AFTER,
        # the price said to stand whatever changes ("if its 550 either way make the chicken
        # scallops", "if we're paying (the) 550 anyway"): the minimum quoted, no count
        r"\b(?:paying|pay|it's|its|it is|that's|thats|costs?|costing|charged)\s+(?:like\s+|the\s+\$?)?"
        r"(?:\d{3,5}|\d{1,2},\d{3})(?:\.\d\d)?\s+(?:either way|anyway|any way|regardless)\b",
        # a budget said around the number ("we have like 900 to spend", "keep it under 1000")
        r"\b(?:\d{3,5}|\d{1,2},\d{3})\s*(?:bucks\s+|dollars\s+)?"
        r"(?:to spend|(?:as (?:our|my|a) )?budget)\b",
        r"\bkeep (?:it|the (?:total|price|cost|bill)) (?:under|below|around|at|within)\s+~?\s*"
        r"(?:\d{3,5}|\d{1,2},\d{3})\b" + _GUESTS_AFTER,
        # a total the change is asked to reach ("does that get us under 1k?", "would that bring
        # it below $900"): a price aimed at, no count
        r"\b(?:get|gets|bring|brings|put|puts)\s+(?:us|it|the (?:total|price|cost|bill))\s+"
        r"(?:under|below|within)\s+\$?\s?(?:\d{3,5}|\d{1,2},\d{3}|\d{1,2}(?:\.\d)?\s?k)\b",
        r"\b(?:turning|turns|turned)\s+\d{1,3}\b",
        # the day's heat ("its gonna be like 95 degrees that day", "105°"): the weather, no count
        r"\b\d{2,3}\s*(?:degrees?\b|deg\b|°)",
        # the writer's own age, a grown-up's ("I'm 79", "I am 82 years of age", "at 86 years
        # old"): who writes, no count ("im 11" stays asked: a child guest beside the count?)
        r"\b(?:i\s+am|i'm|i’m|im)\s+(?:1[89]|[2-9]\d|1[01]\d)\b(?:\s*(?:years?|yrs?)"
        r"(?:\s+(?:old|of age))?)?" + _GUESTS_AFTER,
        # a grown-up's age told of someone, with its unit ("She's 90 years old and I'm 62", "he is
        # 80 yrs old"): who they are, never a count ("she's 8 years old" stays asked: a child beside
        # the count?)
        r"\b(?:she|he)(?:'s|’s|s|\s+is)\s+(?:1[89]|[2-9]\d|1[01]\d)\s*(?:years?|yrs?)\s+old\b",
        r"\bat\s+(?:1[89]|[2-9]\d|1[01]\d)\s*(?:years?|yrs?)\s+(?:old|of age)\b",
        # grown guests' ages by decade ("all in our late 20s", "in their 30s", "mid 40s"): adults,
        # no count
        r"\b(?:(?:early|mid|late)[- ]?|in (?:our|their|my|his|her) )[2-9]0['’]?s\b",
        # a planner's client ("a rehearsal dinner for one of my couples"): whose event, no count
        r"\b1 of (?:my|our) (?:couples|clients|brides|buyers|sellers|customers|tenants|"
        r"patients)\b",  # "a closing party for one of my buyers": a realtor's
        # the source of a remark passed on ("one of our members read a yelp review that said the
        # extended performance is worth it"): who said it, no count (round q81j)
        r"\b1 of (?:my|our|the) [a-z]+ read\s+(?:a|an|the|some|your)\s+(?:(?:yelp|google|facebook|"
        r"online)\s+)?reviews?\b",
        # the message's own items counted before they are said ("Two updates: 3 of us would rather
        # have filet", "2 quick changes -"): how many things, no count of guests
        r"\b[2-9]\s+(?:quick\s+|small\s+|more\s+|little\s+)?(?:updates?|changes?|things?|questions?|"
        r"edits?|tweaks?|notes?)\s*[:-]",
        # things to talk over, counted ("we have a couple of dietary restrictions to work through",
        # normalized "2 dietary restrictions"; "a couple of questions about setup"): no guests
        r"\b[2-9]\s+(?:(?:dietary|food|quick|small|minor|other|special|more)\s+)?(?:restrictions|"
        r"allergies|questions|concerns|requests)\b(?!\s+(?:guests|people|adults|kids)\b)",
        # someone's opinions or ideas counted in jest ("my mom has like 10 opinions lol"): how
        # many things they have to say, never guests
        r"\b(?:has|have|got|with)\s+(?:like\s+|about\s+|maybe\s+|literally\s+)?\d{1,2}\s+"
        r"(?:opinions|ideas|requests|suggestions|demands|questions|notes)\b",
        # everyone's ages, all of the adults' band ("me + 11 teammates, we're all 16-17"): no count
        r"\b(?:we're|we are|were|they're|they are|theyre)\s+all\s+1[3-9]\s*(?:-|to)\s*1[3-9]\b"
        r"(?:\s*(?:years?|yrs?)(?:\s+old)?)?" + _GUESTS_AFTER,
        # a portion of each protein per guest ("filet and salmon (one of each per person)"): the
        # dinner's two proteins, no count; "4" for "for" after a quote ("Quote 4 16U banquet")
        r"\b1 of each\s+(?:per|for|to)\s+(?:person|head|guest|everyone|each)\b"
        r"|\bquote\s+4\b(?=\s+(?:a|an|the|our|my|\d{1,2}u)\b)",
        r"\bsweet\s+1[56]\b",  # the party's name (a "sweet sixteen", a "quince")
        # a team's age class ("our U14 club soccer team", "the 12u girls"): its name, not a count
        # (the players are counted by their own number and ages)
        r"\bu-?\d{1,2}\b|\b\d{1,2}u\b",
        r"\b\d{1,2}[- ]?(?:years?|yrs?)\s+(?:wedding\s+)?anniversary\b",
        # the years since a class graduated ("class of 2006 reunion, 20 yrs!!", "our 10 yr
        # reunion") and a league's season ("season 3 done"): the event's name, never a count
        r"\breunion\b[^.!?\n\d]{0,12}\d{1,2}\s*(?:years?|yrs?)\b(?!\s*old)"
        r"|\b\d{1,2}[- ]?(?:years?|yrs?)\s+(?:class\s+)?reunion\b"
        r"|\bseason\s+\d{1,2}\b(?!\s*(?:adults|kids|people|guests|players)\b)",
        # years of service or of marriage ("retiring after 32 years", "35 yrs with the county"):
        # a duration, never guests; so are months or weeks away ("back from deployment after 9
        # months"), not an age ("for 9 months old")
        r"\b(?:after|for|over)\s+\d{1,2}\+?\s*(?:years?|yrs?)\b(?!\s*old)",
        r"\b(?:after|over)\s+\d{1,2}\s*(?:months?|weeks?)\b(?!\s*old)",
        r"\b\d{1,2}\+?\s*(?:years?|yrs?)\s+(?:of service|of marriage|with the|at the|in the)\b",
        # a graduating class's year ("Class of '96", "class of 2004 reunion"): its name, never a
        # count; two digits only after the apostrophe ("my son's class of 22" may be its size)
        r"\bclass\s+of\s+(?:['’]\d{2}|(?:19|20)\d{2})\b",
        # a hospital unit's name ("the night crew on 4 West", "our team on 3 East"): never a count
        r"\b(?:on|from|in|at|of)\s+(?:the\s+)?\d{1,2}\s*(?:west|east|north|south)\b(?!\s+(?:coast|side|end)\b)",
        # a team's name ("the 49ers game", "76ers"): never a count
        r"\b\d{2}ers\b",
        # the youth club's name ("our 4-H club party", "the 4-H kids"): never a count
        r"\b4-h\b",
        # a scout unit's number ("Cub Scout Pack 212", "troop #418"): its name, never a count
        r"\b(?:pack|troop|den)\s*#?\s*\d{1,4}\b(?!\s*(?:adults|kids|people|guests|ppl|scouts)\b)",
        # the birthday's age in Spanish ("cumpleaños 50 de mi esposo", "cumple número 60", both
        # "cumpleanos" here): whose event it is, as "turning 50" ("cumpleaños 8 niños" is a count)
        r"\bcumpleanos\s+(?:numero\s+|#\s*)?\d{1,3}\b"
        r"(?!\s*(?:adults|kids|people|guests|ppl|gente|chicos|babies)\b)",
        r"\b\d+\s*(?:%|(?:percent|hours?|hrs?|minutes?|mins?|miles?|mi|days?|weeks?)\b)",
        r"\b(?:at|around|by|from|until)\s+\d{1,2}\b(?!\s*(?:adults|kids|people|guests))",
        # when to phone back ("Call 916-555-3092 anytime after 4", "text me after 6"): an hour
        r"\b(?:call|text|reach)\b[^.!?\n]{0,30}?\b(?:any ?time\s+)?(?:after|before)\s+\d{1,2}\b"
        r"(?=\s*(?:$|[.!?\n]))",
        # a time said aloud, its minutes after a space ("on friday at 12 30", voice to text): when
        r"\b(?:at|around|by|from|until)\s+(?:[1-9]|1[0-2])\s+(?:00|15|30|45)\b" + _GUESTS_AFTER,
        r"\b(?:usual|normal|included|regular)\s+\d\b",
        r"\b(?:the|my|our)\s+\d\s+(?:included|usual|regular|normal)\b",
        r"\b\d\s+proteins?\b",
        r"\bprotein\s*\d\b",
        r"\(\d{1,3}\s+total\)",
        r"\b\d{4}\b(?=\s*(?:$|\n|,|\.))(?<=\b(?:19|20)\d\d)",
        # a year after a word that names it ("at the 2024 home show", "our 2019 trip"), and the
        # years of a life ("Robert Lindqvist (1946-2026)"): when, never a count
        r"\b(?:the|our|my|this|that|last|from|of)\s+(?:19|20)\d\d\b" + _GUESTS_AFTER,
        r"\b(?:18|19|20)\d\d\s*(?:-|to)\s*(?:19|20)\d\d\b",
        # a time on the 24-hour clock ("shift change is 0700 so dinner at 1730", "off at 1900"):
        # with its leading zero, or after a word that says when
        r"\b0\d[0-5]\d\b(?:\s*(?:hours|hrs|h)\b)?|\b(?:at|is|by|til|till|until|before|after|ends?|"
        r"around)\s+(?:1\d|2[0-3])[0-5]\d\b(?:\s*(?:hours|hrs|h)\b)?" + _GUESTS_AFTER,
        # a phone extension, a room ("Ext. 3318", "Room 214"): where to reach or find someone
        r"\b(?:ext|extension|room|rm)\b\.?\s*#?\s*\d{1,6}\b" + _GUESTS_AFTER,
        # the years since, beside a reunion or "ago" ("class of 2006 reunion!! 20 years", "our 10
        # year reunion", "married 20 years ago"): a duration, no count
        r"\breunion\b[^\d\n]{0,20}?\b\d{1,2}\s*(?:years?|yrs?)\b(?!\s*old)"
        r"|\b\d{1,2}\s*-?\s*(?:years?|yrs?)\s+(?:reunion|ago|later)\b",
        # "4" for "for" before everyone ("lobster 4 everyone"): no count
        r"(?<=[a-z] )4\s+(?=(?:everyone|everybody|every1|each)\b)",
        r"\beach for (?:the )?\d{1,3}\b",
        # a business quarter ("our Q2 offsite") and a Spanish day ("cena el 19", "para el 7"): no counts
        r"\bq[1-4]\b",
        r"\b(?:el|para el|el dia)\s+\d{1,2}\b(?!\s*(?:adults|kids|people|guests|ppl|personas|gente)\b)",
        # "one more thing", "one quick question", "one guest count update": idioms, not counts
        # ("sorry, one fix: my sister's kids are 9 and 6": round q85i)
        r"\b1\s+(?:\w+\s+){0,2}(?:thing|question|request|change|update|correction|fix|edit|tweak)"
        r"s?\b",
        # "this one is in their backyard": a pronoun for the event, no count of one
        r"\b(?:this|that)\s+1\b(?=\s*(?:[.,!?:;]|$|is\b|was\b|will\b|'s\b|would\b|has\b))",
        # "3 families are sharing one graduation party": the one event, no count of one
        r"\b(?:sharing|share|splitting|combining|into|throwing|having|doing)\s+1\s+(?:[a-z]+\s+){0,2}"
        r"(?:party|event|celebration|bbq|cookout|reunion|dinner|lunch|luncheon|brunch|feast)\b",
        # "so it's a big one this year": the event, no count of one
        r"\b(?:it's|its|it is|it'll be|this is|going to be|gonna be)\s+a\s+"
        r"(?:big|huge|special|fun)\s+1\b"
        r"(?!\s*(?:adults?|kids?|child|people|guests?|person|toddlers?|baby)\b)",
    ]
]
