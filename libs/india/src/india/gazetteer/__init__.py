"""The districts of Andhra Pradesh and Telangana and their principal towns, in English and Telugu.

``find_place`` accepts a place's id, English name, Telugu name or a common alias (``Vizag``,
``Bezawada``, ``Rajahmundry``...), ignoring case, spaces and punctuation; ``search_places`` serves
pickers by prefix in either script. The data is ``gazetteer.json`` beside this module.

Districts, as they stand at the end of 2026 as far as we are sure:

- Telangana, 33: the 31 of the October 2016 reorganisation, Mulugu and Narayanpet (February 2019),
  with Warangal Urban and Warangal Rural renamed Hanumakonda and Warangal (2021).
- Andhra Pradesh, 26: the districts in force since 4 April 2022, with the YSR district's 2025 name
  YSR Kadapa. New districts proposed in late 2025 (Markapuram, Madanapalle, Polavaram) are *not*
  included, since we could not confirm their final notification; their towns are here under their
  2022 districts, so creating them later moves those places without changing their ids.
- Headquarters: the town each district is named for or administered from. Rangareddy's is taken
  as Shamshabad and Medchal-Malkajgiri's as Medchal, although their collectorates sit at Kongara
  Kalan and at Antaipally (Shamirpet mandal).

Places: every district headquarters plus the other major towns and the temple towns (211).
Coordinates are GeoNames town points (CC BY 4.0, ``cities500``) where GeoNames has the town under
its name and its point agrees with the town centre; otherwise (Secunderabad, Warangal, Hanamkonda,
temple villages...) our own reading of the town centre or temple, good to about 0.02 degrees.
Telugu names are the forms the state governments use; common variants are aliases. Every place is
in the Asia/Kolkata time zone.
"""

from __future__ import annotations

from india.gazetteer.lookup import districts, find_district, find_place, places, search_places
from india.gazetteer.model import DEFAULT_TIMEZONE, District, Place
from india.gazetteer.search_keys import search_key

__all__ = [
    "DEFAULT_TIMEZONE",
    "District",
    "Place",
    "districts",
    "find_district",
    "find_place",
    "places",
    "search_key",
    "search_places",
]
