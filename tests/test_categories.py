"""Headings → categories: label cleaning, the alias table (as data), unknown headings."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from conflictevents import Category, Theme, categorise
from conflictevents.categories import clean_label, heading_key, is_known_heading, theme_of

# The survey's inventory (FORMATS.md §4), heading → theme.
INVENTORY = {
    "Fighting": Theme.FIGHTING,
    "Politics and diplomacy": Theme.DIPLOMACY,
    "Diplomacy": Theme.DIPLOMACY,
    "Weapons": Theme.WEAPONS,
    "Regional security": Theme.SECURITY,
    "Economy": Theme.ECONOMY,
    "Energy": Theme.ENERGY,
    "Sanctions": Theme.ECONOMY,
    "Human impact": Theme.HUMANITARIAN,
    "Peace talks": Theme.DIPLOMACY,
    "Energy and sanctions": Theme.ENERGY,
    "Grain deal": Theme.ECONOMY,
    "Nuclear plant": Theme.SECURITY,
    "Diplomacy, trade": Theme.DIPLOMACY,
    "Diplomacy, politics": Theme.DIPLOMACY,
    "Diplomacy/Aid": Theme.DIPLOMACY,
    "Humanitarian crisis": Theme.HUMANITARIAN,
    "Death toll": Theme.HUMANITARIAN,
    "Human rights": Theme.HUMANITARIAN,
    "Diplomacy and aid": Theme.DIPLOMACY,
    "Zaporizhzhia nuclear plant": Theme.SECURITY,
    "Gas flows": Theme.ENERGY,
    "MH17 downing": Theme.POLITICS,
    "Russian military": Theme.FIGHTING,
    "Belarus drills": Theme.SECURITY,
    "Dnipro survivors": Theme.HUMANITARIAN,
    "Wagner mutiny fallout": Theme.POLITICS,
    "Second anniversary of the war.": Theme.OTHER,
    "Diplomacy and politics": Theme.DIPLOMACY,
    "Kursk incursion": Theme.FIGHTING,
    "Fighting in Ukraine": Theme.FIGHTING,
    "Russian affairs": Theme.POLITICS,
    "International affairs": Theme.DIPLOMACY,
    "Fighting and weapons": Theme.FIGHTING,
    "Diplomacy and Security": Theme.DIPLOMACY,
    "Diplomacy and Politics": Theme.DIPLOMACY,
    "Politics": Theme.POLITICS,
    "Politics & Diplomacy": Theme.DIPLOMACY,
    "Ceasefire deal": Theme.DIPLOMACY,
    "Military aid": Theme.WEAPONS,
    "New Year’s statements": Theme.POLITICS,
    "Alleged attack on Putin’s residence": Theme.FIGHTING,
    "Russia-Ukraine talks": Theme.DIPLOMACY,
    "Putin-Macron talk": Theme.DIPLOMACY,
    "Arms transfers": Theme.WEAPONS,
    "Blasts in Kyiv": Theme.FIGHTING,
    "Kherson": Theme.FIGHTING,
    "Kharkiv fighting": Theme.FIGHTING,
    "Biden brands Putin a ‘dictator’": Theme.DIPLOMACY,
    "Russia urges Kyiv residents to flee": Theme.HUMANITARIAN,
    "Armoured column": Theme.FIGHTING,
    "Civilians flee": Theme.HUMANITARIAN,
    "UN court to hold war hearings": Theme.DIPLOMACY,
    "1. Russia advances in the south": Theme.FIGHTING,
    "2. Kharkiv bombarded": Theme.FIGHTING,
    "3. ‘Massive explosions’ heard in Kyiv": Theme.FIGHTING,
    "4. UK says Russian convoy ‘delayed by staunch resistance’": Theme.FIGHTING,
    "5. First Russian toll": Theme.HUMANITARIAN,
    "6. Russians not thinking of nuclear war: Lavrov": Theme.SECURITY,
    "7. War crimes probe": Theme.HUMANITARIAN,
    "8. Ceasefire talks": Theme.DIPLOMACY,
    "Russia continues broad offensive in Ukraine": Theme.FIGHTING,
    "Russia to allow a humanitarian corridor": Theme.HUMANITARIAN,
    "The city of Mariupol has no water, heating": Theme.HUMANITARIAN,
    "The city of Chernihiv comes under bombardment": Theme.FIGHTING,
    "Ukraine still has most of its warplanes": Theme.WEAPONS,
    "Bread prices to be forced up by war": Theme.ECONOMY,
    "Russian gas flows to Europe continue unchanged": Theme.ENERGY,
    "Where are Ukrainian fleeing to?": Theme.HUMANITARIAN,
    "US weighs cutting Russian oil imports": Theme.ECONOMY,
    "Latest developments": Theme.OTHER,
    "Human impact and fighting": Theme.HUMANITARIAN,
    "Latest on human impact and fighting": Theme.HUMANITARIAN,
    "Situation in Gaza’s hospitals": Theme.HUMANITARIAN,
    "Situation at Gaza’s hospitals": Theme.HUMANITARIAN,
    "Fighting and humanitarian crisis": Theme.FIGHTING,
    "Diplomacy and regional tensions": Theme.DIPLOMACY,
    "Casualties and disruptions": Theme.HUMANITARIAN,
    # colon-suffixed and case variants
    "Fighting:": Theme.FIGHTING,
    "Weapons:": Theme.WEAPONS,
    "Politics and diplomacy:": Theme.DIPLOMACY,
    "energy": Theme.ENERGY,
    "fighting:": Theme.FIGHTING,
    # re-post and translation substitutes
    "Battle": Theme.FIGHTING,
    "Struggle": Theme.FIGHTING,
    "Fight": Theme.FIGHTING,
    "Combat": Theme.FIGHTING,
    "Combating": Theme.FIGHTING,
    "Preventing": Theme.FIGHTING,
    "Finding": Theme.FIGHTING,
    "Fineting": Theme.FIGHTING,
    "Military Developments": Theme.FIGHTING,
    "Current Combat Situation": Theme.FIGHTING,
    "Impact on Ukrainian Infrastructure": Theme.ENERGY,
    "Military Assistance and Strategic Responses": Theme.WEAPONS,
    "Diplomatic and Political Updates": Theme.DIPLOMACY,
    "Political and Diplomatic Developments": Theme.DIPLOMACY,
    "military assistance": Theme.WEAPONS,
    "Accidents and turbulence": Theme.HUMANITARIAN,
}


@pytest.mark.parametrize(("heading", "theme"), sorted(INVENTORY.items()))
def test_every_surveyed_heading_has_its_theme(heading: str, theme: Theme) -> None:
    category = categorise(heading)
    assert category.theme is theme
    assert is_known_heading(heading)


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("2. Kharkiv bombarded", "Kharkiv bombarded"),
        ("Fighting:", "Fighting"),
        ("## **Politics & Diplomacy:**", "Politics & Diplomacy"),
        ("Second anniversary of the war.", "Second anniversary of the war"),
        ("1.] Diplomacy", "Diplomacy"),
        ("  Fighting \u00a0", "Fighting"),
        (
            "Russians not thinking of nuclear war: Lavrov",
            "Russians not thinking of nuclear war: Lavrov",
        ),
        ("Where are Ukrainian fleeing to?", "Where are Ukrainian fleeing to?"),
    ],
)
def test_label_cleaning_keeps_the_heading_as_printed(heading: str, label: str) -> None:
    assert clean_label(heading) == label
    assert categorise(heading).label == label


def test_lookup_folds_case_quotes_and_ampersands() -> None:
    assert heading_key("Politics & Diplomacy:") == heading_key("politics and diplomacy")
    assert heading_key("New Year's statements") == heading_key("New Year’s statements")


def test_unknown_heading_is_kept_with_theme_other() -> None:
    category = categorise("Winter preparations")
    assert category == Category(
        label="Winter preparations", slug="winter-preparations", theme=Theme.OTHER
    )
    assert theme_of("Winter preparations") is None


def test_no_heading_is_the_unlabelled_category() -> None:
    assert categorise(None) == Category.unlabelled()
    assert categorise("**:**") == Category.unlabelled()


def test_alias_table_is_data_with_valid_unique_themes() -> None:
    raw = resources.files("conflictevents").joinpath("data/categories.json").read_text("utf-8")
    document = json.loads(raw)
    assert set(document["themes"]) <= {theme.value for theme in Theme}
    keys = [heading_key(h) for headings in document["themes"].values() for h in headings]
    assert len(keys) == len(set(keys)), "a heading is listed under two themes"
