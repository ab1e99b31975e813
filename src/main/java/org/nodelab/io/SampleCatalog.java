package org.nodelab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.nodelab.model.family.ModelFamilies;

/**
 * The sample models that ship inside the jar: one trained model per family, listed with a title and a note in
 * the class-path resource {@code /sample-models/catalog.json} (copied from the project's {@code sample-models/}
 * folder at build time, next to the model files themselves).
 *
 * <p>Use:
 * <pre>{@code
 * for (SampleModel sample : SampleCatalog.builtIn()) {       // in catalog order
 *     menu.add(sample.title(), sample.note());
 * }
 * LoadedModel loaded = SampleCatalog.load(sample);            // or SampleCatalog.load("hbnode-circles")
 * try {
 *     ... loaded.config(), loaded.model(), loaded.history() ...
 * } finally {
 *     loaded.model().close();                                 // frees the model's native buffers
 * }
 * }</pre>
 *
 * <p>Loading goes through {@link ModelFiles#load(String, java.io.InputStream)}, so a sample gets every check a
 * user's file gets, and in addition its family and dataset must match the catalog. Every failure is a
 * {@link ModelFileException} whose message names the sample and the resource. Both methods read the class path
 * afresh on each call (the catalog is a few kilobytes), need no ND4J for the catalog, and are safe to call from
 * any thread; {@code load} builds a model, which may take a moment on first use while ND4J starts.
 *
 * <p>To show or train a sample, build a {@code Trainer} from {@code loaded.config()} (it regenerates the sample's
 * dataset from the seed in the file) and copy {@code loaded.model().parameters()} into its model, then call
 * {@code parametersChanged()}: {@code nodelab eval} and {@code nodelab --self-check} do exactly that.
 */
public final class SampleCatalog {

    /** The class-path folder holding the catalog and the model files. */
    public static final String FOLDER = "/sample-models/";
    /** The catalog's file name inside {@link #FOLDER}. */
    public static final String CATALOG = "catalog.json";
    /** The catalog's {@code format} field. */
    public static final String FORMAT = "nodelab-sample-catalog";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern PLAIN_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.json");

    /** Opens a resource by absolute name, or returns null when there is none (tests supply their own). */
    @FunctionalInterface
    interface Resources {
        InputStream open(String name) throws IOException;
    }

    private static final Resources CLASS_PATH = SampleCatalog.class::getResourceAsStream;

    private SampleCatalog() {
    }

    /** The built-in samples, in catalog order. */
    public static List<SampleModel> builtIn() {
        return read(CLASS_PATH, FOLDER);
    }

    /** The built-in sample with this id; the message lists the ids there are. */
    public static SampleModel find(String id) {
        List<SampleModel> samples = builtIn();
        for (SampleModel sample : samples) {
            if (sample.id().equals(id)) {
                return sample;
            }
        }
        throw new ModelFileException("no sample model '" + id + "'; the samples are: "
                + String.join(", ", samples.stream().map(SampleModel::id).toList()));
    }

    /** Loads a built-in sample by id ({@link #find} then {@link #load(SampleModel)}). */
    public static LoadedModel load(String id) throws IOException {
        return load(find(id));
    }

    /** Loads a built-in sample's model from the class path. The caller closes {@code model()} when done. */
    public static LoadedModel load(SampleModel sample) throws IOException {
        return load(CLASS_PATH, FOLDER, sample);
    }

    /** The catalog in a folder of {@code resources}. */
    static List<SampleModel> read(Resources resources, String folder) {
        String resource = folder + CATALOG;
        JsonNode root;
        try (InputStream in = resources.open(resource)) {
            if (in == null) {
                throw new ModelFileException("the sample catalog " + resource + " is not on the class path "
                        + "(was the jar built without sample-models/?)");
            }
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ModelFileException(resource + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ModelFileException(resource + ": cannot be read: " + e.getMessage(), e);
        }
        Fields f = new Fields(resource, root);
        String format = f.text(root, "format");
        if (!FORMAT.equals(format)) {
            throw new ModelFileException(resource + ": format is '" + format + "', expected '" + FORMAT + "'");
        }
        JsonNode entries = f.array(root, "samples");
        if (entries.isEmpty()) {
            throw new ModelFileException(resource + ": the catalog lists no samples");
        }
        List<SampleModel> samples = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            Fields ef = new Fields(resource + " samples[" + i + "]", e);
            SampleModel sample = new SampleModel(ef.text(e, "id"), ef.text(e, "file"), ef.text(e, "family"),
                    ef.text(e, "dataset"), ef.text(e, "title"), ef.text(e, "note"), ef.text(e, "command"));
            String where = resource + " samples[" + i + "] ('" + sample.id() + "')";
            for (String value : List.of(sample.id(), sample.file(), sample.dataset(), sample.title(), sample.note(),
                    sample.command())) {
                if (value.isBlank()) {
                    throw new ModelFileException(where + ": a field is blank");
                }
            }
            if (!ids.add(sample.id())) {
                throw new ModelFileException(where + ": the id is listed twice");
            }
            if (!PLAIN_FILE_NAME.matcher(sample.file()).matches()) {
                throw new ModelFileException(where + ": file '" + sample.file() + "' must be a plain file name "
                        + "ending in .json");
            }
            try {
                ModelFamilies.fromId(sample.family());
            } catch (IllegalArgumentException ex) {
                throw new ModelFileException(where + ": " + ex.getMessage(), ex);
            }
            samples.add(sample);
        }
        return List.copyOf(samples);
    }

    /** Loads a sample's model from a folder of {@code resources}, with ModelFiles' checks and the catalog's. */
    static LoadedModel load(Resources resources, String folder, SampleModel sample) throws IOException {
        if (!PLAIN_FILE_NAME.matcher(sample.file()).matches()) {
            throw new ModelFileException("sample '" + sample.id() + "': file '" + sample.file()
                    + "' must be a plain file name ending in .json");
        }
        String resource = folder + sample.file();
        String name = "sample '" + sample.id() + "' (" + resource + ")";
        LoadedModel loaded;
        try (InputStream in = resources.open(resource)) {
            if (in == null) {
                throw new ModelFileException(name + ": the model file is not on the class path");
            }
            loaded = ModelFiles.load(name, in);
        }
        String family = loaded.model().family().id();
        String dataset = loaded.config().data().dataset();
        if (!family.equals(sample.family()) || !dataset.equals(sample.dataset())) {
            loaded.model().close();
            throw new ModelFileException(name + ": the catalog says " + sample.family() + " on " + sample.dataset()
                    + ", but the file holds " + family + " on " + dataset);
        }
        return loaded;
    }
}
