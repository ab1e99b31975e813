package org.nodelab.train.data;

import java.util.Random;

/**
 * A ball (class 0, radius ≤ {@link #INNER_RADIUS}) inside a spherical shell (class 1, radii
 * {@link #SHELL_INNER_RADIUS}..{@link #SHELL_OUTER_RADIUS}) in 3-D: the point-cloud task of the HBNODE paper
 * (Xia et al. 2021) and the 3-D form of {@link ConcentricCircles}, with the same topological obstruction for a
 * plain NODE. Points are uniform over the volumes.
 */
public final class NestedSpheres {

    public static final String ID = "spheres";
    public static final String DESCRIPTION = "Ball inside a spherical shell in 3-D (2 classes): the HBNODE point-cloud task.";

    public static final double INNER_RADIUS = 0.5;
    public static final double SHELL_INNER_RADIUS = 1.0;
    public static final double SHELL_OUTER_RADIUS = 1.5;

    private NestedSpheres() {
    }

    public static GeneratorSettings defaults() {
        return GeneratorSettings.of(1000, 0.0, 1L);
    }

    public static Dataset generate(GeneratorSettings settings) {
        Random random = new Random(settings.seed());
        double[][][] points = new double[2][][];
        for (int c = 0; c < 2; c++) {
            int n = BalancedClasses.countOf(settings.points(), 2, c);
            double low = c == 0 ? 0 : SHELL_INNER_RADIUS;
            double high = c == 0 ? INNER_RADIUS : SHELL_OUTER_RADIUS;
            double lowCubed = low * low * low;
            double highCubed = high * high * high;
            points[c] = new double[n][];
            for (int i = 0; i < n; i++) {
                // Uniform in volume: r³ is uniform between the cubed radii.
                double radius = Math.cbrt(lowCubed + (highCubed - lowCubed) * random.nextDouble());
                // A normalized Gaussian vector is uniform on the sphere; redraw in the (measure-zero) case of ~0.
                double x;
                double y;
                double z;
                double norm;
                do {
                    x = random.nextGaussian();
                    y = random.nextGaussian();
                    z = random.nextGaussian();
                    norm = Math.sqrt(x * x + y * y + z * z);
                } while (norm < 1e-12);
                double scale = radius / norm;
                points[c][i] = new double[] {
                        x * scale + settings.noise() * random.nextGaussian(),
                        y * scale + settings.noise() * random.nextGaussian(),
                        z * scale + settings.noise() * random.nextGaussian()};
            }
        }
        return BalancedClasses.assemble(ID, DESCRIPTION, 3, points, settings.testFraction(), random);
    }
}
