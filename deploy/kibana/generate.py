#!/usr/bin/env python3
"""Writes codedelivery.ndjson next to this file: Kibana 8.x saved objects for Code Delivery.

The saved objects embed JSON inside JSON strings (visState, searchSourceJSON, layerListJSON,
panelsJSON), which is hard to edit by hand; edit them here and run

    python3 deploy/kibana/generate.py

The output is deterministic, so an unchanged script gives an unchanged file. For other index
names, set the backend's settings and name another output file, e.g.

    SEARCH_INDEX_NAMING=topics python3 deploy/kibana/generate.py /tmp/codedelivery-topics.ndjson

(SEARCH_INDEX_DELIVERIES, _POSITIONS, _VIEWERS and _LOGS override single names); only the data
views' index patterns change. The contracts
module's DeploySearchFilesTest checks the result against the index templates (every field
exists, every reference resolves), whichever way it was edited.

Kibana 8.8 and later import these objects and migrate them to their own version: each object
carries coreMigrationVersion 8.8.0 and a typeMigrationVersion no newer than any 8.8+ Kibana
knows for its type, so Kibana runs the migrations of its own version on import.
"""
import json
import os
import pathlib
import sys

CORE_MIGRATION_VERSION = "8.8.0"
TYPE_MIGRATION_VERSIONS = {
    "index-pattern": "8.0.0",
    "visualization": "8.5.0",
    "search": "8.0.0",
    "map": "8.1.0",
    "dashboard": "8.7.0",
}
INDEX_REF = "kibanaSavedObjectMeta.searchSourceJSON.index"

# The index names, read from the same settings as contracts' SearchIndices.fromEnvironment.
NAMINGS = {
    "default": {"deliveries": "deliveries", "positions": "positions", "viewers": "viewer-sessions",
                "logs": "logs-codedelivery"},
    "topics": {"deliveries": "delivery.status", "positions": "route.new-position", "viewers": "viewer.sessions",
               "logs": "codedelivery.logs"},
}


def index_name(key):
    naming = (os.environ.get("SEARCH_INDEX_NAMING") or "default").strip().lower()
    if naming not in NAMINGS:
        sys.exit("SEARCH_INDEX_NAMING must be default or topics")
    override = (os.environ.get("SEARCH_INDEX_" + key.upper()) or "").strip()
    return override or NAMINGS[naming][key]


# key: (saved object id, index pattern, time field, display name)
DATA_VIEWS = {
    "deliveries": ("codedelivery-deliveries-dataview", index_name("deliveries"), "requestedAt",
                   "Code Delivery: deliveries"),
    "positions": ("codedelivery-positions-dataview", index_name("positions"), "emittedAt",
                  "Code Delivery: positions"),
    "viewers": ("codedelivery-viewer-sessions-dataview", index_name("viewers"), "connectedAt",
                "Code Delivery: viewer sessions"),
    "logs": ("codedelivery-logs-dataview", index_name("logs"), "@timestamp", "Code Delivery: logs"),
}
FIELD_FORMATS = {
    "deliveries": {
        "durationSeconds": {"id": "duration", "params": {"inputFormat": "seconds", "outputFormat": "humanizePrecise"}},
        "distanceMeters": {"id": "number", "params": {"pattern": "0,0"}},
    },
}


def compact(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def saved_object(type_, id_, attributes, references):
    return {
        "attributes": attributes,
        "coreMigrationVersion": CORE_MIGRATION_VERSION,
        "id": id_,
        "references": references,
        "type": type_,
        "typeMigrationVersion": TYPE_MIGRATION_VERSIONS[type_],
    }


def data_view(key):
    id_, title, time_field, name = DATA_VIEWS[key]
    return saved_object("index-pattern", id_, {
        "fieldAttrs": "{}",
        "fieldFormatMap": compact(FIELD_FORMATS.get(key, {})),
        "fields": "[]",
        "name": name,
        "runtimeFieldMap": "{}",
        "sourceFilters": "[]",
        "timeFieldName": time_field,
        "title": title,
        "typeMeta": "{}",
    }, [])


# ---- search sources and filters ------------------------------------------------------------

def range_filter(position, field, params, alias):
    return {
        "meta": {
            "alias": alias, "negate": False, "disabled": False, "type": "range", "key": field, "params": params,
            "indexRefName": f"kibanaSavedObjectMeta.searchSourceJSON.filter[{position}].meta.index",
        },
        "query": {"range": {field: params}},
        "$state": {"store": "appState"},
    }


def search_source(view_key, query="", filters=()):
    """The searchSourceJSON and the references it needs (the data view, once per filter too)."""
    view_id = DATA_VIEWS[view_key][0]
    source = {"query": {"query": query, "language": "kuery"}, "filter": list(filters), "indexRefName": INDEX_REF}
    references = [{"id": view_id, "name": INDEX_REF, "type": "index-pattern"}]
    references += [{"id": view_id, "name": f["meta"]["indexRefName"], "type": "index-pattern"} for f in filters]
    return compact(source), references


# ---- aggregation-based visualizations ------------------------------------------------------

def count(label=None):
    params = {"emptyAsNull": False}
    if label:
        params["customLabel"] = label
    return {"id": "1", "enabled": True, "type": "count", "params": params, "schema": "metric"}


def average(id_, field, label):
    return {"id": id_, "enabled": True, "type": "avg", "params": {"field": field, "customLabel": label},
            "schema": "metric"}


def terms(id_, field, schema, size, label):
    return {"id": id_, "enabled": True, "type": "terms", "schema": schema, "params": {
        "field": field, "orderBy": "1", "order": "desc", "size": size, "otherBucket": False,
        "otherBucketLabel": "Other", "missingBucket": False, "missingBucketLabel": "Missing", "customLabel": label}}


def date_histogram(id_, field):
    return {"id": id_, "enabled": True, "type": "date_histogram", "schema": "segment", "params": {
        "field": field, "useNormalizedEsInterval": True, "extendToTimeRange": True, "scaleMetricValues": False,
        "interval": "auto", "drop_partials": False, "min_doc_count": 1, "extended_bounds": {}}}


def metric_params(font_size=60):
    return {"addTooltip": True, "addLegend": False, "type": "metric", "metric": {
        "percentageMode": False, "useRanges": False, "colorSchema": "Green to Red", "metricColorMode": "None",
        "colorsRange": [{"from": 0, "to": 10000}], "labels": {"show": True}, "invertColors": False,
        "style": {"bgFill": "#000", "bgColor": False, "labelColor": False, "subText": "", "fontSize": font_size}}}


def xy_params(chart, value_label, mode="stacked"):
    """Params of a vertical bar (histogram), horizontal bar or line chart."""
    horizontal = chart == "horizontal_bar"
    series_type = "line" if chart == "line" else "histogram"
    return {
        "type": chart,
        "grid": {"categoryLines": False},
        "categoryAxes": [{"id": "CategoryAxis-1", "type": "category", "position": "left" if horizontal else "bottom",
                          "show": True, "style": {}, "scale": {"type": "linear"},
                          "labels": {"show": True, "filter": not horizontal, "truncate": 200 if horizontal else 100},
                          "title": {}}],
        "valueAxes": [{"id": "ValueAxis-1", "name": "BottomAxis-1" if horizontal else "LeftAxis-1", "type": "value",
                       "position": "bottom" if horizontal else "left", "show": True, "style": {},
                       "scale": {"type": "linear", "mode": "normal"},
                       "labels": {"show": True, "rotate": 0, "filter": horizontal, "truncate": 100},
                       "title": {"text": value_label}}],
        "seriesParams": [{"show": True, "type": series_type, "mode": mode, "data": {"label": value_label, "id": "1"},
                          "valueAxis": "ValueAxis-1", "drawLinesBetweenPoints": True, "lineWidth": 2,
                          "interpolate": "linear", "showCircles": True, "circlesRadius": 1}],
        "addTooltip": True,
        "detailedTooltip": True,
        "legendPosition": "right",
        "truncateLegend": True,
        "maxLegendLines": 1,
        "times": [],
        "addTimeMarker": False,
        "labels": {"show": horizontal},
        "thresholdLine": {"show": False, "value": 10, "width": 1, "style": "full", "color": "#E7664C"},
        "palette": {"type": "palette", "name": "default"},
        "fittingFunction": "linear",
        "radiusRatio": 0,
    }


def table_params():
    return {"perPage": 10, "showPartialRows": False, "showMetricsAtAllLevels": False, "showTotal": True,
            "totalFunc": "sum", "percentageCol": "", "autoFitRowToContent": False, "row": True}


def visualization(id_, title, description, view_key, vis_type, aggs, params, query="", filters=()):
    source, references = search_source(view_key, query, filters)
    vis_state = {"title": title, "type": vis_type, "aggs": aggs, "params": params}
    return saved_object("visualization", id_, {
        "description": description,
        "kibanaSavedObjectMeta": {"searchSourceJSON": source},
        "title": title,
        "uiStateJSON": "{}",
        "version": 1,
        "visState": compact(vis_state),
    }, references)


DELIVERED = 'status : "delivered"'
ACTIVE = 'status : "requested" or status : "in_transit"'


def open_viewer_filters():
    """A session is open at t when connectedAt <= t < openUntil (docs/search.md)."""
    return [range_filter(0, "openUntil", {"gt": "now"}, "open until later than now"),
            range_filter(1, "connectedAt", {"lte": "now"}, "connected by now")]


def visualizations():
    return [
        visualization("codedelivery-deliveries-completed", "Deliveries completed",
                      "Deliveries whose status is delivered, requested within the time range.", "deliveries",
                      "metric", [count("Deliveries completed")], metric_params(), DELIVERED),
        visualization("codedelivery-deliveries-requested", "Deliveries requested",
                      "Every delivery requested within the time range, whatever its status.", "deliveries",
                      "metric", [count("Deliveries requested")], metric_params()),
        visualization("codedelivery-active-deliveries", "Live active deliveries",
                      "Deliveries requested or in transit right now (one document per delivery, its last state).",
                      "deliveries", "metric", [count("Active deliveries")], metric_params(), ACTIVE),
        visualization("codedelivery-deliveries-over-time", "Deliveries over time by status",
                      "Deliveries by the time they were requested, split by their current status.", "deliveries",
                      "histogram", [count(), date_histogram("2", "requestedAt"), terms("3", "status", "group", 3, "Status")],
                      xy_params("histogram", "Deliveries")),
        visualization("codedelivery-open-viewers-now", "Open viewers now",
                      "Browsers watching right now: sessions with connectedAt <= now < openUntil.", "viewers",
                      "metric", [count("Open viewers")], metric_params(), filters=open_viewer_filters()),
        visualization("codedelivery-open-viewers-by-scope", "Open viewers now by scope",
                      "Browsers watching right now, by what they watch (fleet, area or one delivery).", "viewers",
                      "horizontal_bar", [count(), terms("2", "scope", "segment", 3, "Scope")],
                      xy_params("horizontal_bar", "Open viewers"), filters=open_viewer_filters()),
        visualization("codedelivery-open-viewers-by-replica", "Open viewers now by backend replica",
                      "Browsers watching right now, by the backend replica holding their socket.", "viewers",
                      "horizontal_bar", [count(), terms("2", "replica", "segment", 20, "Replica")],
                      xy_params("horizontal_bar", "Open viewers"), filters=open_viewer_filters()),
        visualization("codedelivery-viewer-sessions-over-time", "Browsers connecting over time",
                      "Viewer sessions by the time they connected, split by scope.", "viewers",
                      "histogram", [count(), date_histogram("2", "connectedAt"), terms("3", "scope", "group", 3, "Scope")],
                      xy_params("histogram", "Sessions")),
        visualization("codedelivery-top-routes", "Most requested routes",
                      "The ten routes with the most deliveries requested within the time range.", "deliveries",
                      "horizontal_bar", [count(), terms("2", "routeTitle", "segment", 10, "Route")],
                      xy_params("horizontal_bar", "Deliveries requested")),
        visualization("codedelivery-deliveries-per-route", "Deliveries per route",
                      "Completed deliveries per route, with their average duration and distance.", "deliveries",
                      "table", [count("Deliveries completed"),
                                average("3", "durationSeconds", "Average duration (s)"),
                                average("4", "distanceMeters", "Average distance (m)"),
                                terms("2", "routeTitle", "bucket", 50, "Route")],
                      table_params(), DELIVERED),
        visualization("codedelivery-positions-per-minute", "Positions indexed over time",
                      "Positions reported by the vehicles, by the time they were emitted.", "positions",
                      "line", [count(), date_histogram("2", "emittedAt")], xy_params("line", "Positions", "normal")),
        visualization("codedelivery-log-levels-over-time", "Log lines over time by level",
                      "Log lines of every service, split by level.", "logs",
                      "histogram", [count(), date_histogram("2", "@timestamp"), terms("3", "log.level", "group", 5, "Level")],
                      xy_params("histogram", "Log lines")),
    ]


# ---- the map of trails ---------------------------------------------------------------------

def static(options):
    return {"type": "STATIC", "options": options}


def categorical_color(field):
    return {"type": "DYNAMIC", "options": {
        "type": "CATEGORICAL", "field": {"name": field, "origin": "source"}, "colorCategory": "palette_0",
        "useCustomColorPalette": False, "customColorPalette": [], "otherCategoryColor": "#999999",
        "fieldMetaOptions": {"isEnabled": False, "sigma": 3}}}


def vector_style(fill, line, line_width, icon_size, label_field=None):
    properties = {
        "icon": static({"value": "marker"}),
        "fillColor": fill,
        "lineColor": line,
        "lineWidth": static({"size": line_width}),
        "iconSize": static({"size": icon_size}),
        "iconOrientation": static({"orientation": 0}),
        "labelText": ({"type": "DYNAMIC", "options": {"field": {"name": label_field, "origin": "source"}}}
                      if label_field else static({"value": ""})),
        "labelColor": static({"color": "#000000"}),
        "labelSize": static({"size": 12}),
        "labelBorderColor": static({"color": "#FFFFFF"}),
        "symbolizeAs": {"options": {"value": "circle"}},
        "labelBorderSize": {"options": {"size": "SMALL"}},
    }
    return {"type": "VECTOR", "properties": properties, "isTimeAware": True}


def positions_source(position, source):
    source.update({"applyGlobalQuery": True, "applyGlobalTime": True, "applyForceRefresh": True,
                   "indexPatternRefName": f"layer_{position}_source_index_pattern"})
    return source


def trails_map():
    tooltip = ["deliveryId", "routeId", "seq", "emittedAt", "finished"]
    layers = [
        {"id": "codedelivery-basemap", "type": "EMS_VECTOR_TILE", "label": None, "minZoom": 0, "maxZoom": 24,
         "alpha": 1, "visible": True, "includeInFitToBounds": True, "locale": "autoselect",
         "sourceDescriptor": {"type": "EMS_TMS", "isAutoSelect": True, "lightModeDefault": "road_map_desaturated"},
         "style": {"type": "EMS_VECTOR_TILE", "color": ""}},
        {"id": "codedelivery-trails", "type": "GEOJSON_VECTOR", "label": "Trails (tracks, one line per delivery)",
         "minZoom": 0, "maxZoom": 24, "alpha": 0.9, "visible": True, "includeInFitToBounds": True, "joins": [],
         "sourceDescriptor": positions_source(1, {
             "type": "ES_GEO_LINE", "id": "codedelivery-trails-source", "geoField": "location",
             "splitField": "deliveryId", "sortField": "seq", "metrics": [{"type": "count"}],
             "groupByTimeseries": False, "lineSimplificationSize": 500}),
         "style": vector_style(static({"color": "#54B399"}), categorical_color("deliveryId"), 3, 6)},
        {"id": "codedelivery-positions", "type": "GEOJSON_VECTOR", "label": "Positions (every point of every trail)",
         "minZoom": 0, "maxZoom": 24, "alpha": 0.75, "visible": True, "includeInFitToBounds": True, "joins": [],
         "sourceDescriptor": positions_source(2, {
             "type": "ES_SEARCH", "id": "codedelivery-positions-source", "geoField": "location",
             "scalingType": "LIMIT", "filterByMapBounds": True, "tooltipProperties": tooltip,
             "sortField": "seq", "sortOrder": "desc", "topHitsSplitField": "", "topHitsSize": 1}),
         "style": vector_style(categorical_color("deliveryId"), static({"color": "#FFFFFF"}), 1, 4)},
        {"id": "codedelivery-vehicles", "type": "GEOJSON_VECTOR", "label": "Vehicles (last position per delivery)",
         "minZoom": 0, "maxZoom": 24, "alpha": 1, "visible": True, "includeInFitToBounds": True, "joins": [],
         "sourceDescriptor": positions_source(3, {
             "type": "ES_SEARCH", "id": "codedelivery-vehicles-source", "geoField": "location",
             "scalingType": "TOP_HITS", "filterByMapBounds": True, "tooltipProperties": tooltip,
             "sortField": "seq", "sortOrder": "desc", "topHitsSplitField": "deliveryId", "topHitsSize": 1}),
         "style": vector_style(categorical_color("deliveryId"), static({"color": "#000000"}), 2, 10, "deliveryId")},
    ]
    map_state = {
        "adHocDataViews": [], "zoom": 2, "center": {"lon": 0, "lat": 0},
        "timeFilters": {"from": "now-1h", "to": "now"}, "refreshConfig": {"isPaused": False, "interval": 5000},
        "query": {"query": "", "language": "kuery"}, "filters": [],
        "settings": {"autoFitToDataBounds": True, "showTimesliderToggleButton": True, "showSpatialFilters": True},
    }
    view_id = DATA_VIEWS["positions"][0]
    references = [{"id": view_id, "name": f"layer_{i}_source_index_pattern", "type": "index-pattern"} for i in (1, 2, 3)]
    return saved_object("map", "codedelivery-delivery-trails-map", {
        "description": "The trail of each delivery: a line per delivery (positions in seq order), its points, "
                       "and where each vehicle is now.",
        "layerListJSON": compact(layers),
        "mapStateJSON": compact(map_state),
        "title": "Delivery trails",
        "uiStateJSON": compact({"isLayerTOCOpen": True, "openTOCDetails": []}),
    }, references)


# ---- the saved search on logs --------------------------------------------------------------

def logs_search():
    source, references = search_source("logs")
    return saved_object("search", "codedelivery-logs-search", {
        "columns": ["service.name", "log.level", "log.logger", "message"],
        "description": "Every log line of every Code Delivery service, newest first.",
        "grid": {},
        "hideChart": False,
        "isTextBasedQuery": False,
        "kibanaSavedObjectMeta": {"searchSourceJSON": source},
        "sort": [["@timestamp", "desc"]],
        "title": "Code Delivery logs",
        "version": 1,
    }, references)


# ---- dashboards ----------------------------------------------------------------------------

def dashboard(id_, title, description, panels, time_from="now-24h"):
    """panels: (saved object type, saved object id, x, y, w, h); the grid is 48 columns wide."""
    panels_json, references = [], []
    for index, (type_, object_id, x, y, w, h) in enumerate(panels, start=1):
        panel = str(index)
        panels_json.append({"type": type_, "gridData": {"x": x, "y": y, "w": w, "h": h, "i": panel},
                            "panelIndex": panel, "embeddableConfig": {"enhancements": {}},
                            "panelRefName": f"panel_{panel}"})
        references.append({"id": object_id, "name": f"{panel}:panel_{panel}", "type": type_})
    return saved_object("dashboard", id_, {
        "description": description,
        "hits": 0,
        "kibanaSavedObjectMeta": {"searchSourceJSON": compact({"query": {"query": "", "language": "kuery"},
                                                               "filter": []})},
        "optionsJSON": compact({"useMargins": True, "syncColors": False, "syncCursor": True, "syncTooltips": False,
                                "hidePanelTitles": False}),
        "panelsJSON": compact(panels_json),
        "refreshInterval": {"pause": False, "value": 10000},
        "timeFrom": time_from,
        "timeRestore": True,
        "timeTo": "now",
        "title": title,
        "version": 1,
    }, references)


V, M, S = "visualization", "map", "search"


def dashboards():
    return [
        dashboard("codedelivery-overview-dashboard", "Code Delivery: overview",
                  "The five questions of the project at a glance, plus the logs.", [
                      (V, "codedelivery-deliveries-completed", 0, 0, 12, 8),
                      (V, "codedelivery-active-deliveries", 12, 0, 12, 8),
                      (V, "codedelivery-open-viewers-now", 24, 0, 12, 8),
                      (V, "codedelivery-deliveries-requested", 36, 0, 12, 8),
                      (M, "codedelivery-delivery-trails-map", 0, 8, 30, 24),
                      (V, "codedelivery-top-routes", 30, 8, 18, 12),
                      (V, "codedelivery-deliveries-per-route", 30, 20, 18, 12),
                      (V, "codedelivery-deliveries-over-time", 0, 32, 24, 12),
                      (V, "codedelivery-viewer-sessions-over-time", 24, 32, 24, 12),
                      (V, "codedelivery-log-levels-over-time", 0, 44, 16, 16),
                      (S, "codedelivery-logs-search", 16, 44, 32, 16),
                  ]),
        dashboard("codedelivery-deliveries-dashboard", "Code Delivery: how many deliveries happened",
                  "Deliveries completed, requested and active now, and over time by status.", [
                      (V, "codedelivery-deliveries-completed", 0, 0, 16, 8),
                      (V, "codedelivery-deliveries-requested", 16, 0, 16, 8),
                      (V, "codedelivery-active-deliveries", 32, 0, 16, 8),
                      (V, "codedelivery-deliveries-over-time", 0, 8, 48, 16),
                  ]),
        dashboard("codedelivery-viewers-dashboard", "Code Delivery: browsers watching",
                  "How many browsers are open watching the deliveries, by scope and replica, and when they connect.", [
                      (V, "codedelivery-open-viewers-now", 0, 0, 16, 10),
                      (V, "codedelivery-open-viewers-by-scope", 16, 0, 16, 10),
                      (V, "codedelivery-open-viewers-by-replica", 32, 0, 16, 10),
                      (V, "codedelivery-viewer-sessions-over-time", 0, 10, 48, 14),
                  ]),
        dashboard("codedelivery-trails-dashboard", "Code Delivery: delivery trails",
                  "A map with the trail of each delivery and where each vehicle is now.", [
                      (M, "codedelivery-delivery-trails-map", 0, 0, 48, 30),
                      (V, "codedelivery-positions-per-minute", 0, 30, 48, 10),
                  ], time_from="now-1h"),
        dashboard("codedelivery-top-routes-dashboard", "Code Delivery: most requested routes",
                  "Which routes are requested most.", [
                      (V, "codedelivery-top-routes", 0, 0, 48, 18),
                  ], time_from="now-7d"),
        dashboard("codedelivery-deliveries-per-route-dashboard", "Code Delivery: deliveries per route",
                  "Completed deliveries per route, with average duration and distance.", [
                      (V, "codedelivery-deliveries-per-route", 0, 0, 48, 18),
                  ], time_from="now-7d"),
    ]


def all_objects():
    views = [data_view(key) for key in DATA_VIEWS]
    return views + visualizations() + [trails_map(), logs_search()] + dashboards()


def main():
    default = pathlib.Path(__file__).resolve().parent / "codedelivery.ndjson"
    target = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else default
    lines = [compact(saved) for saved in all_objects()]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} saved objects to {target}")


if __name__ == "__main__":
    main()
