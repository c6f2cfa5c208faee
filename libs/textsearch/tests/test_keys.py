import pytest
import sqlalchemy as sa
from textsearch import MAX_QUERY_CHARS, QueryTooLong, search_key, search_words, text_match, to_latin


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("షామియానా", "shamiana"),
        ("Shamiyana", "SHAMIANA"),
        ("షామియానా", "Shamiyana"),
        ("లైటింగ్", "Lighting"),
        ("ఫోటోగ్రఫీ", "photography"),
        ("సౌండ్", "sound"),
        ("పూజ", "pooja"),
        ("pooja", "puja"),
        ("టెంట్ హౌస్", "tent house"),
        ("విజయవాడ", "Vijayawada"),
        ("పెళ్లి", "pelli"),
        ("Café", "cafe"),
    ],
)
def test_a_word_has_one_key_in_either_script_and_either_spelling(one: str, other: str) -> None:
    assert search_key(one) == search_key(other)


def test_words_that_sound_different_keep_different_keys() -> None:
    assert search_key("lighting") != search_key("catering")
    assert search_key("shamiana") != search_key("sound")


def test_telugu_runs_are_transliterated_and_the_rest_kept() -> None:
    assert to_latin("Sri షామియానా 2") == "Sri  ṣāmiyānā  2"


def test_a_key_lists_each_word_once_in_order_across_texts() -> None:
    assert search_key("Lakshmi Tent House", "లక్ష్మి టెంట్ హౌస్") == "laksmi tent aus"


def test_markup_and_punctuation_are_not_part_of_any_key() -> None:
    assert search_words("<script>alert('x')</script>") == ["skript", "alert", "ks", "skript"]


def test_an_empty_or_symbol_only_text_has_an_empty_key() -> None:
    assert search_key("", None, "-- !!") == ""


def test_a_query_longer_than_the_cap_is_refused_before_any_key_is_made() -> None:
    key, words = sa.column("search_key", sa.Text), sa.column("search_words", sa.Text)
    assert text_match(key, words, "s" * MAX_QUERY_CHARS) is not None
    with pytest.raises(QueryTooLong) as refused:
        text_match(key, words, "shamiana " * 10_000)
    assert refused.value.code == "INVALID_TEXT"
