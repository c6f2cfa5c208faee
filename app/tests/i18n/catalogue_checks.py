"""What the translation tests check, as pure functions over catalogues, source and SDL text, so the
same checks can be shown to catch a broken catalogue (test_catalogue_checks.py) and run on the real
one (test_catalogues.py)."""

from __future__ import annotations

import ast
import re
import string
import tomllib
from collections.abc import Iterable, Mapping
from gettext import NullTranslations
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_keywords
from babel.messages.pofile import read_po
from graphql import (
    EnumTypeDefinitionNode,
    ListTypeNode,
    NamedTypeNode,
    NonNullTypeNode,
    ObjectTypeDefinitionNode,
    TypeNode,
)
from graphql import parse as parse_sdl

APP_ROOT = Path(__file__).resolve().parents[2]
TELUGU_LETTER = re.compile("[\u0c00-\u0c7f]")


def code_msgids(app_root: Path = APP_ROOT) -> set[str]:
    """Every text the code marks for translation, extracted as `pybabel extract` does (same config)."""
    babel = tomllib.loads((app_root / "pyproject.toml").read_text())["tool"]["babel"]
    extract = babel["extract_messages"]
    method_map = [(mapping["pattern"], mapping["method"]) for mapping in babel["mappings"]]
    found = extract_from_dir(
        app_root / extract["input-dirs"],
        method_map,
        keywords=parse_keywords(extract["keywords"].split()),
    )
    return {str(message) for _, _, message, _, _ in found}


def marked_in_source(source: str) -> set[str]:
    """Every literal text passed to N_ in `source`, found by Python's own parser: inside f-strings
    too, where Babel's extractor (on Python 3.11, which reads an f-string as one token) sees nothing."""
    return {
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "N_"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }


def unextracted(app_root: Path = APP_ROOT) -> dict[str, set[str]]:
    """Per source file, the texts marked with N_ that `pybabel extract` never finds (so never
    translated): marked inside an f-string, most likely."""
    babel = tomllib.loads((app_root / "pyproject.toml").read_text())["tool"]["babel"]
    extracted = code_msgids(app_root)
    found: dict[str, set[str]] = {}
    for path in sorted((app_root / babel["extract_messages"]["input-dirs"]).rglob("*.py")):
        missed = marked_in_source(path.read_text(encoding="utf-8")) - extracted
        if missed:
            found[str(path.relative_to(app_root))] = missed
    return found


def read_catalogue(path: Path) -> Catalog:
    with path.open("rb") as po:
        return read_po(po)


def translations(catalogue: Catalog) -> dict[str, str]:
    """msgid -> msgstr of every message but the header (plural forms are not used)."""
    return {str(m.id): str(m.string) for m in catalogue if m.id}


def untranslated(catalogue: Catalog, msgids: Iterable[str]) -> set[str]:
    """Of `msgids`, those the catalogue lacks, leaves empty or marks fuzzy (not compiled, not shown)."""
    messages = {str(m.id): m for m in catalogue if m.id}
    return {
        msgid
        for msgid in msgids
        if msgid not in messages or not messages[msgid].string or messages[msgid].fuzzy
    }


def without_telugu_letters(catalogue: Catalog) -> set[str]:
    """Translations with no Telugu letter at all: an English text copied across, most likely."""
    return {
        msgid for msgid, text in translations(catalogue).items() if text and not TELUGU_LETTER.search(text)
    }


def unused(catalogue: Catalog, msgids: set[str]) -> set[str]:
    """Texts in the catalogue that no code marks any more."""
    return set(translations(catalogue)) - msgids


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def mismatched_placeholders(catalogue: Catalog) -> set[str]:
    """Translations that drop, add or rename a {placeholder} of their English text."""
    return {
        msgid
        for msgid, text in translations(catalogue).items()
        if text and placeholders(msgid) != placeholders(text)
    }


def sdl_error_codes(sdl: str, field_name: str = "code") -> set[str]:
    """The codes a subgraph's mutations may answer: the values of the enum typing `code` (or
    `field_name`, e.g. `reason`) in the element type of any `errors` field (ARCHITECTURE 3:
    `errors { code field message }`)."""
    document = parse_sdl(sdl)
    objects = {d.name.value: d for d in document.definitions if isinstance(d, ObjectTypeDefinitionNode)}
    enums = {d.name.value: d for d in document.definitions if isinstance(d, EnumTypeDefinitionNode)}
    error_types = {
        _named(field.type)
        for obj in objects.values()
        for field in obj.fields or ()
        if field.name.value == "errors"
    }
    codes: set[str] = set()
    for error_type in error_types & set(objects):
        for field in objects[error_type].fields or ():
            enum = enums.get(_named(field.type))
            if field.name.value == field_name and enum is not None:
                codes |= {value.name.value for value in enum.values or ()}
    return codes


def _named(type_: TypeNode) -> str:
    while isinstance(type_, NonNullTypeNode | ListTypeNode):
        type_ = type_.type
    assert isinstance(type_, NamedTypeNode)
    return type_.name.value


def codes_without_texts(
    codes: Iterable[str], error_texts: Mapping[str, str], english: Catalog, telugu: Catalog
) -> set[str]:
    """Codes the app has no message for, or whose message is missing from either catalogue or has
    no Telugu translation."""
    missing = set()
    for code in codes:
        msgid = error_texts.get(code)
        if msgid is None or msgid not in translations(english) or untranslated(telugu, [msgid]):
            missing.add(code)
    return missing


def shown(message: Message) -> str:
    """What gettext shows for a message once compiled: its translation, or the English if it has
    none (a fuzzy translation is not compiled)."""
    return str(message.string) if message.string and not message.fuzzy else str(message.id)


def stale(catalogue: Catalog, compiled: NullTranslations) -> set[str]:
    """Texts the compiled catalogue shows otherwise than its .po says: compiled before the last edit."""
    return {str(m.id) for m in catalogue if m.id and compiled.gettext(str(m.id)) != shown(m)}
