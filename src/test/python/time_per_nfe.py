"""Time per NFE of the MLP field in PyTorch, for side-by-side comparison with `nodelab bench field`.

The network is the one `bench field` times: f(h, t) = MLP([h, t]) with 3 -> width -> width -> 2, tanh, float64,
batch 512, on one thread. Per call: the forward (one NFE, no graph), and the forward plus the VJP
c^T df/d(h, theta) (what an adjoint step needs). Medians of --calls timed calls after a warm-up, with the 10th
and 90th percentiles, in microseconds, as JSON on stdout.

Not part of `mvn verify` (the build never depends on Python). Run it right after `bench field`, on a machine
that is otherwise quiet, and compare medians:

    pip install torch        # a CPU build from the local wheel index
    python3 src/test/python/time_per_nfe.py --widths 16,32
    java -jar target/nodelab.jar bench field --widths 16,32
"""
import argparse
import json
import time

import torch


def stats(nanos):
    s = sorted(nanos)
    at = lambda q: s[min(len(s) - 1, round(q * (len(s) - 1)))] / 1e3
    return {"median": at(0.5), "p10": at(0.1), "p90": at(0.9), "min": s[0] / 1e3, "max": s[-1] / 1e3}


def measure(width, batch, calls, seed):
    torch.manual_seed(seed)
    d = 2
    net = torch.nn.Sequential(torch.nn.Linear(d + 1, width), torch.nn.Tanh(), torch.nn.Linear(width, width),
                              torch.nn.Tanh(), torch.nn.Linear(width, d)).double()
    params = list(net.parameters())
    y = torch.randn(batch, d, dtype=torch.float64)
    c = torch.randn(batch, d, dtype=torch.float64)
    forward, vjp = [], []
    warmup = max(20, calls // 4)
    for i in range(-warmup, calls):
        t = torch.full((batch, 1), 1e-3 * (i % 1000), dtype=torch.float64)
        t0 = time.perf_counter_ns()
        with torch.no_grad():
            net(torch.cat([y, t], dim=1))
        t1 = time.perf_counter_ns()
        yg = y.detach().requires_grad_(True)
        out = net(torch.cat([yg, t], dim=1))
        torch.autograd.grad(out, [yg] + params, c)
        t2 = time.perf_counter_ns()
        if i >= 0:
            forward.append(t1 - t0)
            vjp.append(t2 - t1)
    return {"width": width, "batch": batch, "calls": calls, "network": f"{d + 1}-{width}-{width}-{d} tanh, float64",
            "forwardMicros": stats(forward), "vjpMicros": stats(vjp)}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--widths", default="16,32")
    p.add_argument("--batch", type=int, default=512)
    p.add_argument("--calls", type=int, default=400)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    torch.set_num_threads(1)
    rows = [measure(int(w), a.batch, a.calls, a.seed) for w in a.widths.split(",")]
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "kernels": rows}))


if __name__ == "__main__":
    main()
