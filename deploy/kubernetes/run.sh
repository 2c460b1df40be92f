#!/usr/bin/env bash
# Runs the segments, waits for all of them, then the join (Kubernetes Jobs have no dependencies).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kubectl apply -f "$here/swapcam-segments.yaml"
kubectl wait --for=condition=complete --timeout="${TIMEOUT:-24h}" job/swapcam-segments
kubectl apply -f "$here/swapcam-join.yaml"
kubectl wait --for=condition=complete --timeout=1h job/swapcam-join
