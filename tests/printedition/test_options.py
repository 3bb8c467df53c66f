"""The print edition's options of ``tei build``: what each combination makes."""

from __future__ import annotations

import argparse

import pytest

from tei.print.options import PrintOptions, add_options, print_options, requested


def parse(*arguments: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_options(parser)
    return parser.parse_args(list(arguments))


@pytest.mark.parametrize(("arguments", "expected", "asked"), [
    ((), PrintOptions(book=True), False),
    (("--print-each",), PrintOptions(book=True, each=True), True),
    (("--print-format", "pdf"), PrintOptions(book=True), True),
    (("--print-format", "latex"), PrintOptions(book=False, latex=True), True),
    (("--print-format", "latex", "--print-format", "pdf"), PrintOptions(book=True, latex=True), True),
    (("--pdf",), PrintOptions(book=False, latex=True, typeset=True), True),
    (("--print-format", "pdf", "--pdf"), PrintOptions(book=True, latex=True, typeset=True), True),
])
def test_options(arguments: tuple[str, ...], expected: PrintOptions, asked: bool) -> None:
    args = parse(*arguments)
    assert print_options(args) == expected
    assert requested(args) is asked


def test_without_options_the_book_alone() -> None:
    assert print_options(None) == PrintOptions()


def test_an_unknown_format_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse("--print-format", "docx")
    assert "invalid choice" in capsys.readouterr().err
