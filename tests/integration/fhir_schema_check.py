#!/usr/bin/env python3
"""Validates FHIR R4 JSON files against the official FHIR R4 JSON schema (draft-06).

usage: fhir_schema_check.py SCHEMA FILE...
Exit 0 when every file is valid; 1 with the best-matching error per invalid file on stderr;
2 when jsonschema is missing (Debian: python3-jsonschema).
"""
import json
import sys

try:
    import jsonschema
    from jsonschema.exceptions import best_match
except ImportError:
    sys.stderr.write("python3-jsonschema is not installed\n")
    sys.exit(2)


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    failed = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        error = first_error(schema, document)
        if error is not None:
            failed += 1
            where, message = error
            sys.stderr.write(f"{path}: {where}: {message[:400]}\n")
    return 1 if failed else 0


_validators = {}
CHECKED = {"resourceType": "Basic", "code": {"text": "checked on its own"}}


def validator_for(schema, resource_type):
    """The schema itself, rooted at one resource type's definition (same definitions)."""
    if resource_type not in _validators:
        rooted = dict(schema)
        rooted.pop("oneOf", None)
        rooted.pop("discriminator", None)
        rooted["$ref"] = f"#/definitions/{resource_type}"
        _validators[resource_type] = jsonschema.Draft6Validator(rooted)
    return _validators[resource_type]


def first_error(schema, document):
    """The whole document against the schema, resource by resource.

    Same verdict as validating the document at the schema's root: the root is a oneOf over
    every resource type selected by resourceType, and so is Bundle.entry.resource. Checking
    each entry's resource against its own type first gives readable errors and is much
    faster than letting the oneOf try all 145 types.
    """
    resource_type = document.get("resourceType") if isinstance(document, dict) else None
    if resource_type not in schema["definitions"] or "resourceType" not in schema["definitions"][resource_type].get("properties", {}):
        return ("", f"unknown resourceType {resource_type!r}")
    if resource_type == "Bundle" and isinstance(document.get("entry"), list):
        document = dict(document)
        entries = []
        for i, entry in enumerate(document["entry"]):
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if resource is not None:
                error = first_error(schema, resource)
                if error is not None:
                    return (f"entry/{i}/resource/{error[0]}", error[1])
                # Checked: the Bundle's own check sees a minimal valid resource in its place.
                entry = dict(entry, resource=CHECKED)
            entries.append(entry)
        document["entry"] = entries
    error = best_match(validator_for(schema, resource_type).iter_errors(document))
    if error is not None:
        return ("/".join(str(p) for p in error.absolute_path), error.message)
    return None


if __name__ == "__main__":
    sys.exit(main(sys.argv))
