//! Arabic dates: month names of both systems (يناير… and كانون الثاني…) and the Maghreb
//! forms, Hijri months, weekdays, relative days, units with their plurals and duals, the
//! shift words that follow what they shift (`الأسبوع الماضي`), and the marks of Hijri and
//! Gregorian years; read by the shared date grammar in `khabar-dates`.
//!
//! Keys are written in everyday spelling; the index normalizes them as documents are (hamza
//! forms of alef to `ا`, `ى` to `ي`), and every key ending in `ة` also matches `ه`.

use khabar_core::{DatePart, Registration, inventory};
use khabar_dates::{DateExtractor, DateTables, DateWord, Era, NumericOrder, Unit};

use DateWord::*;

/// Gregorian months: the Egyptian and Gulf names, the Levantine and Iraqi ones, and the
/// Maghreb spellings.
const MONTHS: &[(&str, DateWord)] = &[
    ("يناير", Month(1)),
    ("كانون الثاني", Month(1)),
    ("كانون ثاني", Month(1)),
    ("جانفي", Month(1)),
    ("فبراير", Month(2)),
    ("شباط", Month(2)),
    ("فيفري", Month(2)),
    ("مارس", Month(3)),
    ("آذار", Month(3)),
    ("أبريل", Month(4)),
    ("إبريل", Month(4)),
    ("نيسان", Month(4)),
    ("أفريل", Month(4)),
    ("مايو", Month(5)),
    ("ماي", Month(5)),
    ("أيار", Month(5)),
    ("يونيو", Month(6)),
    ("يونيه", Month(6)),
    ("حزيران", Month(6)),
    ("جوان", Month(6)),
    ("يوليو", Month(7)),
    ("يوليه", Month(7)),
    ("يوليوز", Month(7)),
    ("تموز", Month(7)),
    ("جويلية", Month(7)),
    ("أغسطس", Month(8)),
    ("آب", Month(8)),
    ("أوت", Month(8)),
    ("غشت", Month(8)),
    ("سبتمبر", Month(9)),
    ("أيلول", Month(9)),
    ("شتنبر", Month(9)),
    ("أكتوبر", Month(10)),
    ("تشرين الأول", Month(10)),
    ("تشرين أول", Month(10)),
    ("نوفمبر", Month(11)),
    ("تشرين الثاني", Month(11)),
    ("تشرين ثاني", Month(11)),
    ("نونبر", Month(11)),
    ("ديسمبر", Month(12)),
    ("كانون الأول", Month(12)),
    ("كانون أول", Month(12)),
    ("دجنبر", Month(12)),
    ("محرم", HijriMonth(1)),
    ("صفر", HijriMonth(2)),
    ("ربيع الأول", HijriMonth(3)),
    ("ربيع الآخر", HijriMonth(4)),
    ("ربيع الثاني", HijriMonth(4)),
    ("جمادى الأولى", HijriMonth(5)),
    ("جمادى الأول", HijriMonth(5)),
    ("جمادى الآخرة", HijriMonth(6)),
    ("جمادى الثاني", HijriMonth(6)),
    ("جمادى الثانية", HijriMonth(6)),
    ("رجب", HijriMonth(7)),
    ("شعبان", HijriMonth(8)),
    ("رمضان", HijriMonth(9)),
    // The holiday table's names of the fasting month are the month too, so that a day of
    // it reads (`العاشر من شهر رمضان`; alone, the holiday's observed dates win).
    ("شهر رمضان", HijriMonth(9)),
    ("شهر رمضان المبارك", HijriMonth(9)),
    ("رمضان المبارك", HijriMonth(9)),
    ("شوال", HijriMonth(10)),
    ("ذو القعدة", HijriMonth(11)),
    ("ذي القعدة", HijriMonth(11)),
    ("ذو الحجة", HijriMonth(12)),
    ("ذي الحجة", HijriMonth(12)),
];

/// Weekdays, with the colloquial spellings without the final hamza.
const WEEKDAYS: &[(&str, DateWord)] = &[
    ("الاثنين", Weekday(1)),
    ("الإثنين", Weekday(1)),
    ("اثنين", Weekday(1)),
    ("الثلاثاء", Weekday(2)),
    ("الثلاثا", Weekday(2)),
    ("ثلاثاء", Weekday(2)),
    ("الأربعاء", Weekday(3)),
    ("الاربعا", Weekday(3)),
    ("أربعاء", Weekday(3)),
    ("اربعا", Weekday(3)),
    ("الخميس", Weekday(4)),
    ("خميس", Weekday(4)),
    ("الجمعة", Weekday(5)),
    ("جمعة", Weekday(5)),
    ("السبت", Weekday(6)),
    ("سبت", Weekday(6)),
    ("الأحد", Weekday(7)),
    // Also "someone": a weekday only in `احد الأسبوع الماضي` (see `weak`).
    ("أحد", Weekday(7)),
    // Plurals and duals are only counted (`بعد ثلاث جمع`, `قبل جمعتين`): `جمع` is also
    // "he gathered", `آحاد` "units", but never before a count word and `قبل`/`بعد`.
    ("أثانين", Weekdays(1)),
    ("الأثانين", Weekdays(1)),
    ("ثلاثاوات", Weekdays(2)),
    ("أربعاوات", Weekdays(3)),
    ("أخمسة", Weekdays(4)),
    ("جمع", Weekdays(5)),
    ("جمعات", Weekdays(5)),
    ("سبوت", Weekdays(6)),
    ("آحاد", Weekdays(7)),
    ("ثلاثاءين", WeekdaysCounted(2, 2)),
    ("أربعاءين", WeekdaysCounted(3, 2)),
    ("خميسين", WeekdaysCounted(4, 2)),
    ("خميسان", WeekdaysCounted(4, 2)),
    ("جمعتين", WeekdaysCounted(5, 2)),
    ("جمعتان", WeekdaysCounted(5, 2)),
    ("سبتين", WeekdaysCounted(6, 2)),
    ("سبتان", WeekdaysCounted(6, 2)),
    ("أحدين", WeekdaysCounted(7, 2)),
    ("أحدان", WeekdaysCounted(7, 2)),
];

/// Relative days, units, shifts, links and marks.
const WORDS: &[(&str, DateWord)] = &[
    ("اليوم", Day(0)),
    ("أمس", Day(-1)),
    ("الأمس", Day(-1)),
    ("البارحة", Day(-1)),
    // Last night: the day before.
    ("الليلة الماضية", Day(-1)),
    ("ليلة أمس", Day(-1)),
    // The night before last: two days back.
    ("الليلة قبل الماضية", Day(-2)),
    ("ليلة أول أمس", Day(-2)),
    ("ليلة أمس الأول", Day(-2)),
    // A part of today: `هذا الصباح`, `هذا المساء`, `هذه الليلة` (tonight).
    ("هذا الصباح", Day(0)),
    ("هذا المساء", Day(0)),
    ("هذه الليلة", Day(0)),
    // A part of the day before a day (`صباح اليوم`, `مساء يوم الخميس`, `فجر السبت`) or,
    // as an adverb, after it (`الخميس مساء`, `أمس ليلا`): the day. Not `ليلة` before a
    // weekday, the night before it (`ليلة الجمعة` is Thursday's evening), nor `ظهر`
    // (noon), also the verb "appeared".
    ("صباح", DayPart),
    ("مساء", DayPart),
    ("فجر", DayPart),
    ("ظهيرة", DayPart),
    ("عصر", DayPart),
    ("ضحى", DayPart),
    ("ليل", DayPart),
    ("منتصف ليل", DayPart),
    ("صباحا", DayPart),
    ("فجرا", DayPart),
    ("ظهرا", DayPart),
    ("عصرا", DayPart),
    ("ليلا", DayPart),
    // `عشية عيد الأضحى`: the day before it.
    ("عشية", Eve),
    // `في مثل هذا اليوم من العام الماضي` (on this day last year).
    ("مثل هذا اليوم", SameDay),
    ("مثل هذا الوقت", SameDay),
    ("مثل هذه الأيام", SameDay),
    ("نفس اليوم", SameDay),
    ("نفس الوقت", SameDay),
    // `الربع نفسه من العام الماضي`, `نفس الشهر من العام الماضي`: the same quarter, month.
    ("نفس", Same),
    ("نفسه", Same),
    ("نفسها", Same),
    ("ذاته", Same),
    ("ذاتها", Same),
    ("اليوم نفسه", SameDay),
    ("امبارح", Day(-1)),
    ("غدا", Day(1)),
    // Without the accusative ending after a noun of time or a preposition (`يوم غد`, `صباح
    // غد`, `حتى غد`).
    ("غد", Day(1)),
    ("الغد", Day(1)),
    ("بكرة", Day(1)),
    ("بعد غد", Day(2)),
    ("بعد الغد", Day(2)),
    ("بعد بكرة", Day(2)),
    ("أول أمس", Day(-2)),
    // With `من` between, as news writes it too (not `أمس` alone after `أول من`).
    ("أول من أمس", Day(-2)),
    ("أمس الأول", Day(-2)),
    ("أول البارحة", Day(-2)),
    ("قبل أمس", Day(-2)),
    ("القبل البارحة", Day(-2)),
    ("قبل امبارح", Day(-2)),
    // Levantine: "the day that is after tomorrow / before yesterday".
    ("اليوم الي بعد بكرة", Day(2)),
    ("اليوم البعد بكرة", Day(2)),
    ("اليوم الي قبل امبارح", Day(-2)),
    ("اليوم القبل البارحة", Day(-2)),
    ("اليوم الي قبل البارحة", Day(-2)),
    ("يوم", Unit(Unit::Day)),
    // `عدت يوم 27`: the day of the month after it.
    ("يوم", DayMarkBefore),
    ("اليوم", DefiniteUnit(Unit::Day)),
    ("أيام", Plural(Unit::Day)),
    ("الأيام", Plural(Unit::Day)),
    // Nights are counted as the days they fall in (`الليالي العشر الأواخر من رمضان`).
    ("ليال", Plural(Unit::Day)),
    ("ليالي", Plural(Unit::Day)),
    ("الليالي", Plural(Unit::Day)),
    ("يوما", Plural(Unit::Day)),
    ("يومين", Units(Unit::Day, 2)),
    ("اليومين", Units(Unit::Day, 2)),
    ("يومان", Units(Unit::Day, 2)),
    ("أسبوع", Unit(Unit::Week)),
    ("الأسبوع", DefiniteUnit(Unit::Week)),
    ("أسابيع", Plural(Unit::Week)),
    ("الأسابيع", Plural(Unit::Week)),
    ("أسبوعا", Plural(Unit::Week)),
    ("أسبوعين", Units(Unit::Week, 2)),
    ("أسبوعان", Units(Unit::Week, 2)),
    ("الأسبوعين", Units(Unit::Week, 2)),
    ("عطلة نهاية الأسبوع", DefiniteUnit(Unit::Weekend)),
    ("نهاية الأسبوع", DefiniteUnit(Unit::Weekend)),
    // Indefinite, after an ordinal (`آخر عطلة نهاية أسبوع من الشهر`).
    ("عطلة نهاية أسبوع", Unit(Unit::Weekend)),
    // Plural and dual (`عطلات نهاية الأسبوع الثلاث الماضية`, `عطلتي نهاية الأسبوع الماضيتين`).
    ("عطلات نهاية الأسبوع", Plural(Unit::Weekend)),
    ("عطلتي نهاية الأسبوع", Units(Unit::Weekend, 2)),
    ("عطلتا نهاية الأسبوع", Units(Unit::Weekend, 2)),
    ("شهر", Unit(Unit::Month)),
    ("الشهر", DefiniteUnit(Unit::Month)),
    ("أشهر", Plural(Unit::Month)),
    ("الأشهر", Plural(Unit::Month)),
    ("شهور", Plural(Unit::Month)),
    ("الشهور", Plural(Unit::Month)),
    ("شهرا", Plural(Unit::Month)),
    ("شهرين", Units(Unit::Month, 2)),
    ("شهران", Units(Unit::Month, 2)),
    ("الشهرين", Units(Unit::Month, 2)),
    ("ربع", Unit(Unit::Quarter)),
    ("الربع", DefiniteUnit(Unit::Quarter)),
    ("نصف", Half(0)),
    ("النصف", Half(0)),
    ("سنة", Unit(Unit::Year)),
    ("السنة", DefiniteUnit(Unit::Year)),
    ("عام", Unit(Unit::Year)),
    ("العام", DefiniteUnit(Unit::Year)),
    // The fiscal year, named by its calendar year (`العام المالي 2022`).
    ("العام المالي", DefiniteUnit(Unit::Year)),
    ("السنة المالية", DefiniteUnit(Unit::Year)),
    // The school year is no calendar year: its start is September's (`بداية العام
    // الدراسي`); a year beside it dates it, as an event's (`العام الدراسي 2024-2025`).
    ("العام الدراسي", Event),
    ("السنة الدراسية", Event),
    ("العام الأكاديمي", Event),
    ("السنة الأكاديمية", Event),
    ("الموسم الدراسي", Event),
    // Events a bare year beside them dates (`انتخابات 2020`, `كأس العالم 2022`).
    ("انتخابات", Event),
    ("الانتخابات", Event),
    ("استفتاء", Event),
    ("تعداد", Event),
    ("موازنة", Event),
    ("ميزانية", Event),
    ("كأس العالم", Event),
    ("مونديال", Event),
    // `يورو 2016`, the championship (a year after a currency's name is no price).
    ("يورو", Event),
    ("أولمبياد", Event),
    ("قمة", Event),
    ("حرب", Event),
    ("ثورة", Event),
    ("نكسة", Event),
    ("نكبة", Event),
    ("زلزال", Event),
    ("فيضانات", Event),
    ("أزمة", Event),
    ("بطولة", Event),
    ("موسم", Event),
    // More events named with their year (`انقلاب 2013`, `اتفاق 2015`), as in the English and
    // Bengali tables.
    ("انتفاضة", Event),
    ("انقلاب", Event),
    ("جائحة", Event),
    ("إعصار", Event),
    ("تسونامي", Event),
    ("اتفاق", Event),
    ("اتفاقية", Event),
    ("معاهدة", Event),
    ("مجزرة", Event),
    ("مذبحة", Event),
    ("إبادة", Event),
    ("مجاعة", Event),
    ("جفاف", Event),
    ("فيضان", Event),
    // Plans and deadlines named by their year (`رؤية 2030`, `أجندة 2063`, `خطة 2030`).
    ("رؤية", Event),
    ("أجندة", Event),
    ("استراتيجية", Event),
    ("إستراتيجية", Event),
    ("خطة", Event),
    // Words that name which event, between it and the year (`الانتخابات الرئاسية 2024`,
    // `انتخابات الرئاسة 2024`, `كأس العالم لكرة القدم 2026`).
    ("الرئاسية", EventModifier),
    ("الرئاسة", EventModifier),
    ("الرئاسي", EventModifier),
    ("التشريعية", EventModifier),
    ("البرلمانية", EventModifier),
    ("النيابية", EventModifier),
    ("البلدية", EventModifier),
    ("المحلية", EventModifier),
    ("العامة", EventModifier),
    ("الأوروبية", EventModifier),
    ("الشتوية", EventModifier),
    ("الصيفية", EventModifier),
    ("كرة القدم", EventModifier),
    ("الأهلية", EventModifier),
    ("المالية", EventModifier),
    ("الاقتصادية", EventModifier),
    // `بين عامي 2014 و2017`: the dual in construct is the year word of a range.
    ("عامي", Unit(Unit::Year)),
    ("سنوات", Plural(Unit::Year)),
    ("السنوات", Plural(Unit::Year)),
    ("سنين", Plural(Unit::Year)),
    ("أعوام", Plural(Unit::Year)),
    ("الأعوام", Plural(Unit::Year)),
    ("عاما", Plural(Unit::Year)),
    ("سنتين", Units(Unit::Year, 2)),
    ("السنتين", Units(Unit::Year, 2)),
    ("سنتان", Units(Unit::Year, 2)),
    ("عامين", Units(Unit::Year, 2)),
    ("عامان", Units(Unit::Year, 2)),
    ("العامين", Units(Unit::Year, 2)),
    ("عقد", Unit(Unit::Decade)),
    ("العقد", DefiniteUnit(Unit::Decade)),
    ("عقود", Plural(Unit::Decade)),
    ("العقود", Plural(Unit::Decade)),
    ("عقدين", Units(Unit::Decade, 2)),
    ("العقدين", Units(Unit::Decade, 2)),
    ("قرن", Unit(Unit::Century)),
    ("القرن", DefiniteUnit(Unit::Century)),
    ("قرون", Plural(Unit::Century)),
    ("القرون", Plural(Unit::Century)),
    ("قرنين", Units(Unit::Century, 2)),
    ("القرنين", Units(Unit::Century, 2)),
    ("هذا", Shift(0)),
    ("هذه", Shift(0)),
    ("الحالي", ShiftAfter(0)),
    ("الحالية", ShiftAfter(0)),
    ("الجاري", ShiftAfter(0)),
    ("الجارية", ShiftAfter(0)),
    ("الماضي", ShiftAfter(-1)),
    ("الماضية", ShiftAfter(-1)),
    // Duals agree with a dual unit (`الأسبوعين المقبلين`, `السنتين الماضيتين`).
    ("الماضيين", ShiftAfter(-1)),
    ("الماضيتين", ShiftAfter(-1)),
    ("المنصرمين", ShiftAfter(-1)),
    ("المنصرمتين", ShiftAfter(-1)),
    ("الفائتين", ShiftAfter(-1)),
    ("الفائتتين", ShiftAfter(-1)),
    ("السابقين", ShiftAfter(-1)),
    ("السابقتين", ShiftAfter(-1)),
    ("المقبلين", ShiftAfter(1)),
    ("المقبلتين", ShiftAfter(1)),
    ("القادمين", ShiftAfter(1)),
    ("القادمتين", ShiftAfter(1)),
    ("المنصرم", ShiftAfter(-1)),
    ("المنصرمة", ShiftAfter(-1)),
    ("الفائت", ShiftAfter(-1)),
    ("الفائتة", ShiftAfter(-1)),
    // "Elapsed", as `المنصرم`.
    ("المنقضي", ShiftAfter(-1)),
    ("المنقضية", ShiftAfter(-1)),
    ("السابق", ShiftAfter(-1)),
    ("السابقة", ShiftAfter(-1)),
    ("المقبل", ShiftAfter(1)),
    ("المقبلة", ShiftAfter(1)),
    ("القادم", ShiftAfter(1)),
    ("القادمة", ShiftAfter(1)),
    ("التالي", ShiftAfter(1)),
    ("التالية", ShiftAfter(1)),
    ("الجاي", ShiftAfter(1)),
    ("الجاية", ShiftAfter(1)),
    // Spoken and chat forms: "which comes", "which passed".
    ("اللي جاي", ShiftAfter(1)),
    ("اللي جاية", ShiftAfter(1)),
    ("اللي فات", ShiftAfter(-1)),
    ("اللي فاتت", ShiftAfter(-1)),
    ("الآتي", ShiftAfter(1)),
    ("بعد القادم", ShiftAfter(2)),
    ("بعد المقبل", ShiftAfter(2)),
    // "Before the last": `الأسبوع قبل الماضي`, the week before last.
    ("قبل الماضي", ShiftAfter(-2)),
    ("قبل الماضية", ShiftAfter(-2)),
    ("قبل الفائت", ShiftAfter(-2)),
    ("قبل الفائتة", ShiftAfter(-2)),
    // "Within" before an amount: from the reference date to that far ahead.
    ("في غضون", Within),
    ("منذ", Since),
    ("قبل", Since),
    ("بعد", After),
    ("في", In),
    // After an amount, "in the future" (`بعد 4 أسابيع في المستقبل`, `3 أيام في المستقبل`).
    ("في المستقبل", Later),
    // Where `في` stands before a date: "by", "during", "throughout" (`بحلول 2030`, `خلال
    // 2023`, `طوال 2023`); not before an amount, which `في غضون` reads.
    ("بحلول", At),
    ("خلال", At),
    ("طوال", At),
    ("طيلة", At),
    // "No later than": `في موعد أقصاه 2026`, `في موعد لا يتجاوز 2026`.
    ("موعد أقصاه", At),
    ("موعد لا يتجاوز", At),
    // An elative a few words before `في` and an amount of time makes the amount the span
    // measured over, no date: `أدنى مستوى له في 10 سنوات`, `لأول مرة في 20 عاما` (the
    // lowest in 10 years, the first time in 20 years), as English `the highest in`.
    ("أعلى", Superlative),
    ("أدنى", Superlative),
    ("أكبر", Superlative),
    ("أصغر", Superlative),
    ("أسوأ", Superlative),
    ("أفضل", Superlative),
    ("أقوى", Superlative),
    ("أضعف", Superlative),
    ("أطول", Superlative),
    ("أقصر", Superlative),
    ("أسرع", Superlative),
    ("أبطأ", Superlative),
    ("أشد", Superlative),
    ("أعنف", Superlative),
    ("أدمى", Superlative),
    ("أكثر", Superlative),
    ("أقل", Superlative),
    ("أول", Superlative),
    // Marks of the future tense: `سوف`, "scheduled", "planned", "awaited", and the news'
    // common verbs with the future's `س` (a prefix alone would take `سيارة` "car").
    ("سوف", Future),
    // An assistant's requests, as English `remind me`, `book a`: `ذكرني يوم الأحد`.
    ("ذكرني", Future),
    ("احجز", Future),
    ("احجزي", Future),
    ("المقرر", Future),
    ("المزمع", Future),
    ("المرتقب", Future),
    ("ستجرى", Future),
    ("سيجري", Future),
    ("ستعقد", Future),
    ("سيعقد", Future),
    ("ستبدأ", Future),
    ("سيبدأ", Future),
    ("ستنطلق", Future),
    ("سينطلق", Future),
    ("سيزور", Future),
    ("ستزور", Future),
    ("سيصل", Future),
    ("ستصل", Future),
    ("سيلتقي", Future),
    ("ستلتقي", Future),
    ("سيتم", Future),
    ("ستتم", Future),
    ("سيكون", Future),
    ("ستكون", Future),
    ("سيقام", Future),
    ("ستقام", Future),
    ("سيشارك", Future),
    ("ستشارك", Future),
    ("سيعود", Future),
    ("ستعود", Future),
    ("سيستمر", Future),
    ("ستستمر", Future),
    ("سينتهي", Future),
    ("ستنتهي", Future),
    // The same verbs, and a chat-bot's verbs of going, in the first person (`سأعود يوم
    // الخميس`, "I will be back on Thursday"; `سنلتقي`), as English `I'll`.
    ("سأكون", Future),
    ("سنكون", Future),
    ("سأعود", Future),
    ("سنعود", Future),
    ("سأصل", Future),
    ("سنصل", Future),
    ("سألتقي", Future),
    ("سنلتقي", Future),
    ("سأزور", Future),
    ("سنزور", Future),
    ("سأبدأ", Future),
    ("سنبدأ", Future),
    ("سأشارك", Future),
    ("سنشارك", Future),
    ("سأذهب", Future),
    ("سنذهب", Future),
    ("سأخرج", Future),
    ("سنخرج", Future),
    ("سأغادر", Future),
    ("سنغادر", Future),
    ("سأرحل", Future),
    ("سأسافر", Future),
    ("سنسافر", Future),
    ("نحو", About),
    ("حوالي", About),
    ("حوالى", About),
    ("قرابة", About),
    ("زهاء", About),
    // Bounds read over as approximations (`قبل أكثر من عامين`, more than two years ago), as
    // English `more than two years ago` is read from `two`.
    ("أكثر من", About),
    ("أقل من", About),
    ("ما يزيد على", About),
    ("ما يزيد عن", About),
    ("ما يقرب من", About),
    // The article written apart before digits, with a tatweel or without (`الـ15 من الشهر`).
    ("ال", The),
    ("الـ", The),
    ("في", Of),
    ("أوائل", Part(DatePart::Early)),
    ("مطلع", Part(DatePart::Early)),
    ("بداية", Part(DatePart::Early)),
    ("بدايات", Part(DatePart::Early)),
    ("أول", Part(DatePart::Early)),
    ("منتصف", Part(DatePart::Mid)),
    // Spoken `نص` (half) for `منتصف` before a period (`نص الشهر`); before anything else it
    // is "text" (`نص القرار`), and no part.
    ("نص", Part(DatePart::Mid)),
    ("أواسط", Part(DatePart::Mid)),
    ("أواخر", Part(DatePart::Late)),
    ("نهاية", Part(DatePart::Late)),
    ("آخر", Part(DatePart::Late)),
    ("آخر", Ordinal(-1)),
    ("آخر", Shift(-1)),
    ("الأخير", Ordinal(-1)),
    ("الأخيرة", Ordinal(-1)),
    // The plurals after a count of days or nights (`العشر الأواخر من رمضان`).
    ("الأواخر", Ordinal(-1)),
    ("الأوائل", Ordinal(1)),
    ("أول", Ordinal(1)),
    // The first day of a month, mostly a lunar one (`غرة شوال`, `غرة رمضان 1445`).
    ("غرة", Ordinal(1)),
    // The Maghreb's first of a month (`فاتح يناير`, `فاتح ماي`), and Libya's (`الفاتح من
    // سبتمبر`).
    ("فاتح", Ordinal(1)),
    ("الفاتح", Ordinal(1)),
    ("ثاني", Ordinal(2)),
    ("ثان", Ordinal(2)),
    ("ثالث", Ordinal(3)),
    ("رابع", Ordinal(4)),
    ("خامس", Ordinal(5)),
    ("من", From),
    ("من", Of),
    ("بين", Between),
    ("إلى", To),
    ("حتى", To),
    ("لغاية", To),
    // Between an amount of months and the month closing them: `الربع المنتهي في سبتمبر`.
    ("المنتهي", Ending),
    ("المنتهية", Ending),
    ("و", And),
    // The proclitic that links a day to a date (`اليوم التالي لعيد الميلاد`).
    ("ل", Of),
    // The proclitic that measures how far before or after a date (`قبل عيد الفطر بيومين`).
    ("ب", By),
    ("أو", Or),
    ("الآن", Now),
    ("بضعة", Count(3)),
    ("بضع", Count(3)),
    ("عدة", Count(3)),
    // After a plural unit: `الأيام القليلة المقبلة`, the next few days.
    ("القليلة", Count(3)),
    ("القلائل", Count(3)),
    ("هـ", Era(Era::Hijri)),
    ("هجري", Era(Era::Hijri)),
    ("هجرية", Era(Era::Hijri)),
    ("للهجرة", Era(Era::Hijri)),
    ("م", Era(Era::Common)),
    ("ميلادي", Era(Era::Common)),
    ("ميلادية", Era(Era::Common)),
    ("للميلاد", Era(Era::Common)),
    ("العشرينيات", Decade(20)),
    ("العشرينات", Decade(20)),
    ("الثلاثينيات", Decade(30)),
    ("الثلاثينات", Decade(30)),
    ("الأربعينيات", Decade(40)),
    ("الأربعينات", Decade(40)),
    ("الخمسينيات", Decade(50)),
    ("الخمسينات", Decade(50)),
    ("الستينيات", Decade(60)),
    ("الستينات", Decade(60)),
    ("السبعينيات", Decade(70)),
    ("السبعينات", Decade(70)),
    ("الثمانينيات", Decade(80)),
    ("الثمانينات", Decade(80)),
    ("التسعينيات", Decade(90)),
    ("التسعينات", Decade(90)),
    // Without the article, in the construct state before a century (`سبعينيات القرن الماضي`,
    // `ثمانينات القرن العشرين`), in both spellings as with the article.
    ("عشرينيات", Decade(20)),
    ("عشرينات", Decade(20)),
    ("ثلاثينيات", Decade(30)),
    ("ثلاثينات", Decade(30)),
    ("أربعينيات", Decade(40)),
    ("أربعينات", Decade(40)),
    ("خمسينيات", Decade(50)),
    ("خمسينات", Decade(50)),
    ("ستينيات", Decade(60)),
    ("ستينات", Decade(60)),
    ("سبعينيات", Decade(70)),
    ("سبعينات", Decade(70)),
    ("ثمانينيات", Decade(80)),
    ("ثمانينات", Decade(80)),
    ("تسعينيات", Decade(90)),
    ("تسعينات", Decade(90)),
    // Before a period: from today to its end (`بقية الأسبوع`).
    ("بقية", Rest),
    ("باقي", Rest),
    // "What remains" (`ما تبقى من العام`).
    ("ما تبقى", Rest),
    ("ما بقي", Rest),
    // Between a weekday and its date (`يوم الخميس الموافق 24 يونيو`).
    ("الموافق", Namely),
    ("الربيع", Season(1)),
    ("الصيف", Season(2)),
    ("الخريف", Season(3)),
    ("الشتاء", Season(4)),
    ("ربيع", Season(1)),
    ("صيف", Season(2)),
    ("خريف", Season(3)),
    ("شتاء", Season(4)),
];

static ALL_WORDS: [&[(&str, DateWord)]; 3] = [MONTHS, WEEKDAYS, WORDS];

static TABLES: DateTables = DateTables {
    numbers: &crate::numbers::TABLES,
    words: &ALL_WORDS,
    // Once normalized, `آب` (August) is `اب` like `أب` ("father"); `مارس` is also
    // "practised", `صفر` "zero", `محرم` "forbidden", `رجب` and `رمضان` are names.
    weak: &[
        "آب",
        "أحد",
        "مارس",
        "صفر",
        "محرم",
        "رجب",
        "رمضان",
        "شعبان",
        "ماي",
        "جمعة",
        "سبت",
    ],
    final_variants: &[("ة", "ه")],
    clitics: crate::PROCLITICS,
    fused_article: Some(("لل", "ال")),
    numeric_order: NumericOrder::DayMonth,
    ..DateTables::EMPTY
};

inventory::submit! {
    Registration {
        id: "ar.dates",
        description: "Arabic dates: both month systems and Maghreb names, Hijri dates (tabular) and months, weekdays, relative days and periods (الأسبوع الماضي، منذ ثلاث سنوات), ranges, holidays",
        build: |options| DateExtractor::build("ar.dates", crate::LANG, &TABLES, options),
    }
}

#[cfg(test)]
mod tests {
    use khabar_core::Prefer;
    use khabar_dates::testing;

    use super::TABLES;

    #[track_caller]
    fn check(text: &str, reference: &str, prefer: Prefer, expected: &[&str]) {
        testing::check(&TABLES, crate::LANG, text, reference, prefer, expected);
    }

    /// The reference date of the examples: Tuesday 29 June 2021.
    const REF: &str = "2021-06-29";

    #[track_caller]
    fn past(text: &str, expected: &[&str]) {
        check(text, REF, Prefer::Past, expected);
    }

    /// Weekdays listed with a weekday of a named week are of that week.
    #[test]
    fn weekdays_listed_with_a_named_week() {
        past(
            "الأسبوع المقبل يوم الاثنين أو الثلاثاء",
            &[
                "الأسبوع المقبل يوم الاثنين = 2021-07-05",
                "الثلاثاء = 2021-07-06",
            ],
        );
        past(
            "يوم الخميس أو الجمعة من الأسبوع الماضي",
            &[
                "يوم الخميس = 2021-06-24",
                "الجمعة من الأسبوع الماضي = 2021-06-25",
            ],
        );
    }

    #[test]
    fn absolute_dates_in_every_order_and_separator() {
        past(
            "في 28 يونيو 2021 و٢٨/٦/٢٠٢١ و2021-06-28",
            &[
                "28 يونيو 2021 = 2021-06-28",
                "٢٨/٦/٢٠٢١ = 2021-06-28",
                "2021-06-28 = 2021-06-28",
            ],
        );
        // The year with its word, the proclitic outside the span, `لل` spanned from its
        // second letter as SPEC §2 asks.
        past(
            "منذ عام 2014 وفي العام 2021 وللعام 2021 وسنة 2015",
            &[
                "عام 2014 = 2014",
                "العام 2021 = 2021",
                "لعام 2021 = 2021",
                "سنة 2015 = 2015",
            ],
        );
        // A spelled year from a hundred after the year word; fewer digits with an era.
        past(
            "عام مائتين وسبعة وستين، سنة 70 هـ، عام 907م؛ عام واحد",
            &[
                "عام مائتين وسبعة وستين = 0267",
                "70 هـ = 0689-06-28/0690-06-17 (hijri)",
                "عام 907م = 0907",
            ],
        );
        past(
            "يوم الاثنين 28 حزيران",
            &["يوم الاثنين 28 حزيران = 2021-06-28"],
        );
        past("الاول من شهر شباط", &["الاول من شهر شباط = 2021-02-01"]);
    }

    #[test]
    fn both_month_systems_paired_forms_and_variants() {
        past(
            "كانون الثاني وشباط وآذار ونيسان وأيار وتموز وأيلول وتشرين الأول وكانون الأول",
            &[
                "كانون الثاني = 2021-01",
                "شباط = 2021-02",
                "آذار = 2021-03",
                "نيسان = 2021-04",
                "أيار = 2021-05",
                "تموز = 2020-07",
                "أيلول = 2020-09",
                "تشرين الأول = 2020-10",
                "كانون الأول = 2020-12",
            ],
        );
        past(
            "26 آب/أغسطس وحزيران (يونيو) وإبريل ويوليه وغشت",
            &[
                "26 آب/أغسطس = 2020-08-26",
                "حزيران (يونيو) = 2021-06",
                "إبريل = 2021-04",
                "يوليه = 2020-07",
                "غشت = 2020-08",
            ],
        );
        // Alone, `آب` is also "father" and `مارس` "practised".
        past("مارس الضغط على الأب", &[]);
    }

    #[test]
    fn ranges_and_lists() {
        past(
            "في 24 و 25 حزيران 2019",
            &["24 و 25 حزيران 2019 = 2019-06-24/2019-06-25"],
        );
        past("بين عامي 2014 و2017", &["بين عامي 2014 و2017 = 2014/2017"]);
        past(
            "من 13 تموز الى 15 تموز 2019",
            &["من 13 تموز الى 15 تموز 2019 = 2019-07-13/2019-07-15"],
        );
    }

    /// Ordinal weekdays of a period (the ordinal after the weekday, agreeing with it), day
    /// ranges in spelled ordinals and in digits, a weekday beside a month and day.
    #[test]
    fn ordinal_weekdays_and_day_ranges() {
        past(
            "الجمعة الأولى من شهر مارس",
            &["الجمعة الأولى من شهر مارس = 2021-03-05"],
        );
        past(
            "الخميس الأخير من الشهر",
            &["الخميس الأخير من الشهر = 2021-06-24"],
        );
        // A weak weekday name (`جمعة` is also "a gathering") counts before its period, not
        // alone; the word for day before a weekday is part of it.
        past(
            "آخر جمعة من الشهر، آخر يوم سبت من الشهر، أول جمعة",
            &[
                "آخر جمعة من الشهر = 2021-06-25",
                "آخر يوم سبت من الشهر = 2021-06-26",
            ],
        );
        // Without a period, an ordinal weekday is of the reference's month, the word for
        // day before it or not.
        past("سأعود يوم الأحد الأول", &["يوم الأحد الأول = 2021-06-06"]);
        // A month has at most five of a weekday: an ordinal above five after a weekday is
        // the day of the month.
        past(
            "يوم الأربعاء التاسع عشر من مايو",
            &["يوم الأربعاء التاسع عشر من مايو = 2021-05-19"],
        );
        past(
            "الأربعاء التاسع عشر من مايو",
            &["الأربعاء التاسع عشر من مايو = 2021-05-19"],
        );
        past(
            "الاثنين الثاني من شهر يناير",
            &["الاثنين الثاني من شهر يناير = 2021-01-11"],
        );
        // And without a month: the latest month where they agree (no fraction `one
        // seventh`, no teen `12`).
        past(
            "الأحد السابع عشر، يوم الاثنين العاشر",
            &[
                "الأحد السابع عشر = 2021-01-17",
                "يوم الاثنين العاشر = 2021-05-10",
            ],
        );
        past(
            "من العاشر إلى الخامس عشر من يناير",
            &["من العاشر إلى الخامس عشر من يناير = 2021-01-10/2021-01-15"],
        );
        past(
            "من 5 إلى 9 من الشهر الجاري",
            &["من 5 إلى 9 من الشهر الجاري = 2021-06-05/2021-06-09"],
        );
        past("الجمعة 2 يوليو", &["الجمعة 2 يوليو = 2021-07-02"]);
        // `ماي` and `يوليو` are full names, though `مايو` and `يوليوز` begin with them: the
        // dot after them ends the sentence.
        past(
            "وصل في ماي. وغادر في يوليو.",
            &["ماي = 2021-05", "يوليو = 2020-07"],
        );
        past("أسبوع 3 مارس 2020", &["أسبوع 3 مارس 2020 = 2020-W10"]);
        past("في أسبوع 15 مارس", &["أسبوع 15 مارس = 2021-W11"]);
    }

    /// Counted weekdays: a count and a plural, or a dual alone, after `قبل`/`منذ` (before
    /// today) or `بعد`/`خلال` (after it). The reference is Tuesday 29 June 2021.
    #[test]
    fn counted_weekdays() {
        past("قبل جمعتين", &["قبل جمعتين = 2021-06-18"]);
        past("منذ سبتين", &["منذ سبتين = 2021-06-19"]);
        past("قبل ثلاث جمع", &["قبل ثلاث جمع = 2021-06-11"]);
        past("بعد ثلاث جمع", &["بعد ثلاث جمع = 2021-07-16"]);
        past("بعد خميسين", &["بعد خميسين = 2021-07-08"]);
        past("قبل ثلاثة آحاد", &["قبل ثلاثة آحاد = 2021-06-13"]);
        // Never a date without its count and direction.
        past("جمع المال من الناس", &[]);
    }

    /// `من`/`منذ` before a date never take the next number as a range's end.
    #[test]
    fn from_does_not_swallow_the_next_number() {
        past(
            "منذ أكتوبر 2023 أكثر من 30 ألف شخص",
            &["أكتوبر 2023 = 2023-10"],
        );
        past("من يناير إلى 30 شخصا", &["يناير = 2021-01"]);
        past("من 10 مارس 15 جريحا", &["10 مارس = 2021-03-10"]);
    }

    #[test]
    fn relative_days_weeks_months_years() {
        past(
            "أمس واليوم وغدا",
            &["أمس = 2021-06-28", "اليوم = 2021-06-29", "غدا = 2021-06-30"],
        );
        // A weekday and a day of the month, the digits ending the clause.
        past(
            "عدت يوم الجمعة في 18، عدت الجمعة 18. قتل يوم الجمعة 18 شخصا",
            &[
                "يوم الجمعة في 18 = 2021-06-18",
                "الجمعة 18 = 2021-06-18",
                "يوم الجمعة = 2021-06-25",
            ],
        );
        // `يوم` before digits alone: the day of the reference's month.
        past(
            "عدت يوم 27، يوم 3 مارس، يوم 15 رمضان 1442",
            &[
                "يوم 27 = 2021-06-27",
                "3 مارس = 2021-03-03",
                "15 رمضان 1442 = 2021-04-27 (hijri)",
            ],
        );
        // A part of the day before a day is in its span; after one, `و` starts the next item.
        past(
            "يوم غد وصباح غد",
            &["غد = 2021-06-30", "صباح غد = 2021-06-30"],
        );
        // `اليوم` before an ordinal is a day counted in something; before an ordinal of
        // units, today. A weekday before a Hijri date only confirms it.
        past(
            "اليوم الثاني من المؤتمر. اليوم أول أيام العيد",
            &["اليوم = 2021-06-29"],
        );
        // So before digits after the article written apart (`الـ100`).
        past("في اليوم الـ100 من الحرب", &[]);
        // The last Friday of Ramadan by its other names.
        past("آخر جمعة من رمضان", &["آخر جمعة من رمضان = 2021-05-07"]);
        // `غرة`, the first day of a month.
        past(
            "غرة شوال 1442 وغرة يناير",
            &[
                "غرة شوال 1442 = 2021-05-13 (hijri)",
                "غرة يناير = 2021-01-01",
            ],
        );
        // `فاتح`, the Maghreb's first of a month; not a name.
        past(
            "فاتح ماي والفاتح من سبتمبر، قال محمد فاتح",
            &["فاتح ماي = 2021-05-01", "الفاتح من سبتمبر = 2020-09-01"],
        );
        // The school year is no calendar year, and a year beside it dates it.
        past(
            "بداية العام الدراسي، العام الدراسي 2020-2021",
            &["2020-2021 = 2020/2021"],
        );
        past(
            "الجمعة 5 رمضان 1445 هـ",
            &["الجمعة 5 رمضان 1445 هـ = 2024-03-15 (hijri)"],
        );
        past(
            "أول أمس وأمس الأول وأول من أمس",
            &[
                "أول أمس = 2021-06-27",
                "أمس الأول = 2021-06-27",
                "أول من أمس = 2021-06-27",
            ],
        );
        past(
            "هذا الأسبوع والأسبوع الماضي والشهر المقبل والعام القادم",
            &[
                "هذا الأسبوع = 2021-W26",
                "الأسبوع الماضي = 2021-W25",
                "الشهر المقبل = 2021-07",
                "العام القادم = 2022",
            ],
        );
        past(
            "يوم الاثنين والثلاثاء الماضي",
            &["يوم الاثنين = 2021-06-28", "الثلاثاء الماضي = 2021-06-22"],
        );
        past(
            "منذ ثلاث سنوات وقبل أسبوعين",
            &["منذ ثلاث سنوات = 2018", "قبل أسبوعين = 2021-06-15"],
        );
        past("أوائل العام القادم", &["أوائل العام القادم = 2022 (early)"]);
        past("بحلول نهاية العقد", &["نهاية العقد = 2020/2029 (late)"]);
        past(
            "بنهاية الربع الحالي",
            &["نهاية الربع الحالي = 2021-04/2021-06 (late)"],
        );
        past("بحلول منتصف القرن", &["منتصف القرن = 2000/2099 (mid)"]);
        // Before the last, as after the next; `في غضون` (within) before an amount.
        past(
            "الأسبوع قبل الماضي والسنة قبل الماضية والعام بعد المقبل",
            &[
                "الأسبوع قبل الماضي = 2021-W24",
                "السنة قبل الماضية = 2019",
                "العام بعد المقبل = 2023",
            ],
        );
        past(
            "في غضون أسبوعين",
            &["في غضون أسبوعين = 2021-06-29/2021-07-13"],
        );
        // From the date or now after `من`; from an event, no date.
        past(
            "في غضون عام من الآن، في غضون 30 يوما من توليه منصبه",
            &["في غضون عام من الآن = 2021-06-29/2022-06-29"],
        );
        past("في غضون أسبوع", &["في غضون أسبوع = 2021-06-29/2021-07-06"]);
        // Before a shift word, or after the word for month, `مارس` (also "he practised") is a
        // month, with a part word before it too.
        past(
            "في مارس الماضي وشهر مايو الماضي ومطلع مارس الماضي",
            &[
                "مارس الماضي = 2021-03",
                "شهر مايو الماضي = 2021-05",
                "مطلع مارس الماضي = 2021-03 (early)",
            ],
        );
        // A bare ordinal before `من` counts days in a month only, not in a year.
        past(
            "في الجزء الثاني من العام المقبل. في العشرين من الشهر الجاري",
            &[
                "العام المقبل = 2022",
                "العشرين من الشهر الجاري = 2021-06-20",
            ],
        );
        // Half a year, with its year only.
        past(
            "في النصف الثاني من العام المقبل، النصف الأول من 2020 والنصف الأول من المباراة",
            &[
                "النصف الثاني من العام المقبل = 2022-07/2022-12",
                "النصف الأول من 2020 = 2020-01/2020-06",
            ],
        );
        // Half a month (not the month's second day), a weak name too.
        past(
            "النصف الثاني من أبريل، النصف الأول من الشهر المقبل، النصف الثاني من رمضان",
            &[
                "النصف الثاني من أبريل = 2021-04-16/2021-04-30",
                "النصف الأول من الشهر المقبل = 2021-07-01/2021-07-15",
                "النصف الثاني من رمضان = 2021-04-28/2021-05-12",
            ],
        );
        // Half a century's or a decade's years.
        past(
            "النصف الأول من القرن العشرين، النصف الأخير من القرن التاسع عشر، النصف الثاني من تسعينيات القرن الماضي",
            &[
                "النصف الأول من القرن العشرين = 1900/1949",
                "النصف الأخير من القرن التاسع عشر = 1850/1899",
                "النصف الثاني من تسعينيات القرن الماضي = 1995/1999",
            ],
        );
        // And a week of it (not the month's first day).
        past("الأسبوع الأول من رمضان", &["الأسبوع الأول من رمضان = 2021-W16"]);
        // A shift word after a day and month names the first such day after the article's
        // date or the last before it, even in the reference's own month.
        past(
            "في 15 يوليو المقبل، 20 يونيو الماضي و30 يونيو الماضي",
            &[
                "15 يوليو المقبل = 2021-07-15",
                "20 يونيو الماضي = 2021-06-20",
                "30 يونيو الماضي = 2020-06-30",
            ],
        );
        past("منذ بضع سنوات", &["منذ بضع سنوات = 2018"]);
        // A decade of a century by its ordinal.
        past(
            "العقد الأول من القرن الحادي والعشرين والعقد الأخير من القرن العشرين",
            &[
                "العقد الأول من القرن الحادي والعشرين = 2000/2009",
                "العقد الأخير من القرن العشرين = 1990/1999",
            ],
        );
        // A decade before its century in the genitive takes that century.
        past(
            "في سبعينيات القرن الماضي وتسعينيات القرن التاسع عشر",
            &[
                "سبعينيات القرن الماضي = 1970/1979",
                "تسعينيات القرن التاسع عشر = 1890/1899",
            ],
        );
        // In the decade's shorter spelling too.
        past(
            "منذ ثمانينات القرن العشرين",
            &["ثمانينات القرن العشرين = 1980/1989"],
        );
        // The weekend named alone: the last one; shifted, the one it says.
        past(
            "خلال عطلة نهاية الأسبوع، وفي نهاية الأسبوع المقبل",
            &[
                "عطلة نهاية الأسبوع = 2021-06-26/2021-06-27",
                "نهاية الأسبوع المقبل = 2021-07-10/2021-07-11",
            ],
        );
        // A bare year beside the noun of an event dates it.
        past(
            "في انتخابات 2020 وكأس العالم 2022 وحرب 1967",
            &["2020 = 2020", "2022 = 2022", "1967 = 1967"],
        );
        past("في يورو 2016", &["2016 = 2016"]);
        // A number before an event's noun that has its own year after it is another's.
        past("أنهى قرار مجلس الأمن 1701 حرب 2006", &["2006 = 2006"]);
        past(
            "الانتخابات الرئاسية 2024 وانتخابات الرئاسة 2020 وكأس العالم لكرة القدم 2026",
            &["2024 = 2024", "2020 = 2020", "2026 = 2026"],
        );
        past(
            "منذ انتفاضة 2011 وانقلاب 2013 واتفاق 2015 وجائحة 2020",
            &["2011 = 2011", "2013 = 2013", "2015 = 2015", "2020 = 2020"],
        );
        past(
            "ضمن رؤية 2030 وأجندة 2063 وخطة 2050",
            &["2030 = 2030", "2063 = 2063", "2050 = 2050"],
        );
        // The fiscal year by its calendar year, or shifted.
        past(
            "العام المالي 2022 والسنة المالية المقبلة",
            &["العام المالي 2022 = 2022", "السنة المالية المقبلة = 2022"],
        );
        past(
            "موازنة العام المالي 2021/2022",
            &["العام المالي 2021/2022 = 2021/2022"],
        );
        // After `إلى` and a verb of change (the number tables'), a bare year is a count.
        past(
            "وارتفع عدد الوفيات إلى 1500 حالة. وتم تأجيل الانتخابات إلى 2025",
            &["2025 = 2025"],
        );
        // A weekday with its date in brackets: the date decides.
        past(
            "وقالت الوزارة يوم الخميس (24 يونيو) إن",
            &["يوم الخميس (24 يونيو) = 2021-06-24"],
        );
        // And the weekday in brackets after the date: the date's.
        past(
            "في 24 يونيو 2021 (الخميس)",
            &["24 يونيو 2021 (الخميس) = 2021-06-24"],
        );
        // A dual unit with a shift word in the dual: the last or next two.
        past(
            "في غضون الأسبوعين المقبلين وخلال السنتين الماضيتين",
            &[
                "الأسبوعين المقبلين = 2021-W27/2021-W28",
                "السنتين الماضيتين = 2019/2020",
            ],
        );
        // A word of approximation inside an amount of time is in its span.
        past(
            "قبل نحو أسبوعين ومنذ حوالي ثلاث سنوات",
            &["قبل نحو أسبوعين = 2021-06-15", "منذ حوالي ثلاث سنوات = 2018"],
        );
        // Halves: after the unit (with it again after `نصف`), or before it.
        past(
            "قبل عام ونصف، قبل سنة ونصف السنة، قبل عامين ونصف، قبل نصف قرن",
            &[
                "قبل عام ونصف = 2019-12",
                "قبل سنة ونصف السنة = 2019-12",
                "قبل عامين ونصف = 2018-12",
                "قبل نصف قرن = 1971",
            ],
        );
        past("قبل ٢٫٥ سنة", &["قبل ٢٫٥ سنة = 2018-12"]);
        // A quarter of a century; a fraction of a unit, uncounted, before a shift after it.
        past(
            "قبل ربع قرن، خلال نصف القرن الماضي، ربع القرن الماضي، العقد ونصف الماضي",
            &[
                "قبل ربع قرن = 1996",
                "نصف القرن الماضي = 1971/2020",
                "ربع القرن الماضي = 1996/2020",
                "العقد ونصف الماضي = 2006/2020",
            ],
        );
        // A bound before the amount is read over as an approximation.
        past(
            "قبل أكثر من عامين، منذ ما يزيد على ثلاث سنوات",
            &[
                "قبل أكثر من عامين = 2019",
                "منذ ما يزيد على ثلاث سنوات = 2018",
            ],
        );
        // The article written apart before the digits of a day, with a tatweel or not.
        past(
            "في الـ15 من الشهر الجاري وفي ال20 من يونيو",
            &[
                "الـ15 من الشهر الجاري = 2021-06-15",
                "ال20 من يونيو = 2021-06-20",
            ],
        );
        // A weekday before a day of a shifted month confirms it; an ordinal word right after
        // a weekday counts it.
        past(
            "السبت 12 من الشهر الجاري والجمعة الأولى من شهر مارس",
            &[
                "السبت 12 من الشهر الجاري = 2021-06-12",
                "الجمعة الأولى من شهر مارس = 2021-03-05",
            ],
        );
        // `اخر اثنين` is the last Monday, not the second of last March.
        past(
            "اخر اثنين من شهر اذار",
            &["اخر اثنين من شهر اذار = 2021-03-29"],
        );
        // The day named twice is one date, the relative day's (29 June 2021 is a Tuesday).
        past(
            "مساء أمس الاثنين. تصل غدا الأربعاء",
            &["مساء أمس الاثنين = 2021-06-28", "غدا الأربعاء = 2021-06-30"],
        );
        // A part word comes before its period: after one it begins the next expression.
        past(
            "الشهر الماضي ومطلع العام",
            &["الشهر الماضي = 2021-05", "مطلع العام = 2021 (early)"],
        );
        past("في يناير", &["يناير = 2021-01"]);
        past(
            "خلال السنوات الخمس الماضية",
            &["السنوات الخمس الماضية = 2016/2020"],
        );
        // Decades and centuries counted the same way, and the dual of a century.
        past(
            "على مدى العقود الثلاثة الماضية وخلال القرنين الماضيين ومنذ ثلاثة قرون",
            &[
                "العقود الثلاثة الماضية = 1990/2019",
                "القرنين الماضيين = 1800/1999",
                "منذ ثلاثة قرون = 1721",
            ],
        );
        past(
            "خلال الأشهر الـ12 الماضية وفي الأيام الـ10 المقبلة",
            &[
                "الأشهر الـ12 الماضية = 2020-06/2021-05",
                "الأيام الـ10 المقبلة = 2021-06-30/2021-07-09",
            ],
        );
        // Counted, the first or last days of the period.
        past(
            "الأيام العشرة الأولى من مارس والأيام العشرة الأخيرة من رمضان",
            &[
                "الأيام العشرة الأولى من مارس = 2021-03-01/2021-03-10",
                "الأيام العشرة الأخيرة من رمضان = 2021-05-03/2021-05-12",
            ],
        );
        // The count in digits with its article before them (`الـ10`).
        past(
            "الأيام الـ10 الأولى من مارس والأشهر الـ11 الأولى من 2020",
            &[
                "الأيام الـ10 الأولى من مارس = 2021-03-01/2021-03-10",
                "الأشهر الـ11 الأولى من 2020 = 2020-01/2020-11",
            ],
        );
        // The count first, with its article, then the unit and the ordinal.
        past(
            "خلال التسعة أشهر الأولى من 2020",
            &["التسعة أشهر الأولى من 2020 = 2020-01/2020-09"],
        );
        // The plurals `الأواخر`, `الأوائل`; nights as the days they fall in; the days unsaid.
        past(
            "في الأيام العشرة الأواخر من رمضان والليالي العشر الأواخر من رمضان والعشر الأوائل من ذي الحجة",
            &[
                "الأيام العشرة الأواخر من رمضان = 2021-05-03/2021-05-12",
                "الليالي العشر الأواخر من رمضان = 2021-05-03/2021-05-12",
                "العشر الأوائل من ذي الحجة = 2020-07-22/2020-07-31",
            ],
        );
        // A spelled number after `و` is read past it, and joins no month before it as its
        // day or year.
        past(
            "في رمضان والعشر الأوائل من ذي الحجة",
            &[
                "رمضان = 2021-04-13/2021-05-12 (hijri)",
                "العشر الأوائل من ذي الحجة = 2020-07-22/2020-07-31",
            ],
        );
        // The day before or after a date: its eve, or the day `ل` links to it; to an event,
        // no date.
        past(
            "عشية عيد الأضحى، في اليوم التالي لعيد الميلاد، اليوم السابق لعيد الفطر",
            &[
                "عشية عيد الأضحى = 2020-07-30",
                "اليوم التالي لعيد الميلاد = 2020-12-26",
                "اليوم السابق لعيد الفطر = 2021-05-12",
            ],
        );
        past("في اليوم التالي للانتخابات", &[]);
        // `منذ` opens a range before `حتى`, with `و` before it or not; `وحتى` after `من` too.
        past(
            "منذ 2010 وحتى 2015، من 26 وحتى 30 أغسطس",
            &[
                "منذ 2010 وحتى 2015 = 2010/2015",
                "من 26 وحتى 30 أغسطس = 2020-08-26/2020-08-30",
            ],
        );
        // A start without a year falls before an end that has one.
        past(
            "منذ يناير وحتى ديسمبر الماضي",
            &["منذ يناير وحتى ديسمبر الماضي = 2020-01/2020-12"],
        );
        // After a noun no table lists, linked by the fused article, too.
        past("في اليوم التالي للهجوم", &[]);
        past(
            "من الاثنين إلى الجمعة الأسبوع المقبل",
            &["من الاثنين إلى الجمعة الأسبوع المقبل = 2021-07-05/2021-07-09"],
        );
        past(
            "عطلة نهاية الأسبوع الأخيرة من يونيو وآخر عطلة نهاية أسبوع من الشهر",
            &[
                "عطلة نهاية الأسبوع الأخيرة من يونيو = 2021-06-26/2021-06-27",
                "آخر عطلة نهاية أسبوع من الشهر = 2021-06-26/2021-06-27",
            ],
        );
        // Counted weekends, dual and plural.
        past(
            "عطلتي نهاية الأسبوع الماضيتين وعطلات نهاية الأسبوع الثلاث الماضية",
            &[
                "عطلتي نهاية الأسبوع الماضيتين = 2021-06-19/2021-06-27",
                "عطلات نهاية الأسبوع الثلاث الماضية = 2021-06-12/2021-06-27",
            ],
        );
        // The reference's day moved by a shifted period, or in a year.
        past(
            "في مثل هذا اليوم من العام الماضي، في مثل هذا اليوم من عام 1971",
            &[
                "مثل هذا اليوم من العام الماضي = 2020-06-29",
                "مثل هذا اليوم من عام 1971 = 1971-06-29",
            ],
        );
        // The reference's month or quarter moved by a shifted year, `نفس` before the unit
        // or `نفسه`, `ذاته` after it.
        past(
            "مقارنة بالربع نفسه من العام الماضي وبنفس الشهر من العام الماضي وبالشهر ذاته قبل عامين",
            &[
                "الربع نفسه من العام الماضي = 2020-04/2020-06",
                "نفس الشهر من العام الماضي = 2020-06",
                "الشهر ذاته قبل عامين = 2019-06",
            ],
        );
        // A definite compound after a plural unit counts it (the number grammar reads it as
        // an ordinal, which follows a singular noun).
        past(
            "في الأشهر الاثني عشر حتى سبتمبر وفي السنوات الخمس عشرة الماضية",
            &[
                "الأشهر الاثني عشر حتى سبتمبر = 2019-10/2020-09",
                "السنوات الخمس عشرة الماضية = 2006/2020",
            ],
        );
        // `الأخيرة` after a count of units is the last of them, as `الماضية`.
        past(
            "في السنوات الخمس الأخيرة وخلال الأيام الثلاثة الأخيرة",
            &[
                "السنوات الخمس الأخيرة = 2016/2020",
                "الأيام الثلاثة الأخيرة = 2021-06-26/2021-06-28",
            ],
        );
        past("في اليوم التالي", &["اليوم التالي = 2021-06-30"]);
        past(
            "بين الخامس عشر والتاسع عشر من نوفمبر",
            &["بين الخامس عشر والتاسع عشر من نوفمبر = 2020-11-15/2020-11-19"],
        );
        // The first or last units of a period, uncounted, are its part.
        past(
            "في الأيام الأخيرة من عام 2020 والأشهر الأولى من العام الجاري",
            &[
                "الأيام الأخيرة من عام 2020 = 2020 (late)",
                "الأشهر الأولى من العام الجاري = 2021 (early)",
            ],
        );
        // The months that end with a named one, the unit first (as `the 12 months to March`).
        past(
            "الأشهر الـ12 حتى مارس، الأشهر الثلاثة المنتهية في يونيو، الربع المنتهي في مايو، الأسبوع المنتهي في 18 يونيو",
            &[
                "الأشهر الـ12 حتى مارس = 2020-04/2021-03",
                "الأشهر الثلاثة المنتهية في يونيو = 2021-04/2021-06",
                "الربع المنتهي في مايو = 2021-03/2021-05",
                "الأسبوع المنتهي في 18 يونيو = 2021-06-12/2021-06-18",
            ],
        );
        // Two spelled thousands joined are counts, not a year and a count.
        past("يتراوح بين ألفين وثلاثة آلاف جندي", &[]);
        // A range whose ends are parts of months.
        past(
            "من أواخر مارس حتى مطلع أبريل",
            &["من أواخر مارس حتى مطلع أبريل = 2021-03/2021-04"],
        );
        // An indefinite unit alone after `بعد` is one, from the reference or the date after
        // `من`; between two of the same unit it is an idiom.
        past(
            "سيعود بعد أسبوع، بعد أسبوع من اليوم، يوما بعد يوم",
            &["بعد أسبوع = 2021-07-06", "أسبوع من اليوم = 2021-07-06"],
        );
        // A list of Hijri days: the number after the comma is the next day's, no year 12.
        past(
            "10 محرم، 12 ربيع الأول",
            &[
                "10 محرم = 2020-08-29 (hijri)",
                "12 ربيع الأول = 2020-10-29 (hijri)",
            ],
        );
        // A weak month glued to `و` after `between` and a month ends the range.
        past(
            "في الفترة ما بين يناير ومارس",
            &["بين يناير ومارس = 2021-01/2021-03"],
        );
        past(
            "الأشهر الثلاثة حتى نهاية مارس",
            &["الأشهر الثلاثة حتى نهاية مارس = 2021-01/2021-03"],
        );
        // Two numbers before a unit count it: `10-15 يوما` is no 15 October.
        past("يستغرق ذلك 10-15 يوما", &[]);
        // Digits before the word that counts years count them.
        past(
            "يبلغ عمرها أكثر من 2100 عام وبني عام 1900",
            &["عام 1900 = 1900"],
        );
        // Whole years that end with a named year.
        past(
            "تضاعفت الأسعار خلال العقد المنتهي في 2020 وفي السنوات الخمس حتى عام 2019",
            &[
                "العقد المنتهي في 2020 = 2011/2020",
                "السنوات الخمس حتى عام 2019 = 2015/2019",
            ],
        );
        // Three years counted from another event is a duration, not a date; `for years` is
        // too vague to date.
        past("بعد ثلاث سنوات منذ تشكيله", &[]);
        past("منذ سنوات", &[]);
        // A list of years after a preposition or the word for year, `و` glued.
        past(
            "في 2023 و2024، عامي 2022 و2023",
            &[
                "2023 = 2023",
                "2024 = 2024",
                "عامي 2022 = 2022",
                "2023 = 2023",
            ],
        );
        // Before `من`, counted back from what follows: a date, now, or an event (no date).
        past(
            "قبل أسبوعين من الانتخابات، قبل ثلاثة أيام من 15 مارس، قبل عامين من الآن",
            &[
                "قبل ثلاثة أيام من 15 مارس = 2021-03-12",
                "قبل عامين من الآن = 2019",
            ],
        );
        // The date first, then the amount after `ب` (by so much): before or after it; from
        // an event, no date.
        past(
            "قبل عيد الأضحى بثلاثة أيام، بعد 3 مارس بأسبوع، بعد عام 2011 بعامين، قبل الانتخابات بيومين",
            &[
                "قبل عيد الأضحى بثلاثة أيام = 2020-07-28",
                "بعد 3 مارس بأسبوع = 2021-03-10",
                "بعد عام 2011 بعامين = 2013",
            ],
        );
        // A bare year after `منذ` or `قبل` is the year; before a unit, an amount.
        past(
            "الأعلى منذ 1992 وقبل 2001، منذ 1500 عام",
            &["1992 = 1992", "2001 = 2001", "منذ 1500 عام = 0521"],
        );
        past("منذ أسبوع", &["منذ أسبوع = 2021-06-22"]);
        // An ordinal a few words before `في` and an amount counts within it: no date.
        past("فاز بلقبه الخامس في ست سنوات، الهجوم الرابع في شهرين", &[]);
        // A day before a shifted month is that day of it.
        past("في 15 الشهر المقبل", &["15 الشهر المقبل = 2021-07-15"]);
        // A word and digits run together (a space lost): the date reads as if spaced.
        past(
            "من مواليد25 مارس1987 ، منذ عام2004",
            &["25 مارس1987 = 1987-03-25", "عام2004 = 2004"],
        );
        // `الموافق` between a weekday and its date: one date, the date's.
        past(
            "سيعقد يوم الاثنين المقبل الموافق 5 يوليو",
            &["يوم الاثنين المقبل الموافق 5 يوليو = 2021-07-05"],
        );
        // A decade of a century after `من` ("of").
        past(
            "في بداية الثمانينات من القرن الماضي",
            &["بداية الثمانينات من القرن الماضي = 1980/1989 (early)"],
        );
        // `القليلة` ("few") counts a plural unit in a window.
        past(
            "خلال الأيام القليلة المقبلة",
            &["الأيام القليلة المقبلة = 2021-06-30/2021-07-02"],
        );
        // The rest of a period: from the reference date to its end.
        past(
            "سأرحل بقية الأسبوع وبقية الفريق",
            &["بقية الأسبوع = 2021-06-29/2021-07-04"],
        );
        // "What remains of" a period, a named one too; not of anything else.
        past(
            "ما تبقى من العام الجاري، ما بقي من الشهر، ما تبقى من عام 2021، ما تبقى من الوقت",
            &[
                "ما تبقى من العام الجاري = 2021-06-29/2021-12-31",
                "ما بقي من الشهر = 2021-06-29/2021-06-30",
                "ما تبقى من عام 2021 = 2021-06-29/2021-12-31",
            ],
        );
        // `في المستقبل` after an amount counts it on.
        past(
            "سيحدث بعد 4 أسابيع في المستقبل، 3 أيام في المستقبل",
            &[
                "بعد 4 أسابيع = 2021-07-27",
                "3 أيام في المستقبل = 2021-07-02",
            ],
        );
        // The first or last months of a year.
        past(
            "خلال الأشهر الستة الأولى من العام والأشهر الثلاثة الأخيرة من عام 2020",
            &[
                "الأشهر الستة الأولى من العام = 2021-01/2021-06",
                "الأشهر الثلاثة الأخيرة من عام 2020 = 2020-10/2020-12",
            ],
        );
        // A bare day before a shifted day and month; the last quarter of a year.
        past(
            "سيعقد في 20 و21 أبريل المقبل وفي الربع الأخير من عام 2023",
            &[
                "20 و21 أبريل المقبل = 2022-04-20/2022-04-21",
                "الربع الأخير من عام 2023 = 2023-10/2023-12",
            ],
        );
        // A season of a shifted year.
        past(
            "تأجلت إلى صيف العام المقبل",
            &["صيف العام المقبل = 2022-06-21/2022-09-22"],
        );
        // `الجاري` after a day and month: the reference's year, in the span.
        past(
            "يستمر المعرض حتى 20 مارس الجاري",
            &["20 مارس الجاري = 2021-03-20"],
        );
        // A half or a quarter of `العام` alone is of the reference's year.
        past(
            "في النصف الثاني من العام وفي الربع الثالث من العام",
            &[
                "النصف الثاني من العام = 2021-07/2021-12",
                "الربع الثالث من العام = 2021-07/2021-09",
            ],
        );
    }

    #[test]
    fn hijri_dates_convert_to_gregorian() {
        past(
            "15 رمضان 1442 هـ و١٥ رمضان ١٤٤٢",
            &[
                "15 رمضان 1442 هـ = 2021-04-27 (hijri)",
                "١٥ رمضان ١٤٤٢ = 2021-04-27 (hijri)",
            ],
        );
        // 1 Ramadan 1442 is 13 April 2021 in the tabular calendar.
        past("1 رمضان 1442", &["1 رمضان 1442 = 2021-04-13 (hijri)"]);
        // Ramadan without a year, or with a Gregorian one, is the holiday: the most recent
        // month of fasting as observed (Umm al-Qura), not the tabular month.
        past("في شهر رمضان", &["شهر رمضان = 2021-04-13/2021-05-12"]);
        // The weekday nearest after or before a holiday.
        past(
            "يوم الاثنين بعد عيد الفصح، الجمعة قبل عيد الميلاد، عطلة نهاية الأسبوع قبل عيد الميلاد",
            &[
                "يوم الاثنين بعد عيد الفصح = 2021-04-05",
                "الجمعة قبل عيد الميلاد = 2020-12-18",
                "عطلة نهاية الأسبوع قبل عيد الميلاد = 2020-12-19/2020-12-20",
            ],
        );
        // A Hijri year after a Hijri holiday.
        past(
            "عيد الفطر 1442، رأس السنة الهجرية 1443",
            &[
                "عيد الفطر 1442 = 2021-05-13",
                "رأس السنة الهجرية 1443 = 2021-08-09",
            ],
        );
        // A day counted of a holiday or a month, after `من` or in the construct.
        past(
            "في اليوم الثاني من عيد الفطر، ثالث أيام عيد الأضحى، أول أيام رمضان",
            &[
                "اليوم الثاني من عيد الفطر = 2021-05-14",
                "ثالث أيام عيد الأضحى = 2020-08-02",
                "أول أيام رمضان = 2021-04-13",
            ],
        );
        // A day of it named with the word for month, as the holiday table names it.
        past(
            "في العاشر من شهر رمضان والأسبوع الأخير من شهر رمضان المبارك",
            &[
                "العاشر من شهر رمضان = 2021-04-22 (hijri)",
                "الأسبوع الأخير من شهر رمضان المبارك = 2021-W18",
            ],
        );
    }

    /// A Hijri month with a shift word after it is the one before or after the reference's
    /// (29 June 2021 is in Dhu al-Qadah 1442), the weak names too, which are also given
    /// names or words (`رجب`, `رمضان`, `صفر`): the shift word tells.
    #[test]
    fn a_hijri_month_with_a_shift_word() {
        past(
            "رجب الماضي",
            &["رجب الماضي = 2021-02-13/2021-03-14 (hijri)"],
        );
        past(
            "في شهر محرم المقبل",
            &["شهر محرم المقبل = 2021-08-10/2021-09-08 (hijri)"],
        );
        past(
            "رمضان القادم",
            &["رمضان القادم = 2022-04-03/2022-05-02 (hijri)"],
        );
        past("قال رمضان إن", &[]);
    }

    /// `مارس` and `آب` are also "practised" and "father", but not after a part word.
    #[test]
    fn a_weak_month_after_a_part_word() {
        past("في أواخر مارس", &["أواخر مارس = 2021-03 (late)"]);
        past("منتصف آب", &["منتصف آب = 2020-08 (mid)"]);
        // Spoken `نص` before a period; before anything else, "text".
        past("نص الشهر، نص القرار", &["نص الشهر = 2021-06 (mid)"]);
        past("مطلع مارس المقبل", &["مطلع مارس المقبل = 2022-03 (early)"]);
    }

    /// `منذ` with a unit before a shift word is "since" the shifted period (`منذ العام
    /// الماضي`, since last year), not an amount ago; last night is the day before; two days
    /// joined by a hyphen before a month are a range of its days.
    #[test]
    fn since_last_year_last_night_and_a_range_before_its_month() {
        past("منذ العام الماضي", &["العام الماضي = 2020"]);
        past("منذ الأسبوع الماضي", &["الأسبوع الماضي = 2021-W25"]);
        past("خلال السنة المنقضية", &["السنة المنقضية = 2020"]);
        // A bare year after "by", "during", "throughout".
        past(
            "بحلول 2030، خلال 2023، طوال 2019، في موعد أقصاه 2026",
            &["2030 = 2030", "2023 = 2023", "2019 = 2019", "2026 = 2026"],
        );
        past("منذ عام", &["منذ عام = 2020"]);
        past("الليلة الماضية", &["الليلة الماضية = 2021-06-28"]);
        past(
            "الليلة قبل الماضية وليلة أول أمس",
            &[
                "الليلة قبل الماضية = 2021-06-27",
                "ليلة أول أمس = 2021-06-27",
            ],
        );
        past("12-14 يونيو", &["12-14 يونيو = 2021-06-12/2021-06-14"]);
    }

    /// A year spelled out after a preposition, with no other date word near; not a number
    /// with digits in it after a postposition (Bengali `থেকে এক হাজার ৫২০ কিলোমিটার`).
    #[test]
    fn a_year_spelled_out_after_a_preposition() {
        past(
            "في ألف وسبعمائة وتسعة وثمانين",
            &["ألف وسبعمائة وتسعة وثمانين = 1789"],
        );
    }

    /// Spoken shift words (`الجاية`, `اللي فات`), `آخر` before a unit with its article is
    /// its end (`آخر الشهر`, not last month), and an assistant's request reads forward
    /// (`ذكرني يوم الأحد`).
    #[test]
    fn spoken_shifts_the_end_of_the_month_and_requests() {
        past("السنة الجاية", &["السنة الجاية = 2022"]);
        past("الخميس اللي فات", &["الخميس اللي فات = 2021-06-24"]);
        past("الأسبوع اللي فات", &["الأسبوع اللي فات = 2021-W25"]);
        past("آخر الشهر", &["آخر الشهر = 2021-06 (late)"]);
        past("ذكرني يوم الأحد", &["يوم الأحد = 2021-07-04"]);
    }

    /// `الآن` starts a range, whose other end falls after it.
    #[test]
    fn a_range_from_now() {
        past(
            "من الآن حتى أكتوبر",
            &["من الآن حتى أكتوبر = 2021-06-29/2021-10-31"],
        );
        past(
            "بين الآن والجمعة",
            &["بين الآن والجمعة = 2021-06-29/2021-07-02"],
        );
    }

    #[test]
    fn without_a_reference_relative_dates_have_no_value() {
        check(
            "الأسبوع الماضي وعام 2014",
            "",
            Prefer::Past,
            &["الأسبوع الماضي = null (last_week)", "عام 2014 = 2014"],
        );
    }

    #[test]
    fn counts_and_amounts_are_not_dates() {
        past("قتل 83 شخصا وجمع 10-20 دولار", &[]);
        // An elative before `في` and an amount: the span measured over.
        past(
            "أدنى مستوى له في 10 سنوات، لأول مرة في 20 عاما، أسوأ جفاف في عامين",
            &[],
        );
        past("سأعود في 3 أيام", &["في 3 أيام = 2021-07-02"]);
    }

    /// A clause of the future tense reads a month or a weekday forward (`سوف`, `المقرر`,
    /// the news' verbs with `س`); a past clause, or a noun with `س` (`سيارة`), keeps the
    /// past.
    #[test]
    fn the_future_tense_reads_forward() {
        past("ستجرى الانتخابات في نوفمبر", &["نوفمبر = 2021-11"]);
        past(
            "من المقرر أن يصل الرئيس يوم الجمعة",
            &["يوم الجمعة = 2021-07-02"],
        );
        past("وصل الرئيس يوم الجمعة", &["يوم الجمعة = 2021-06-25"]);
        // The first person too, as English `I'll`; `سألته` ("I asked him") is no future.
        past("سأعود يوم الجمعة", &["يوم الجمعة = 2021-07-02"]);
        past("سألته يوم الجمعة", &["يوم الجمعة = 2021-06-25"]);
        past(
            "انفجرت سيارة مفخخة يوم الجمعة",
            &["يوم الجمعة = 2021-06-25"],
        );
    }
}
