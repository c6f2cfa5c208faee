#!/usr/bin/env bash
# Fetch Apache Kafka 4.1 (org.apache.kafka:kafka_2.13) and its runtime dependencies from Maven Central
# into .cache/kafka/lib, once. Run at install time (make), so nothing is fetched while tests run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lib="$root/.cache/kafka/lib"
if compgen -G "$lib/kafka_2.13-*.jar" > /dev/null; then
  exit 0
fi
command -v mvn > /dev/null || { echo "KAFKA_RUNTIME_MISSING: mvn is not on PATH (apt-get install maven)" >&2; exit 1; }
command -v java > /dev/null || { echo "KAFKA_RUNTIME_MISSING: java is not on PATH (Java 17+)" >&2; exit 1; }
mvn -q -B -f "$root/infra/kafka/pom.xml" dependency:copy-dependencies \
  -DoutputDirectory="$lib" -DincludeScope=runtime
echo "Kafka jars in $lib"
