package org.nodelab.session.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.nodelab.io.UserFileException;

/**
 * Reads a training log strictly: one JSON object per line as {@code nodelab train} writes them (cli's
 * IterationJson), iterations consecutive, every known field present with its type (null stands for a number
 * that was not finite). A fault line may end the run, and the summary line {@code train} prints on stdout
 * may follow it (so a redirected stdout reads too); nothing may follow those. Fields the log gains in later
 * versions are allowed, since a log is a stream for scripts that grows. Oversized files and lines are refused
 * before they are read whole; every message names the file and the line.
 */
public final class TrainLogReader {

    /** Far beyond any log the lab writes in a day: 400 MB is a million iterations at their longest. */
    public static final long MAX_BYTES = 400L * 1024 * 1024;
    public static final int MAX_LINES = 1_000_000;
    /** A line is under 1 KB; a fault message is the longest part. */
    public static final int MAX_LINE_CHARS = 64 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(4).maxNumberLength(64).maxStringLength(MAX_LINE_CHARS).build());
    }

    private TrainLogReader() {
    }

    /** Whether a file's first line looks like a training log line (for choosing a {@link RunSource}). */
    static boolean looksLikeLog(String firstLine) {
        try {
            JsonNode node = MAPPER.readTree(firstLine);
            return node != null && node.isObject() && node.has("iteration") && node.has("nfeForward");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    public static TrainLog read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new UserFileException(file, "is a folder, not a training log");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new UserFileException(file, "no such file");
        }
        if (size > MAX_BYTES) {
            throw new UserFileException(file, String.format(Locale.ROOT, "the file is %.1f MB; training logs are "
                    + "at most %d MB", size / 1048576.0, MAX_BYTES / 1048576));
        }
        MessageDigest sha = sha256();
        RunSeries.Builder series = new RunSeries.Builder();
        String fault = null;
        boolean ended = false;
        int lineNumber = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while ((line = readBounded(in, file, lineNumber + 1)) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (lineNumber > MAX_LINES) {
                    throw new UserFileException(file, "has more than " + MAX_LINES + " lines");
                }
                JsonNode node = parse(file, lineNumber, line);
                if (node.has("summary")) {
                    ended = true;
                    continue;
                }
                // The summary line is left out, so that a redirected stdout is the same run as its --log.
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
                if (ended) {
                    throw new UserFileException(file, "line " + lineNumber + ": an iteration after the run's "
                            + (fault != null ? "fault" : "summary") + " line; is this two logs in one file?");
                }
                RunSeries.Point p = point(file, lineNumber, node);
                if (series.size() > 0 && p.iteration() != series.lastIteration() + 1) {
                    throw new UserFileException(file, "line " + lineNumber + ": iteration " + p.iteration()
                            + " follows iteration " + series.lastIteration() + "; lines are missing or out of order");
                }
                if (node.hasNonNull("fault")) {
                    fault = "iteration " + p.iteration() + ": " + node.get("fault").asText();
                    ended = true;
                    continue;
                }
                series.add(p);
            }
        } catch (CharacterCodingException e) {
            throw new UserFileException(file, "line " + (lineNumber + 1) + ": not UTF-8 text; is this a log?", e);
        }
        if (series.size() == 0) {
            throw new UserFileException(file, fault != null ? "the run failed at its first iteration (" + fault + ")"
                    : "has no iteration lines; is it a nodelab train --log file?");
        }
        return new TrainLog(series.build(), HexFormat.of().formatHex(sha.digest()).substring(0, 12), fault);
    }

    private static String readBounded(BufferedReader in, Path file, int lineNumber) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                return stripCr(b);
            }
            if (b.length() >= MAX_LINE_CHARS) {
                throw new UserFileException(file, "line " + lineNumber + " is over " + MAX_LINE_CHARS
                        + " characters; a log line is under 1 KB (is this a log?)");
            }
            b.append((char) c);
        }
        return b.length() == 0 ? null : stripCr(b);
    }

    private static String stripCr(StringBuilder b) {
        int n = b.length();
        return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
    }

    private static JsonNode parse(Path file, int lineNumber, String line) throws UserFileException {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new UserFileException(file, "line " + lineNumber + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new UserFileException(file, "line " + lineNumber + ": each line must be a JSON object");
        }
        return node;
    }

    private static RunSeries.Point point(Path file, int line, JsonNode node) throws UserFileException {
        int iteration = (int) whole(file, line, node, "iteration", 1, Integer.MAX_VALUE);
        double trainLoss = number(file, line, node, "loss");
        number(file, line, node, "accuracy");
        double testLoss = number(file, line, node, "testLoss");
        double testAccuracy = number(file, line, node, "testAccuracy");
        long nfeForward = whole(file, line, node, "nfeForward", 0, Long.MAX_VALUE / 4);
        long nfeBackward = whole(file, line, node, "nfeBackward", 0, Long.MAX_VALUE / 4);
        long accepted = whole(file, line, node, "accepted", 0, Integer.MAX_VALUE);
        long rejected = whole(file, line, node, "rejected", 0, Integer.MAX_VALUE);
        double ms = number(file, line, node, "ms");
        if (!(ms >= 0)) {
            throw new UserFileException(file, "line " + line + ": ms must be a time ≥ 0, not " + node.get("ms"));
        }
        return new RunSeries.Point(iteration, ms / 1000, trainLoss, testLoss, testAccuracy, nfeForward, nfeBackward,
                accepted, rejected);
    }

    private static long whole(Path file, int line, JsonNode node, String field, long min, long max)
            throws UserFileException {
        JsonNode v = require(file, line, node, field);
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw new UserFileException(file, "line " + line + ": '" + field + "' must be a whole number "
                    + (max == Integer.MAX_VALUE || max == Long.MAX_VALUE / 4 ? "≥ " + min : min + ".." + max)
                    + ", not " + shorten(v));
        }
        return v.asLong();
    }

    private static double number(Path file, int line, JsonNode node, String field) throws UserFileException {
        JsonNode v = require(file, line, node, field);
        if (v.isNull()) {
            return Double.NaN;
        }
        if (!v.isNumber()) {
            throw new UserFileException(file, "line " + line + ": '" + field + "' must be a number or null, not "
                    + shorten(v));
        }
        return v.asDouble();
    }

    private static JsonNode require(Path file, int line, JsonNode node, String field) throws UserFileException {
        JsonNode v = node.get(field);
        if (v == null) {
            throw new UserFileException(file, "line " + line + ": the field '" + field + "' is missing");
        }
        return v;
    }

    private static String shorten(JsonNode v) {
        String s = v.toString();
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
