"""Whether a payload model may still be published under a version that consumers already know.

Published versions are compared as JSON Schemas (pydantic's `model_json_schema`). A change is
compatible only if every message valid under the new schema is valid under the published one and
means the same: so no field removed, retyped, made optional or newly required, and a field added
only when the published schema allows unknown fields (ours forbid them: adding one is breaking).
"""

from __future__ import annotations

from typing import Any

JsonSchema = dict[str, Any]

# Words for people, and defaults (whether a field may be absent is judged by `required`): changing
# them alone makes no message valid or invalid.
_DOCUMENTATION_KEYS = frozenset({"title", "description", "examples", "default"})


def incompatibilities(published: JsonSchema, current: JsonSchema) -> list[str]:
    """Every reason `current` cannot replace `published` under the same version; empty if it can."""
    old, new = _inline(published, published), _inline(current, current)
    old_fields, new_fields = old.get("properties", {}), new.get("properties", {})
    old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
    problems = [f"field {name!r} was removed" for name in old_fields if name not in new_fields]
    for name in new_fields.keys() - old_fields.keys():
        if old.get("additionalProperties", True) is False:
            problems.append(f"field {name!r} was added but published consumers refuse unknown fields")
        elif name in new_required:
            problems.append(f"field {name!r} was added as required")
    for name in old_fields.keys() & new_fields.keys():
        if old_fields[name] != new_fields[name]:
            problems.append(f"field {name!r} changed: {old_fields[name]} -> {new_fields[name]}")
        if name in old_required and name not in new_required:
            problems.append(f"field {name!r} is no longer required")
        if name in new_required and name not in old_required:
            problems.append(f"field {name!r} became required")
    if old.get("additionalProperties", True) is not False and new.get("additionalProperties") is False:
        problems.append("unknown fields, accepted before, are now refused")
    return sorted(problems)


def _inline(node: Any, root: JsonSchema) -> Any:
    """The schema with `$ref`s replaced by their definitions and documentation keys dropped."""
    if isinstance(node, dict):
        if "$ref" in node:
            name = str(node["$ref"]).rsplit("/", 1)[-1]
            return _inline(root.get("$defs", {})[name], root)
        return {
            key: _inline(value, root)
            for key, value in node.items()
            if key not in _DOCUMENTATION_KEYS and key != "$defs"
        }
    if isinstance(node, list):
        return [_inline(item, root) for item in node]
    return node
