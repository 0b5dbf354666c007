#!/usr/bin/env python3
"""CDN-like static server for the benchmark (scripts/bench.sh). Standard library only.

Serves one directory on 127.0.0.1 (never another interface) the way a CDN would serve the
release build:

* content negotiation on Accept-Encoding: a pre-compressed sibling (`file.br`, then
  `file.gz`, written beforehand by scripts/bench.sh with Node's zlib at maximum quality) is
  sent with `Content-Encoding` when the client accepts it, else the identity bytes;
  `Vary: Accept-Encoding` on every compressible type;
* correct types, including `application/wasm` (needed for streaming compilation);
* HTTP/1.1 keep-alive, `Content-Length`, and CDN-style caching headers (fingerprinted
  assets immutable for a year, HTML revalidated). Each benchmark load uses a fresh browser
  context, so every load is a cold first visit anyway.

A directory path serves its `index.html` (so `/static/` is `static/index.html`).

    python3 bench/serve.py --dir target/bench/www --port 0 --port-file target/bench/port

With `--port 0` the OS picks a free port; it is written to `--port-file` once listening.
`--log FILE` appends one line per request (path, Accept-Encoding, encoding sent, bytes).
"""

import argparse
import http.server
import os
import re
import signal
import sys
import threading

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
    ".woff2": "font/woff2",
    ".webmanifest": "application/manifest+json",
}
COMPRESSIBLE = {".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".txt", ".webmanifest"}
# Trunk fingerprints assets as name-<16 hex>.ext / name-<16 hex>_bg.wasm.
FINGERPRINTED = re.compile(r"-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$")
# Preference order when the client accepts several encodings with equal weight.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


def accepted_encodings(header):
    """Encodings the client accepts (q > 0), by q then by our preference."""
    weights = {}
    for part in (header or "").split(","):
        fields = [f.strip() for f in part.split(";")]
        name = fields[0].lower()
        if not name:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        weights[name] = q
    out = []
    for name, suffix in ENCODINGS:
        q = weights.get(name, weights.get("*", 0.0))
        if q > 0:
            out.append((q, name, suffix))
    out.sort(key=lambda t: -t[0])  # stable: keeps br before gzip on ties
    return [(name, suffix) for _, name, suffix in out]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out as separate writes: with Nagle's algorithm on, the body waits
    # for the client's delayed ACK of the headers (~40 ms on Linux), which no CDN does.
    disable_nagle_algorithm = True
    server_version = "twofold-bench"
    sys_version = ""
    root = "."
    log_file = None
    log_lock = threading.Lock()

    def version_string(self):
        return self.server_version

    def do_GET(self):
        self.serve(send_body=True)

    def do_HEAD(self):
        self.serve(send_body=False)

    def resolve(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        parts = []
        for seg in path.split("/"):
            if seg in ("", "."):
                continue
            if seg == ".." or "\\" in seg or "\0" in seg or seg.startswith("%"):
                return None
            parts.append(seg)
        full = os.path.join(self.root, *parts)
        if os.path.isdir(full):
            if not path.endswith("/"):
                return ("redirect", path + "/")
            full = os.path.join(full, "index.html")
        real = os.path.realpath(full)
        if not (real == self.root or real.startswith(self.root + os.sep)):
            return None
        return ("file", real) if os.path.isfile(real) else None

    def serve(self, send_body):
        found = self.resolve()
        if found is None:
            return self.plain(404, "not found\n", send_body)
        kind, target = found
        if kind == "redirect":
            self.send_response(301)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        ext = os.path.splitext(target)[1].lower()
        ctype = TYPES.get(ext, "application/octet-stream")
        body_path, encoding = target, None
        if ext in COMPRESSIBLE:
            for name, suffix in accepted_encodings(self.headers.get("Accept-Encoding")):
                # A sibling older than its source is stale: never serve it.
                if os.path.isfile(target + suffix) and \
                        os.path.getmtime(target + suffix) >= os.path.getmtime(target):
                    body_path, encoding = target + suffix, name
                    break
        try:
            with open(body_path, "rb") as f:
                body = f.read()
        except OSError:
            return self.plain(404, "not found\n", send_body)
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        if ext in COMPRESSIBLE:
            self.send_header("Vary", "Accept-Encoding")
        if FINGERPRINTED.search(os.path.basename(target)):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        else:
            self.send_header("Cache-Control", "public, max-age=0, must-revalidate")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if send_body:
            self.wfile.write(body)
        self.record(encoding or "identity", len(body))
        return None

    def plain(self, code, text, send_body):
        data = text.encode()
        self.send_response(code)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if send_body:
            self.wfile.write(data)
        self.record("-", len(data), code)

    def record(self, encoding, size, code=200):
        if not self.log_file:
            return
        line = "%d %s ae=%r sent=%s bytes=%d\n" % (
            code, self.path, self.headers.get("Accept-Encoding", ""), encoding, size)
        with self.log_lock:
            with open(self.log_file, "a", encoding="utf-8") as f:
                f.write(line)

    def log_message(self, format, *args):  # noqa: A002 - quiet; record() logs requests
        pass

    def log_error(self, format, *args):  # noqa: A002
        sys.stderr.write("bench/serve.py: %s\n" % (format % args))


class Server(http.server.ThreadingHTTPServer):
    allow_reuse_address = True
    daemon_threads = True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    parser.add_argument("--log")
    args = parser.parse_args()

    root = os.path.realpath(args.dir)
    if not os.path.isdir(root):
        sys.stderr.write("bench/serve.py: %s is not a directory\n" % root)
        return 2
    Handler.root = root
    Handler.log_file = args.log

    with Server(("127.0.0.1", args.port), Handler) as httpd:
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        port = httpd.server_address[1]
        if args.port_file:
            tmp = args.port_file + ".tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                f.write("%d\n" % port)
            os.replace(tmp, args.port_file)
        print("bench/serve.py: serving %s at http://127.0.0.1:%d/" % (root, port), flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
