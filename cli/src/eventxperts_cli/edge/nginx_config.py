"""The edge's nginx.conf, rendered from the routing table.

`daemon off` keeps nginx in the foreground as a child the platform stops with the rest. There is no
`user` directive: run by a normal user nginx stays that user; run by root its workers drop to nginx's
default (nobody), so the workers never write to disk: bodies are kept in memory (small prefixes) or
streamed (/uploads/), and responses are never spooled to temporary files.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from eventxperts_cli.edge.files import EdgeFiles
from eventxperts_cli.edge.routes import EdgeRoute, Upstream
from eventxperts_cli.edge.static_files import static_location

# Text types and the Flutter web client's wasm and fonts compress well; images and PDFs do not.
GZIP_TYPES = (
    "text/plain text/css text/javascript application/javascript application/json "
    "application/graphql-response+json application/wasm image/svg+xml text/calendar "
    "application/xml font/ttf font/otf application/x-font-ttf"
)

SECURITY_HEADERS = """\
        add_header X-Content-Type-Options nosniff always;
        add_header Referrer-Policy strict-origin-when-cross-origin always;
        add_header Content-Security-Policy "frame-ancestors 'self'" always;
        proxy_hide_header X-Content-Type-Options;
        proxy_hide_header Referrer-Policy;"""

JSON_ERRORS = """\
        error_page 413 @too_large;
        error_page 502 504 @unavailable;
        location @too_large {
            default_type application/json;
            return 413 '{"error":{"code":"PAYLOAD_TOO_LARGE","message":"The request body is too large."}}\\n';
        }
        location @unavailable {
            default_type application/json;
            return 503 '{"error":{"code":"UNAVAILABLE","message":"Not answering; try again."}}\\n';
        }"""

# JSON lines; the path without its query string, which may hold a signed URL's signature, and without
# the secret that signed and feed URLs carry in the path (`$edge_logged_path`: `/ics/feeds/[redacted]`
# under every prefix marked `secret_in_path` in routes.py: /ics/, /gallery/, /files/billing/).
ACCESS_LOG_FORMAT = (
    '\'{"time":"$time_iso8601","request_id":"$edge_request_id","client":"$remote_addr",\'\n'
    '        \'"method":"$request_method","path":"$edge_logged_path","status":$status,\'\n'
    "        '\"bytes\":$body_bytes_sent,'\n"
    '        \'"seconds":$request_time,"upstream":"$upstream_addr"}\''
)


def render_nginx_config(
    routes: Sequence[EdgeRoute], *, port: int, files: EdgeFiles, modules: Sequence[Path] = ()
) -> str:
    """The whole nginx.conf: the process settings, the upstreams, then one location per route.

    `modules` are loaded first (a route with a static directory needs the brotli_static module).
    """
    return f"""\
# Rendered by `eventxperts up` from services.toml (cli/src/eventxperts_cli/edge); edits are overwritten.
{"".join(f"load_module {module};{chr(10)}" for module in modules)}daemon off;
worker_processes 1;
pid {files.pid};
error_log {files.error_log} warn;

events {{
    worker_connections 1024;
}}

http {{
    default_type application/octet-stream;
    server_tokens off;
    log_format edge escape=json {ACCESS_LOG_FORMAT};
    access_log {files.access_log} edge;

    client_body_temp_path {files.temp}/client_body;
    proxy_temp_path {files.temp}/proxy;
    fastcgi_temp_path {files.temp}/fastcgi;
    uwsgi_temp_path {files.temp}/uwsgi;
    scgi_temp_path {files.temp}/scgi;
    proxy_max_temp_file_size 0;

    gzip on;
    gzip_proxied any;
    gzip_vary on;
    gzip_comp_level 5;
    gzip_min_length 1024;
    gzip_types {GZIP_TYPES};

{_forwarding()}
{_logged_path(routes)}

{_upstreams(routes)}
    server {{
        listen 127.0.0.1:{port};
{SECURITY_HEADERS}
{JSON_ERRORS}

        location = /_edge/ready {{
            access_log off;
            return 204;
        }}
{"".join(_location(route, files) for route in routes)}    }}
}}
"""


def _forwarding() -> str:
    # Set once here: a location that set any proxy header would drop all of these.
    return """\
    map $http_upgrade $connection_upgrade {
        default upgrade;
        "" "";
    }
    map $http_x_request_id $edge_request_id {
        default $http_x_request_id;
        "" $request_id;
    }
    map $http_host $edge_host {
        default $http_host;
        "" $host;
    }
    proxy_http_version 1.1;
    proxy_set_header Host $edge_host;
    proxy_set_header Upgrade $http_upgrade;
    proxy_set_header Connection $connection_upgrade;
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Forwarded-Host $edge_host;
    proxy_set_header X-Request-Id $edge_request_id;"""


def _logged_path(routes: Sequence[EdgeRoute]) -> str:
    """`$edge_logged_path`: the path, or for a prefix whose paths are secrets its first folder and
    `[redacted]` (`/ics/feeds/[redacted]`), so the access log says what was asked for and not the key."""
    secret = [route.path for route in routes if route.secret_in_path]
    lines = ["    map $uri $edge_logged_path {", "        default $uri;"]
    for prefix in secret:
        escaped = re.escape(prefix)
        lines.append(f'        "~^({escaped}[^/]+/)." "$1[redacted]";')
        lines.append(f'        "~^{escaped}." "{prefix}[redacted]";')
    return "\n".join([*lines, "    }"])


def _upstreams(routes: Sequence[EdgeRoute]) -> str:
    unique: dict[str, Upstream] = {r.upstream.name: r.upstream for r in routes if r.upstream}
    return "".join(
        f"    upstream {u.name} {{\n        server {u.address};\n        keepalive 8;\n    }}\n"
        for u in unique.values()
    )


# Prefixes whose URLs carry a secret in the path: nginx's error log quotes the request line (a body over
# the limit, an upstream that failed), so there it records only critical errors; the access log (above,
# redacted) still has every request's status.


def _location(route: EdgeRoute, files: EdgeFiles) -> str:
    if route.static_dir is not None:
        return static_location(route.path, route.static_dir, SECURITY_HEADERS)
    match = f"= {route.path}" if route.exact else route.path
    if route.upstream is None:
        body = [
            "default_type application/json;",
            """return 404 '{"error":{"code":"NOT_FOUND","message":"Nothing is served here."}}\\n';""",
        ]
    else:
        body = [f"client_max_body_size {route.max_body};", f"proxy_pass http://{route.upstream.name};"]
        if route.streamed:
            body.append("proxy_request_buffering off;")
        else:
            body.append(f"client_body_buffer_size {route.max_body};")
        if route.websocket:
            body.append("proxy_read_timeout 1h;")  # an idle websocket stays open
        if route.secret_in_path:
            body.append(f"error_log {files.error_log} crit;")
    lines = "".join(f"            {line}\n" for line in body)
    return f"\n        location {match} {{\n{lines}        }}\n"
