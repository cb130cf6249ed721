#!/usr/bin/env python3
"""Writes resources/demo/amira-haddad.json: a made-up patient (not a real person) with two
years of vital signs, for the demo clinic's vitals plot. Deterministic: same output each run.
Usage: resources/demo/make-demo-patient.py > resources/demo/amira-haddad.json"""
import json
import math

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"


def concept(code, display):
    return {"coding": [{"system": LOINC, "code": code, "display": display}], "text": display}


def quantity(value, unit, ucum):
    return {"value": value, "unit": unit, "system": UCUM, "code": ucum}


def vital(n, when, code, display, **value):
    r = {"resourceType": "Observation", "id": f"vital-{n}", "status": "final",
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                   "code": "vital-signs", "display": "Vital Signs"}]}],
         "code": concept(code, display), "subject": {"reference": "urn:uuid:demo-patient-amira"},
         "effectiveDateTime": when}
    r.update(value)
    return r


entries = [{
    "fullUrl": "urn:uuid:demo-patient-amira",
    "resource": {"resourceType": "Patient", "id": "demo-patient-amira",
                 "name": [{"use": "official", "family": "Haddad", "given": ["Amira"]}],
                 "gender": "female", "birthDate": "1968-05-14",
                 "telecom": [{"system": "phone", "value": "+1 555 0142"}],
                 "address": [{"use": "home", "text": "12 Cedar Lane, Riverside"}],
                 "contact": [{"relationship": [{"text": "daughter"}], "name": {"text": "Nadia Haddad"},
                              "telecom": [{"system": "phone", "value": "+1 555 0199"}]}]}}]
n = 0
for visit in range(12):  # a visit every two months over two years; blood pressure comes down on treatment
    month = 1 + (visit * 2) % 12
    year = 2024 + (visit * 2) // 12
    when = f"{year}-{month:02d}-10T09:30:00Z"
    systolic = round(158 - visit * 2.6 + 3 * math.sin(visit))
    diastolic = round(97 - visit * 1.4 + 2 * math.cos(visit))
    pulse = round(84 - visit * 0.8 + 3 * math.sin(visit * 1.7))
    weight = round(86.0 - visit * 0.45 + 0.3 * math.sin(visit), 1)
    temperature = round(36.7 + 0.2 * math.sin(visit * 2.3), 1)
    spo2 = round(97 + math.sin(visit * 0.9))
    observations = [
        vital(n, when, "85354-9", "Blood pressure panel", component=[
            {"code": concept("8480-6", "Systolic blood pressure"), "valueQuantity": quantity(systolic, "mmHg", "mm[Hg]")},
            {"code": concept("8462-4", "Diastolic blood pressure"), "valueQuantity": quantity(diastolic, "mmHg", "mm[Hg]")}]),
        vital(n + 1, when, "8867-4", "Heart rate", valueQuantity=quantity(pulse, "/min", "/min")),
        vital(n + 2, when, "29463-7", "Body weight", valueQuantity=quantity(weight, "kg", "kg")),
        vital(n + 3, when, "8310-5", "Body temperature", valueQuantity=quantity(temperature, "Cel", "Cel")),
        vital(n + 4, when, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry",
              valueQuantity=quantity(spo2, "%", "%")),
    ]
    n += len(observations)
    entries += [{"fullUrl": f"urn:uuid:demo-{o['id']}", "resource": o} for o in observations]
entries.append({"fullUrl": "urn:uuid:demo-condition-htn", "resource": {
    "resourceType": "Condition", "id": "demo-condition-htn",
    "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I10",
                         "display": "Essential (primary) hypertension"}], "text": "Essential (primary) hypertension"},
    "subject": {"reference": "urn:uuid:demo-patient-amira"}, "recordedDate": "2024-01-10"}})
entries.append({"fullUrl": "urn:uuid:demo-medication-amlodipine", "resource": {
    "resourceType": "MedicationStatement", "id": "demo-medication-amlodipine", "status": "active",
    "medicationCodeableConcept": {"text": "Amlodipine 5 mg tablet"},
    "subject": {"reference": "urn:uuid:demo-patient-amira"}, "effectiveDateTime": "2024-01-10",
    "dosage": [{"text": "one tablet each morning"}]}})
print(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}, indent=1, ensure_ascii=False))
