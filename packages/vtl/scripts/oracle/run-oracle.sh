#!/bin/sh
# Compiles (once) and runs VtlOracle: cases as a JSON array on stdin, results as JSON on stdout.
# Needs Debian's default-jdk-headless, velocity, libjsonpath-java, libjson-smart-java, libcommons-lang-java,
# libjackson2-databind-java and libslf4j-java.
set -e
J=/usr/share/java
CP="$J/velocity-1.7.jar:$J/commons-collections3.jar:$J/commons-lang-2.6.jar:$J/json-path-2.0.0.jar:$J/json-smart.jar"
CP="$CP:$J/accessors-smart.jar:$J/asm.jar:$J/slf4j-api.jar:$J/slf4j-nop.jar"
CP="$CP:$J/jackson-databind.jar:$J/jackson-core.jar:$J/jackson-annotations.jar"
OUT="${TMPDIR:-/tmp}/vtl-oracle"
HERE="$(dirname "$0")"
if [ ! -f "$OUT/VtlOracle.class" ] || [ "$HERE/VtlOracle.java" -nt "$OUT/VtlOracle.class" ]; then
  mkdir -p "$OUT" && javac -nowarn -cp "$CP" -d "$OUT" "$HERE/VtlOracle.java"
fi
exec java -cp "$OUT:$CP" VtlOracle
