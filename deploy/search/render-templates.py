#!/usr/bin/env python3
"""Renders the bodies of PUT _index_template/{name} for users without our build.

The bodies are what contracts' SearchIndices.Index#templateBody() produces: the index and its
rolled-over generations as patterns, priority 200, and the settings and mappings of the
template file in contracts/src/main/resources/io/codedelivery/contracts/search/. Run

    python3 deploy/search/render-templates.py

after changing a template there; DeploySearchFilesTest fails until the rendered files match
SearchIndices.DEFAULT (templates/*.json) and SearchIndices.TOPIC_NAMED (templates/topics/*.json).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
SOURCES = HERE.parent.parent / "contracts/src/main/resources/io/codedelivery/contracts/search"

# template file -> (default index name, index name under SEARCH_INDEX_NAMING=topics)
INDICES = {
    "deliveries.json": ("deliveries", "delivery.status"),
    "positions.json": ("positions", "route.new-position"),
    "viewer-sessions.json": ("viewer-sessions", "viewer.sessions"),
    "logs.json": ("logs-codedelivery", "codedelivery.logs"),
    "audit.json": ("audit", "audit.events"),
}


def body(index_name, template):
    return {
        "index_patterns": [index_name, index_name + "-*"],
        "priority": 200,
        "_meta": {"managed_by": "codedelivery"},
        "template": template,
    }


def main():
    for template_file, names in INDICES.items():
        template = json.loads((SOURCES / template_file).read_text(encoding="utf-8"))
        template_name = "codedelivery-" + template_file.removesuffix(".json")
        for folder, index_name in zip((HERE / "templates", HERE / "templates/topics"), names):
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / (template_name + ".json")
            target.write_text(json.dumps(body(index_name, template), indent=2) + "\n", encoding="utf-8")
            print(f"{target.relative_to(HERE)}: {index_name}")


if __name__ == "__main__":
    main()
