package org.caseframe.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of one formulation section. In a case file it is either the text alone (as files written before
 * narrative markings hold it) or an object that also says what it was written from and how it is marked.
 *
 * @param text what the psychologist wrote
 * @param evidence ids of the evidence it was written from; when empty, it counts as written from all the evidence
 *     its assessment cites
 * @param marking the marking its author states; never below what it cites
 * @param handling a handling restriction its author adds to those of what it cites
 * @param sanitised a version for a wider audience, if one was written
 */
@JsonSerialize(using = FormulationTextWriter.class)
public record FormulationText(
        @NotBlank @Size(max = Limits.LONG_TEXT) String text,
        List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> evidence,
        Optional<ProtectiveMarking> marking,
        Optional<HandlingRestriction> handling,
        Optional<@Valid Sanitised> sanitised)
        implements Narrative {

    public FormulationText {
        Objects.requireNonNull(text, "text");
        evidence = Optionals.list(evidence);
        marking = Optionals.orEmpty(marking);
        handling = Optionals.orEmpty(handling);
        sanitised = Optionals.orEmpty(sanitised);
    }

    /** Text alone, marked by what its assessment cites. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FormulationText of(String text) {
        return new FormulationText(text, List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Sections given as text alone, in the same order. */
    public static Map<String, FormulationText> all(Map<String, String> texts) {
        Map<String, FormulationText> out = new LinkedHashMap<>();
        texts.forEach((id, text) -> out.put(id, of(text)));
        return out;
    }

    @Override
    public Optional<String> narrative() {
        return Optional.of(text);
    }

    @Override
    public List<String> cites() {
        return evidence;
    }

    @Override
    public Optional<ProtectiveMarking> statedMarking() {
        return marking;
    }

    @Override
    public Optional<HandlingRestriction> statedHandling() {
        return handling;
    }
}
