package org.nodelab.session.compare;

/**
 * A {@code nodelab train --log} file read back.
 *
 * @param series     the successful iterations
 * @param digest     a digest of the file's lines, for the run's stable id
 * @param faultLine  null, or the fault that ended the run ("iteration 41: the forward solve stopped ...")
 */
public record TrainLog(RunSeries series, String digest, String faultLine) {
}
