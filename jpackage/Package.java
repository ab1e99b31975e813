import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds NODE Lab's native packages with the running JDK's jlink and jpackage (as in-process tools, so no PATH
 * set-up is needed). Runs on Linux, Windows and macOS: {@code mvn -Ppackage package} calls it after the thin jar
 * and {@code target/lib} exist, as
 *
 * <pre>java jpackage/Package.java --project . --version 0.1.0-SNAPSHOT --types app-image,installer</pre>
 *
 * ({@code --version} defaults to the version of the last build, {@code --types} to both).
 *
 * Steps, all under {@code target/jpackage/}:
 * <ol>
 *   <li>{@code input/}: {@code nodelab.jar} and {@code lib/} with every runtime jar except JavaFX's (JavaFX goes
 *       into the runtime as modules, so it must not be on the class path a second time). Test jars are refused.</li>
 *   <li>{@code runtime/}: jlink of the JDK modules NODE Lab uses plus the JavaFX modules, taken from the
 *       platform's {@code javafx-*-PLATFORM.jar} modular jars in {@code target/lib}.</li>
 *   <li>{@code nodelab/} (Linux, Windows) or {@code nodelab.app} (macOS): the self-contained app image.</li>
 *   <li>With {@code installer} in {@code --types}: the platform's installer from that image ({@code .deb} on
 *       Linux, {@code .msi} on Windows, {@code .dmg} on macOS; {@code --installer-type} picks another).</li>
 * </ol>
 */
public final class Package {

    static final String NAME = "nodelab";
    static final String MAIN_CLASS = "org.nodelab.Main";
    static final String DESCRIPTION = "NODE Lab: train neural ODEs and watch their dynamics while they learn";
    static final String VENDOR = "NODE Lab";

    /** JDK modules used by NODE Lab and its libraries (jdeps over target/lib, plus java.naming for logback). */
    static final List<String> JDK_MODULES = List.of("java.base", "java.compiler", "java.datatransfer",
            "java.desktop", "java.logging", "java.management", "java.naming", "java.sql", "java.xml",
            "jdk.management", "jdk.unsupported");
    /** The JavaFX modules the app uses; jlink adds javafx.base and javafx.graphics, which they require. */
    static final List<String> JAVAFX_MODULES = List.of("javafx.controls", "javafx.swing");

    /**
     * Options for the packaged JVM. The heap and native caps match {@code mvn exec:exec}. The exports and opens
     * are what ControlsFX (on the class path) needs from JavaFX's internals once JavaFX is a set of named
     * modules: jdeps finds its references to the three exported packages, and it reflects on
     * {@code Parent.getChildren} and the table skins. {@code nodelab --self-check} checks they are in effect.
     * The rest let Monocle's headless platform (on the class path too) plug into javafx.graphics, which
     * {@code nodelab screenshot} and {@code nodelab bench ui} run on; found by running them from the image.
     */
    static final List<String> JAVA_OPTIONS = List.of("-Xmx512m", "-Dorg.bytedeco.javacpp.maxbytes=4G",
            "--add-exports=javafx.base/com.sun.javafx.logging=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "--add-opens=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.glass.events=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.glass.utils=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.application=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.util=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.prism=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.font=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.tk=ALL-UNNAMED",
            "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
            "--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED",
            "--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED",
            "--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED",
            "--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED");

    private static final Pattern JAVAFX_PLATFORM_JAR =
            Pattern.compile("javafx-[a-z]+-[0-9.]+-(linux|linux-aarch64|win|mac|mac-aarch64)\\.jar");
    private static final Pattern TEST_JAR =
            Pattern.compile("(junit|assertj|testfx|archunit|monocle|opentest4j|apiguardian|hamcrest).*\\.jar");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path project = Path.of(options.getOrDefault("--project", ".")).toAbsolutePath().normalize();
        Path target = project.resolve("target");
        Path work = target.resolve("jpackage");
        String version = appVersion(options.containsKey("--version") ? options.get("--version")
                : builtVersion(target));
        List<String> types = List.of(options.getOrDefault("--types", "app-image,installer").split(","));
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        boolean windows = os.startsWith("windows");
        boolean mac = os.startsWith("mac");
        String installer = options.getOrDefault("--installer-type", windows ? "msi" : mac ? "dmg" : "deb");

        Path jar = target.resolve("nodelab.jar");
        Path lib = target.resolve("lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            fail(jar + " or " + lib + " is missing; run `mvn package` (the package profile does) first");
        }
        long started = System.nanoTime();
        deleteRecursively(work);
        Files.createDirectories(work.resolve("input").resolve("lib"));

        // 1. The class path: the thin jar and every runtime jar but JavaFX's.
        Files.copy(jar, work.resolve("input").resolve(jar.getFileName()));
        List<Path> javafxModules = new ArrayList<>();
        int copied = 0;
        for (Path j : list(lib)) {
            String name = j.getFileName().toString();
            if (TEST_JAR.matcher(name).matches()) {
                fail(name + " is a test jar; target/lib must hold runtime jars only");
            }
            if (name.startsWith("javafx-")) {
                Matcher m = JAVAFX_PLATFORM_JAR.matcher(name);
                if (m.matches()) {
                    javafxModules.add(j);
                }
                continue;   // the empty javafx-*.jar stubs without a classifier go nowhere
            }
            Files.copy(j, work.resolve("input").resolve("lib").resolve(name));
            copied++;
        }
        if (javafxModules.isEmpty()) {
            fail("no javafx-*-PLATFORM.jar in " + lib + " to build the runtime from");
        }
        System.out.printf("input: nodelab.jar and %d jars in lib/ (JavaFX left for the runtime)%n", copied);

        // 2. The runtime: JDK modules plus the JavaFX modules.
        Path runtime = work.resolve("runtime");
        java.util.Set<String> modules = new java.util.LinkedHashSet<>(JDK_MODULES);
        List<String> ours = jdkModulesOf(jar);
        if (!modules.containsAll(ours)) {
            List<String> extra = ours.stream().filter(m -> !modules.contains(m)).toList();
            System.out.println("jdeps: nodelab.jar also needs " + String.join(", ", extra) + "; added");
            modules.addAll(extra);
        }
        modules.addAll(JAVAFX_MODULES);
        run("jlink", "--module-path", String.join(java.io.File.pathSeparator,
                        javafxModules.stream().map(Path::toString).toList()),
                "--add-modules", String.join(",", modules),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2",
                "--output", runtime.toString());
        System.out.printf("runtime: %s, %.0f MB%n", runtime, size(runtime) / 1e6);

        // 3. The app image.
        Path icon = icon(project, windows, mac);
        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--name", NAME,
                "--app-version", version, "--description", DESCRIPTION, "--vendor", VENDOR,
                "--input", work.resolve("input").toString(), "--main-jar", jar.getFileName().toString(),
                "--main-class", MAIN_CLASS, "--runtime-image", runtime.toString(), "--dest", work.toString()));
        if (icon != null) {
            image.addAll(List.of("--icon", icon.toString()));
        }
        for (String option : JAVA_OPTIONS) {
            image.addAll(List.of("--java-options", option));
        }
        if (mac) {
            image.addAll(List.of("--mac-package-name", "NODE Lab"));
        }
        Path appImage = work.resolve(mac ? NAME + ".app" : NAME);
        if (types.contains("app-image") || types.contains("installer")) {
            run("jpackage", image.toArray(String[]::new));
            System.out.printf("app image: %s, %.0f MB%n", appImage, size(appImage) / 1e6);
        }

        // 4. The installer, made from the image.
        if (types.contains("installer")) {
            List<String> pack = new ArrayList<>(List.of("--type", installer, "--app-image", appImage.toString(),
                    "--name", NAME, "--app-version", version, "--description", DESCRIPTION, "--vendor", VENDOR,
                    "--dest", work.toString()));
            if (icon != null) {
                pack.addAll(List.of("--icon", icon.toString()));
            }
            if (windows) {
                pack.addAll(List.of("--win-menu", "--win-menu-group", "NODE Lab", "--win-shortcut",
                        "--win-dir-chooser", "--win-upgrade-uuid", "6f1d7d0e-4c58-4c1e-9a53-2f7f0c1b5a11"));
            } else if (!mac) {
                pack.addAll(List.of("--linux-shortcut", "--linux-menu-group", "Education;Science;",
                        "--linux-app-category", "science"));
                if (options.containsKey("--maintainer")) {
                    pack.addAll(List.of("--linux-deb-maintainer", options.get("--maintainer")));
                }
            }
            Path resources = project.resolve("jpackage").resolve(windows ? "windows" : mac ? "macos" : "linux");
            if (Files.isDirectory(resources)) {
                pack.addAll(List.of("--resource-dir", resources.toString()));
            }
            run("jpackage", pack.toArray(String[]::new));
            for (Path p : list(work)) {
                if (p.getFileName().toString().endsWith("." + installer)) {
                    System.out.printf("installer: %s, %.0f MB%n", p, Files.size(p) / 1e6);
                }
            }
        }
        System.out.printf("packaged in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * The JDK modules our own classes use, by jdeps (a second or two), so that a new use in NODE Lab's code
     * (java.util.prefs, say) cannot leave the packaged runtime without its module. The libraries' needs are
     * the fixed {@link #JDK_MODULES}: they change only with the POM.
     */
    static List<String> jdkModulesOf(Path jar) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException(
                "jdeps is not in this JDK (" + System.getProperty("java.home") + "); use a full JDK 17+"));
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), "--ignore-missing-deps",
                "--multi-release", "17", "--print-module-deps", jar.toString());
        if (code != 0) {
            fail("jdeps failed on " + jar + ": " + err);
        }
        return java.util.Arrays.stream(out.toString().trim().split(","))
                .map(String::trim).filter(m -> m.startsWith("java.") || m.startsWith("jdk.")).toList();
    }

    /** The version Maven wrote into the build (target/classes/nodelab-version.properties). */
    static String builtVersion(Path target) throws IOException {
        Path file = target.resolve("classes").resolve("nodelab-version.properties");
        java.util.Properties properties = new java.util.Properties();
        if (Files.isRegularFile(file)) {
            try (var in = Files.newInputStream(file)) {
                properties.load(in);
            }
        }
        String version = properties.getProperty("version");
        if (version == null || version.contains("${")) {
            fail("no --version given and no built version in " + file + "; run `mvn package` first");
        }
        return version;
    }

    /** jpackage wants 1 to 3 numbers: 0.1.0-SNAPSHOT becomes 0.1.0. */
    static String appVersion(String projectVersion) {
        Matcher m = Pattern.compile("^(\\d+(\\.\\d+){0,2})").matcher(projectVersion);
        if (!m.find()) {
            fail("cannot make an installer version out of '" + projectVersion + "'");
        }
        return m.group(1);
    }

    private static Path icon(Path project, boolean windows, boolean mac) {
        String ext = windows ? "ico" : mac ? "icns" : "png";
        Path icon = project.resolve("assets").resolve("nodelab-icon." + ext);
        if (Files.isRegularFile(icon)) {
            return icon;
        }
        System.out.println("warning: no " + icon + " (jpackage wants ." + ext + " here); using its default icon");
        return null;
    }

    private static void run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(
                tool + " is not in this JDK (" + System.getProperty("java.home") + "); use a full JDK 17+"));
        System.out.println("+ " + tool + " " + String.join(" ", args));
        long t0 = System.nanoTime();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = provider.run(out, err, args);
        if (code != 0) {
            fail(tool + " failed with exit status " + code);
        }
        System.out.printf("  (%s took %.1f s)%n", tool, (System.nanoTime() - t0) / 1e9);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                fail("usage: java jpackage/Package.java [--project DIR] [--version V (default: the built one)] "
                        + "[--types app-image,installer] [--installer-type deb|rpm|msi|exe|dmg|pkg] "
                        + "[--maintainer EMAIL]");
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }

    private static void fail(String message) {
        System.err.println("package: " + message);
        System.exit(1);
    }
}
