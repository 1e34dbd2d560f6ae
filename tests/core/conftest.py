"""Fixtures of the core tests: a real Dask cluster on 127.0.0.1 (issue 18), for the Dask tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from hotspot_plugin.core.dask_scale import missing


def _start(args, cwd, env):
    return subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)


@pytest.fixture(scope="module")  # one per module: each checks stock workers before its upload
def real_cluster(tmp_path_factory):
    """A dask scheduler and two workers on 127.0.0.1, in an empty folder, without the plugin on their path."""
    if missing(("dask", "distributed")):
        pytest.skip("dask/distributed not installed")
    import importlib

    import dask
    import distributed

    folder = tmp_path_factory.mktemp("empty")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    # Only the folders of the client's pyarrow and Dask (a stock worker has them), never the repository.
    modules = [distributed, dask] + [importlib.import_module(m) for m in ("pyarrow",) if not missing((m,))]
    sites = [os.path.dirname(os.path.dirname(m.__file__)) for m in modules]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(sites))
    env["DASK_DISTRIBUTED__WORKER__DAEMON"] = "False"
    sched_file = str(folder / "scheduler.json")
    procs = [
        _start(
            [
                sys.executable,
                "-m",
                "distributed.cli.dask_scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--no-dashboard",
                "--scheduler-file",
                sched_file,
            ],
            folder,
            env,
        )
    ]
    for k in range(2):
        wdir = folder / f"w{k}"
        wdir.mkdir()
        procs.append(
            _start(
                [
                    sys.executable,
                    "-m",
                    "distributed.cli.dask_worker",
                    "--scheduler-file",
                    sched_file,
                    "--nthreads",
                    "1",
                    "--no-dashboard",
                    "--local-directory",
                    str(wdir),
                ],
                wdir,
                env,
            )
        )
    try:
        from distributed import Client

        deadline = time.time() + 60
        while not os.path.exists(sched_file) and time.time() < deadline:
            time.sleep(0.2)
        address = json.load(open(sched_file))["address"]
        client = Client(address, timeout="30s")
        client.wait_for_workers(2, timeout=60)
        yield client, address
        client.close()
    finally:
        for p in procs[::-1]:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
