package org.nodelab.train.data;

import java.util.Random;

/**
 * The classic two interleaved spirals (Lang and Witbrock 1988): class 1 is class 0 turned by half a turn, so
 * the classes wind around each other and no simple boundary separates them. A NODE must stretch the plane a lot
 * to untangle them, which makes the flow's work easy to watch.
 *
 * <p>Without noise, a point of either class at radius r lies at angle r · {@link #TURNS} · 2π (+ π for class 1).
 * Radii run from {@link #INNER_RADIUS} to 1; the small inner cut keeps the two arms from meeting at the origin,
 * where the classes would be indistinguishable.
 */
public final class TwoSpirals {

    public static final String ID = "spirals";
    public static final String DESCRIPTION = "Two interleaved spirals in the plane (2 classes): a hard, tangled boundary.";

    /** How many times each arm winds around the origin. */
    public static final double TURNS = 1.75;
    public static final double INNER_RADIUS = 0.05;

    private TwoSpirals() {
    }

    public static GeneratorSettings defaults() {
        return GeneratorSettings.of(1000, 0.02, 1L);
    }

    public static Dataset generate(GeneratorSettings settings) {
        Random random = new Random(settings.seed());
        double[][][] points = new double[2][][];
        for (int c = 0; c < 2; c++) {
            int n = BalancedClasses.countOf(settings.points(), 2, c);
            points[c] = new double[n][];
            for (int i = 0; i < n; i++) {
                // sqrt makes the density along the arm roughly uniform per unit length rather than bunched inside.
                double radius = INNER_RADIUS + (1 - INNER_RADIUS) * Math.sqrt(random.nextDouble());
                double angle = radius * TURNS * 2 * Math.PI + c * Math.PI;
                points[c][i] = new double[] {
                        radius * Math.cos(angle) + settings.noise() * random.nextGaussian(),
                        radius * Math.sin(angle) + settings.noise() * random.nextGaussian()};
            }
        }
        return BalancedClasses.assemble(ID, DESCRIPTION, 2, points, settings.testFraction(), random);
    }
}
