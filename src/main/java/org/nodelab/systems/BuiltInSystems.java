package org.nodelab.systems;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The systems the lab ships with, in the order menus and {@code --list} show them: the heavy ball first
 * because it is the way into HBNODE, then the classic textbook systems.
 */
public final class BuiltInSystems {

    private static final List<DynamicalSystem> ALL = List.of(
            new DynamicalSystem("heavyball", "Heavy ball on a quadratic bowl",
                    "Continuous momentum method: a damped ball rolling in an anisotropic bowl, the picture behind "
                            + "HBNODE (h' = m, m' = -gamma m + f)",
                    "x1' = v1; x2' = v2; v1' = -gamma*v1 - a*x1; v2' = -gamma*v2 - b*x2",
                    List.of("x1", "x2", "v1", "v2"),
                    List.of(new SystemParameter("gamma", 0.5, "damping (friction); small gamma overshoots, large crawls"),
                            new SystemParameter("a", 1, "curvature of the bowl along x1"),
                            new SystemParameter("b", 10, "curvature of the bowl along x2; b/a is the condition number")),
                    new double[] {-2, 1, 0, 0},
                    p -> new HeavyBallField(p.get("gamma"), p.get("a"), p.get("b"))),
            new DynamicalSystem("pendulum", "Damped pendulum",
                    "A pendulum with friction: swings decay toward hanging straight down",
                    "theta' = omega; omega' = -gamma*omega - (g/L)*sin(theta)",
                    List.of("theta", "omega"),
                    List.of(new SystemParameter("gamma", 0.2, "damping (friction) coefficient"),
                            new SystemParameter("g", 9.81, "gravitational acceleration"),
                            new SystemParameter("L", 1, "length of the pendulum")),
                    new double[] {2, 0},
                    p -> new PendulumField(p.get("gamma"), p.get("g"), p.get("L"))),
            new DynamicalSystem("vanderpol", "Van der Pol oscillator",
                    "A nonlinear oscillator with a limit cycle; large mu makes it stiff",
                    "x' = y; y' = mu*(1 - x^2)*y - x",
                    List.of("x", "y"),
                    List.of(new SystemParameter("mu", 1, "strength of the nonlinear damping")),
                    new double[] {2, 0},
                    p -> new VanDerPolField(p.get("mu"))),
            new DynamicalSystem("duffing", "Forced Duffing oscillator",
                    "A periodically forced oscillator with a cubic spring; chaotic at the defaults",
                    "x' = v; v' = -delta*v - alpha*x - beta*x^3 + gamma*cos(omega*t)",
                    List.of("x", "v"),
                    List.of(new SystemParameter("delta", 0.3, "damping"),
                            new SystemParameter("alpha", -1, "linear stiffness; negative gives a double well"),
                            new SystemParameter("beta", 1, "cubic stiffness"),
                            new SystemParameter("gamma", 0.5, "amplitude of the periodic forcing"),
                            new SystemParameter("omega", 1.2, "angular frequency of the forcing")),
                    new double[] {1, 0},
                    p -> new DuffingField(p.get("delta"), p.get("alpha"), p.get("beta"), p.get("gamma"),
                            p.get("omega"))),
            new DynamicalSystem("lotkavolterra", "Lotka-Volterra predator and prey",
                    "Prey x and predators y in endless cycles around a coexistence point",
                    "x' = alpha*x - beta*x*y; y' = delta*x*y - gamma*y",
                    List.of("x", "y"),
                    List.of(new SystemParameter("alpha", 1.1, "growth rate of the prey"),
                            new SystemParameter("beta", 0.4, "rate at which predators eat prey"),
                            new SystemParameter("delta", 0.1, "predator growth per prey eaten"),
                            new SystemParameter("gamma", 0.4, "death rate of the predators")),
                    new double[] {10, 10},
                    p -> new LotkaVolterraField(p.get("alpha"), p.get("beta"), p.get("delta"), p.get("gamma"))),
            new DynamicalSystem("lorenz", "Lorenz attractor",
                    "The butterfly: a chaotic convection model with Lyapunov spectrum (0.906, 0, -14.572)",
                    "x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z",
                    List.of("x", "y", "z"),
                    List.of(new SystemParameter("sigma", 10, "Prandtl number"),
                            new SystemParameter("rho", 28, "Rayleigh number; chaos above about 24.74"),
                            new SystemParameter("beta", 8.0 / 3.0, "aspect ratio of the convection cell")),
                    new double[] {1, 1, 1},
                    p -> new LorenzField(p.get("sigma"), p.get("rho"), p.get("beta"))),
            new DynamicalSystem("rossler", "Rossler attractor",
                    "A chaotic band with a single nonlinear term",
                    "x' = -y - z; y' = x + a*y; z' = b + z*(x - c)",
                    List.of("x", "y", "z"),
                    List.of(new SystemParameter("a", 0.2, "growth of the outward spiral in the x-y plane"),
                            new SystemParameter("b", 0.2, "constant lift in z"),
                            new SystemParameter("c", 5.7, "threshold in x beyond which z grows")),
                    new double[] {1, 1, 0},
                    p -> new RosslerField(p.get("a"), p.get("b"), p.get("c"))),
            new DynamicalSystem("harmonic", "Harmonic oscillator",
                    "Energy-conserving oscillation in split form q' = p, p' = -omega^2 q, so verlet can solve it",
                    "q' = p; p' = -omega^2*q",
                    List.of("q", "p"),
                    List.of(new SystemParameter("omega", 1, "angular frequency")),
                    new double[] {1, 0},
                    p -> new HarmonicOscillatorField(p.get("omega"))),
            new DynamicalSystem("arenstorf", "Arenstorf orbit",
                    "Restricted three-body problem; from the default start the orbit closes after t = "
                            + ArenstorfField.ORBIT_PERIOD,
                    "x' = vx; y' = vy; vx' = x + 2*vy - (1-mu)*(x+mu)/D1 - mu*(x-1+mu)/D2; "
                            + "vy' = y - 2*vx - (1-mu)*y/D1 - mu*y/D2, "
                            + "D1 = ((x+mu)^2 + y^2)^(3/2), D2 = ((x-1+mu)^2 + y^2)^(3/2)",
                    List.of("x", "y", "vx", "vy"),
                    List.of(new SystemParameter("mu", ArenstorfField.ORBIT_MU, "mass fraction of the moon")),
                    ArenstorfField.orbitStart(),
                    p -> new ArenstorfField(p.get("mu"))),
            new DynamicalSystem("linear2d", "Linear system in the plane",
                    "y' = A y; the exact solution is expm(tA) y0 and the eigenvalues of A say everything",
                    "y1' = a11*y1 + a12*y2; y2' = a21*y1 + a22*y2",
                    List.of("y1", "y2"),
                    List.of(new SystemParameter("a11", -0.1, "entry (1,1) of A"),
                            new SystemParameter("a12", 1, "entry (1,2) of A"),
                            new SystemParameter("a21", -1, "entry (2,1) of A"),
                            new SystemParameter("a22", -0.1, "entry (2,2) of A")),
                    new double[] {1, 0},
                    p -> new LinearField(p.get("a11"), p.get("a12"), p.get("a21"), p.get("a22"))));

    private BuiltInSystems() {
    }

    /** Every built-in system, in a stable order. */
    public static List<DynamicalSystem> all() {
        return ALL;
    }

    public static List<String> ids() {
        return ALL.stream().map(DynamicalSystem::id).collect(Collectors.toUnmodifiableList());
    }

    /** The system with this id, ignoring case and surrounding blanks, if there is one. */
    public static Optional<DynamicalSystem> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(s -> s.id().equals(wanted)).findFirst();
    }

    /**
     * The system with this id, ignoring case.
     *
     * @throws IllegalArgumentException listing the valid ids when there is no such system
     */
    public static DynamicalSystem get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown system '" + id + "'; choose one of " + String.join(", ", ids())));
    }
}
