"""Dates as minutes write them -> ISO."""

from __future__ import annotations

import pytest

from collabtext.dates import find_dates, find_due_phrase, parse_date, parse_due


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("3rd September 2019", "2019-09-03"),
        ("Newbiggin Parish Council - 3 rd September 2019", "2019-09-03"),
        ("Monday, January 29, 2018", "2018-01-29"),
        ("29/01/2018", "2018-01-29"),
        ("29.01.18", "2018-01-29"),
        ("2018-01-29", "2018-01-29"),
        ("Tuesday 21 January 2025", "2025-01-21"),
        ("ON TUESDAY, 21 JANUARY 2025 AT 10.00 AM", "2025-01-21"),
        ("WAS HELD THIS 12TH DAY OF JANUARY, 2011 AT 9:30 A.M.", "2011-01-12"),
        ("Dydd Mawrth, 21 Ionawr 2025", "2025-01-21"),
        ("Dydd Iau, 29ain Gorffennaf, 2021 10.00 am", "2021-07-29"),
        ("Dydd Llun, 6ed Ionawr, 2025", "2025-01-06"),
        ("Dydd Mawrth, 20fed Medi, 2005", "2005-09-20"),
        ("1af Chwefror 2020", "2020-02-01"),
        ("14 Mai 2019", "2019-05-14"),
        ("3 Rhagfyr 2024", "2024-12-03"),
        ("10 Hydref 2022", "2022-10-10"),
        ("2 Mehefin 2021", "2021-06-02"),
        ("5 Tachwedd 2020", "2020-11-05"),
        ("9 Awst 2018", "2018-08-09"),
        ("12 Ebrill 2017", "2017-04-12"),
        ("7 Mawrth 2016", "2016-03-07"),
    ],
)
def test_parse_date_formats(text: str, iso: str) -> None:
    assert parse_date(text) == iso


def test_invalid_and_absent_dates() -> None:
    assert parse_date("31/02/2020") is None
    assert parse_date("no date here, item 18.11.3") is None
    assert parse_date("we may meet in March") is None


def test_find_dates_in_order() -> None:
    found = find_dates("held on 15 October 2024; next meeting Tuesday, 15 April 2025")
    assert [d.iso for d in found] == ["2024-10-15", "2025-04-15"]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("15 April 2025", "2025-04-15"),
        ("July 2025 meeting", "2025-07"),
        ("by 16 May", "2025-05-16"),
        ("by 16 January", "2026-01-16"),
        ("next meeting", "next meeting"),
        ("the July meeting", "2025-07"),
        ("the April meeting", "2026-04"),
        ("", None),
        ("Ongoing", "ongoing"),
    ],
)
def test_parse_due(text: str, due: str | None) -> None:
    assert parse_due(text, "2025-05-06") == due


def test_due_phrase_in_action_text() -> None:
    assert (
        find_due_phrase("HP to circulate a briefing to all practice managers by 16 May.")
        == "by 16 May"
    )
    assert (
        find_due_phrase("EW to explore transport and report back at the next meeting.")
        == "at the next meeting"
    )
    assert find_due_phrase("CP to raise the route permissions issue with the local team.") is None
