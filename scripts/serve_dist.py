#!/usr/bin/env python3
"""Tiny static server for the release build (dist/), used by the Playwright e2e tests.

Standard library only. Serves on 127.0.0.1 with `application/wasm` for .wasm,
`Cache-Control: no-store` and `Access-Control-Allow-Origin: *` on every response.

    python3 scripts/serve_dist.py --port 4173 --dir dist
"""

import argparse
import functools
import http.server
import os
import signal
import sys

EXTRA_TYPES = {
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".html": "text/html",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".webmanifest": "application/manifest+json",
    ".woff2": "font/woff2",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **EXTRA_TYPES}

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 - quiet: errors only
        pass

    def log_error(self, format, *args):  # noqa: A002
        sys.stderr.write("serve_dist: %s\n" % (format % args))


class Server(http.server.ThreadingHTTPServer):
    allow_reuse_address = True
    daemon_threads = True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=4173)
    parser.add_argument("--dir", default="dist")
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()

    directory = os.path.abspath(args.dir)
    if not os.path.isdir(directory):
        sys.stderr.write(
            "serve_dist: %s does not exist; run `trunk build --release --public-url ./` first\n"
            % directory
        )
        return 2

    handler = functools.partial(Handler, directory=directory)
    with Server((args.host, args.port), handler) as httpd:
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        print("serve_dist: serving %s at http://%s:%d/" % (directory, args.host, args.port), flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
