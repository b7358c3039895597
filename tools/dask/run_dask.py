#!/usr/bin/env python3
"""Runs `attache extract --input jsonl --format jsonl --threads 1` over a JSONL file under Dask distributed.

A LocalCluster of two single-threaded worker processes maps the CLI over partitions of the input (each
partition piped through one CLI process) and the driver writes the gathered documents, in input order, to
the output file. With --kill-worker the driver kills one busy worker process (SIGKILL) once the first
partition is done: its nanny starts a new worker and the scheduler runs the lost partition again, so the
output must still hold every document once. The test suite (Cluster category) runs both cases and compares
the output with one CLI process over the whole file; Debian packages python3-dask and python3-distributed.

Usage: run_dask.py --cli CLI... --input IN.jsonl --output OUT.jsonl [--partitions N] [--kill-worker]
CLI is the command that runs attache, as one or more arguments (for example `--cli attache` or
`--cli dotnet /path/to/Attache.Cli.dll`). Standard output gets one JSON summary line: partitions, lines, and
with --kill-worker the killed worker's pid and how many partitions it was running.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import time

from dask.distributed import Client, LocalCluster, as_completed

# Two workers of one thread each: the CLI runs with --threads 1, so Dask owns the parallelism.
WORKERS = 2

# How often the driver looks for a busy worker to kill, in seconds.
POLL_SECONDS = 0.05


def extract(lines, cli):
    """One partition through one CLI process: JSON lines in, one JSON document per line out."""
    command = list(cli) + ["extract", "--input", "jsonl", "--format", "jsonl", "--threads", "1"]
    done = subprocess.run(command, input="".join(lines).encode("utf-8"), capture_output=True, check=False)
    if done.returncode != 0:
        # Failing the task (not returning partial output) lets Dask report or retry it.
        raise RuntimeError("attache exited with %d: %s" % (done.returncode, done.stderr.decode("utf-8", "replace")[-2000:]))
    return done.stdout.decode("utf-8").splitlines(keepends=True)


def partition(lines, count):
    """Contiguous slices of about equal size, in input order."""
    size = -(-len(lines) // count)
    return [lines[i:i + size] for i in range(0, len(lines), size)]


def kill_a_busy_worker(client):
    """SIGKILLs the process of a worker that is running a partition now; returns its pid and how many it ran."""
    pids = client.run(os.getpid)
    while True:
        busy = [(address, len(keys)) for address, keys in client.processing().items() if keys and address in pids]
        if busy:
            address, running = busy[0]
            os.kill(pids[address], signal.SIGKILL)
            return pids[address], running
        time.sleep(POLL_SECONDS)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, nargs="+")
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--partitions", type=int, default=16)
    parser.add_argument("--kill-worker", action="store_true")
    args = parser.parse_args()

    with open(args.input, encoding="utf-8") as f:
        lines = f.readlines()
    parts = partition(lines, args.partitions)

    cluster = LocalCluster(n_workers=WORKERS, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    try:
        # pure=False: every partition is its own task even if two happened to hold the same lines.
        futures = client.map(extract, parts, cli=args.cli, pure=False)
        killed, lost = None, 0
        for _ in as_completed(futures):
            if args.kill_worker and killed is None:
                killed, lost = kill_a_busy_worker(client)
        results = client.gather(futures)
    finally:
        client.close()
        cluster.close()

    with open(args.output, "w", encoding="utf-8") as out:
        for result in results:
            out.writelines(result)
    json.dump({"partitions": len(parts), "lines": len(lines), "killed_worker_pid": killed, "partitions_on_killed_worker": lost}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
