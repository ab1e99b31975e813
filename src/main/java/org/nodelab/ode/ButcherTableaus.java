package org.nodelab.ode;

/**
 * The catalogue of explicit Runge–Kutta methods. Adaptive pairs follow torchdiffeq's choices so that our
 * NFE can be compared with published NFE (science.md §2).
 */
public final class ButcherTableaus {

    private ButcherTableaus() {
    }

    public static final ButcherTableau EULER = new ButcherTableau("euler",
            new double[] {0}, new double[][] {{}}, new double[] {1}, null, 1, false,
            ContinuousExtension.polynomial(new double[][] {{1}}));

    public static final ButcherTableau MIDPOINT = new ButcherTableau("midpoint",
            new double[] {0, 0.5}, new double[][] {{}, {0.5}}, new double[] {0, 1}, null, 2, false,
            // Second-order continuous extension: Σ w = θ and Σ w c = θ²/2.
            ContinuousExtension.polynomial(new double[][] {{1, -1}, {0, 1}}));

    public static final ButcherTableau RK4 = new ButcherTableau("rk4",
            new double[] {0, 0.5, 0.5, 1},
            new double[][] {{}, {0.5}, {0, 0.5}, {0, 0, 1}},
            new double[] {1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6}, null, 4, false,
            // The classic third-order dense output of RK4 (Hairer, Nørsett and Wanner, II.6).
            ContinuousExtension.polynomial(new double[][] {
                    {1, -1.5, 2.0 / 3}, {0, 1, -2.0 / 3}, {0, 1, -2.0 / 3}, {0, -0.5, 2.0 / 3}}));

    private static final double[] BOSH3_B = {2.0 / 9, 1.0 / 3, 4.0 / 9, 0};

    public static final ButcherTableau BOSH3 = new ButcherTableau("bosh3",
            new double[] {0, 0.5, 0.75, 1},
            new double[][] {{}, {0.5}, {0, 0.75}, {2.0 / 9, 1.0 / 3, 4.0 / 9}},
            BOSH3_B,
            new double[] {2.0 / 9 - 7.0 / 24, 1.0 / 3 - 1.0 / 4, 4.0 / 9 - 1.0 / 3, -1.0 / 8},
            3, true, ContinuousExtension.cubicHermite(BOSH3_B));

    private static final double[] DOPRI5_B = {35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84, 0};

    /** Midpoint weights of Shampine's dense output, as torchdiffeq uses them. */
    private static final double[] DOPRI5_MID = {
            6025192743.0 / 30085553152.0 / 2, 0, 51252292925.0 / 65400821598.0 / 2, -2691868925.0 / 45128329728.0 / 2,
            187940372067.0 / 1594534317056.0 / 2, -1776094331.0 / 19743644256.0 / 2, 11237099.0 / 235043384 / 2};

    /** Dormand–Prince 5(4) with Shampine's embedded estimate, as in torchdiffeq's dopri5. */
    public static final ButcherTableau DOPRI5 = new ButcherTableau("dopri5",
            new double[] {0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1, 1},
            new double[][] {
                    {},
                    {1.0 / 5},
                    {3.0 / 40, 9.0 / 40},
                    {44.0 / 45, -56.0 / 15, 32.0 / 9},
                    {19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729},
                    {9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656},
                    {35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84}},
            DOPRI5_B,
            new double[] {
                    35.0 / 384 - 1951.0 / 21600, 0, 500.0 / 1113 - 22642.0 / 50085, 125.0 / 192 - 451.0 / 720,
                    -2187.0 / 6784 + 12231.0 / 42400, 11.0 / 84 - 649.0 / 6300, -1.0 / 60},
            5, true, ContinuousExtension.quarticThroughMidpoint(DOPRI5_B, DOPRI5_MID));

    private static final double[] TSIT5_B = {
            0.09646076681806522951816731316512876, 0.01, 0.4798896504144995747752495322905965,
            1.379008574103741893192274821856873, -3.290069515436080679901047585711364,
            2.324710524099773982415355918398766, 0};

    private static final double[] TSIT5_B_EMBEDDED = {
            0.09468075576583945807478876255758923, 0.009183565540343253096776363936645314,
            0.4877705284247615707855642599631228, 1.234297566930478985655109673884238,
            -2.707712349983525454881109975059322, 1.866628418170587035753719399566211, 1.0 / 66};

    /** Tsitouras 5(4) (2011), propagating the fifth-order solution, with its own fourth-degree interpolant. */
    public static final ButcherTableau TSIT5 = new ButcherTableau("tsit5",
            new double[] {0, 0.161, 0.327, 0.9, 0.9800255409045096857298102862870246, 1, 1},
            new double[][] {
                    {},
                    {0.161},
                    {-0.008480655492356988544426874250230775, 0.3354806554923569885444268742502308},
                    {2.897153057105493432130432594192939, -6.359448489975074843148159912383826,
                            4.362295432869581411017727318190887},
                    {5.325864828439256604428877920840511, -11.74888356406282787774717033978577,
                            7.495539342889836208304604784564358, -0.09249506636175524925650207933207192},
                    {5.861455442946420028659251486982648, -12.92096931784710929170611868178336,
                            8.159367898576158643180400794539253, -0.07158497328140099722453054252582974,
                            -0.02826905039406838290900305721271224},
                    java.util.Arrays.copyOf(TSIT5_B, 6)},
            TSIT5_B,
            difference(TSIT5_B, TSIT5_B_EMBEDDED),
            5, true, ButcherTableaus::tsit5Weights);

    private static void tsit5Weights(double x, double[] w) {
        double x2 = x * x;
        w[0] = -1.0530884977290216 * x * (x - 1.329989018975412) * (x2 - 1.4364028541716351 * x + 0.7139816917074209);
        w[1] = 0.1017 * x2 * (x2 - 2.1966568338249754 * x + 1.2949852507374631);
        w[2] = 2.490627285651252793 * x2 * (x2 - 2.38535645472061657 * x + 1.57803468208092486);
        w[3] = -16.54810288924490272 * (x - 1.21712927295533244) * (x - 0.61620406037800089) * x2;
        w[4] = 47.37952196281928122 * (x - 1.203071208372362603) * (x - 0.658047292653547382) * x2;
        w[5] = -34.87065786149660974 * (x - 1.2) * (x - 2.0 / 3) * x2;
        w[6] = 2.5 * (x - 1) * (x - 0.6) * x2;
    }

    private static double[] difference(double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i] - y[i];
        }
        return d;
    }
}
