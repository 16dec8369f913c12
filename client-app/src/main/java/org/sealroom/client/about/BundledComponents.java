package org.sealroom.client.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The third-party components this build bundles and their licences. The list of artifacts is written by the build
 * ({@code bundled-components.txt}, Maven's resolved runtime dependencies); the licences come from
 * {@code licences.properties}. An artifact with no licence entry is an error, so a new dependency cannot ship unlisted.
 */
public final class BundledComponents {

    private static final Pattern ARTIFACT =
            Pattern.compile("^\\s*([\\w.\\-]+):([\\w.\\-]+):jar(?::[\\w.\\-]+)?:([\\w.\\-]+)(?:\\s+--.*)?$");

    private BundledComponents() {}

    /** One entry per component (several artifacts of one project make one entry), extras last. */
    public static List<BundledComponent> all() {
        return of(read("bundled-components.txt"), load("licences.properties"));
    }

    /** The components in a Maven dependency list, named and licensed by {@code licences}. */
    static List<BundledComponent> of(String dependencyList, Properties licences) {
        Map<String, BundledComponent> components = new LinkedHashMap<>();
        for (Artifact artifact : artifacts(dependencyList)) {
            String key = licenceKey(licences, artifact).orElseThrow(() -> new IllegalStateException(
                    "no licence listed for bundled " + artifact.group() + ":" + artifact.name()
                            + " (add it to licences.properties)"));
            components.putIfAbsent(key, component(licences.getProperty(key), artifact.version()));
        }
        List<BundledComponent> all = new ArrayList<>(components.values());
        for (int i = 1; licences.containsKey("extra." + i); i++) {
            all.add(component(licences.getProperty("extra." + i), ""));
        }
        return List.copyOf(all);
    }

    record Artifact(String group, String name, String version) {}

    static List<Artifact> artifacts(String dependencyList) {
        List<Artifact> artifacts = new ArrayList<>();
        for (String line : dependencyList.split("\\R")) {
            Matcher m = ARTIFACT.matcher(line);
            if (m.matches()) {
                artifacts.add(new Artifact(m.group(1), m.group(2), m.group(3)));
            }
        }
        if (artifacts.isEmpty()) {
            throw new IllegalStateException("bundled-components.txt lists no artifacts");
        }
        return artifacts;
    }

    private static Optional<String> licenceKey(Properties licences, Artifact artifact) {
        String exact = artifact.group() + ":" + artifact.name();
        return licences.containsKey(exact) ? Optional.of(exact)
                : licences.containsKey(artifact.group()) ? Optional.of(artifact.group()) : Optional.empty();
    }

    private static BundledComponent component(String entry, String version) {
        String[] parts = entry.split("\\|", 2);
        if (parts.length != 2) {
            throw new IllegalStateException("licences.properties: expected 'name | licence', got '" + entry + "'");
        }
        return new BundledComponent(parts[0].strip(), version, parts[1].strip());
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = open(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }

    private static String read(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = BundledComponents.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from this build");
        }
        return in;
    }
}
