"""The digest's JSON schema ships with the package, matches the shared contract, and covers the model."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from typing import Any

import jsonschema

from storylens.model import Article, Cite, Cited, Claim, Digest, Dispute, Entity, Quote, Sentence
from storylens.render import to_dict
from tests.conftest import ROOT, SCHEMA, SHARED, needs_shared


def test_packaged_schema_is_the_shared_contract():
    shared = needs_shared(SHARED / "spec" / "digest.schema.json")
    assert json.loads(SCHEMA.read_text(encoding="utf-8")) == json.loads(shared.read_text(encoding="utf-8"))


def test_the_wheel_ships_the_schema_templates_and_web_assets(tmp_path):
    """Built from a copy of the sources, the wheel holds every file the package reads at run time."""
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "storylens", tmp_path / "storylens", ignore=shutil.ignore_patterns("__pycache__"))
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                            "-w", str(tmp_path / "dist"), str(tmp_path)], capture_output=True, timeout=300)
    assert build.returncode == 0, build.stderr.decode()
    wheel = next((tmp_path / "dist").glob("storylens-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = {"storylens/resources/digest.schema.json", "storylens/templates/report.css", "storylens/templates/cite.js",
              "storylens/web/static/style.css", "storylens/web/templates/error.html"}
    assert wanted <= names, wanted - names


def full_digest() -> Digest:
    """A digest with every field of the data model set, the optional ones included."""
    sentences = [Sentence("a1", 0, "Police arrested 5 people on Monday.", 0)]
    other = [Sentence("a2", 0, "About 20 people were arrested.", 0)]
    return Digest(
        articles=[Article("a1", sentences, source="CNN", title="Raid", url="https://example.com/a",
                          published="2015-03-11", removed=["Share this"]),
                  Article("a2", other, source="Dawn", excluded="not an article: a page-not-found notice")],
        summary=[Cited("Police arrested 5 people on Monday.", [Cite("a1", 0)])],
        facts=[Cited("Police made arrests.", [Cite("a1", 0), Cite("a2", 0)])],
        disputes=[Dispute("people arrested", "number", [Claim("5", "a1", 0, "police"), Claim("about 20", "a2", 0)],
                          confidence=0.8, why="same event: arrested; 5 vs about 20 people")],
        entities=[Entity("Karachi", "GPE", ["Karachi"], ["a1"], 1)],
        quotes=[Quote("Tahir Mehmood", "no one was killed", "a1", 0)],
        warnings=["a warning"], id="cluster-1", title="Police raid party offices")


def unknown_fields(value: Any, node: dict, root: dict, where: str = "$") -> list[str]:
    """Object keys in ``value`` that the schema does not describe, as JSON paths."""
    if "$ref" in node:
        node = root["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    if isinstance(value, dict):
        props = node.get("properties", {})
        found = [f"{where}.{key}" for key in value if key not in props]
        return found + [p for key, item in value.items() if key in props
                        for p in unknown_fields(item, props[key], root, f"{where}.{key}")]
    if isinstance(value, list) and "items" in node:
        return [p for i, item in enumerate(value) for p in unknown_fields(item, node["items"], root, f"{where}[{i}]")]
    return []


EXTRA_FIELDS = {"$.warnings", "$.disputes_held_back", "$.entities[].mentions"}


def test_the_schema_describes_every_field_the_model_writes():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    data = to_dict(full_digest())
    jsonschema.validate(data, schema)
    # The schema allows extra fields; these are storylens's own and the only ones.
    assert {re.sub(r"\[\d+\]", "[]", p) for p in unknown_fields(data, schema, schema)} == EXTRA_FIELDS
    assert data["version"] in schema["properties"]["version"]["enum"]
