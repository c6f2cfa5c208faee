"""nginx's brotli_static module (Debian's libnginx-mod-http-brotli-static): it answers a request that
accepts brotli with the `.br` copy the app wrote beside each file of its web client. nginx loads it from
its modules directory, which `nginx -V` names."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from eventxperts_cli.processes import StartupFailed

BROTLI_STATIC = "ngx_http_brotli_static_module.so"
DEBIAN_MODULES = Path("/usr/lib/nginx/modules")


class BrotliModuleMissing(StartupFailed):
    """nginx has no brotli_static module to load."""


def find_brotli_static(nginx: Path) -> Path:
    """The module beside `nginx`'s other modules, or BrotliModuleMissing saying how to install it."""
    module = _modules_dir(nginx) / BROTLI_STATIC
    if module.is_file():
        return module
    raise BrotliModuleMissing(
        f"the edge serves the app's brotli-compressed files with nginx's brotli_static module, and "
        f"{module} is missing: run `make install` (it runs `apt-get install libnginx-mod-http-brotli-static`)"
    )


def _modules_dir(nginx: Path) -> Path:
    # nginx -V prints how it was built on stderr.
    answer = subprocess.run([str(nginx), "-V"], capture_output=True, text=True, check=False)  # noqa: S603 - our nginx
    built_with = answer.stderr
    found = re.search(r"--modules-path=(\S+)", built_with)
    return Path(found.group(1)) if found else DEBIAN_MODULES
