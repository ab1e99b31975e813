package org.nodelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nodelab.model.ModelConfig;
import org.nodelab.model.ModelFamily;
import org.nodelab.model.family.ModelFamilies;
import org.nodelab.train.TrainingConfig;

class SampleCatalogTest {

    @Test
    void thereIsOneSampleForEveryFamily() {
        List<SampleModel> samples = SampleCatalog.builtIn();
        assertThat(samples).extracting(SampleModel::family).containsExactlyInAnyOrderElementsOf(
                ModelFamilies.all().stream().map(ModelFamily::id).toList());
        for (SampleModel s : samples) {
            assertThat(s.file()).isEqualTo(s.id() + ".json");
            assertThat(s.note().split("(?<=[.!?])\\s+(?=[A-Z])")).as(s.id() + ": one to three sentences")
                    .hasSizeBetween(1, 3);
        }
    }

    @Test
    void everySampleLoadsFromTheClassPathWithTheCatalogsFamilyAndDataset() throws Exception {
        for (SampleModel sample : SampleCatalog.builtIn()) {
            LoadedModel loaded = SampleCatalog.load(sample);
            try {
                assertThat(loaded.model().family().id()).isEqualTo(sample.family());
                assertThat(loaded.config().data().dataset()).isEqualTo(sample.dataset());
                assertThat(loaded.history().iterations()).isPositive();
                assertThat(Arrays.stream(loaded.model().parameters()).allMatch(Double::isFinite)).isTrue();
                // Small files: the jar carries them all.
                assertThat(Files.size(Path.of("sample-models", sample.file()))).isLessThan(64 * 1024);
            } finally {
                loaded.model().close();
            }
        }
    }

    @Test
    void eachCommandIsInTheRegenerateScriptAndDescribesItsFile() throws Exception {
        List<String> script = Files.readAllLines(Path.of("sample-models", "regenerate.sh"));
        List<String> runs = script.stream().filter(l -> l.startsWith("run ")).map(l -> l.substring(4)).toList();
        List<SampleModel> samples = SampleCatalog.builtIn();
        assertThat(runs).containsExactlyElementsOf(samples.stream().map(SampleModel::command).toList());
        for (SampleModel sample : samples) {
            String prefix = "java -jar target/nodelab.jar train ";
            assertThat(sample.command()).startsWith(prefix);
            Map<String, String> flags = flags(sample.command().substring(prefix.length()));
            LoadedModel loaded = SampleCatalog.load(sample);
            try {
                TrainingConfig c = loaded.config();
                ModelConfig m = c.model();
                String id = sample.id();
                for (Map.Entry<String, String> flag : flags.entrySet()) {
                    String v = flag.getValue();
                    Object expected = switch (flag.getKey()) {
                        case "--model" -> m.family().id();
                        case "--dataset" -> c.data().dataset();
                        case "--points" -> String.valueOf(c.data().points());
                        case "--width" -> String.valueOf(m.width());
                        case "--augment" -> String.valueOf(m.augment());
                        case "--damping" -> m.damping();
                        case "--xi" -> m.xi();
                        case "--time" -> c.integrationTime();
                        case "--lr" -> c.optimizer().learningRate();
                        case "--method" -> c.solver().method().id();
                        case "--iters" -> String.valueOf(loaded.history().iterations());
                        case "--seed" -> String.valueOf(m.seed());
                        case "--save" -> "sample-models/" + sample.file();
                        default -> throw new AssertionError(id + ": add a check for " + flag.getKey());
                    };
                    Object actual = expected instanceof Double ? (Object) Double.parseDouble(v) : v;
                    assertThat(actual).as(id + " " + flag.getKey()).isEqualTo(expected);
                }
                assertThat(flags).containsKeys("--model", "--dataset", "--iters", "--seed", "--save");
                assertThat(flags.get("--model")).isEqualTo(sample.family());
                assertThat(flags.get("--dataset")).isEqualTo(sample.dataset());
            } finally {
                loaded.model().close();
            }
        }
    }

    private static Map<String, String> flags(String arguments) {
        String[] words = arguments.trim().split("\\s+");
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < words.length; i += 2) {
            assertThat(words[i]).startsWith("--");
            flags.put(words[i], words[i + 1]);
        }
        return flags;
    }

    @Test
    void findNamesTheSamplesThereAre() throws Exception {
        assertThat(SampleCatalog.find("hbnode-circles").family()).isEqualTo("hbnode");
        assertThatThrownBy(() -> SampleCatalog.load("no-such-sample")).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("no sample model 'no-such-sample'").hasMessageContaining("node-circles");
    }

    // Broken catalogs and entries, served from memory.

    private static final String GOOD_MODEL = resource("/sample-models/antisymmetric-moons.json");

    private static String resource(String name) {
        try (InputStream in = SampleCatalog.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(name, e);
        }
    }

    private static String entry(String id, String file, String family, String dataset) {
        return "{\"id\": \"" + id + "\", \"file\": \"" + file + "\", \"family\": \"" + family + "\", \"dataset\": \""
                + dataset + "\", \"title\": \"T\", \"note\": \"N.\", \"command\": \"nodelab train\"}";
    }

    private static SampleCatalog.Resources memory(String catalog, Map<String, String> files) {
        Map<String, String> all = new HashMap<>(files);
        if (catalog != null) {
            all.put("catalog.json", catalog);
        }
        return name -> {
            assertThat(name).startsWith("/test/");
            String text = all.get(name.substring("/test/".length()));
            return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        };
    }

    private static String catalog(String... entries) {
        return "{\"format\": \"nodelab-sample-catalog\", \"samples\": [" + String.join(",", entries) + "]}";
    }

    @Test
    void aGoodEntryServedFromMemoryLoads() throws Exception {
        SampleCatalog.Resources r = memory(catalog(entry("a", "a.json", "antisymmetric", "moons")),
                Map.of("a.json", GOOD_MODEL));
        List<SampleModel> samples = SampleCatalog.read(r, "/test/");
        LoadedModel loaded = SampleCatalog.load(r, "/test/", samples.get(0));
        assertThat(loaded.model().family()).isEqualTo(ModelFamilies.fromId("antisymmetric"));
        loaded.model().close();
    }

    @Test
    void aMissingCorruptOrMislabelledModelIsRefusedWithTheSampleAndTheProblem() {
        SampleCatalog.Resources r = memory(null, Map.of(
                "corrupt.json", GOOD_MODEL.substring(0, GOOD_MODEL.length() / 2),
                "edited.json", GOOD_MODEL.replace("\"augment\" : 2", "\"augment\" : 3"),
                "empty.json", "",
                "labelled.json", GOOD_MODEL));
        assertLoadRefused(r, entry("ghost", "ghost.json", "node", "circles"),
                "sample 'ghost' (/test/ghost.json): the model file is not on the class path");
        assertLoadRefused(r, entry("corrupt", "corrupt.json", "antisymmetric", "moons"),
                "sample 'corrupt' (/test/corrupt.json): not valid JSON at line");
        assertLoadRefused(r, entry("edited", "edited.json", "antisymmetric", "moons"),
                "sample 'edited' (/test/edited.json): model.stateDimension is 4 but");
        assertLoadRefused(r, entry("empty", "empty.json", "antisymmetric", "moons"), "the file is empty");
        assertLoadRefused(r, entry("labelled", "labelled.json", "node", "moons"),
                "the catalog says node on moons, but the file holds antisymmetric on moons");
        assertLoadRefused(r, entry("labelled", "labelled.json", "antisymmetric", "spirals"),
                "the catalog says antisymmetric on spirals, but the file holds antisymmetric on moons");
    }

    @Test
    void aPathOutsideTheSampleFolderIsRefusedEvenWhenBuiltByHand() {
        SampleModel escaping = new SampleModel("x", "../nodelab-version.properties", "node", "circles", "t", "n", "c");
        assertThatThrownBy(() -> SampleCatalog.load(escaping)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("must be a plain file name ending in .json");
    }

    private static void assertLoadRefused(SampleCatalog.Resources r, String entry, String expected) {
        SampleCatalog.Resources withCatalog = name -> name.equals("/test/catalog.json")
                ? new ByteArrayInputStream(catalog(entry).getBytes(StandardCharsets.UTF_8)) : r.open(name);
        SampleModel sample = SampleCatalog.read(withCatalog, "/test/").get(0);
        assertThatThrownBy(() -> SampleCatalog.load(withCatalog, "/test/", sample))
                .isInstanceOf(ModelFileException.class).hasMessageContaining(expected);
    }

    @Test
    void aBrokenCatalogIsRefusedWithWhatIsWrong() {
        String ok = entry("a", "a.json", "node", "circles");
        assertCatalogRefused(null, "the sample catalog /test/catalog.json is not on the class path");
        assertCatalogRefused("{\"format\": \"nodelab-sample", "/test/catalog.json: not valid JSON");
        assertCatalogRefused("{\"format\": \"other\", \"samples\": []}", "format is 'other'");
        assertCatalogRefused(catalog(), "the catalog lists no samples");
        assertCatalogRefused(catalog(ok, ok), "samples[1] ('a'): the id is listed twice");
        assertCatalogRefused(catalog(entry("b", "../b.json", "node", "circles")), "must be a plain file name");
        assertCatalogRefused(catalog(entry("b", "b.json", "transformer", "circles")), "unknown model family");
        assertCatalogRefused(catalog(ok.replace("\"title\": \"T\", ", "")),
                "/test/catalog.json samples[0]: the field 'title' is missing");
        assertCatalogRefused(catalog(ok.replace("\"note\": \"N.\"", "\"note\": \" \"")), "a field is blank");
    }

    private static void assertCatalogRefused(String catalog, String expected) {
        assertThatThrownBy(() -> SampleCatalog.read(memory(catalog, Map.of()), "/test/"))
                .isInstanceOf(ModelFileException.class).hasMessageContaining(expected);
    }

    @Test
    void theJarCarriesExactlyTheProjectsSampleFiles() throws Exception {
        for (SampleModel sample : SampleCatalog.builtIn()) {
            assertThat(resource(SampleCatalog.FOLDER + sample.file()))
                    .isEqualTo(Files.readString(Path.of("sample-models", sample.file())));
        }
        List<String> projectFiles;
        try (var list = Files.list(Path.of("sample-models"))) {
            projectFiles = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("catalog.json")).sorted()
                    .collect(Collectors.toList());
        }
        assertThat(projectFiles).as("every model file in sample-models/ is in the catalog")
                .containsExactlyInAnyOrderElementsOf(SampleCatalog.builtIn().stream().map(SampleModel::file).toList());
    }
}
