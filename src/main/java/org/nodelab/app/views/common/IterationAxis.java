package org.nodelab.app.views.common;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.Range;

/**
 * An x axis of whole iterations. Iterations are never negative, but JFreeChart centres an empty or short range
 * on its data (an empty chart showed -5 to 5), so the automatic range is moved to start at 0 at the least, and
 * it never collapses to a point.
 */
public final class IterationAxis extends NumberAxis {

    /** The narrowest range shown: a run of a few iterations still reads as a run. */
    static final double MIN_SPAN = 10;

    public IterationAxis() {
        super("iteration");
        setAutoRangeIncludesZero(false);
        setAutoRangeMinimumSize(MIN_SPAN);
        setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    @Override
    protected void autoAdjustRange() {
        super.autoAdjustRange();
        Range fitted = clamp(getRange());
        if (!fitted.equals(getRange())) {
            setRange(fitted, false, false);
        }
    }

    /** The range moved right to start at 0 when it reaches below, and widened to {@link #MIN_SPAN}. */
    static Range clamp(Range r) {
        double lower = Math.max(0, r.getLowerBound());
        double upper = Math.max(r.getUpperBound(), lower + MIN_SPAN);
        return lower == r.getLowerBound() && upper == r.getUpperBound() ? r : new Range(lower, upper);
    }
}
