package org.nodelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodelab.io.LoadedModel;
import org.nodelab.io.ModelFiles;
import org.nodelab.train.Trainer;
import org.nodelab.train.data.DataPart;
import org.nodelab.train.data.Dataset;
import org.nodelab.train.data.LabeledCsvOptions;
import org.nodelab.train.data.LabeledCsvReader;
import org.nodelab.train.data.TimeSeriesLayout;

/** {@code nodelab dataset}: the CSV holds exactly the rows eval scores, bit for bit, and bad targets are refused. */
class DatasetCommandTest {

    private static final Path NODE = Path.of("sample-models", "node-circles.json");

    @TempDir
    Path dir;

    /** The data eval scores a saved model on: the trainer built from the file's own settings. */
    private static Dataset dataOf(Path model) throws IOException {
        LoadedModel loaded = ModelFiles.load(model);
        try (Trainer trainer = new Trainer(loaded.config())) {
            return trainer.data();
        } finally {
            loaded.model().close();
        }
    }

    private static List<String[]> rows(Path csv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    /** Every feature parses back to the very same double, and every label is the class index. */
    private static void assertSameLabeledRows(List<String[]> body, DataPart part) {
        assertThat(body).hasSize(part.size());
        for (int r = 0; r < part.size(); r++) {
            String[] row = body.get(r);
            assertThat(row).hasSize(part.featureDimension() + 1);
            for (int j = 0; j < part.featureDimension(); j++) {
                assertThat(Double.doubleToRawLongBits(Double.parseDouble(row[j])))
                        .as("row %d column %d", r, j).isEqualTo(Double.doubleToRawLongBits(part.feature(r, j)));
            }
            assertThat(Integer.parseInt(row[part.featureDimension()])).isEqualTo(part.label(r));
        }
    }

    @Test
    void writesTheTestPartEvalScoresInItsOrder() throws IOException {
        Path out = dir.resolve("test.csv");
        CommandLineTest.Run r = CommandLineTest.run("dataset", "--model-file", NODE.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        DataPart test = dataOf(NODE).test();
        List<String[]> rows = rows(out);
        assertThat(rows.get(0)).containsExactly("x1", "x2", "label");
        assertSameLabeledRows(rows.subList(1, rows.size()), test);

        JsonNode j = r.json();
        assertThat(j.get("path").asText()).isEqualTo(out.toAbsolutePath().normalize().toString());
        assertThat(j.get("split").asText()).isEqualTo("test");
        assertThat(j.get("rows").asInt()).isEqualTo(test.size()).isEqualTo(52);
        assertThat(j.get("columns").size()).isEqualTo(3);
        assertThat(j.get("dataset").asText()).isEqualTo("circles");
    }

    @Test
    void writesTheTrainPartOnRequest() throws IOException {
        Path out = dir.resolve("train.csv");
        CommandLineTest.Run r = CommandLineTest.run("dataset", "--model-file", NODE.toString(), "--out", out.toString(),
                "--split", "train");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String[]> rows = rows(out);
        assertSameLabeledRows(rows.subList(1, rows.size()), dataOf(NODE).train());
        assertThat(r.json().get("split").asText()).isEqualTo("train");
    }

    @Test
    void aTimeSeriesModelGetsItsInitialStatesThenTheObservedPositions() throws IOException {
        Path model = dir.resolve("oscillator.json");
        CommandLineTest.Run trained = CommandLineTest.run("train", "--model", "node", "--dataset", "oscillator",
                "--points", "20", "--width", "4", "--depth", "1", "--iters", "1", "--save", model.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        Path out = dir.resolve("series.csv");
        CommandLineTest.Run r = CommandLineTest.run("dataset", "--model-file", model.toString(), "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();

        Dataset data = dataOf(model);
        TimeSeriesLayout layout = data.timeSeriesLayout().orElseThrow();
        DataPart test = data.test();
        List<String[]> rows = rows(out);
        String[] header = rows.get(0);
        assertThat(header).hasSize(2 + layout.observationCount());
        assertThat(header[0]).isEqualTo("x0");
        assertThat(header[1]).isEqualTo("v0");
        double[] times = layout.times();
        for (int k = 0; k < times.length; k++) {
            assertThat(header[2 + k]).isEqualTo("x(" + times[k] + ")");
        }
        assertThat(rows).hasSize(1 + test.size());
        for (int row = 0; row < test.size(); row++) {
            String[] values = rows.get(1 + row);
            assertThat(Double.parseDouble(values[0])).isEqualTo(test.feature(row, 0));
            assertThat(Double.parseDouble(values[1])).isEqualTo(test.feature(row, 1));
            for (int k = 0; k < times.length; k++) {
                assertThat(Double.parseDouble(values[2 + k])).isEqualTo(test.target(row, k));
            }
        }
        assertThat(r.json().get("task").asText()).isEqualTo("timeSeries");
    }

    @Test
    void aCsvModelNeedsItsFileAgainAndGetsItsOwnColumnNames() throws IOException {
        Path data = dir.resolve("points.csv");
        StringBuilder csv = new StringBuilder("width,\"height, cm\",kind\n");
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 30; i++) {
            double w = random.nextGaussian();
            csv.append(w).append(',').append(random.nextGaussian()).append(',').append(w > 0 ? "tall" : "short")
                    .append('\n');
        }
        Files.writeString(data, csv);
        Path model = dir.resolve("csv-model.json");
        CommandLineTest.Run trained = CommandLineTest.run("train", "--model", "node", "--csv", data.toString(),
                "--points", "30", "--width", "4", "--depth", "1", "--iters", "1", "--save", model.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();

        Path out = dir.resolve("csv-test.csv");
        CommandLineTest.Run without = CommandLineTest.run("dataset", "--model-file", model.toString(), "--out",
                out.toString());
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).contains("--csv");
        assertThat(out).doesNotExist();

        CommandLineTest.Run r = CommandLineTest.run("dataset", "--model-file", model.toString(), "--out",
                out.toString(), "--csv", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        LoadedModel loaded = ModelFiles.load(model);
        loaded.model().close();
        DataPart test = LabeledCsvReader.read(data, LabeledCsvOptions.defaults().withSeed(loaded.config().data().seed()))
                .dataset().test();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("width,\"height, cm\",label");
        List<String[]> body = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            body.add(line.split(",", -1));
        }
        assertSameLabeledRows(body, test);
        assertThat(r.json().get("classNames").size()).isEqualTo(2);
    }

    @Test
    void refusesAFolderOrAMissingFolderAsTheTarget() {
        for (Path bad : new Path[] {dir, dir.resolve("no-such-folder").resolve("t.csv")}) {
            CommandLineTest.Run r = CommandLineTest.run("dataset", "--model-file", NODE.toString(), "--out",
                    bad.toString());
            assertThat(r.exitCode()).as(bad.toString()).isEqualTo(2);
            assertThat(r.err()).contains(bad.toString());
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aFailedRunLeavesAnExistingFileAsItWas() throws IOException {
        Path out = dir.resolve("keep.csv");
        Files.writeString(out, "precious\n");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"nodelab-model\", \"schemaVersion\": 1");
        CommandLineTest.Run r = CommandLineTest.run("dataset", "--model-file", broken.toString(), "--out",
                out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("broken.json");
        assertThat(Files.readString(out)).isEqualTo("precious\n");

        CommandLineTest.Run missing = CommandLineTest.run("dataset", "--model-file",
                dir.resolve("none.json").toString(), "--out", out.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("precious\n");
        try (var listing = Files.list(dir)) {
            // No temporary file is left beside the target.
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".nodelab-"));
        }
    }

    @Test
    void refusesAnUnknownSplit() {
        CommandLineTest.Run r = CommandLineTest.run("dataset", "--model-file", NODE.toString(), "--out",
                dir.resolve("x.csv").toString(), "--split", "validation");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--split");
    }
}
