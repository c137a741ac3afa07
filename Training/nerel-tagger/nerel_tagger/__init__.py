"""Training of Letopis's NEREL tagger: 29 nested entity types in slovnet's architecture.

Development-time only; the `letopis` binary never runs Python. See ../README.md.
"""
