package org.nodelab.train.data;

import java.util.Random;

/**
 * An inner disk (class 0, radius ≤ {@link #INNER_RADIUS}) surrounded by an annulus (class 1, radii
 * {@link #ANNULUS_INNER_RADIUS}..{@link #ANNULUS_OUTER_RADIUS}), the set of Dupont et al. 2019 ("Augmented Neural
 * ODEs"). A plain NODE flow is a homeomorphism of the plane, so it cannot move the disk out of the ring; it can
 * only approximate the split by squeezing through the gap at great cost, while augmenting with an extra dimension
 * lifts the disk out easily. Points are uniform over the areas.
 */
public final class ConcentricCircles {

    public static final String ID = "circles";
    public static final String DESCRIPTION = "Disk inside a ring (2 classes): plain NODEs cannot separate it, augmented ones can.";

    public static final double INNER_RADIUS = 0.5;
    public static final double ANNULUS_INNER_RADIUS = 1.0;
    public static final double ANNULUS_OUTER_RADIUS = 1.5;

    private ConcentricCircles() {
    }

    public static GeneratorSettings defaults() {
        return GeneratorSettings.of(1000, 0.0, 1L);
    }

    public static Dataset generate(GeneratorSettings settings) {
        Random random = new Random(settings.seed());
        double[][][] points = new double[2][][];
        for (int c = 0; c < 2; c++) {
            int n = BalancedClasses.countOf(settings.points(), 2, c);
            double low = c == 0 ? 0 : ANNULUS_INNER_RADIUS;
            double high = c == 0 ? INNER_RADIUS : ANNULUS_OUTER_RADIUS;
            points[c] = new double[n][];
            for (int i = 0; i < n; i++) {
                // Uniform in area: r² is uniform between the squared radii.
                double radius = Math.sqrt(low * low + (high * high - low * low) * random.nextDouble());
                double angle = 2 * Math.PI * random.nextDouble();
                points[c][i] = new double[] {
                        radius * Math.cos(angle) + settings.noise() * random.nextGaussian(),
                        radius * Math.sin(angle) + settings.noise() * random.nextGaussian()};
            }
        }
        return BalancedClasses.assemble(ID, DESCRIPTION, 2, points, settings.testFraction(), random);
    }
}
