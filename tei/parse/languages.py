"""Language names as archives write them → ISO 639-1 codes (BCP 47 for xml:lang)."""

from __future__ import annotations

import re

LANGUAGES = {
    "english": "en", "russian": "ru", "hungarian": "hu", "romanian": "ro", "polish": "pl",
    "german": "de", "french": "fr", "czech": "cs", "slovak": "sk", "bulgarian": "bg",
    "serbian": "sr", "croatian": "hr", "serbo-croatian": "sh", "ukrainian": "uk", "chinese": "zh",
    "japanese": "ja", "korean": "ko", "vietnamese": "vi", "italian": "it", "spanish": "es",
    "portuguese": "pt", "albanian": "sq", "mongolian": "mn", "finnish": "fi", "arabic": "ar",
    "hebrew": "he", "persian": "fa", "turkish": "tr", "greek": "el", "latvian": "lv",
    "lithuanian": "lt", "estonian": "et", "slovenian": "sl", "macedonian": "mk",
}


def language_code(text: str) -> str:
    """The code of the last language named in ``text`` ("Translation - English" → "en"), or ""."""
    found = ""
    for word in re.findall(r"[A-Za-z-]+", text):
        found = LANGUAGES.get(word.lower(), found)
    return found


def language_name(code: str) -> str:
    """"en" → "English"; unknown codes are returned as they are."""
    return next((name.title() for name, value in LANGUAGES.items() if value == code), code)
