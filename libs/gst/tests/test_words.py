import pytest
from gst import GstError, number_in_words, rupees_in_words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "Zero"),
        (7, "Seven"),
        (21, "Twenty-One"),
        (100, "One Hundred"),
        (1_005, "One Thousand Five"),
        (1_00_000, "One Lakh"),
        (12_34_567, "Twelve Lakh Thirty-Four Thousand Five Hundred Sixty-Seven"),
        (2_00_00_000, "Two Crore"),
        (
            1_23_45_67_890,
            "One Hundred Twenty-Three Crore Forty-Five Lakh Sixty-Seven Thousand Eight Hundred Ninety",
        ),
    ],
)
def test_english_words_use_lakh_and_crore(n: int, words: str) -> None:
    assert number_in_words(n) == words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "సున్నా"),
        (21, "ఇరవై ఒకటి"),
        (100, "వంద"),
        (150, "నూట యాభై"),
        (300, "మూడు వందలు"),
        (250, "రెండు వందల యాభై"),
        (1_000, "వెయ్యి"),
        (2_500, "రెండు వేల ఐదు వందలు"),
        (21_000, "ఇరవై ఒక్క వేలు"),
        (1_00_000, "ఒక లక్ష"),
        (3_00_000, "మూడు లక్షలు"),
        (3_50_000, "మూడు లక్షల యాభై వేలు"),
        (1_00_00_000, "ఒక కోటి"),
        (2_05_00_000, "రెండు కోట్ల ఐదు లక్షలు"),
    ],
)
def test_telugu_words_use_the_forms_before_and_after_more(n: int, words: str) -> None:
    assert number_in_words(n, "te") == words


def test_an_invoice_total_in_words_in_english() -> None:
    assert rupees_in_words(1_23_456_50) == (
        "Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Fifty Paise Only"
    )
    assert rupees_in_words(1_18_00_000_00) == "Rupees One Crore Eighteen Lakh Only"


def test_an_invoice_total_in_words_in_telugu() -> None:
    assert rupees_in_words(1_23_456_50, "te") == ("ఒక లక్ష ఇరవై మూడు వేల నాలుగు వందల యాభై ఆరు రూపాయలు యాభై పైసలు మాత్రమే")
    assert rupees_in_words(100, "te") == "ఒక రూపాయి మాత్రమే"


def test_negative_amounts_have_no_words() -> None:
    with pytest.raises(GstError):
        number_in_words(-1)
