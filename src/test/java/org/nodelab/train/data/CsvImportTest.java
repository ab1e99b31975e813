package org.nodelab.train.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {

    @TempDir
    Path folder;

    @Test
    void a_good_file_with_header_and_string_labels_reports_its_mapping() throws IOException {
        StringBuilder text = new StringBuilder("x,y,species\n");
        String[] species = {"setosa", "virginica", "setosa", "versicolor", "virginica"};
        for (int i = 0; i < 20; i++) {
            text.append(i).append(',').append(i * 0.5).append(',').append(species[i % species.length]).append('\n');
        }
        Path file = write("iris.csv", text.toString());
        LabeledCsv imported = LabeledCsvReader.read(file, LabeledCsvOptions.defaults());
        Dataset data = imported.dataset();
        assertThat(imported.featureNames()).containsExactly("x", "y");
        assertThat(imported.classNames()).containsExactly("setosa", "virginica", "versicolor");
        assertThat(imported.labelMapping()).containsExactly(Map.entry("setosa", 0), Map.entry("virginica", 1),
                Map.entry("versicolor", 2));
        assertThat(data.name()).isEqualTo("iris.csv");
        assertThat(data.classCount()).isEqualTo(3);
        assertThat(data.featureDimension()).isEqualTo(2);
        assertThat(data.train().size() + data.test().size()).isEqualTo(20);
        assertThat(data.test().size()).isEqualTo(5); // stratified: round(0.2 · 8) + round(0.2 · 8) + round(0.2 · 4)
        // Every row survives with its own label: y = x / 2 and the label follows x.
        for (DataPart part : List.of(data.train(), data.test())) {
            for (int i = 0; i < part.size(); i++) {
                int x = (int) part.feature(i, 0);
                assertThat(part.feature(i, 1)).isEqualTo(x * 0.5);
                assertThat(imported.classNames().get(part.label(i))).isEqualTo(species[x % species.length]);
            }
        }
    }

    @Test
    void integer_labels_without_header_and_label_chosen_by_index() throws IOException {
        String text = "7,1.5,2.5\n3,0.5,1e-3\n7,-1,+2\n";
        LabeledCsv imported = LabeledCsvReader.read(new StringReader(text), "ints",
                LabeledCsvOptions.defaults().withLabelColumn(ColumnChoice.first()).withTestFraction(0));
        assertThat(imported.classNames()).containsExactly("7", "3");
        assertThat(imported.featureNames()).containsExactly("column2", "column3");
        assertThat(imported.dataset().train().size()).isEqualTo(3);
        assertThat(imported.dataset().test().size()).isZero();
    }

    @Test
    void label_by_name_quoted_fields_and_crlf() throws IOException {
        String text = "\uFEFF\"label\",\"a, with comma\",b\r\n"
                + "\"cat \"\"tabby\"\"\",1.0,\"2\"\r\n"
                + "\"dog\nlong\",3,4\r\n"
                + "\r\n"
                + "dog,5,6\r\n";
        LabeledCsv imported = LabeledCsvReader.read(new StringReader(text), "pets",
                LabeledCsvOptions.defaults().withLabelColumn(ColumnChoice.named("label")).withTestFraction(0));
        assertThat(imported.featureNames()).containsExactly("a, with comma", "b");
        assertThat(imported.classNames()).containsExactly("cat \"tabby\"", "dog\nlong", "dog");
        // A quoted line break still counts as a line: the next error is reported at the editor's line number.
        String broken = "label,a,b\r\n\"dog\nlong\",3,4\r\ncat,x,1\r\n";
        assertThatThrownBy(() -> LabeledCsvReader.read(new StringReader(broken), "pets",
                LabeledCsvOptions.defaults().withLabelColumn(ColumnChoice.named("label"))))
                .hasMessageContaining("pets, line 4:").hasMessageContaining("\"x\"");
    }

    @Test
    void wrong_number_of_columns_names_the_line() {
        CsvFormatException error = labeledError("x,y,label\n1,2,a\n3,4\n5,6,b\n");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.getMessage()).startsWith("data.csv, line 3: wrong number of columns: expected 3, found 2");
    }

    @Test
    void a_non_numeric_value_is_quoted() {
        CsvFormatException error = labeledError("x,y,label\n1,2,a\n3,4,b\n5,abc,a\n");
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.getMessage()).contains("\"abc\"").contains("column 2 ('y')").contains("not a number");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(labeledError("").getMessage()).isEqualTo("data.csv, line 1: the file is empty");
        assertThat(labeledError("\n\r\n").problem()).isEqualTo("the file is empty");
    }

    @Test
    void a_label_column_that_does_not_exist() throws IOException {
        Path file = write("data.csv", "x,y,label\n1,2,a\n3,4,b\n");
        CsvFormatException byName = catchThrowableOfType(() -> LabeledCsvReader.read(file,
                LabeledCsvOptions.defaults().withLabelColumn(ColumnChoice.named("class"))), CsvFormatException.class);
        assertThat(byName.getMessage()).startsWith("data.csv, line 1:").contains("'class'").contains("x, y, label");
        CsvFormatException byIndex = catchThrowableOfType(() -> LabeledCsvReader.read(file,
                LabeledCsvOptions.defaults().withLabelColumn(ColumnChoice.at(5))), CsvFormatException.class);
        assertThat(byIndex.getMessage()).startsWith("data.csv, line 1:").contains("does not exist").contains("3 columns");
    }

    @Test
    void nan_and_infinite_values_are_refused() {
        for (String bad : new String[] {"NaN", "-Infinity", "inf", "1e999"}) {
            CsvFormatException error = labeledError("x,y,label\n1,2,a\n3," + bad + ",b\n");
            assertThat(error.line()).as(bad).isEqualTo(3);
            assertThat(error.getMessage()).as(bad).contains("\"" + bad + "\"").contains("not finite");
        }
    }

    @Test
    void too_few_rows_and_a_single_class() {
        CsvFormatException few = labeledError("x,y,label\n1,2,a\n");
        assertThat(few.getMessage()).startsWith("data.csv, line 2:").contains("too few rows: 1 data row");
        assertThat(labeledError("x,y,label\n").problem()).contains("too few rows: 0 data rows");
        assertThat(labeledError("x,y,label\n1,2,a\n3,4,a\n").problem()).contains("at least 2 classes");
    }

    @Test
    void unclosed_quotes_and_stray_characters_after_a_quote() {
        assertThat(labeledError("x,y,label\n1,2,a\n3,4,\"b\n").getMessage())
                .startsWith("data.csv, line 3:").contains("never closed");
        assertThat(labeledError("x,y,label\n1,2,a\n3,\"4\"5,b\n").getMessage())
                .startsWith("data.csv, line 3:").contains("after a closing quote");
    }

    @Test
    void blank_lines_and_lone_carriage_returns_keep_the_editors_line_numbers() {
        // Old Mac line ends (lone CR), blank lines and a quoted line break before the bad row: still line 7.
        CsvFormatException error = labeledError("x,y,label\r1,2,a\r\r\"3\n\",4,b\r5,6,a\r7,oops,b\r");
        assertThat(error.line()).isEqualTo(7);
        assertThat(error.getMessage()).contains("\"oops\"");
        // A blank row between data rows is not a row: two data rows and three classes would fail differently.
        assertThat(labeledError("x,y,label\n1,2,a\n\n   \n3,4,a\n").problem()).contains("at least 2 classes");
    }

    @Test
    void messages_never_repeat_a_huge_field_and_say_what_is_wrong_with_the_file() {
        String huge = "x".repeat(1_000_000);
        CsvFormatException error = labeledError("x,y,label\n1,2,a\n3," + huge + ",b\n");
        assertThat(error.getMessage()).contains("not a number").contains("1000000 characters");
        assertThat(error.getMessage().length()).isLessThan(300);
        // Two rows per class: a 20% test split rounds to nothing, which is the file's problem, said as such.
        CsvFormatException noTest = labeledError("x,y,label\n1,2,a\n3,4,b\n5,6,a\n7,8,b\n");
        assertThat(noTest.problem()).contains("leave none for testing").contains("at least 3 rows");
        StringBuilder ids = new StringBuilder("x,y,label\n");
        for (int i = 0; i <= LabeledCsvReader.MAXIMUM_CLASSES; i++) {
            ids.append(i).append(",0,id").append(i).append('\n');
        }
        assertThat(labeledError(ids.toString()).problem()).contains("different labels");
    }

    @Test
    void the_size_guard_refuses_a_file_before_reading_it() throws IOException {
        Path file = write("big.csv", "x,y,label\n1,2,a\n3,4,b\n5,6,a\n");
        CsvLimits tiny = new CsvLimits(10, 1000);
        CsvFormatException error = catchThrowableOfType(() -> LabeledCsvReader.read(file,
                LabeledCsvOptions.defaults().withLimits(tiny)), CsvFormatException.class);
        assertThat(error.getMessage()).startsWith("big.csv: the file is 28 bytes, over the limit of 10 bytes");
        assertThat(error.line()).isZero();
        // Streams have no size on disk: the character count guards them instead.
        assertThatThrownBy(() -> LabeledCsvReader.read(new StringReader("x,y,label\n1,2,a\n3,4,b\n"), "stream",
                LabeledCsvOptions.defaults().withLimits(tiny))).isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("larger than the limit of 10 characters");
    }

    @Test
    void the_row_guard_stops_at_the_first_row_over_the_limit() throws IOException {
        Path file = write("rows.csv", "x,y,label\n1,2,a\n3,4,b\n5,6,a\n7,8,b\n");
        CsvFormatException error = catchThrowableOfType(() -> LabeledCsvReader.read(file,
                LabeledCsvOptions.defaults().withLimits(new CsvLimits(1_000_000, 3))), CsvFormatException.class);
        assertThat(error.getMessage()).startsWith("rows.csv, line 5: more than 3 data rows");
    }

    @Test
    void a_time_series_with_header_and_two_value_columns() throws IOException {
        Path file = write("series.csv", "t,x,v\r\n0,1,0\r\n0.5,0.8,-0.6\r\n1.0,0.3,-0.9\r\n1.5,-0.2,-0.8\r\n");
        TimeSeriesTable table = TimeSeriesCsvReader.read(file, TimeSeriesCsvOptions.defaults());
        assertThat(table.times()).containsExactly(0, 0.5, 1.0, 1.5);
        assertThat(table.valueNames()).containsExactly("x", "v");
        assertThat(table.value(2, 1)).isEqualTo(-0.9);

        Dataset data = table.toDataset(1.0);
        assertThat(data.kind()).isEqualTo(TaskKind.TIME_SERIES);
        assertThat(data.train().featureRow(0)).containsExactly(1, 0);
        assertThat(data.train().targetRow(0)).containsExactly(0.8, -0.6, 0.3, -0.9);
        assertThat(data.test().targetRow(0)).containsExactly(0.8, -0.6, 0.3, -0.9, -0.2, -0.8);
        assertThat(data.timeSeriesLayout().orElseThrow().times()).containsExactly(0.5, 1.0, 1.5);
    }

    @Test
    void time_column_by_name_without_header_is_refused_and_by_index_works() throws IOException {
        TimeSeriesTable table = TimeSeriesCsvReader.read(new StringReader("5,0.1\n6,0.2\n"), "plain",
                TimeSeriesCsvOptions.defaults().withTimeColumn(ColumnChoice.last()));
        assertThat(table.times()).containsExactly(0.1, 0.2);
        assertThat(table.valueNames()).containsExactly("column1");
        assertThatThrownBy(() -> TimeSeriesCsvReader.read(new StringReader("5,0.1\n6,0.2\n"), "plain",
                TimeSeriesCsvOptions.defaults().withHeader(CsvHeader.ABSENT).withTimeColumn(ColumnChoice.named("t"))))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("no header row");
    }

    @Test
    void non_increasing_times_name_the_line() {
        CsvFormatException error = catchThrowableOfType(() -> TimeSeriesCsvReader.read(
                new StringReader("t,x\n0,1\n1,2\n1,3\n"), "series.csv", TimeSeriesCsvOptions.defaults()),
                CsvFormatException.class);
        assertThat(error.getMessage()).startsWith("series.csv, line 4:").contains("\"1\"").contains("increase");
        CsvFormatException backwards = catchThrowableOfType(() -> TimeSeriesCsvReader.read(
                new StringReader("t,x\n0,1\n2,2\n1.5,3\n"), "series.csv", TimeSeriesCsvOptions.defaults()),
                CsvFormatException.class);
        assertThat(backwards.line()).isEqualTo(4);
    }

    @Test
    void time_series_malformed_cases() {
        assertThat(seriesError("").getMessage()).isEqualTo("s.csv, line 1: the file is empty");
        assertThat(seriesError("t,x\n0,1\n").problem()).contains("too few rows");
        assertThat(seriesError("t,x\n0,1\n1,nan\n").getMessage()).startsWith("s.csv, line 3:").contains("not finite");
        assertThat(seriesError("t,x\n0,1\n1,2,3\n").getMessage()).startsWith("s.csv, line 3:").contains("expected 2");
    }

    @Test
    void csv_errors_are_illegal_argument_exceptions() {
        assertThat(labeledError("")).isInstanceOf(IllegalArgumentException.class);
    }

    private CsvFormatException seriesError(String text) {
        try {
            TimeSeriesCsvReader.read(new StringReader(text), "s.csv", TimeSeriesCsvOptions.defaults());
        } catch (CsvFormatException expected) {
            return expected;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no CsvFormatException for: " + text);
    }

    private CsvFormatException labeledError(String text) {
        try {
            Path file = write("data.csv", text);
            LabeledCsvReader.read(file, LabeledCsvOptions.defaults());
        } catch (CsvFormatException expected) {
            return expected;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no CsvFormatException for: " + text);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
