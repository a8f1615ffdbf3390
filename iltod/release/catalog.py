"""``data/catalog.jsonld``: the open data as a DCAT-AP 3 catalogue, for harvesting portals.

One ``dcat:Dataset`` per plan (an agency's year), published by the agency, with one
``dcat:Distribution`` per file of it (CSV, JSON, and the report table as XLSX and DOCX when
the build writes them): its address, media type, licence, and for the CSV and JSON files their
size and SHA-256; the CSV ``dct:conformsTo`` the Table Schema (``measures.schema.json``). The
catalogue's publisher is the deployment's. Addresses are absolute when the open data's address
is known (``site_url`` or ``data_base_url``), else relative to the catalogue itself.
"""

from __future__ import annotations

import json
from typing import Any

from iltod import urls
from iltod.release import datapackage, written
from iltod.release.written import Data

NAME = "catalog.jsonld"
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "spdx": "http://spdx.org/rdf/terms#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
MEDIA = {
    "csv": "text/csv",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
FORMATS = {  # the EU's file-type authority table, which DCAT-AP recommends for dct:format
    "csv": "CSV",
    "json": "JSON",
    "xlsx": "XLSX",
    "docx": "DOCX",
}
FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"


def _text(mn: str | None, en: str | None = None) -> list[dict[str, str]]:
    out = [{"@value": mn, "@language": "mn"}] if mn else []
    return out + ([{"@value": en, "@language": "en"}] if en else [])


def _ref(iri: str, kind: str | None = None) -> dict[str, Any]:
    return {"@id": iri, "@type": kind} if kind else {"@id": iri}


def _distribution(path: str, files: dict[str, Data], licence: str) -> dict[str, Any]:
    ext = path.rsplit(".", 1)[1]
    dist: dict[str, Any] = {
        "@id": f"{path}#distribution",
        "@type": "dcat:Distribution",
        "dct:title": _text(f"{path} ({FORMATS[ext]})"),
        "dcat:accessURL": _ref(path),
        "dcat:downloadURL": _ref(path),
        "dcat:mediaType": _ref(
            "https://www.iana.org/assignments/media-types/" + MEDIA[ext], "dct:MediaType"
        ),
        "dct:format": _ref(FILE_TYPE + FORMATS[ext], "dct:MediaTypeOrExtent"),
        "dct:license": _ref(licence, "dct:LicenseDocument"),
    }
    if ext == "csv":
        dist["dct:conformsTo"] = _ref(datapackage.SCHEMA, "dct:Standard")
    if path in files:
        data = files[path]
        dist["dcat:byteSize"] = {"@value": str(len(data)), "@type": "xsd:decimal"}
        dist["spdx:checksum"] = {
            "@type": "spdx:Checksum",
            "spdx:algorithm": _ref("spdx:checksumAlgorithm_sha256"),
            "spdx:checksumValue": {
                "@value": written.sha256(data),
                "@type": "xsd:hexBinary",
            },
        }
    return dist


def _dataset(
    plan: dict[str, Any],
    files: dict[str, Data],
    licence: str,
    formats: tuple[str, ...],
    site: str | None,
) -> list[dict[str, Any]]:
    """The plan's dataset, its agency and its distributions."""
    key = (plan["agency"], plan["year"])
    name = plan["agency_name"] or {}
    agency: dict[str, Any] = {
        "@id": f"{plan['agency']}/#agency",
        "@type": "foaf:Agent",
        "foaf:name": _text(name.get("mn") or plan["agency"], name.get("en")),
    }
    dists = [_distribution(urls.data_file(*key, ext), files, licence) for ext in formats]
    year = plan["year"]
    dataset: dict[str, Any] = {
        "@id": f"{plan['agency']}/{year}#dataset",
        "@type": "dcat:Dataset",
        "dct:identifier": f"{plan['agency']}/{year}",
        "dct:title": _text(
            f"{name.get('mn') or plan['agency']}: {plan['title']} ({year})",
            f"{name.get('en') or plan['agency']}: action plan {year}",
        ),
        "dct:description": _text(
            f"{year} оны төлөвлөгөөний арга хэмжээ бүр, хэрэгжилт, төлөв, нотлох баримтын тоо.",
            f"Every measure of the {year} plan: progress, status, evidence counts.",
        ),
        "dct:publisher": _ref(agency["@id"]),
        "dct:temporal": {
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": {"@value": f"{year}-01-01", "@type": "xsd:date"},
            "dcat:endDate": {"@value": f"{year}-12-31", "@type": "xsd:date"},
        },
        "dcat:distribution": [_ref(d["@id"]) for d in dists],
    }
    if site:
        dataset["dcat:landingPage"] = _ref(site + plan["url"], "foaf:Document")
    return [dataset, agency, *dists]


def document(
    doc: dict[str, Any],
    files: dict[str, Data],
    *,
    data_url: str | None,
    site_url: str | None,
    office: bool,
) -> dict[str, Any]:
    """The catalogue of the open data ``files`` described from ``doc``
    (:func:`iltod.opendata.to_dict`); ``office``: the report tables are published too."""
    formats = ("csv", "json", "xlsx", "docx") if office else ("csv", "json")
    licence = doc["licence"]["url"]
    graph: list[dict[str, Any]] = []
    agencies: dict[str, dict[str, Any]] = {}
    datasets = []
    for plan in doc["plans"]:
        dataset, agency, *dists = _dataset(plan, files, licence, formats, site_url)
        agencies[agency["@id"]] = agency
        datasets.append(dataset)
        graph += [dataset, *dists]
    publisher = {
        "@id": "catalog.jsonld#publisher",
        "@type": "foaf:Agent",
        "foaf:name": _text(doc["publisher"] or "iltod"),
    }
    catalog = {
        "@id": "catalog.jsonld#catalog",
        "@type": "dcat:Catalog",
        "dct:title": _text("Ил тод: төлөвлөгөөний хэрэгжилт", "Action plans and their progress"),
        "dct:description": _text(
            "Төрийн байгууллагуудын төлөвлөгөө, хэрэгжилтийн нээлттэй өгөгдөл.",
            "Open data of public agencies' action plans and their progress.",
        ),
        "dct:publisher": _ref("catalog.jsonld#publisher"),
        "dct:license": _ref(licence, "dct:LicenseDocument"),
        "dcat:dataset": [_ref(d["@id"]) for d in datasets],
    }
    if site_url:
        catalog["foaf:homepage"] = _ref(site_url, "foaf:Document")
    context: dict[str, Any] = dict(CONTEXT)
    if data_url:
        context["@base"] = data_url
    return {
        "@context": context,
        "@graph": [catalog, publisher, *agencies.values(), *graph],
    }


def to_json(value: dict[str, Any]) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
