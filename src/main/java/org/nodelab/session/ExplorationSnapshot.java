package org.nodelab.session;

import org.nodelab.systems.ResolvedSystem;

/**
 * The newest state of a system exploration, immutable.
 *
 * @param computing  whether a newer request is being worked on (the analysis shown is from an older one)
 * @param system     the system the analysis belongs to, or null before the first one
 * @param problem    why the last request could not be shown (bad equations, say), in plain words, or null
 */
public record ExplorationSnapshot(long version, ExplorationRequest request, boolean computing,
                                  ResolvedSystem system, AnalysisSnapshot analysis, String problem) {
}
