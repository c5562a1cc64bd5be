package io.ivraudit.rank;

/** The 97.5% quantile of Student's t, for 95% intervals over a few dozen blocks. */
final class StudentT {
    private static final double[] TABLE = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    private StudentT() {}

    /** t(0.975, df): tabulated to 30 degrees of freedom, then the Cornish-Fisher expansion around 1.96. */
    static double quantile975(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be positive, got " + df);
        }
        if (df <= TABLE.length) {
            return TABLE[df - 1];
        }
        double z = 1.959963984540054;
        return z + (z * z * z + z) / (4.0 * df) + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96.0 * df * df);
    }
}
