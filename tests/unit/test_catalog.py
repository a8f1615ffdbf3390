"""data/catalog.jsonld is a DCAT-AP 3 catalogue a portal can harvest: pyshacl finds it valid
against the official DCAT-AP 3.0.0 SHACL shapes (vendored in tests/fixtures/dcat-ap/, see its
README), with one dataset per agency and year whose distributions are the plan's files, the CSV
conforming to the Table Schema; a catalogue missing what DCAT-AP requires is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pyshacl
import pytest
import rdflib

from iltod.site import Site
from tests.support import sample
from tests.support.sitekit import ROOT, TODAY

# rdflib 7.6's own JSON-LD parser builds its deprecated ConjunctiveGraph internally
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

SHAPES = ROOT / "tests/fixtures/dcat-ap"
SITE = "https://example.mn/iltod/"
DATA = SITE + "data/"
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = sample.copy(tmp_path_factory.mktemp("sample"))
    site = Site(root, "mn", site_url=SITE, on=dt.date.fromisoformat(TODAY))
    out = tmp_path_factory.mktemp("site")
    site.write_data(out)
    return out / "data"


def _shapes() -> rdflib.Graph:
    graph = rdflib.Graph()
    for name in ("shapes.ttl", "range.ttl"):
        graph.parse(SHAPES / name, format="turtle")
    return graph


def _validate(document: dict[str, Any]) -> tuple[bool, str]:
    graph = rdflib.Graph().parse(data=json.dumps(document), format="json-ld")
    conforms, _, text = pyshacl.validate(graph, shacl_graph=_shapes(), inference="none")
    return bool(conforms), str(text)


def _catalog(data: Path) -> dict[str, Any]:
    value: dict[str, Any] = json.loads((data / "catalog.jsonld").read_text("utf-8"))
    return value


def test_pyshacl_finds_the_catalogue_valid_against_the_dcat_ap_shapes(data: Path) -> None:
    conforms, text = _validate(_catalog(data))
    assert conforms, text
    assert "Conforms: True" in text


def test_one_dataset_per_agency_and_year_with_a_distribution_per_file(data: Path) -> None:
    graph = rdflib.Graph().parse(data / "catalog.jsonld", format="json-ld")
    (catalog,) = graph.subjects(rdflib.RDF.type, DCAT.Catalog)
    datasets = list(graph.objects(catalog, DCAT.dataset))
    assert datasets == [rdflib.URIRef(DATA + "govisumber-zdtg/2021#dataset")]
    got = {
        str(graph.value(d, DCAT.downloadURL)): graph.value(d, DCT.conformsTo)
        for d in graph.objects(datasets[0], DCAT.distribution)
    }
    assert set(got) >= {DATA + "govisumber-zdtg/2021.csv", DATA + "govisumber-zdtg/2021.json"}
    assert got[DATA + "govisumber-zdtg/2021.csv"] == rdflib.URIRef(DATA + "measures.schema.json")
    landing = graph.value(datasets[0], DCAT.landingPage)
    assert landing == rdflib.URIRef(SITE + "govisumber-zdtg/2021/")


def test_each_distribution_s_checksum_is_its_file_s(data: Path) -> None:
    for node in _catalog(data)["@graph"]:
        if node["@type"] == "dcat:Distribution" and "spdx:checksum" in node:
            raw = (data / node["dcat:downloadURL"]["@id"]).read_bytes()
            value = node["spdx:checksum"]["spdx:checksumValue"]["@value"]
            assert value == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize(
    ("kind", "drop"),
    [("dcat:Catalog", "dct:description"), ("dcat:Distribution", "dcat:accessURL")],
)
def test_a_catalogue_without_what_dcat_ap_requires_is_refused(
    data: Path, kind: str, drop: str
) -> None:
    document = _catalog(data)
    for node in document["@graph"]:
        if node["@type"] == kind:
            del node[drop]
    conforms, text = _validate(document)
    assert not conforms
    assert drop.split(":")[1] in text
