#!/usr/bin/env bash
# Re-trains every sample model with the command that catalog.json lists for it (the same lines, in the same
# order; SampleCatalogTest checks that they agree). Training is seeded and single-threaded, so a rerun on the
# same machine writes the same numbers. About 1.5 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/nodelab.jar ]; then
  mvn -q package -DskipTests
fi
run() {
  echo "+ $*" >&2
  "$@" | tail -n 1   # the summary line; the per-iteration lines are dropped
}
run java -jar target/nodelab.jar train --model node --dataset circles --points 256 --width 16 --iters 150 --seed 1 --save sample-models/node-circles.json
run java -jar target/nodelab.jar train --model anode --dataset circles --points 256 --width 16 --augment 1 --iters 150 --seed 1 --save sample-models/anode-circles.json
run java -jar target/nodelab.jar train --model hbnode --dataset circles --points 256 --width 16 --damping 0.5 --iters 150 --seed 1 --save sample-models/hbnode-circles.json
run java -jar target/nodelab.jar train --model ghbnode --dataset spirals --points 256 --width 32 --damping 0.5 --xi 0.1 --time 2 --lr 0.02 --iters 300 --seed 1 --save sample-models/ghbnode-spirals.json
run java -jar target/nodelab.jar train --model sonode --dataset spirals --points 256 --width 16 --iters 300 --seed 1 --save sample-models/sonode-spirals.json
run java -jar target/nodelab.jar train --model antisymmetric --dataset moons --points 256 --augment 2 --iters 300 --seed 1 --save sample-models/antisymmetric-moons.json
run java -jar target/nodelab.jar train --model hamiltonian --dataset circles --points 256 --augment 2 --method verlet --iters 300 --seed 1 --save sample-models/hamiltonian-circles.json
