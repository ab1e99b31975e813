package org.nodelab.session;

/** Turns a training fault into plain words a teacher can read out, with what to try next. */
final class FaultAdvice {

    private FaultAdvice() {
    }

    static String explain(String fault) {
        String lower = fault.toLowerCase(java.util.Locale.ROOT);
        String advice;
        if (lower.contains("step limit") || lower.contains("steps (the limit)")) {
            advice = "The learned dynamics became so stiff that the solver hit its step limit. Try: loosen the "
                    + "tolerance, raise the damping, lower the learning rate, or add local regularization.";
        } else if (lower.contains("step size shrank") || lower.contains("underflow")) {
            advice = "The solver's step shrank to nothing: the learned field changes too fast somewhere. Try: raise "
                    + "the damping, lower the learning rate, or loosen the tolerance.";
        } else {
            advice = "Training diverged (numbers grew to infinity or NaN). Try: lower the learning rate, raise the "
                    + "damping, or tighten gradient clipping.";
        }
        return advice + " (Details: " + fault + ")";
    }
}
