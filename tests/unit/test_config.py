"""The edition config: the web edition's settings and their errors (file, line, hint)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.config import load_config
from tei.errors import ConfigError

BASE = '[edition]\ntitle = "T"\n'


def config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "edition.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, expected", [
    (BASE, ((), "", ("tei",))),
    (BASE + 'introduction = """One\nline.\n\n  Two.\n"""\nbase_url = "https://example.org/ed"\n[output]\nformats = ["tei", "web"]\n',
     (("One line.", "Two."), "https://example.org/ed/", ("tei", "web"))),
    (BASE + 'editors = "Ada Editor"\n', ((), "", ("tei",))),
])
def test_web_settings(tmp_path: Path, text: str, expected: tuple) -> None:
    loaded = load_config(config(tmp_path, text))
    assert (loaded.introduction, loaded.base_url, loaded.formats) == expected


def test_introduction_from_a_file(tmp_path: Path) -> None:
    (tmp_path / "intro.txt").write_text("First paragraph\ncontinued.\n\nSecond.\n", encoding="utf-8")
    loaded = load_config(config(tmp_path, BASE + 'introduction_file = "intro.txt"\n'))
    assert loaded.introduction == ("First paragraph continued.", "Second.")


@pytest.mark.parametrize("text, code, line", [
    (BASE + "[output]\nformats = [\"tei\", \"pdf\"]\n", "E-CONFIG-FORMAT", 4),
    (BASE + 'base_url = "ftp://example.org"\n', "E-CONFIG-VALUE", 3),
    (BASE + 'introduction_file = "missing.txt"\n', "E-CONFIG-INTRO", 3),
    (BASE + 'introduction = "x"\nintroduction_file = "y.txt"\n', "E-CONFIG-VALUE", 4),
    (BASE + "editors = [1, 2]\n", "E-CONFIG-VALUE", 3),
])
def test_bad_settings_are_reported_with_their_line(tmp_path: Path, text: str, code: str, line: int) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(config(tmp_path, text))
    diagnostic = caught.value.diagnostic
    assert diagnostic.code == code and diagnostic.location.line == line and diagnostic.hint


def test_an_unreadable_config_is_a_clean_error(tmp_path: Path, monkeypatch) -> None:
    path = config(tmp_path, BASE)

    def refuse(self: Path, *args, **kwargs) -> str:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_text", refuse)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    diagnostic = caught.value.diagnostic
    assert diagnostic.code == "E-CONFIG-READ" and "Permission denied" in diagnostic.message
    assert diagnostic.location.path.endswith("edition.toml") and diagnostic.hint


def test_a_folder_given_as_config_is_reported_by_the_command(tmp_path: Path, capsys) -> None:
    from tei.cli import main

    folder = tmp_path / "edition.toml"
    folder.mkdir()
    status = main(["build", "--config", str(folder)])
    err = capsys.readouterr().err
    assert status == 1, err
    assert "error[E-CONFIG-READ]" in err and "edition.toml" in err and "Traceback" not in err
