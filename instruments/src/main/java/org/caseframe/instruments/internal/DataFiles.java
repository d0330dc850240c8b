package org.caseframe.instruments.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the module's own bundled data files (coefficients, section tables) strictly. Not API. */
public final class DataFiles {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private DataFiles() {}

    /** Reads a classpath resource of this module into {@code type}; a broken bundled file is a build defect. */
    public static <T> T load(String resource, Class<T> type) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the jar: " + resource);
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + resource, e);
        }
    }
}
