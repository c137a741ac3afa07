#!/usr/bin/env python3
"""Writes Sources/LetopisServer/Resources/openapi.json (the API's OpenAPI 3.1 document): edit the
schemas here, run `python3 Benchmarks/scripts/openapi_gen.py > Sources/LetopisServer/Resources/openapi.json`,
and keep PageRoutesTests' route list and the controllers in step."""
import json
S = lambda **k: k
def opt(t): return {"type": [t, "null"]}
str_ = {"type": "string"}; int_ = {"type": "integer"}; bool_ = {"type": "boolean"}; num = {"type": "number"}
# A calendar day that exists in every year (the server refuses 30 February as not a date); the schema
# keeps to what is always accepted, so a schema-valid request is never refused.
VALID_DAY = "^[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
def ref(n): return {"$ref": f"#/components/schemas/{n}"}
def arr(x): return {"type": "array", "items": x}
def obj(props, required=()):
    return {"type": "object", "properties": props, "required": list(required)}

schemas = {
 "Error": obj({"error": S(type="string", description="stable code, e.g. unknown-filter, bad-date, not-found"),
               "message": S(type="string", description="what went wrong"),
               "fix": S(type="string", description="how to fix it")}, ["error", "message", "fix"]),
 "Span": obj({"start": int_, "end": int_}, ["start", "end"]),
 "TextSpan": obj({"start": int_, "end": int_, "text": str_}, ["start", "end", "text"]),
 "EventDate": obj({"value": str_, "granularity": str_, "earliest": str_, "latest": str_, "mod": opt("string"),
                   "basis": S(type="string", description="timex (the text dates it) or published")}, ["value", "granularity", "earliest", "latest", "basis"]),
 "Geo": obj({"geoname_id": opt("integer"), "name": str_, "name_ru": opt("string"), "latitude": num, "longitude": num,
             "country": opt("string"), "admin1": opt("string"), "feature_class": str_, "feature_code": opt("string")},
            ["name", "latitude", "longitude", "feature_class"]),
 "Place": obj({"name": str_, "actor": opt("string"), "geo": {"oneOf": [{"$ref": "#/components/schemas/Geo"}, {"type": "null"}]}}, ["name"]),
 "ActorRef": obj({"id": str_, "name": str_}, ["id", "name"]),
 "NameParts": obj({"first": opt("string"), "patronymic": opt("string"), "last": opt("string"), "particles": arr(str_)}),
 "Participant": obj({"start": int_, "end": int_, "text": str_, "role": str_, "actor": opt("string")}, ["start", "end", "text", "role"]),
 "MentionLink": obj({"document": str_, "event": str_, "sentence": ref("TextSpan"), "trigger": ref("TextSpan"),
                       "participants": arr(ref("Participant")), "reason": str_, "reason_code": str_, "outlet": opt("string"), "published": opt("string"),
                       "attribution": opt("string"), "status": str_, "time": opt("string"), "date": opt("string"), "lead": bool_},
                      ["document", "event", "trigger", "participants", "reason", "reason_code", "status", "lead"]),
 "HistoryEntry": obj({"event": str_, "status": str_, "first_seen": opt("string"), "date": str_, "mentions": arr(str_)}, ["event", "status", "date", "mentions"]),
}
event_props = {"id": str_, "type": str_, "mode": opt("string"), "cameo": opt("string"),
               "quad_class": {"type": ["integer", "null"], "minimum": 1, "maximum": 4},
               "date": ref("EventDate"), "place": {"oneOf": [ref("Place"), {"type": "null"}]},
               "actors": arr(ref("ActorRef")), "recipients": arr(ref("ActorRef")), "contexts": arr(str_), "status": str_,
               "first_seen": opt("string"), "num_mentions": int_, "num_articles": int_, "num_sources": int_, "lead": bool_,
               "history": arr(ref("HistoryEntry")), "occurrence": S(type=["string", "null"], description="for a planned event: the event in which it happened")}
event_req = ["id", "type", "date", "actors", "recipients", "contexts", "status", "num_mentions", "num_articles", "num_sources", "lead"]
schemas["Event"] = obj({**event_props, "mentions": arr(ref("MentionLink"))}, event_req)
schemas["EventList"] = obj({"events": arr(ref("Event")), "next_cursor": {"type": ["string", "null"], "description": "pass as cursor for the next page; absent on the last"}}, ["events"])
schemas["NamedSpan"] = obj({"start": int_, "end": int_, "text": str_, "normal": opt("string")}, ["start", "end", "text"])
schemas["MentionDetail"] = obj({
    "document": obj({"id": str_, "title": opt("string"), "url": opt("string"), "outlet": opt("string"), "published": opt("string")}, ["id"]),
    "event": S(type="string", description="mention id <doc id>-<n>"), "type": str_,
    "sentence": ref("TextSpan"),
    "trigger": ref("TextSpan"), "participants": arr(ref("Participant")),
    "place": ref("NamedSpan"), "source": ref("NamedSpan"),
    "time": obj({"start": opt("integer"), "end": opt("integer"), "text": opt("string"), "value": opt("string"), "mod": opt("string"), "basis": opt("string")}),
    "attribution": opt("string"), "date": opt("string"), "reason": str_, "reason_code": str_, "status": str_, "lead": bool_},
    ["document", "event", "type", "trigger", "participants", "reason", "reason_code", "status", "lead"])
schemas["EventDetail"] = obj({**event_props, "mentions": arr(ref("MentionDetail"))}, event_req + ["mentions"])
schemas["Actor"] = obj({"id": S(type="string", description="PER:/ORG:/LOC: and the name key"), "name": str_, "type": str_,
                        "aliases": arr(str_), "country": opt("string"), "sector": opt("string"),
                        "person": {"oneOf": [ref("NameParts"), {"type": "null"}]}, "roles": arr(str_), "role_countries": arr(str_),
                        "geo": {"oneOf": [ref("Geo"), {"type": "null"}]}, "documents": int_,
                        "num_events": int_, "num_mentions": int_}, ["id", "name", "type", "aliases", "roles", "role_countries", "documents", "num_events", "num_mentions"])
schemas["ActorList"] = obj({"actors": arr(ref("Actor")), "next_cursor": opt("string")}, ["actors"])
schemas["DyadCount"] = obj({"actor": ref("ActorRef"), "counterpart": ref("ActorRef"), "type": str_, "count": int_}, ["actor", "counterpart", "type", "count"])
schemas["TimelineBucket"] = obj({"period": S(type="string", description="first day of the bucket"), "type": str_, "count": int_}, ["period", "type", "count"])
schemas["ActorView"] = obj({"actor": ref("Actor"), "timeline": arr(ref("TimelineBucket")),
                            "top_counterparts": arr(ref("DyadCount")), "recent_events": arr(ref("Event"))},
                           ["actor", "timeline", "top_counterparts", "recent_events"])
schemas["DyadList"] = obj({"dyads": arr(ref("DyadCount"))}, ["dyads"])
schemas["Timeline"] = obj({"actor": str_, "by": {"type": "string", "enum": ["day", "week"]}, "buckets": arr(ref("TimelineBucket"))}, ["actor", "by", "buckets"])
schemas["Document"] = obj({"id": str_, "title": opt("string"), "url": opt("string"), "outlet": opt("string"), "published": opt("string"),
                           "time": opt("string"), "sha256": str_, "extractor_version": str_, "state": str_, "error": opt("string"), "text": str_,
                           "events": arr(obj({"mention": str_, "event": str_, "type": str_, "trigger": ref("TextSpan")}, ["mention", "event", "type", "trigger"])),
                           "extraction": S(description="the document's `letopis extract --format json` record (Docs/output-format.md)")},
                          ["id", "sha256", "extractor_version", "state", "text", "events"])
schemas["SearchResults"] = obj({"hits": arr(obj({"document": str_, "title": opt("string"), "outlet": opt("string"), "published": opt("string"), "snippet": str_},
                                               ["document", "snippet"])), "next_cursor": opt("string")}, ["hits"])
schemas["PlaceMap"] = obj({"places": arr(obj({"name": str_, "country": opt("string"), "geoname_id": opt("integer"),
                                              "lat": {"type": "number", "minimum": -90, "maximum": 90}, "lon": {"type": "number", "minimum": -180, "maximum": 180},
                                              "count": int_, "quad_class": opt("integer"), "quad_classes": {"type": "object", "additionalProperties": int_}},
                                             ["name", "lat", "lon", "count", "quad_classes"])),
                           "events_read": int_, "truncated": bool_, "unplaced": int_}, ["places", "events_read", "truncated", "unplaced"])
schemas["Health"] = obj({"status": {"type": "string", "enum": ["ok", "degraded"]}, "database": {"type": "string", "enum": ["ok", "none", "unavailable"]},
                         "version": str_, "message": str_,
                         "statistics": obj({"documents": int_, "failed_documents": int_, "mentions": int_, "events": int_, "actors": int_, "schema_version": int_})},
                        ["status", "database", "version"])
schemas["InputDocument"] = obj({"id": S(type=["string", "null"], description="document id (default: a hash of the text for ingest, 'extract' for extract)"),
                                "text": S(type="string", minLength=1, pattern="^[^\u0000]*[^\u0000\\s][^\u0000]*$", description="the article; no NUL bytes, not blank"), "published": S(type=["string", "null"], pattern=VALID_DAY, description="YYYY-MM-DD or a timestamp starting with one (a day that exists)"),
                                "title": opt("string"), "url": opt("string"), "source": S(type=["string", "null"], description="outlet"),
                                "time": S(type=["string", "null"], description="publication timestamp")}, ["text"])
schemas["Extraction"] = S(type="object", description="one `letopis extract --format json` record (Docs/output-format.md)",
                          properties={"id": str_, "sentences": arr(arr(int_)), "entities": arr({"type": "object"}),
                                      "timexes": arr({"type": "object"}), "events": arr({"type": "object"})},
                          required=["id", "entities", "timexes", "events"])
schemas["IngestResult"] = obj({"stored": int_, "failed": int_, "added": int_, "replaced": int_, "unchanged": int_,
                               "documents": arr(obj({"id": str_, "status": {"type": "string", "enum": ["stored", "unchanged", "failed"]}, "events": opt("integer"),
                                                     "error": opt("string"), "message": opt("string"), "fix": opt("string")}, ["id", "status"]))},
                              ["stored", "failed", "added", "replaced", "unchanged", "documents"])

def err(desc): return {"description": desc, "content": {"application/json": {"schema": ref("Error")}}}
def ok(schema, desc="OK"): return {"description": desc, "content": {"application/json": {"schema": ref(schema)}}}
def qp(name, desc, schema=None, required=False):
    if schema is None:
        schema = {"type": "string", "maxLength": 500}
        if required: schema = {**schema, "minLength": 1, "pattern": "\\S"}
    return {"name": name, "in": "query", "required": required, "description": desc, "schema": schema}
date = {"type": "string", "format": "date", "minLength": 10, "maxLength": 10}
limit = qp("limit", "page size (default 50)", {"type": "integer", "minimum": 1, "maximum": 500})
cursor = qp("cursor", "next_cursor of the previous page of the same query", {"type": "string", "pattern": "^o[0-9]{1,9}$"})
def idp(desc): return {"name": "id", "in": "path", "required": True, "description": desc, "schema": {"type": "string", "minLength": 1, "maxLength": 500}}
E400 = err("a bad parameter: unknown name, not a date, out of range (the body names it and the fix)")
E404 = err("no such id")
E503 = err("the database is missing or cannot be read")
reads = {"400": E400, "503": E503}
ETAG = {"ETag": {"description": "strong tag of the body; send it back as If-None-Match to get 304 while it is unchanged",
                 "schema": {"type": "string"}}}
def tagged(schema): return {**ok(schema), "headers": ETAG}
E304 = {"description": "If-None-Match named the current ETag: unchanged, no body", "headers": ETAG}

paths = {
 "/api/events": {"get": {"operationId": "listEvents", "summary": "Corpus events, filtered, sorted, one page at a time",
   "parameters": [qp("actor", "actor id, name or alias"), qp("type", "PLOVER type, e.g. CONSULT"), qp("country", "ISO country of an actor, recipient or the place"),
                  qp("place", "place name (substring) or GeoNames id"), qp("from", "events that may fall on or after this day", date),
                  qp("to", "events that may fall on or before this day", date), qp("status", "occurred, planned, negated, hypothetical"),
                  qp("min_sources", "at least this many distinct outlets", {"type": "integer", "minimum": 0, "maximum": 1000000}),
                  qp("q", "full text over the documents that report the event"),
                  qp("sort", "order", {"type": "string", "enum": ["date-desc", "date", "sources", "first-seen"]}), limit, cursor],
   "responses": {"200": tagged("EventList"), "304": E304, **reads}}},
 "/api/events/{id}": {"get": {"operationId": "getEvent", "summary": "One event and every mention with the spans of trigger, participants, place, time and source",
   "parameters": [idp("corpus event id")], "responses": {"200": tagged("EventDetail"), "304": E304, "400": E400, "404": E404, "503": E503}}},
 "/api/actors": {"get": {"operationId": "listActors", "summary": "Corpus actors, most events first",
   "parameters": [qp("q", "name or alias substring"), qp("type", "actor type"), qp("country", "ISO country"), limit, cursor],
   "responses": {"200": ok("ActorList"), **reads}}},
 "/api/actors/{id}": {"get": {"operationId": "getActor", "summary": "One actor: aliases, roles, timeline by type, top counterparts, recent events",
   "parameters": [idp("corpus actor id, or a name")], "responses": {"200": ok("ActorView"), "400": E400, "404": E404, "503": E503}}},
 "/api/dyads": {"get": {"operationId": "listDyads", "summary": "Event counts by actor → counterpart and type",
   "parameters": [qp("actor", "only pairs with this actor"), qp("type", "PLOVER type"), qp("from", "first day", date), qp("to", "last day", date), limit],
   "responses": {"200": ok("DyadList"), **reads}}},
 "/api/timeline": {"get": {"operationId": "getTimeline", "summary": "One actor's events per day or week and type",
   "parameters": [qp("actor", "actor id or name", required=True), qp("by", "bucket", {"type": "string", "enum": ["day", "week"]}),
                  qp("from", "first day", date), qp("to", "last day", date)],
   "responses": {"200": ok("Timeline"), **reads}}},
 "/api/documents/{id}": {"get": {"operationId": "getDocument", "summary": "A stored document: text, metadata, events and its extraction layers",
   "parameters": [idp("document id")], "responses": {"200": ok("Document"), "400": E400, "404": E404, "503": E503}}},
 "/api/search": {"get": {"operationId": "search", "summary": "Documents whose text matches, best first",
   "parameters": [qp("q", "words to find", required=True), limit, cursor], "responses": {"200": ok("SearchResults"), **reads}}},
 "/api/places": {"get": {"operationId": "listPlaces", "summary": "Event places with coordinates and counts, for the map",
   "parameters": [qp("actor", "actor id or name"), qp("type", "PLOVER type"), qp("country", "ISO country"), qp("from", "first day", date), qp("to", "last day", date)],
   "responses": {"200": ok("PlaceMap"), **reads}}},
 "/api/extract": {"post": {"operationId": "extract", "summary": "Codes one document; nothing is stored",
   "requestBody": {"required": True, "content": {"application/json": {"schema": ref("InputDocument")}}},
   "responses": {"200": ok("Extraction"), "400": err("malformed JSON, no text, a bad date, invalid text"),
                 "413": err("the body is over the limit (1 MiB by default)"), "503": err("the models are not installed, or too many extractions are waiting")}}},
 "/api/documents": {"post": {"operationId": "ingest", "summary": "Extracts and stores one document or a batch (bearer token from LETOPIS_TOKEN)",
   "security": [{"bearer": []}],
   "requestBody": {"required": True, "content": {"application/json": {"schema": {"oneOf": [ref("InputDocument"), {"type": "array", "items": ref("InputDocument"), "minItems": 1, "maxItems": 1000}]}}}},
   "responses": {"200": ok("IngestResult", "every document stored (or unchanged)"),
                 "207": ok("IngestResult", "some documents failed; the others are stored"),
                 "400": err("malformed JSON, a batch with no document or more than 1,000"), "401": err("no or wrong bearer token"),
                 "403": err("the server was started without LETOPIS_TOKEN: ingest over HTTP is off"),
                 "413": err("the body is over the limit"), "422": ok("IngestResult", "no document could be stored"),
                 "503": err("no database, the models are missing, or the database cannot be written")}}},
 "/health": {"get": {"operationId": "health", "summary": "Liveness and database readability",
   "responses": {"200": ok("Health"), "503": ok("Health", "the database cannot be read")}}},
 "/metrics": {"get": {"operationId": "metrics", "summary": "Prometheus metrics",
   "responses": {"200": {"description": "Prometheus text format", "content": {"text/plain": {"schema": {"type": "string"}}}}}}},
}
doc = {"openapi": "3.1.0",
       "info": {"title": "Letopis API", "version": "0.1.0",
                "description": "Events extracted from Russian news, with the words behind every field. Offsets are Unicode code points into the document's text, end exclusive. Errors are {error, message, fix}. Unknown query parameters are refused (400)."},
       "servers": [{"url": "/"}],
       "paths": paths,
       "components": {"schemas": schemas, "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "the value of LETOPIS_TOKEN the server was started with"}}}}
print(json.dumps(doc, ensure_ascii=False, indent=1))
