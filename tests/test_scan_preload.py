"""The scan's fork server preloads what the scan's method needs: no models for --method lexicon
(collabtext/scan_preload.py, PRELOAD_METHOD_ENV in collabtext/scan_pool.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import json, sys
sys.path.insert(0, {tests!r})
from collabtext.scan import ScanOptions
from collabtext.scan_pool import LocalPool

def main():
    opts = ScanOptions(jobs=1, method={method!r}).worker_options()
    opts["task"] = "scan_fakes:models_loaded"
    pool = LocalPool(opts, jobs=1, timeout=120)
    print(json.dumps(list(pool.run([{{"path": "x"}}]))[0]))

if __name__ == "__main__":
    main()
"""


@pytest.mark.parametrize(("method", "loaded"), [("lexicon", False), ("auto", True)])
def test_fork_server_loads_models_only_when_the_method_uses_them(
    tmp_path: Path, method: str, loaded: bool
) -> None:
    # A fresh interpreter: the fork server is one per process and keeps what it first loaded.
    script = tmp_path / "run.py"
    script.write_text(SCRIPT.format(tests=str(Path(__file__).parent), method=method))
    out = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=True
    )
    payload = json.loads(out.stdout.strip().splitlines()[-1])
    assert payload["status"] == "ok"
    assert bool(payload["models_loaded"]) is loaded
