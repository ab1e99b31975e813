package org.nodelab.io;

/**
 * One sample model that ships with NODE Lab, as listed in {@code sample-models/catalog.json}. Open it with
 * {@link SampleCatalog#load(SampleModel)}.
 *
 * @param id      a stable id, also the file name without {@code .json} (e.g. {@code hbnode-circles})
 * @param file    the model file's name in the sample folder (e.g. {@code hbnode-circles.json})
 * @param family  the model family id ({@code node}, {@code anode}, {@code hbnode}, ...), as in the file
 * @param dataset the id of the dataset it was trained on, as in the file
 * @param title   a short title for a menu
 * @param note    one to three sentences on what to look at in the app
 * @param command the exact command that trained it, run from the project root
 */
public record SampleModel(String id, String file, String family, String dataset, String title, String note,
                          String command) {
}
