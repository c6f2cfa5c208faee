"""Names of everything the panchangam shows, in English and Telugu."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Name:
    """A name in English (``en``) and Telugu (``te``)."""

    en: str
    te: str

    def text(self, lang: str) -> str:
        """The name in `lang` ("te" or "en")."""
        return self.te if lang == "te" else self.en


def _pairs(english: str, telugu: str) -> tuple[Name, ...]:
    en, te = english.split(","), telugu.split(",")
    assert len(en) == len(te), (en, te)
    return tuple(Name(e.strip(), t.strip()) for e, t in zip(en, te, strict=True))


# Sunday first, as the day-eighth tables are written.
VARAS = _pairs(
    "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday",
    "ఆదివారం,సోమవారం,మంగళవారం,బుధవారం,గురువారం,శుక్రవారం,శనివారం",
)
PAKSHAS = _pairs("Shukla,Krishna", "శుక్ల పక్షం,కృష్ణ పక్షం")
# Tithis 1-14 of a fortnight, then Purnima (15th of Shukla) and Amavasya (15th of Krishna).
TITHIS = _pairs(
    "Pratipada,Dwitiya,Tritiya,Chaturthi,Panchami,Shashthi,Saptami,Ashtami,Navami,Dashami,"
    "Ekadashi,Dwadashi,Trayodashi,Chaturdashi,Purnima,Amavasya",
    "పాడ్యమి,విదియ,తదియ,చవితి,పంచమి,షష్ఠి,సప్తమి,అష్టమి,నవమి,దశమి,ఏకాదశి,ద్వాదశి,త్రయోదశి,చతుర్దశి,పౌర్ణమి,అమావాస్య",
)
NAKSHATRAS = _pairs(
    "Ashwini,Bharani,Krittika,Rohini,Mrigashira,Ardra,Punarvasu,Pushya,Ashlesha,Magha,"
    "Purva Phalguni,Uttara Phalguni,Hasta,Chitra,Swati,Vishakha,Anuradha,Jyeshtha,Mula,"
    "Purva Ashadha,Uttara Ashadha,Shravana,Dhanishta,Shatabhisha,Purva Bhadrapada,"
    "Uttara Bhadrapada,Revati",
    "అశ్విని,భరణి,కృత్తిక,రోహిణి,మృగశిర,ఆర్ద్ర,పునర్వసు,పుష్యమి,ఆశ్లేష,మఖ,పుబ్బ,ఉత్తర,హస్త,"
    "చిత్త,స్వాతి,విశాఖ,అనూరాధ,జ్యేష్ఠ,మూల,పూర్వాషాఢ,ఉత్తరాషాఢ,శ్రవణం,ధనిష్ఠ,శతభిషం,"
    "పూర్వాభాద్ర,ఉత్తరాభాద్ర,రేవతి",
)
YOGAS = _pairs(
    "Vishkambha,Priti,Ayushman,Saubhagya,Shobhana,Atiganda,Sukarma,Dhriti,Shula,Ganda,Vriddhi,"
    "Dhruva,Vyaghata,Harshana,Vajra,Siddhi,Vyatipata,Variyana,Parigha,Shiva,Siddha,Sadhya,"
    "Shubha,Shukla,Brahma,Indra,Vaidhriti",
    "విష్కంభం,ప్రీతి,ఆయుష్మాన్,సౌభాగ్యం,శోభనం,అతిగండం,సుకర్మ,ధృతి,శూలం,గండం,వృద్ధి,ధ్రువం,"
    "వ్యాఘాతం,హర్షణం,వజ్రం,సిద్ధి,వ్యతీపాతం,వరీయాన్,పరిఘం,శివం,సిద్ధం,సాధ్యం,శుభం,శుక్లం,"
    "బ్రహ్మం,ఐంద్రం,వైధృతి",
)
MOVABLE_KARANAS = _pairs(
    "Bava,Balava,Kaulava,Taitila,Garaja,Vanija,Vishti",
    "బవ,బాలవ,కౌలవ,తైతుల,గరజి,వణిజ,విష్టి",
)
KIMSTUGHNA = Name("Kimstughna", "కింస్తుఘ్నం")
FIXED_KARANAS = _pairs("Shakuni,Chatushpada,Naga", "శకుని,చతుష్పాత్,నాగవం")
MASAS = _pairs(
    "Chaitra,Vaishakha,Jyeshtha,Ashadha,Shravana,Bhadrapada,Ashvayuja,Kartika,Margashira,"
    "Pushya,Magha,Phalguna",
    "చైత్రము,వైశాఖము,జ్యేష్ఠము,ఆషాఢము,శ్రావణము,భాద్రపదము,ఆశ్వయుజము,కార్తీకము,మార్గశిరము,పుష్యము,మాఘము,ఫాల్గుణము",
)
ADHIKA = Name("Adhika", "అధిక")
RASHIS = _pairs(
    "Mesha,Vrishabha,Mithuna,Karka,Simha,Kanya,Tula,Vrischika,Dhanu,Makara,Kumbha,Meena",
    "మేషం,వృషభం,మిథునం,కర్కాటకం,సింహం,కన్య,తుల,వృశ్చికం,ధనుస్సు,మకరం,కుంభం,మీనం",
)
SAMVATSARAS = _pairs(
    "Prabhava,Vibhava,Shukla,Pramoduta,Prajotpatti,Angirasa,Shrimukha,Bhava,Yuva,Dhatu,Ishvara,"
    "Bahudhanya,Pramathi,Vikrama,Vrisha,Chitrabhanu,Svabhanu,Tarana,Parthiva,Vyaya,Sarvajit,"
    "Sarvadhari,Virodhi,Vikriti,Khara,Nandana,Vijaya,Jaya,Manmatha,Durmukhi,Hevilambi,Vilambi,"
    "Vikari,Sharvari,Plava,Shubhakrit,Shobhakrit,Krodhi,Vishvavasu,Parabhava,Plavanga,Kilaka,"
    "Saumya,Sadharana,Virodhikrit,Paridhavi,Pramadi,Ananda,Rakshasa,Nala,Pingala,Kalayukti,"
    "Siddharthi,Raudri,Durmati,Dundubhi,Rudhirodgari,Raktakshi,Krodhana,Akshaya",
    "ప్రభవ,విభవ,శుక్ల,ప్రమోదూత,ప్రజోత్పత్తి,ఆంగీరస,శ్రీముఖ,భావ,యువ,ధాత,ఈశ్వర,బహుధాన్య,ప్రమాది,"
    "విక్రమ,వృష,చిత్రభాను,స్వభాను,తారణ,పార్థివ,వ్యయ,సర్వజిత్,సర్వధారి,విరోధి,వికృతి,ఖర,నందన,"
    "విజయ,జయ,మన్మథ,దుర్ముఖి,హేవిళంబి,విళంబి,వికారి,శార్వరి,ప్లవ,శుభకృత్,శోభకృత్,క్రోధి,"
    "విశ్వావసు,పరాభవ,ప్లవంగ,కీలక,సౌమ్య,సాధారణ,విరోధికృత్,పరీధావి,ప్రమాదీచ,ఆనంద,రాక్షస,నల,"
    "పింగళ,కాళయుక్తి,సిద్ధార్థి,రౌద్రి,దుర్మతి,దుందుభి,రుధిరోద్గారి,రక్తాక్షి,క్రోధన,అక్షయ",
)
RITUS = _pairs(
    "Vasanta,Grishma,Varsha,Sharad,Hemanta,Shishira",
    "వసంత ఋతువు,గ్రీష్మ ఋతువు,వర్ష ఋతువు,శరద్ ఋతువు,హేమంత ఋతువు,శిశిర ఋతువు",
)
AYANAS = _pairs("Uttarayana,Dakshinayana", "ఉత్తరాయణం,దక్షిణాయనం")
PLANETS = {"jupiter": Name("Guru", "గురు"), "venus": Name("Shukra", "శుక్ర")}


def tithi_name(number: int) -> Name:
    """Name of tithi ``number`` (0..29 from Shukla Pratipada)."""
    if number == 14:
        return TITHIS[14]
    if number == 29:
        return TITHIS[15]
    return TITHIS[number % 15]


def karana_name(number: int) -> Name:
    """Name of the karana filling half-tithi ``number`` (0..59)."""
    if number == 0:
        return KIMSTUGHNA
    if number >= 57:
        return FIXED_KARANAS[number - 57]
    return MOVABLE_KARANAS[(number - 1) % 7]
