package org.caseframe.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered set of levels that items or judgements are rated on, lowest first.
 *
 * @param id unique within the instrument, e.g. {@code PRESENCE_3}
 * @param levels the levels, lowest first
 */
public record RatingScale(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String id,

        @NotEmpty List<@Valid Level> levels) {

    public RatingScale {
        Objects.requireNonNull(id, "id");
        levels = Optionals.list(levels);
    }

    /** The level with this code, if the scale has one. */
    public Optional<Level> level(String code) {
        for (Level level : levels) {
            if (level.code().equals(code)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The codes of the levels, lowest first. */
    public List<String> codes() {
        return levels.stream().map(Level::code).toList();
    }
}
