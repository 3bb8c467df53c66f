"""The LaTeX export: ``tei build --print-format latex`` writes reledmac LaTeX with TeX's special
characters quoted; ``--pdf`` typesets it with XeLaTeX (4 passes and the indexes) when TeX is
installed, and otherwise says what to install."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tei.print.latex import PACKAGES, missing_tools, typeset

from .conftest import FIXTURES, SEEDS, Pdf, make_edition, run_build


@pytest.fixture(scope="module")
def latex_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, list[dict]]:
    root = tmp_path_factory.mktemp("latex-edition")
    config = make_edition(root, SEEDS, FIXTURES)
    config.write_text(config.read_text(encoding="utf-8").replace('"tei", "print"', '"tei"'), encoding="utf-8")
    status, diagnostics = run_build(config, "--print-format", "latex", "--pdf")
    return root / "build" / "print", status, diagnostics


def test_latex_source(latex_build: tuple[Path, int, list[dict]]) -> None:
    out, _, _ = latex_build
    tex = (out / "latex" / "edition.tex").read_text(encoding="utf-8")
    assert not (out / "edition.pdf").exists(), "--print-format latex alone does not set the WeasyPrint book"
    assert not (out.parent / "web").exists(), "the config lists no edition but tei: the option asks for this one"
    assert "\\usepackage[noeledsec,noend]{reledmac}" in tex and tex.count("\\beginnumbering") == 5
    assert ("\\edtext{Malnasan}{\\lemma{Malnasan}\\Afootnote{Malnasanu\\emph{ in }"
            "\\emph{the published Hungarian and Russian versions} \\emph{(see note 3)}}}") in tex
    assert "\\edindex[persons]{Khrushchev, Nikita@Khrushchev, Nikita (1894–1971)}" in tex
    assert "[persons]{Kadar, Janos@Kádár, János (1912–1989)}" in tex, "sort keys without diacritics"
    assert re.search(r"\\setnote\{6\}\\footnoteA\{Nagy(\\index\[persons\]\{[^}]*\})?'s surname is omitted", tex), \
        "notes keep the numbers of the source (and index the names in them)"
    assert ("costs of \\$5 \\& 10\\% for file \\#3\\_b \\textasciitilde{} 2\\textasciicircum{}8 \\{braced\\} "
            "\\textbackslash{}input\\{/etc/passwd\\} \\textbackslash{}\\textbackslash{} end.") in tex
    assert "\\input{" not in tex


def test_latex_compiles_with_xelatex(latex_build: tuple[Path, int, list[dict]]) -> None:
    missing = missing_tools()
    if missing:
        pytest.skip(f"XeLaTeX with reledmac is not installed ({', '.join(missing)} missing): apt-get install {PACKAGES}")
    out, status, diagnostics = latex_build
    assert status == 0, diagnostics
    assert not [d for d in diagnostics if d["code"].startswith(("E-PRINT", "W-PRINT", "W-XSLT"))], diagnostics
    text = Pdf.read(out / "latex" / "edition.pdf").text
    assert re.search(r"\d+ Malnasan ?\] Malnasanu in the published Hungarian and Russian versions", text), \
        "the apparatus: line number, lemma, reading"
    assert re.search(r"Bucharest, \d+(–\d+)?(, \d+(–\d+)?)* Budapest", text), "\\edindex reaches the index of places"
    assert "Index of persons" in text and "Khrushchev, Nikita (1894–1971)" in text
    contents = text[text.index("Contents"):text.index("Introduction", text.index("Contents") + 30)]
    assert re.search(r"Archival sources cited \d+ Index of persons \d+ Index of places \d+", contents), contents
    back = text[text.index("Introduction These documents"):]
    persons = back[back.index("Index of persons"):]
    assert persons.index("Kádár, János") < persons.index("Kaganovich") < persons.index("Kramer"), \
        "names sort without their diacritics"
    assert "costs of $5 & 10% for file #3_b" in text and "input{/etc/passwd}" in text
    assert "Хрущёв" in text and "Timișoara" in text and "Őszintén" in text
    assert re.search(r"1\. A point of the report in two paragraphs\. (\d+ )?Its second paragraph\. 2\. A point", text), \
        "a list item's paragraphs, in the item's numbered paragraph"


def test_without_tex_the_message_says_what_to_install(latex_build: tuple[Path, int, list[dict]],
                                                      monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    out, _, _ = latex_build
    monkeypatch.setenv("PATH", str(tmp_path))
    problems = typeset(out / "latex" / "edition.tex")
    assert [p.code for p in problems] == ["E-PRINT-NOTEX"]
    assert "xelatex" in problems[0].message and PACKAGES in (problems[0].hint or "")
