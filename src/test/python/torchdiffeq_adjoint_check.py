"""Check `nodelab gradient` against torchdiffeq's odeint_adjoint on saved models (a manual oracle, not a unit test).

Each model is rebuilt in PyTorch (float64) from its JSON alone, following sample-models/FORMAT.md; its test points
come from `nodelab dataset`. The loss, forward NFE, backward NFE (NFE-B) and the gradient by parameter block are
compared with `nodelab gradient` for torchdiffeq's default adjoint norm (ours: --norm mixed) and its seminorm.

Needs torch and torchdiffeq on the Python path (torchdiffeq is pure Python: a checkout's folder will do):
    PYTHONPATH=/path/to/torchdiffeq python3 src/test/python/torchdiffeq_adjoint_check.py \
        --jar target/nodelab.jar sample-models/*.json
"""
import argparse, json, math, subprocess, sys, tempfile, os

import torch
from torchdiffeq import odeint_adjoint

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)


def blocks_of(m):
    theta = torch.tensor(m["parameters"])
    out = {}
    for b in m["parameterLayout"]:
        n = math.prod(b["shape"])
        out[b["name"]] = theta[b["offset"]:b["offset"] + n].reshape(b["shape"]).clone()
    return out


class Field(torch.nn.Module):
    """The vector field of FORMAT.md's table; its parameters are the field.* blocks, one tensor each, in order."""

    def __init__(self, m, blocks):
        super().__init__()
        self.family = m["family"]
        self.model = m["model"]
        self.names = [n for n in blocks if n.startswith("field.")]
        self.params = torch.nn.ParameterList([torch.nn.Parameter(blocks[n]) for n in self.names])
        self.nfe = 0

    def p(self, name):
        return self.params[self.names.index(name)]

    def mlp(self, u, t):
        x = torch.cat([u, t.expand(u.shape[0], 1)], dim=1)
        depth = self.model["depth"]
        act = {"tanh": torch.tanh, "relu": torch.relu, "softplus": torch.nn.functional.softplus}[self.model["activation"]]
        for layer in range(depth + 1):
            x = x @ self.p(f"field.f.layer{layer}.W") + self.p(f"field.f.layer{layer}.b")
            if layer < depth:
                x = act(x)
        return x

    def gamma(self):
        if self.model["learnDamping"]:
            return torch.sigmoid(self.p("field.gamma_raw"))
        return self.model["damping"]

    def forward(self, t, y):
        self.nfe += 1
        d = self.d
        if self.family in ("node", "anode"):
            return self.mlp(y, t)
        if self.family == "hbnode":
            h, mom = y[:, :d], y[:, d:]
            return torch.cat([mom, -self.gamma() * mom + self.mlp(h, t)], dim=1)
        if self.family == "ghbnode":
            h, mom = y[:, :d], y[:, d:]
            return torch.cat([torch.tanh(mom), -self.gamma() * mom + self.mlp(h, t) - self.model["xi"] * h], dim=1)
        if self.family == "sonode":
            return torch.cat([y[:, d:], self.mlp(y, t)], dim=1)
        if self.family == "antisymmetric":
            w = self.p("field.W")
            k = 0.5 * (w - w.T - self.model["gammaShift"] * torch.eye(d))
            return torch.tanh(y @ k.T + self.p("field.b"))
        raise SystemExit(self.family + " is not rebuilt here (fixed-step leapfrog: the norm does not enter)")


def torch_gradient(path, csv, norm, tol=None):
    m = json.load(open(path))
    blocks = blocks_of(m)
    field = Field(m, blocks)
    tr = m["training"]
    d = m["model"]["inputDimension"] + m["model"]["augment"]
    field.d = d
    data = [list(map(float, line.split(","))) for line in open(csv).read().splitlines()[1:]]
    x = torch.tensor([r[:-1] for r in data])
    y = torch.tensor([int(r[-1]) for r in data])
    outer = {n: torch.nn.Parameter(v) for n, v in blocks.items() if not n.startswith("field.")}
    h0 = torch.cat([x, torch.zeros(x.shape[0], d - x.shape[1])], dim=1)
    if m["model"]["stateDimension"] == 2 * d:
        second = x @ outer["input.V"] + outer["input.e"] if "input.V" in outer else torch.zeros_like(h0)
        h0 = torch.cat([h0, second], dim=1)
    options = {} if norm == "mixed" else {"norm": "seminorm"}
    T = tr["integrationTime"]
    sol = odeint_adjoint(field, h0, torch.tensor([0.0, T]), method=tr["solver"],
                         rtol=tol or tr["rtol"], atol=tol or tr["atol"],
                         adjoint_options=options or None)
    nfe_f = field.nfe
    logits = sol[-1][:, :d] @ outer["readout.R"] + outer["readout.c"]
    loss = torch.nn.functional.cross_entropy(logits, y)
    field.nfe = 0
    loss.backward()
    nfe_b = field.nfe
    grads = {n: p.grad.reshape(-1) for n, p in zip(field.names, field.params)}
    grads.update({n: p.grad.reshape(-1) for n, p in outer.items()})
    return loss.item(), nfe_f, nfe_b, grads


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default="target/nodelab.jar")
    ap.add_argument("--tol", type=float, help="rtol = atol for both (default: each file's own)")
    ap.add_argument("models", nargs="+")
    args = ap.parse_args()
    worst = 0.0
    for path in args.models:
        m = json.load(open(path))
        if m.get("format") != "nodelab-model":
            continue
        if m["family"] == "hamiltonian" or m["training"]["solver"] not in ("dopri5", "bosh3"):
            print(f"{os.path.basename(path):24s} skipped: fixed steps, the norm does not enter")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            csv = os.path.join(tmp, "test.csv")
            subprocess.run(["java", "-jar", args.jar, "dataset", "--model-file", path, "--out", csv],
                           check=True, capture_output=True)
            for norm in ("mixed", "seminorm"):
                tol = ["--rtol", str(args.tol), "--atol", str(args.tol)] if args.tol else []
                ours = json.loads(subprocess.run(["java", "-jar", args.jar, "gradient", "--model-file", path,
                                                  "--norm", norm] + tol, check=True, capture_output=True).stdout)
                loss, nfe_f, nfe_b, grads = torch_gradient(path, csv, norm, args.tol)
                diff = max((grads[n] - torch.tensor(v)).abs().max().item() / max(grads[n].abs().max().item(), 1e-300)
                           for n, v in ours["gradient"].items())
                worst = max(worst, diff)
                print(f"{os.path.basename(path):24s} {norm:8s} loss {ours['loss']:.12f} vs {loss:.12f}  "
                      f"NFE-F {ours['nfeForward']} vs {nfe_f}  NFE-B {ours['nfeBackward']} vs {nfe_b}  "
                      f"gradient max rel. diff by block {diff:.1e}")
    print(f"worst gradient difference: {worst:.1e}")


if __name__ == "__main__":
    sys.exit(main())
