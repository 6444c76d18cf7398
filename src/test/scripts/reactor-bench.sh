#!/bin/bash
# Whole `mvn verify` of a multi-module build, with one plugin build against another, in the same run:
# a parent and three modules whose READMEs share 30 URLs on one local server (each answered after 100 ms),
# a shared 404 and one URL each; the parent's licence URL is inherited by every module.
# Prints, per build: the wall time of the mvn process, the requests the server received and the most it
# had in flight at once (maxConcurrencyPerHost is 8 by default).
#
# Usage: src/test/scripts/reactor-bench.sh <label>=<local repository with the plugin installed> ... [-- mvn args]
#   e.g. reactor-bench.sh before=/path/to/old/target/local-repo after=target/local-repo -- -T 4
# `./mvnw verify -DskipTests -Dinvoker.test=skip` installs the plugin into target/local-repo. Needs python3.
set -euo pipefail
here=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'kill $(cat "$work/server.pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT
builds=(); while [ $# -gt 0 ] && [ "$1" != "--" ]; do builds+=("$1"); shift; done; [ $# -gt 0 ] && shift
rounds=${ROUNDS:-3}

cat > "$work/server.py" <<'PY'
import http.server, threading, sys, time
lock = threading.Lock(); state = {"requests": 0, "in_flight": 0, "peak": 0}
class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def answer(self):
        if self.path == "/__counts":
            with lock:
                body = "%d %d\n" % (state["requests"], state["peak"]); state.update(requests=0, peak=0)
            self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers()
            self.wfile.write(body.encode()); return
        with lock:
            state["requests"] += 1; state["in_flight"] += 1; state["peak"] = max(state["peak"], state["in_flight"])
        time.sleep(0.1)
        self.send_response(200 if self.path.startswith("/ok/") else 404)
        self.send_header("Content-Length", "0"); self.end_headers()
        with lock: state["in_flight"] -= 1
    do_HEAD = answer; do_GET = answer
    def log_message(self, *args): pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
server.handle_error = lambda request, address: None  # a client that closes its connection early is no news
print(server.server_address[1], flush=True)
server.serve_forever()
PY
python3 "$work/server.py" > "$work/port" 2> "$work/server.err" & echo $! > "$work/server.pid"
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
site="http://127.0.0.1:$(cat "$work/port")"

project="$work/reactor"; mkdir -p "$project"
cat > "$project/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>parent</artifactId><version>1</version><packaging>pom</packaging>
  <licenses><license><name>L</name><url>$site/ok/licence</url></license></licenses>
  <modules><module>mod-a</module><module>mod-b</module><module>mod-c</module></modules>
  <build><plugins><plugin>
    <groupId>io.github.linkcheck</groupId><artifactId>linkcheck-maven-plugin</artifactId><version>0.1.0-SNAPSHOT</version>
    <configuration><retries>0</retries><failOnError>false</failOnError></configuration>
    <executions><execution><goals><goal>check</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
XML
printf '# Root\n[shared](%s/ok/shared)\n' "$site" > "$project/README.md"
for module in mod-a mod-b mod-c; do
  mkdir -p "$project/$module"
  printf '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><parent><groupId>bench</groupId><artifactId>parent</artifactId><version>1</version></parent><artifactId>%s</artifactId><packaging>pom</packaging></project>\n' "$module" > "$project/$module/pom.xml"
  { printf '# %s\n[gone](%s/gone) [shared](%s/ok/shared) [own](%s/ok/%s)\n' "$module" "$site" "$site" "$site" "$module"
    for i in $(seq 30); do printf -- '- [page %d](%s/ok/page-%d)\n' "$i" "$site" "$i"; done; } > "$project/$module/README.md"
done

cd "$project"
for round in $(seq "$rounds"); do
  for build in "${builds[@]}"; do
    label=${build%%=*}; repo=$(cd "$here" && realpath "${build#*=}")
    rm -rf target ./*/target
    start=$(date +%s.%N)
    "$here/mvnw" -q -Dmaven.repo.local="$repo" verify "$@" > "$work/$label.log" 2>&1 || { cat "$work/$label.log"; exit 1; }
    end=$(date +%s.%N)
    read -r requests peak < <(curl -s "$site/__counts" 2>/dev/null || python3 -c "import urllib.request;print(urllib.request.urlopen('$site/__counts').read().decode())")
    printf 'round %d  %-10s %5.2f s  %3d requests  at most %2d at once\n' "$round" "$label" "$(echo "$end - $start" | bc)" "$requests" "$peak"
  done
done
