#!/usr/bin/env bash
# Installs Code Delivery's index templates on an Elasticsearch or OpenSearch you run or rent
# (devstack installs them itself), and optionally the positions ingest pipeline and the retention
# policies. Needs curl and jq. See docs/kibana.md and docs/retention.md.
#
#   SEARCH_URL=https://my-cluster:9243 SEARCH_USER=elastic SEARCH_PASSWORD=... deploy/search/install.sh
#
# SEARCH_URL           the engine's HTTP API (default http://localhost:9200)
# SEARCH_USER, SEARCH_PASSWORD  basic authentication, when set
# SEARCH_INDEX_NAMING  default (deliveries, positions, viewer-sessions, logs-codedelivery, audit) or
#                      topics (delivery.status, route.new-position, viewer.sessions, codedelivery.logs,
#                      audit.events),
#                      as the backend's setting of the same name
# POSITIONS_PIPELINE   yes: install ../elasticsearch/positions-location-pipeline.json and make it the
#                      positions index's default pipeline, for sinks that do not add location
#                      themselves (Confluent Cloud's managed sink). Elasticsearch 7.11+ only.
# RETENTION            none (default), ilm (Elasticsearch) or ism (OpenSearch): install the policies of
#                      positions, logs, viewer sessions and audit, name them in those templates, and create
#                      {index}-000001 with the write alias {index} where neither exists yet
# DRY_RUN              yes: print the requests instead of sending them
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
deploy=$(dirname "$here")
url=${SEARCH_URL:-http://localhost:9200}
retention=${RETENTION:-none}
pipeline=codedelivery-positions-location
auth=()
[[ -n ${SEARCH_USER:-} ]] && auth=(-u "$SEARCH_USER:${SEARCH_PASSWORD:-}")

die() { echo "install.sh: $*" >&2; exit 1; }

case ${SEARCH_INDEX_NAMING:-default} in
  default) templates=$here/templates ;;
  topics) templates=$here/templates/topics ;;
  *) die "SEARCH_INDEX_NAMING must be default or topics" ;;
esac
case $retention in
  none | ilm | ism) ;;
  *) die "RETENTION must be none, ilm or ism" ;;
esac
command -v jq >/dev/null || die "needs jq"

send() { # method path [body]
  if [[ ${DRY_RUN:-no} == yes ]]; then
    echo "$1 /$2"
    [[ -z ${3:-} ]] || jq -c . <<<"$3"
    return 0
  fi
  local answer code
  answer=$(mktemp)
  code=$(curl -sS -o "$answer" -w '%{http_code}' -X "$1" "${auth[@]}" -H 'Content-Type: application/json' \
    ${3:+--data-binary "$3"} "$url/$2") || { rm -f "$answer"; die "$1 /$2: cannot reach $url"; }
  echo "$1 /$2: $code $(head -c 300 "$answer")"
  rm -f "$answer"
  [[ $code == 2* ]] || die "$1 /$2 was refused; nothing after it was sent"
}

status() { # path -> HTTP status of a HEAD request (000 when unreachable)
  [[ ${DRY_RUN:-no} == yes ]] && { echo 404; return 0; }
  curl -s -o /dev/null -w '%{http_code}' -I "${auth[@]}" "$url/$1" || true
}

managed() { # template name -> the retention policy's short name, or nothing
  case $1 in
    codedelivery-positions) echo positions ;;
    codedelivery-logs) echo logs ;;
    codedelivery-viewer-sessions) echo viewer-sessions ;;
    codedelivery-audit) echo audit ;;
  esac
}

if [[ ${POSITIONS_PIPELINE:-no} == yes ]]; then
  send PUT "_ingest/pipeline/$pipeline" "$(cat "$deploy/elasticsearch/positions-location-pipeline.json")"
fi

for file in "$templates"/codedelivery-*.json; do
  name=$(basename "$file" .json)
  index=$(jq -r '.index_patterns[0]' "$file")
  body=$(cat "$file")
  if [[ $name == codedelivery-positions && ${POSITIONS_PIPELINE:-no} == yes ]]; then
    body=$(jq --arg p "$pipeline" '.template.settings["index.default_pipeline"] = $p' <<<"$body")
  fi
  short=$(managed "$name")
  if [[ $retention != none && -n $short ]]; then
    policy=codedelivery-$short
    if [[ $retention == ilm ]]; then
      send PUT "_ilm/policy/$policy" "$(cat "$deploy/elasticsearch/ilm-policy-$short.json")"
      body=$(jq --arg p "$policy" --arg a "$index" \
        '.template.settings["index.lifecycle.name"] = $p | .template.settings["index.lifecycle.rollover_alias"] = $a' <<<"$body")
    elif [[ $(status "_plugins/_ism/policies/$policy") == 200 ]]; then
      echo "ISM policy $policy exists; left as it is (delete it first to replace it)"
    else
      send PUT "_plugins/_ism/policies/$policy" "$(jq --arg g "$index-*" \
        '.policy.ism_template[0].index_patterns = [$g]' "$deploy/opensearch/ism-policy-$short.json")"
    fi
    if [[ $retention == ism ]]; then
      body=$(jq --arg a "$index" '.template.settings["plugins.index_state_management.rollover_alias"] = $a' <<<"$body")
    fi
  fi
  send PUT "_index_template/$name" "$body"
  if [[ $retention != none && -n $short ]]; then
    case $(status "$index") in
      404) send PUT "$index-000001" "$(jq -n --arg a "$index" '{aliases: {($a): {is_write_index: true}}}')" ;;
      200) [[ $(status "_alias/$index") == 200 ]] \
        || echo "$index is a plain index, not an alias: reindex it into $index-000001 first (docs/retention.md)" ;;
      *) die "cannot tell whether $index exists" ;;
    esac
  fi
done
